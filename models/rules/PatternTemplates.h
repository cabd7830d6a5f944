// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QList>

namespace slipway {

// The steps and triggers a pattern's runbook starts from, each forward step paired with its
// rollback step, keys S1, S2 … and R1, R2 …. For example canary: deploy to 5 %, observe,
// 25 %, observe, 100 %; blue-green: deploy green, smoke-test it, switch the load balancer,
// keep blue for `keepBlueHours`. Custom gives an empty list.
struct PatternTemplate {
    QList<RunbookStep> steps;
    QList<RunbookTrigger> triggers; // step failed, step overrun ×1.5, window overrun
};
PatternTemplate templateFor(DeploymentPattern pattern, int keepBlueHours = 4);

} // namespace slipway
