// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

namespace slipway {

// Where a scope item may go and when the move is a trade-off that needs a recorded reason.
class ScopeMoveRule {
public:
    // A committed (or started) item leaving its release, or any item being deferred, is a
    // trade-off: it needs a rationale on record.
    static bool needsRationale(const ScopeItem& before, ScopeStatus toStatus, qint64 toReleaseId);

    // The status an item keeps when it goes to the backlog: promises do not survive leaving
    // a release, so committed, started and done items become proposed again.
    static ScopeStatus statusInBacklog(ScopeStatus requested);
};

} // namespace slipway
