// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QStringList>

namespace slipway {

class BulkWriter;
class Database;

namespace demo {

// Scope planning for the demo file, once its releases and scope items are stored: a capacity
// for each open release (around its committed effort, so some are near or over it), a few
// dozen dependencies between items (some of them breaking a commitment: the needed item is
// deferred, in the backlog or in a later release) and a few recorded trade-offs explaining
// deferrals. Written inside the demo's load with an audit entry each, timed between
// `afterMs` and `beforeMs`. Deterministic.
struct ScopePlanningInput {
    quint32 seed = 1;
    QStringList planners; // handles of the release managers who make these decisions
    qint64 afterMs = 0;
    qint64 beforeMs = 0;
};

// Returns the number of audit entries written.
Result<qint64> writeScopePlanning(Database& db, BulkWriter& out, const ScopePlanningInput& input);

} // namespace demo
} // namespace slipway
