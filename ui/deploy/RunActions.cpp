// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunActions.h"

#include "RunController.h"
#include "RunDecisionDialog.h"
#include "RunFinishDialog.h"
#include "RunTriggerBanner.h"

#include <algorithm>

namespace slipway::ui {

RunActions::Said RunActions::start(RunController& run) {
    auto started = run.start();
    if (!started)
        return {Outcome::Refused, tr("The run was not started: %1").arg(started.error().message)};
    return {Outcome::Recorded, tr("Run started.")};
}

RunActions::Said RunActions::mark(RunController& run, QWidget* parent, QString stepKey,
                                  StepStatus status, QString note) {
    const auto& now = run.status();
    if (!now || !now->run)
        return {};
    const RunbookStep* step = now->runbook.step(stepKey);
    if (status == StepStatus::Done && step && step->kind == StepKind::Checkpoint) {
        const auto& decisions = now->run->decisions;
        const bool decided =
            std::any_of(decisions.cbegin(), decisions.cend(),
                        [&](const CheckpointDecision& d) { return d.stepKey == stepKey; });
        if (!decided)
            return decide(run, parent, stepKey, RunDecision::Go);
    }
    auto marked = run.mark(stepKey, status, note);
    if (!marked)
        return {Outcome::Refused, tr("%1 was not marked: %2").arg(stepKey, marked.error().message)};
    return {Outcome::Recorded, tr("%1 marked %2.").arg(stepKey, displayName(status).toLower())};
}

RunActions::Said RunActions::decide(RunController& run, QWidget* parent, QString stepKey,
                                    RunDecision preset) {
    if (!run.status() || !run.status()->run)
        return {};
    // Copies: recording reads the run again, which replaces what status() holds.
    const RunbookStatus status = *run.status();
    const RunbookStep* found = status.runbook.step(stepKey);
    const std::optional<RunbookStep> step =
        found ? std::optional<RunbookStep>(*found) : std::nullopt;
    const QString where =
        step ? tr("Checkpoint %1: %2").arg(step->key, step->title)
             : tr("Decision during the run of %1").arg(status.runbook.releaseLabel);
    QString context;
    const QStringList fired = run.firedMessages();
    if (!fired.isEmpty())
        context = tr("Fired: %1").arg(fired.join(QStringLiteral("; "))) + u'\n';
    context += RunTriggerBanner::proposalText(status.runbook, status.rollback);
    RunDecisionDialog dialog(where, context, preset, parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    const RunDecision decision = dialog.decision();
    const QString reason = dialog.reason();
    auto decided = run.decide(stepKey, decision, reason);
    if (!decided)
        return {Outcome::Refused,
                tr("The decision was not recorded: %1").arg(decided.error().message)};
    if (decision == RunDecision::Go && step && step->kind == StepKind::Checkpoint &&
        progressOf(decided.value(), stepKey).status != StepStatus::Done) {
        auto done = run.mark(stepKey, StepStatus::Done, reason);
        if (!done)
            return {Outcome::Refused, tr("Go recorded, but %1 was not marked done: %2")
                                          .arg(stepKey, done.error().message)};
    }
    return {Outcome::Recorded, step ? tr("%1 at %2 recorded.").arg(displayName(decision), stepKey)
                                    : tr("%1 recorded.").arg(displayName(decision))};
}

RunActions::Said RunActions::finish(RunController& run, QWidget* parent) {
    if (!run.status() || !run.status()->run)
        return {};
    RunFinishDialog dialog(rollbackDecided(*run.status()->run) ? RunOutcome::RolledBack
                                                               : RunOutcome::Succeeded,
                           parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    auto finished = run.finish(dialog.outcome(), dialog.note());
    if (!finished)
        return {Outcome::Refused, tr("The run was not finished: %1").arg(finished.error().message)};
    return {Outcome::Recorded, tr("Run finished: %1; %2.")
                                   .arg(displayName(finished->outcome).toLower(),
                                        run.deploymentText(finished.value()))};
}

} // namespace slipway::ui
