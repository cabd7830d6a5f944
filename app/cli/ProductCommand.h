// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace slipway::cli {

// slipway product list|set: products (the calendar's services) and their versioning schemes.
int runProduct(const QStringList& args);
// slipway release suggest-version: the next version a release's scope asks for.
int runRelease(const QStringList& args);

} // namespace slipway::cli
