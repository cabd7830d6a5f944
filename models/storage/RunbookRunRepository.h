// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QList>
#include <QSet>

#include <optional>

namespace slipway {

class Database;

// Runs of runbooks (`runbook_runs`) and what was recorded during them: step events,
// trigger firings, decisions. History: rows are added; only a run's end is written later.
// Writes expect the caller's Transaction.
class RunbookRunRepository {
public:
    explicit RunbookRunRepository(Database& db);

    Result<std::optional<RunbookRun>> latest(qint64 runbookId) const;
    Result<RunbookRun> find(qint64 runId) const;
    Result<int> count(qint64 runbookId) const;
    // Releases whose runbook has a run under way.
    Result<QSet<qint64>> runningReleaseIds() const;
    // Latest run per release (with its records), for the CAB pack and lists.
    Result<QList<QPair<qint64, RunbookRun>>> latestPerRelease() const;

    Result<RunbookRun> start(qint64 runbookId, const QString& actor, qint64 now);
    Result<StepEvent> addEvent(qint64 runId, const StepEvent& event);
    Result<TriggerFiring> addFiring(qint64 runId, const TriggerFiring& firing);
    Result<CheckpointDecision> addDecision(qint64 runId, const CheckpointDecision& decision);
    Result<RunbookRun> end(qint64 runId, qint64 rowVersion, RunOutcome outcome, qint64 deploymentId,
                           const QString& actor, qint64 now);

private:
    Result<void> readChildren(RunbookRun& run) const;
    Database& m_db;
};

} // namespace slipway
