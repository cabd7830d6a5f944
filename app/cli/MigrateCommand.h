// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace slipway::cli {

// slipway migrate --from SOURCE --to TARGET [--json]: a whole Slipway database copied to a new
// file or an empty PostgreSQL server (or back), the audit chain verified on both sides.
int runMigrate(const QStringList& args);

} // namespace slipway::cli
