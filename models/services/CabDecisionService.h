// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/CabDecision.h"
#include "domain/Result.h"
#include "rules/ApprovalRules.h"

#include <QHash>
#include <QObject>

namespace slipway {

class Database;

// Records the board's decisions on change requests, checking the approval rules (who must
// approve, segregation of duties) inside the same transaction that writes the decision and
// its audit entry. The audit entry carries the meeting id and the change's ticket. Every
// decision is the acting user's: the service never records one in another person's name.
class CabDecisionService : public QObject {
    Q_OBJECT
public:
    CabDecisionService(Database& db, Session session, QObject* parent = nullptr);

    const Session& session() const { return m_session; }

    // Recorded as decided by the acting user: `decision.decidedBy` is left empty or names
    // them (in any case); another person's name is refused. `decidedAt` 0: now.
    Result<CabDecision> record(const CabDecision& decision);
    // Takes back a decision recorded by mistake (kept and marked, audited), or brings it back.
    // `rowVersion`: the version the caller last saw (0: whatever is stored); a newer one
    // refuses (Stale), so an undo never overwrites someone else's change.
    Result<CabDecision> withdraw(qint64 id, qint64 rowVersion = 0);
    Result<CabDecision> reinstate(qint64 id, qint64 rowVersion = 0);

    Result<CabCondition> setConditionStatus(qint64 conditionId, CabCondition::Status status,
                                            qint64 rowVersion = 0);

    Result<QList<CabDecision>> decisions(qint64 changeId) const;
    Result<QList<CabCondition>> conditions(qint64 changeId) const; // 0: all
    Result<ApprovalState> approvalState(qint64 changeId) const;
    // Every change request's state, by id.
    static Result<QHash<qint64, ApprovalState>> approvalStates(Database& db);

    // The approval the acting user could give next on a change; empty if none.
    Result<QString> nextApprovalRole(qint64 changeId) const;

Q_SIGNALS:
    void changed(qint64 changeId);

private:
    Result<CabDecision> setWithdrawn(qint64 id, bool withdrawn, qint64 rowVersion);

    Database& m_db;
    Session m_session;
};

} // namespace slipway
