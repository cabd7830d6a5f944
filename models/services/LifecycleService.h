// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/Conflict.h"
#include "rules/ReleaseLifecycle.h"

#include <QHash>

#include <optional>

namespace slipway {

class Database;
struct Session;

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

    // The days an emergency that reached production before its CAB approval has for that
    // approval (the file's meta key emergency_approval_days; the default when unset).
    Result<int> emergencyApprovalDays() const;
    // Sets them for the whole file, audited, as `session`'s actor: the release manager role
    // once the file has logins. `expected`, when given, is the value the caller last saw;
    // refused (Stale, naming who changed it) when another value was stored since. Gives the
    // value it replaced.
    Result<int> setEmergencyApprovalDays(const Session& session, int days,
                                         std::optional<int> expected = std::nullopt);
    static constexpr int kMinEmergencyApprovalDays = 1;
    static constexpr int kMaxEmergencyApprovalDays = 30;

    // "Approved → Deploying refused for “Payments 2.4.0”: Change approval: …; Gates …"
    static Error refusal(const QString& label, const TransitionCheck& check);

private:
    Database& m_db;
    mutable int m_emergencyDays = kDefaultEmergencyApprovalDays;
};

} // namespace slipway
