// SPDX-License-Identifier: GPL-3.0-or-later
// slipway runbook start --db FILE --release R
// slipway runbook step --db FILE --release R --step KEY --status running|done|failed|skipped
//                      [--note TEXT]
// slipway runbook status --db FILE --release R [--json]
// slipway runbook decide --db FILE --release R [--step KEY] --decision go|no-go|rollback
//                        --reason TEXT
// slipway runbook finish --db FILE --release R --outcome succeeded|rolled-back|aborted
//                        [--note TEXT]
#include "RunbookCommand.h"

#include "services/RunbookRunService.h"
#include "services/Session.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace slipway::cli {
namespace {

const QString kCommand = QStringLiteral("runbook");

QString clock(qint64 utc) {
    return utc > 0 ? QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(QStringLiteral("HH:mm"))
                   : QStringLiteral("—");
}

QString span(qint64 secs) {
    const qint64 m = secs / 60;
    return m >= 60 ? QStringLiteral("%1h%2").arg(m / 60).arg(m % 60, 2, 10, QLatin1Char('0'))
                   : QStringLiteral("%1m").arg(m);
}

int printStatus(const RunbookStatus& st, bool json) {
    const int code = st.firing.isEmpty() ? ExitOk : ExitFindings;
    if (json) {
        QJsonObject o = toJson(st);
        o.insert(QStringLiteral("format"), 1);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return code;
    }
    const RunProjection& p = st.projection;
    QString head;
    if (!st.run)
        head = CliText::tr("not started");
    else if (st.run->isRunning())
        head = CliText::tr("running since %1 UTC (started by %2)")
                   .arg(clock(st.run->startedAt), st.run->startedBy);
    else
        head =
            CliText::tr("%1 at %2 UTC").arg(displayName(st.run->outcome), clock(st.run->endedAt));
    out() << CliText::tr("%1 — %2 runbook (%3), %4")
                 .arg(st.runbook.releaseLabel, displayName(st.runbook.pattern),
                      st.runbook.isReady() ? CliText::tr("ready") : CliText::tr("draft"), head)
          << Qt::endl;
    out() << CliText::tr("%1 of %2 steps done; elapsed %3; planned end %4 UTC, projected end %5 "
                         "UTC, window ends %6 UTC")
                 .arg(p.done)
                 .arg(p.total)
                 .arg(span(p.elapsedSecs), clock(p.plannedEnd), clock(p.projectedEnd),
                      clock(st.windowEndUtc))
          << Qt::endl
          << Qt::endl;
    for (const RunbookStep& s : st.runbook.steps) {
        const StepProgress prog = st.run ? progressOf(*st.run, s.key) : StepProgress{};
        const StepProjection* sp = p.step(s.key);
        QString timing;
        if (sp && sp->elapsedSecs > 0)
            timing = CliText::tr("%1 of %2").arg(span(sp->elapsedSecs), span(s.durationMin * 60));
        else
            timing = span(s.durationMin * 60);
        out() << QStringLiteral("%1 %2 %3  %4  %5%6")
                     .arg(s.key.leftJustified(6),
                          s.isForward() ? QStringLiteral("→") : QStringLiteral("↩"),
                          displayName(prog.status).leftJustified(8), s.title, timing,
                          sp && sp->waiting ? CliText::tr("  (waiting)") : QString())
              << Qt::endl;
    }
    if (st.run) {
        for (const CheckpointDecision& d : st.run->decisions)
            out() << CliText::tr("Decision %1 at %2 UTC by %3%4: %5")
                         .arg(displayName(d.decision), clock(d.at), d.by,
                              d.stepKey.isEmpty() ? QString() : CliText::tr(" (%1)").arg(d.stepKey),
                              d.reason)
                  << Qt::endl;
        for (const TriggerFiring& f : st.run->firings)
            out() << CliText::tr("Fired at %1 UTC: %2").arg(clock(f.at), f.message) << Qt::endl;
    }
    for (const FiredTrigger& f : st.firing)
        out() << CliText::tr("ROLLBACK TRIGGER: %1").arg(f.message) << Qt::endl;
    if (!st.firing.isEmpty() && !st.rollback.steps.isEmpty()) {
        QStringList keys;
        for (const RunbookStep& s : st.rollback.steps)
            keys << s.key;
        out() << CliText::tr("Proposed rollback: %1").arg(keys.join(QStringLiteral(" → ")))
              << Qt::endl;
    }
    return code;
}

} // namespace

int runRunbookExecution(const QString& action, const QCommandLineParser& parser,
                        const RunbookOptions& o, Database& db, qint64 releaseId) {
    auto acting = Session::forDatabase(db);
    if (!acting)
        return inputError(acting.error());
    RunbookRunService runs(db, acting.value());
    if (action == u"status") {
        auto st = runs.status(releaseId);
        if (!st)
            return runbookRefused(kCommand, st.error());
        return printStatus(st.value(), parser.isSet(o.json));
    }
    if (action == u"start") {
        auto started = runs.start(releaseId);
        if (!started)
            return runbookRefused(kCommand, started.error());
        out() << CliText::tr("Run %1 started at %2 UTC by %3.")
                     .arg(started->id)
                     .arg(clock(started->startedAt), started->startedBy)
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"step") {
        if (!parser.isSet(o.step) || !parser.isSet(o.status))
            return usageError(kCommand, CliText::tr("step needs --step KEY and --status "
                                                    "running|done|failed|skipped"));
        const auto status = stepStatusFromKey(parser.value(o.status));
        if (!status || *status == StepStatus::Pending)
            return usageError(kCommand, CliText::tr("--status '%1' is not running, done, failed "
                                                    "or skipped")
                                            .arg(parser.value(o.status)));
        auto marked = runs.setStep(releaseId, parser.value(o.step), *status, parser.value(o.note));
        if (!marked)
            return runbookRefused(kCommand, marked.error());
        out() << CliText::tr("%1: %2.").arg(parser.value(o.step).trimmed(),
                                            displayName(*status).toLower())
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"decide") {
        const auto decision = runDecisionFromKey(parser.value(o.decision));
        if (!decision)
            return usageError(kCommand, CliText::tr("--decision must be go, no-go or rollback"));
        if (parser.value(o.reason).trimmed().isEmpty())
            return usageError(kCommand, CliText::tr("--reason is required: say why"));
        auto decided =
            runs.decide(releaseId, parser.value(o.step), *decision, parser.value(o.reason));
        if (!decided)
            return runbookRefused(kCommand, decided.error());
        out() << CliText::tr("Recorded: %1.").arg(displayName(*decision)) << Qt::endl;
        return ExitOk;
    }
    // finish
    const QString given = parser.value(o.outcome).trimmed().toLower().replace(u'-', u'_');
    const auto outcome = runOutcomeFromKey(given);
    if (!outcome || *outcome == RunOutcome::Running)
        return usageError(kCommand,
                          CliText::tr("--outcome must be succeeded, rolled-back or aborted"));
    auto ended = runs.finish(releaseId, *outcome, parser.value(o.note));
    if (!ended)
        return runbookRefused(kCommand, ended.error());
    out() << (ended->deploymentId > 0 ? CliText::tr("Run %1 ended %2; deployment %3 recorded.")
                                            .arg(ended->id)
                                            .arg(displayName(ended->outcome).toLower())
                                            .arg(ended->deploymentId)
                                      : CliText::tr("Run %1 ended %2.")
                                            .arg(ended->id)
                                            .arg(displayName(ended->outcome).toLower()))
          << Qt::endl;
    return ExitOk;
}

} // namespace slipway::cli
