// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Deployment.h"
#include "domain/Environment.h"
#include "domain/LifecycleOverride.h"
#include "domain/Result.h"
#include "rules/ReleaseLifecycle.h"

#include <QObject>

#include <functional>

namespace slipway {

class Database;

// Deployment records and guard overrides: the two ways a release moves through the end of
// its lifecycle. A production record checks the lifecycle first, then moves the release to
// Deployed or Rolled back in the same transaction; nothing is written when it is refused.
class DeploymentService : public QObject {
    Q_OBJECT
public:
    DeploymentService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    Result<QList<Deployment>> list(const DeploymentFilter& filter = {}) const;
    Result<Deployment> find(qint64 id) const;
    Result<QList<Environment>> environments() const;
    // By name, ignoring case; NotFound lists the names there are.
    Result<Environment> environmentNamed(const QString& name) const;

    // Why a deployment could not be recorded now: empty when it could. The same checks
    // record() runs, for a dialog to show before the user confirms.
    Result<QStringList> refusals(const Deployment& deployment) const;
    // Records `deployment` as made by the acting user (never another name). `at` 0: now.
    // Refused (Error::Kind::Refused, every reason joined) when the lifecycle does not allow
    // it; a production record moves the release to Deployed or Rolled back.
    Result<Deployment> record(const Deployment& deployment);
    // The same checks and writes inside the caller's transaction (a runbook run's end writes
    // its record with it); the caller logs the record and announces the change.
    Result<Deployment> recordInTransaction(const Deployment& deployment, qint64 now);
    void announce(qint64 releaseId) { Q_EMIT deploymentsChanged(releaseId); }
    // Undo of record(): removes the record and puts the release's status back.
    Result<void> removeRecord(qint64 id, qint64 rowVersion, ReleaseStatus statusBefore);

    Result<QList<LifecycleOverride>> overrides(qint64 releaseId) const;
    Result<QList<LifecycleOverride>> unsettledOverrides() const;
    Result<LifecycleOverride> requestOverride(qint64 releaseId, Guard guard, const QString& reason);
    // By a second person with the release manager role: never the requester.
    Result<LifecycleOverride> approveOverride(qint64 id, qint64 rowVersion);
    Result<LifecycleOverride> settleOverride(qint64 id, qint64 rowVersion, const QString& note);

    // The inverses undo uses; each another audited edit, refused over a newer row_version.
    // Takes back a request nobody approved yet: only the person who asked.
    Result<void> withdrawOverride(qint64 id, qint64 rowVersion);
    // Brings a withdrawn request back under its id; who asked, approved or settled it only as
    // the audit log saw them do it.
    Result<LifecycleOverride> restoreOverride(const LifecycleOverride& override);
    // Takes an approval back (not once settled): only the person who approved.
    Result<LifecycleOverride> revokeOverrideApproval(qint64 id, qint64 rowVersion);
    // Opens a settled override again: only the person who settled it.
    Result<LifecycleOverride> reopenOverride(qint64 id, qint64 rowVersion);

Q_SIGNALS:
    void deploymentsChanged(qint64 releaseId);
    void overridesChanged(qint64 releaseId);

private:
    Result<QStringList> check(const Deployment& deployment, ReleaseStatus* target) const;
    // One audited change of an override: `change` edits it in place or refuses.
    Result<LifecycleOverride>
    changeOverride(qint64 id, qint64 rowVersion, const QString& auditAction,
                   const std::function<Result<void>(LifecycleOverride&, qint64 now)>& change);
    Database& m_db;
    Session m_session;
};

} // namespace slipway
