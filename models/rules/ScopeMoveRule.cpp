// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeMoveRule.h"

namespace slipway {

bool ScopeMoveRule::needsRationale(const ScopeItem& before, ScopeStatus toStatus,
                                   qint64 toReleaseId) {
    const bool promised =
        before.status == ScopeStatus::Committed || before.status == ScopeStatus::InProgress;
    if (promised && before.releaseId > 0 && toReleaseId != before.releaseId)
        return true;
    return toStatus == ScopeStatus::Deferred && before.status != ScopeStatus::Deferred;
}

ScopeStatus ScopeMoveRule::statusInBacklog(ScopeStatus requested) {
    return requested == ScopeStatus::Deferred ? ScopeStatus::Deferred : ScopeStatus::Proposed;
}

} // namespace slipway
