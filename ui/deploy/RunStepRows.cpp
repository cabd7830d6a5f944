// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunStepRows.h"

#include "Theme.h"
#include "services/RunbookRunService.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace slipway::ui {

bool rollbackDecided(const RunbookRun& run) {
    return std::any_of(
        run.decisions.cbegin(), run.decisions.cend(),
        [](const CheckpointDecision& d) { return d.decision == RunDecision::Rollback; });
}

QList<RunStepRow> runStepRows(const RunbookStatus& status, qint64 nowUtc) {
    QList<RunStepRow> rows;
    const RunbookRun run = status.run.value_or(RunbookRun{});
    const bool rollingBack = status.run && rollbackDecided(run);
    const auto ended = [](StepStatus s) {
        return s == StepStatus::Done || s == StepStatus::Skipped;
    };
    QList<RunbookStep> rollbacks;
    for (const RunbookStep& step : status.runbook.steps) {
        if (!step.isForward()) {
            rollbacks << step;
            continue;
        }
        RunStepRow row;
        row.step = step;
        row.progress = progressOf(run, step.key);
        row.plannedSecs = qint64(step.durationMin) * 60;
        if (const StepTiming* t = status.plan.timing(step.key)) {
            row.plannedStart = status.windowStartUtc + qint64(t->earliestStart) * 60;
            row.plannedEnd = status.windowStartUtc + qint64(t->earliestFinish) * 60;
            row.critical = t->critical;
        }
        if (const StepProjection* p = status.projection.step(step.key))
            row.waiting = p->waiting;
        if (row.progress.status == StepStatus::Pending) {
            for (const QString& dep : step.dependsOn) {
                if (!ended(progressOf(run, dep).status))
                    row.waitsOn << dep;
            }
            row.waiting = row.waiting || !row.waitsOn.isEmpty();
        }
        rows << row;
    }
    for (const RunbookStep& step : rollbacks) {
        RunStepRow row;
        row.step = step;
        row.progress = progressOf(run, step.key);
        row.plannedSecs = qint64(step.durationMin) * 60;
        row.rollbackDecided = rollingBack;
        row.proposed = std::any_of(status.rollback.steps.cbegin(), status.rollback.steps.cend(),
                                   [&](const RunbookStep& s) { return s.key == step.key; });
        row.waiting = row.progress.status == StepStatus::Pending && (!rollingBack || !row.proposed);
        rows << row;
    }
    for (RunStepRow& row : rows) {
        const StepProgress& p = row.progress;
        if (p.startedAt <= 0)
            continue;
        if (p.status == StepStatus::Running)
            row.elapsedSecs = std::max<qint64>(0, nowUtc - p.startedAt);
        else if (p.endedAt >= p.startedAt)
            row.elapsedSecs = p.endedAt - p.startedAt;
    }
    return rows;
}

QString durationText(qint64 secs) {
    const QString sign = secs < 0 ? QStringLiteral("\u2212") : QString();
    secs = std::abs(secs);
    const qint64 h = secs / 3600, m = (secs / 60) % 60, s = secs % 60;
    if (h > 0)
        return sign + QStringLiteral("%1:%2:%3")
                          .arg(h)
                          .arg(m, 2, 10, QLatin1Char('0'))
                          .arg(s, 2, 10, QLatin1Char('0'));
    return sign + QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString clockText(qint64 utcSecs, qint64 nowUtc) {
    if (utcSecs <= 0)
        return QStringLiteral("\u2014");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(nowUtc).toLocalTime();
    // Minutes are what a bridge call plans in; the date only when it is not today.
    const QLocale locale;
    if (nowUtc > 0 && at.date() == now.date())
        return locale.toString(at.time(), QStringLiteral("HH:mm"));
    return locale.toString(at, QStringLiteral("d MMM HH:mm"));
}

QString timeText(qint64 utcSecs) {
    if (utcSecs <= 0)
        return QStringLiteral("\u2014");
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime().time(),
                              QStringLiteral("HH:mm"));
}

QColor stepStatusColor(StepStatus status, bool dark) {
    switch (status) {
    case StepStatus::Pending:
        return dark ? QColor(0xa8, 0xb3, 0xc4) : Theme::muted();
    case StepStatus::Running:
        return dark ? QColor(0x60, 0xa5, 0xfa) : Theme::accent();
    case StepStatus::Done:
        return dark ? QColor(0x4a, 0xde, 0x80) : Theme::success();
    case StepStatus::Failed:
        return dark ? QColor(0xf8, 0x71, 0x71) : Theme::danger();
    case StepStatus::Skipped:
        return dark ? QColor(0xfb, 0xbf, 0x24) : Theme::warning();
    }
    return Theme::muted();
}

} // namespace slipway::ui
