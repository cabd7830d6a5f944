// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/Runbook.h"
#include "rules/RunbookSchedule.h"
#include "rules/TriggerEvaluator.h"

#include <QObject>

#include <optional>

namespace slipway {

class Database;

// Everything a run needs at once: the runbook, its plan, the latest run and where it is
// heading. What the Deploy screen and `runbook status` show.
struct RunbookStatus {
    Runbook runbook;
    RunbookPlan plan;
    std::optional<RunbookRun> run; // the latest run, running or ended
    RunProjection projection;      // of `run` (or of the plan alone when none)
    qint64 windowStartUtc = 0;
    qint64 windowEndUtc = 0;
    QList<FiredTrigger> firing; // triggers whose condition holds now (TriggerEvaluator)
    RollbackProposal rollback;  // what rolling back now would take
};
QJsonObject toJson(const RunbookStatus& status);
// A run's own fields, as its audit entries picture it (RunbookStatusJson.cpp).
QJsonObject runImage(const RunbookRun& run);

// The live execution of a release's runbook, under the right to execute runbooks (release
// manager, deployer, operations). Steps, triggers and decisions are history: each call adds
// rows and an audit entry, none edits or removes one. Pipelines call the same methods through
// `slipway runbook step`.
class RunbookRunService : public QObject {
    Q_OBJECT
public:
    RunbookRunService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    // `nowUtc` 0: the clock. Live observations (health checks, metrics) feed the triggers.
    Result<RunbookStatus> status(qint64 releaseId, qint64 nowUtc = 0,
                                 const TriggerObservations& seen = {}) const;
    // Releases whose runbook is being run, for lists.
    Result<QSet<qint64>> runningReleases() const;
    // Starts a run of the ready runbook: running it is deploying, so an Approved release moves
    // to Deploying, refused (every failing guard named) when the lifecycle does not allow it.
    // Refused too when the runbook is a draft or a run is under way.
    Result<RunbookRun> start(qint64 releaseId);
    // Marks a step. Refused (Validation) for a step that is not in the runbook, a step
    // waiting on others (running or done), a move back from done, or no run under way. A
    // rollback step may run only after a rollback decision; a checkpoint is passed by a go
    // decision, never marked done or skipped.
    Result<RunbookRun> setStep(qint64 releaseId, const QString& stepKey, StepStatus status,
                               const QString& note = {});
    // Go, no-go or rollback at a checkpoint (or anywhere, `stepKey` empty), with the reason.
    Result<RunbookRun> decide(qint64 releaseId, const QString& stepKey, RunDecision decision,
                              const QString& reason);
    // Records what fired, once per run and key (a repeat returns the run unchanged).
    Result<RunbookRun> recordFiring(qint64 releaseId, const FiredTrigger& fired);
    // Ends the run: Succeeded (every forward step done or skipped), RolledBack (after a
    // rollback decision) or Aborted (before production was touched: the release is Approved
    // again). Succeeded and RolledBack
    // write the production deployment record through DeploymentService's checks; refused,
    // with its reasons, when the lifecycle does not allow the record.
    Result<RunbookRun> finish(qint64 releaseId, RunOutcome outcome, const QString& note = {});

Q_SIGNALS:
    void runChanged(qint64 releaseId);

private:
    // The production environment a run's deployment record names: the one the release books,
    // or the file's only one.
    Result<qint64> productionEnvironment(qint64 releaseId) const;
    Database& m_db;
    Session m_session;
};

} // namespace slipway
