// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `cab_decisions` and `cab_conditions`. Writes expect the caller's Transaction.
// Decisions are never deleted: a mistaken one is marked withdrawn.
class CabDecisionRepository {
public:
    explicit CabDecisionRepository(Database& db);

    // In the order taken, with their conditions; changeId 0: every change's.
    Result<QList<CabDecision>> forChange(qint64 changeId) const;
    Result<QList<CabDecision>> forMeeting(qint64 meetingId) const;
    Result<CabDecision> find(qint64 id) const;
    // Stores the decision and its conditions.
    Result<CabDecision> insert(const CabDecision& decision);
    Result<CabDecision> setWithdrawn(qint64 id, bool withdrawn, qint64 expectedRowVersion);

    Result<QList<CabCondition>> conditions(qint64 changeId) const; // 0: all
    Result<CabCondition> findCondition(qint64 id) const;
    Result<CabCondition> setConditionStatus(qint64 id, CabCondition::Status status,
                                            const QString& actor, qint64 nowSecs,
                                            qint64 expectedRowVersion);

    // Why a write guarded by row_version touched nothing: who changed the decision (or the
    // condition) last and when, from the audit log, naming the change by its ticket.
    Error staleDecision(qint64 id, const QString& ticket) const;
    Error staleCondition(qint64 id, const QString& ticket) const;

private:
    Result<QList<CabDecision>> select(const QString& where, qint64 arg) const;

    Database& m_db;
};

} // namespace slipway
