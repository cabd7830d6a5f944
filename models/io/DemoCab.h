// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

namespace slipway {

class Database;

// The CAB part of the demo: change requests for the releases around "now" with their risk
// assessments, past meetings with decisions, conditions and actions, and the upcoming
// meeting with an agenda built by the agenda rules. Written after the rest of the demo, in
// one transaction, each row with its audit entry; deterministic for a seed and anchor.
class DemoCab {
public:
    // Returns the number of audit entries written.
    static Result<qint64> write(Database& db, qint64 anchorSecs, quint32 seed);
};

} // namespace slipway
