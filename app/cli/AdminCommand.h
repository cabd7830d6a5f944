// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace slipway::cli {

// slipway admin init|grant: Slipway's roles on a PostgreSQL server (AdminCommand.cpp).
int runAdmin(const QStringList& args);

} // namespace slipway::cli
