// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace slipway::cli {

// slipway validate run|checks|add-check|import-checks|results|watch: a release's
// post-deployment health checks and synthetic transactions, run now or on their schedule.
int runValidate(const QStringList& args);

} // namespace slipway::cli
