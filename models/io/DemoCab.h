// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QString>

namespace slipway {

class Database;

// The CAB part of the demo: change requests for the releases around "now" with their risk
// assessments, past meetings with decisions, conditions and actions, and the upcoming
// meeting with an agenda built by the agenda rules. Every release the CAB has let through
// (Approved or later) carries every approval it needs, but an emergency deployed in the last
// three days, whose retroactive approval is still due. Written after the rest of the demo, in
// one transaction, each row with its audit entry; deterministic for a seed and anchor.
class DemoCab {
public:
    // The releases whose change requests this part raises: windows from two weeks before the
    // anchor to six weeks after it. The bulk load raises those of approved releases outside.
    static constexpr qint64 kLookBackSecs = qint64(14) * 86400;
    static constexpr qint64 kLookAheadSecs = qint64(42) * 86400;

    // Returns the number of audit entries written. `takenTickets`: those of the change
    // requests already in the file, which new ones must not reuse.
    static Result<qint64> write(Database& db, qint64 anchorSecs, quint32 seed,
                                const QSet<QString>& takenTickets = {});
};

} // namespace slipway
