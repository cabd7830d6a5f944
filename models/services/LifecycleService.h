// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Conflict.h"
#include "rules/ReleaseLifecycle.h"

#include <QHash>

namespace slipway {

class Database;

// The release lifecycle's view of the file: every guard's facts, read in bulk, and the
// checks the release editor, the services and the CLI all ask the same way.
class LifecycleService {
public:
    explicit LifecycleService(Database& db);

    // `withConflicts` false skips the schedule's conflicts (the Conflicts guard then passes):
    // for callers that show them elsewhere and need the rest fast.
    Result<QHash<qint64, LifecycleFacts>> allFacts(bool withConflicts = true) const;
    // The same, with conflicts the caller has already found (`check` lists them anyway).
    Result<QHash<qint64, LifecycleFacts>> allFacts(const QList<Conflict>& conflicts) const;
    Result<LifecycleFacts> facts(qint64 releaseId) const;
    LifecycleClock clock() const;

    Result<TransitionCheck> check(qint64 releaseId, ReleaseStatus to) const;
    // Refuses (Error::Kind::Refused) with one line per failing guard.
    Result<void> require(qint64 releaseId, ReleaseStatus from, ReleaseStatus to) const;

    // "Approved → Deploying refused for “Payments 2.4.0”: Change approval: …; Gates …"
    static Error refusal(const QString& label, const TransitionCheck& check);

private:
    Database& m_db;
    mutable int m_emergencyDays = kDefaultEmergencyApprovalDays;
};

} // namespace slipway
