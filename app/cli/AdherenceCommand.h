// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliSupport.h"

#include <QStringList>

namespace slipway::cli {

// slipway adherence deviations|action: the adherence review's deviations with their keys, and
// the corrective actions attached to them (add, list, set, remove).
int runAdherence(const QStringList& args);

} // namespace slipway::cli
