// SPDX-License-Identifier: GPL-3.0-or-later
// RunbookReportWriter::html: the bridge-call report as HTML for QTextDocument. Every string
// that comes from the file (titles, names, notes, URLs, reasons) goes through esc().
#include "RunbookReportWriter.h"

#include "ReportHtml.h"

#include "io/RunbookTriggerText.h"
#include "rules/RunbookSchedule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <QTimeZone>

namespace slipway::ui {
namespace {

using namespace reporthtml;
using Html = ReportHtml;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookReportWriter)
};

const QString kCritical = QStringLiteral("#fde8e8");

QString hhmm(qint64 secs) {
    return utc(secs, QStringLiteral("HH:mm"));
}

QString minutesText(qint64 minutes) {
    if (minutes < 60)
        return Text::tr("%1 min").arg(minutes);
    return Text::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "T+1:35": minutes from the window's start, for a runbook whose release has no window.
QString offsetText(int minutes) {
    return QStringLiteral("T+%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// "Sat 5 Dec 2026 22:00 – 02:00" in `zone`; the end's date only when it is another day.
QString windowText(qint64 start, qint64 end, const QTimeZone& zone) {
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, zone);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(end, zone);
    const QString full = QStringLiteral("ddd d MMM yyyy HH:mm");
    return from.toString(full) + QStringLiteral(" – ") +
           to.toString(from.date() == to.date() ? QStringLiteral("HH:mm") : full);
}

QString mono(const QString& html) {
    return QStringLiteral(
               "<span style=\"font-family:'DejaVu Sans Mono'; font-size:7pt;\">%1</span>")
        .arg(html);
}

QString statusColour(StepStatus status) {
    switch (status) {
    case StepStatus::Done:
        return Html::green();
    case StepStatus::Failed:
        return Html::red();
    case StepStatus::Running:
        return Html::accent();
    case StepStatus::Skipped:
        return Html::amber();
    case StepStatus::Pending:
        break;
    }
    return Html::faint();
}

void titleBlock(Html& h, const RunbookReportWriter::Input& in, const Result<RunbookPlan>& plan) {
    const Runbook& rb = in.runbook;
    h.raw(QStringLiteral("<p style=\"color:%1; font-size:9pt; font-weight:bold; "
                         "margin-bottom:%2px;\">%3</p>")
              .arg(Html::accent(), h.px(2), Text::tr("DEPLOYMENT RUNBOOK · BRIDGE CALL")));
    h.raw(QStringLiteral("<h1 style=\"color:%1; font-size:22pt; margin-top:0px; "
                         "margin-bottom:%2px;\">%3</h1>")
              .arg(Html::ink(), h.px(6), esc(in.releaseLabel)));
    if (in.windowStartUtc > 0) {
        h.paragraph(Text::tr("Window: %1 UTC")
                        .arg(windowText(in.windowStartUtc, in.windowEndUtc, QTimeZone::utc())),
                    Html::ink(), 11);
        const QTimeZone zone(in.windowZone.toUtf8());
        if (in.windowZone != u"UTC" && zone.isValid())
            h.paragraph(
                Text::tr("Local: %1 %2")
                    .arg(windowText(in.windowStartUtc, in.windowEndUtc, zone), esc(in.windowZone)),
                Html::faint(), 10);
    } else {
        h.paragraph(Text::tr("No window yet: planned times are minutes from the start (T+h:mm)."),
                    Html::amber(), 10);
    }
    h.paragraph(
        QStringLiteral("<b>%1</b> %2").arg(Text::tr("Pattern:"), esc(displayName(rb.pattern))));
    h.paragraph(QStringLiteral("<b>%1</b> %2")
                    .arg(Text::tr("Rationale:"),
                         rb.rationale.isEmpty() ? coloured(Html::faint(), Text::tr("none recorded"))
                                                : esc(rb.rationale)));
    const QString state =
        rb.isReady()
            ? coloured(Html::green(), Text::tr("Ready"), true) + u' ' +
                  Text::tr("— marked by %1 at %2 UTC").arg(esc(rb.readyBy), utc(rb.readyAt))
            : coloured(Html::amber(), Text::tr("Draft — not marked ready"), true);
    h.paragraph(QStringLiteral("<b>%1</b> %2").arg(Text::tr("State:"), state));

    if (!plan) {
        h.paragraph(coloured(
            Html::red(), Text::tr("The steps cannot be planned: %1").arg(esc(plan.error().message)),
            true));
        return;
    }
    const RunbookPlan& p = plan.value();
    QString end = in.windowStartUtc > 0
                      ? Text::tr("%1 UTC").arg(hhmm(in.windowStartUtc + p.plannedEndMin * 60))
                      : offsetText(p.plannedEndMin);
    end += Text::tr(" (%1 after the start)").arg(minutesText(p.plannedEndMin));
    if (in.windowStartUtc > 0 && in.windowEndUtc > 0) {
        const qint64 spare = (in.windowEndUtc - in.windowStartUtc) / 60 - p.plannedEndMin;
        end +=
            spare >= 0
                ? u' ' + coloured(Html::green(),
                                  Text::tr("— %1 before the window closes").arg(minutesText(spare)))
                : u' ' + coloured(Html::red(),
                                  Text::tr("— overruns the window by %1").arg(minutesText(-spare)),
                                  true);
    }
    h.paragraph(QStringLiteral("<b>%1</b> %2").arg(Text::tr("Planned end:"), end));
    QStringList path;
    for (const QString& key : p.criticalPath)
        path << esc(key);
    h.paragraph(QStringLiteral("<b>%1</b> %2")
                    .arg(Text::tr("Critical path:"),
                         path.isEmpty() ? dash() : path.join(QStringLiteral(" → "))));
    int forward = 0;
    for (const RunbookStep& s : rb.steps)
        forward += s.isForward();
    h.paragraph(Text::tr("%1 forward steps, %2 rollback steps, %3 rollback triggers, %4 "
                         "migration rehearsals.")
                    .arg(forward)
                    .arg(rb.steps.size() - forward)
                    .arg(rb.triggers.size())
                    .arg(rb.rehearsals.size()),
                Html::faint(), 9);
}

void forwardSteps(Html& h, const RunbookReportWriter::Input& in, const Result<RunbookPlan>& plan) {
    const Runbook& rb = in.runbook;
    QHash<QString, QStringList> rollbacks; // forward key -> its rollback steps
    for (const RunbookStep& s : rb.steps)
        if (!s.isForward() && !s.rollbackOf.isEmpty())
            rollbacks[s.rollbackOf] << s.key;
    h.heading(Text::tr("Forward steps"));
    h.paragraph(Text::tr("Planned start and end from the dependencies and offsets; rows marked "
                         "CRITICAL decide the planned end."),
                Html::faint(), 8);
    h.beginTable({4, 7, 32, 12, 10, 5, 10, 10, 10},
                 {Text::tr("#"), Text::tr("Key"), Text::tr("Step"), Text::tr("Owner"),
                  in.windowStartUtc > 0 ? Text::tr("Planned (UTC)") : Text::tr("Planned"),
                  Text::tr("Min"), Text::tr("Depends on"), Text::tr("Rollback"), Text::tr("Path")});
    int n = 0;
    for (const RunbookStep& s : rb.steps) {
        if (!s.isForward())
            continue;
        ++n;
        const StepTiming* t = plan ? plan->timing(s.key) : nullptr;
        QString planned = dash();
        if (t)
            planned = in.windowStartUtc > 0 ? hhmm(in.windowStartUtc + t->earliestStart * 60) +
                                                  QStringLiteral(" – ") +
                                                  hhmm(in.windowStartUtc + t->earliestFinish * 60)
                                            : offsetText(t->earliestStart) + QStringLiteral(" – ") +
                                                  offsetText(t->earliestFinish);
        QString step = esc(s.title) + QStringLiteral("<br>") + small(esc(displayName(s.kind)));
        if (!s.notes.isEmpty())
            step += QStringLiteral("<br>") + small(esc(s.notes));
        QStringList deps;
        for (const QString& d : s.dependsOn)
            deps << esc(d);
        QStringList pairs;
        for (const QString& r : rollbacks.value(s.key))
            pairs << esc(r);
        const bool needsNone = s.kind == StepKind::Checkpoint || s.kind == StepKind::HealthCheck ||
                               s.kind == StepKind::Communication;
        const QString rollback =
            !pairs.isEmpty() ? pairs.join(QStringLiteral(", "))
                             : (needsNone ? coloured(Html::faint(), Text::tr("not needed"))
                                          : coloured(Html::amber(), Text::tr("none"), true));
        const bool critical = t && t->critical;
        const QString pathCell = !t         ? dash()
                                 : critical ? coloured(Html::red(), Text::tr("CRITICAL"), true)
                                            : Text::tr("slack %1").arg(minutesText(t->slack));
        h.row({QString::number(n), QStringLiteral("<b>%1</b>").arg(esc(s.key)), step,
               orDash(esc(s.owner)), planned, QString::number(s.durationMin),
               orDash(deps.join(QStringLiteral(", "))), rollback, pathCell},
              critical ? kCritical : QString());
    }
    h.endTable();
}

void rollbackSteps(Html& h, const Runbook& rb) {
    h.heading(Text::tr("Rollback steps"));
    bool any = false;
    for (const RunbookStep& s : rb.steps) {
        if (s.isForward())
            continue;
        if (!any)
            h.beginTable({10, 38, 14, 14, 8, 16},
                         {Text::tr("Key"), Text::tr("Step"), Text::tr("Owner"),
                          Text::tr("Reverses"), Text::tr("Min"), Text::tr("Depends on")});
        any = true;
        QString step = esc(s.title) + QStringLiteral("<br>") + small(esc(displayName(s.kind)));
        if (!s.notes.isEmpty())
            step += QStringLiteral("<br>") + small(esc(s.notes));
        QStringList deps;
        for (const QString& d : s.dependsOn)
            deps << esc(d);
        h.row({QStringLiteral("<b>%1</b>").arg(esc(s.key)), step, orDash(esc(s.owner)),
               s.rollbackOf.isEmpty() ? coloured(Html::red(), Text::tr("nothing"), true)
                                      : esc(s.rollbackOf),
               QString::number(s.durationMin), orDash(deps.join(QStringLiteral(", ")))});
    }
    if (any)
        h.endTable();
    else
        h.paragraph(
            coloured(Html::amber(), Text::tr("No rollback steps: a failed step has nothing to "
                                             "roll back with.")));
}

void scripts(Html& h, const Runbook& rb) {
    QList<const RunbookStep*> withScript;
    for (const RunbookStep& s : rb.steps)
        if (s.kind == StepKind::Script || !s.scriptRepo.isEmpty() || !s.scriptSha256.isEmpty())
            withScript << &s;
    if (withScript.isEmpty())
        return;
    h.heading(Text::tr("Script references"));
    h.paragraph(Text::tr("Scripts are kept in version control; check the SHA-256 of what runs "
                         "against this list."),
                Html::faint(), 8);
    h.beginTable({9, 30, 22, 12, 27}, {Text::tr("Step"), Text::tr("Repository"), Text::tr("Path"),
                                       Text::tr("Commit"), Text::tr("SHA-256")});
    for (const RunbookStep* s : withScript) {
        const auto missing = [](const QString& v) {
            return v.isEmpty() ? coloured(Html::red(), Text::tr("missing"), true) : mono(esc(v));
        };
        h.row({QStringLiteral("<b>%1</b>").arg(esc(s->key)), missing(s->scriptRepo),
               missing(s->scriptPath), missing(s->scriptCommit), missing(s->scriptSha256)});
    }
    h.endTable();
}

void cutovers(Html& h, const RunbookReportWriter::Input& in, const Result<RunbookPlan>& plan) {
    QList<const RunbookStep*> list;
    for (const RunbookStep& s : in.runbook.steps)
        if (s.kind == StepKind::Cutover)
            list << &s;
    if (list.isEmpty())
        return;
    h.heading(Text::tr("DNS and load-balancer cutovers"));
    h.beginTable({10, 28, 12, 22, 28}, {Text::tr("Step"), Text::tr("Record"), Text::tr("TTL"),
                                        Text::tr("Lowered at (UTC)"), Text::tr("Check")});
    for (const RunbookStep* s : list) {
        const StepTiming* t = plan ? plan->timing(s->key) : nullptr;
        QString check;
        if (s->isForward() && s->ttlLoweredAt <= 0) {
            check = coloured(Html::amber(), Text::tr("not lowered yet"), true);
        } else if (t && in.windowStartUtc > 0 && s->isForward()) {
            const qint64 lead = in.windowStartUtc + t->earliestStart * 60 - s->ttlLoweredAt;
            check =
                lead < s->ttlOldSeconds
                    ? coloured(Html::red(),
                               Text::tr("lowered only %1 before the cutover; one old TTL is %2")
                                   .arg(minutesText(qMax<qint64>(0, lead) / 60),
                                        minutesText(s->ttlOldSeconds / 60)),
                               true)
                    : coloured(Html::green(), Text::tr("lowered %1 ahead; clients have the new TTL")
                                                  .arg(minutesText(lead / 60)));
        } else {
            check = dash();
        }
        if (!s->isForward())
            check = Text::tr("rollback of %1").arg(esc(s->rollbackOf));
        h.row({QStringLiteral("<b>%1</b>").arg(esc(s->key)), orDash(esc(s->dnsRecord)),
               s->ttlOldSeconds > 0 || s->ttlNewSeconds > 0
                   ? Text::tr("%1 s → %2 s").arg(s->ttlOldSeconds).arg(s->ttlNewSeconds)
                   : coloured(Html::red(), Text::tr("not given"), true),
               s->ttlLoweredAt > 0 ? utc(s->ttlLoweredAt) : dash(), check});
    }
    h.endTable();
}

void rehearsals(Html& h, const Runbook& rb) {
    bool hasMigration = false;
    for (const RunbookStep& s : rb.steps)
        hasMigration = hasMigration || s.kind == StepKind::Migration;
    if (!hasMigration && rb.rehearsals.isEmpty())
        return;
    h.heading(Text::tr("Migration rehearsals"));
    if (rb.rehearsals.isEmpty()) {
        h.paragraph(coloured(Html::red(),
                             Text::tr("No rehearsal recorded against a clone of "
                                      "production: the runbook cannot be ready."),
                             true));
        return;
    }
    h.beginTable({9, 18, 14, 19, 9, 19, 12},
                 {Text::tr("Step"), Text::tr("When (UTC)"), Text::tr("By"), Text::tr("Clone"),
                  Text::tr("Min"), Text::tr("Rows before → after"), Text::tr("Result")});
    for (const MigrationRehearsal& r : rb.rehearsals) {
        QString result = r.passed ? coloured(Html::green(), Text::tr("passed"), true)
                                  : coloured(Html::red(), Text::tr("failed"), true);
        if (!r.notes.isEmpty())
            result += QStringLiteral("<br>") + small(esc(r.notes));
        h.row({QStringLiteral("<b>%1</b>").arg(esc(r.stepKey)), utc(r.rehearsedAt),
               orDash(esc(r.rehearsedBy)), orDash(esc(r.cloneName)), QString::number(r.durationMin),
               QStringLiteral("%1 → %2").arg(r.rowsBefore).arg(r.rowsAfter), result});
    }
    h.endTable();
}

void triggers(Html& h, const Runbook& rb) {
    h.heading(Text::tr("Rollback triggers"));
    if (rb.triggers.isEmpty()) {
        h.paragraph(
            coloured(Html::amber(), Text::tr("No rollback triggers: the call decides by eye.")));
        return;
    }
    h.beginTable({28, 18, 54}, {Text::tr("Name"), Text::tr("Kind"), Text::tr("Fires when")});
    for (const RunbookTrigger& t : rb.triggers)
        h.row({QStringLiteral("<b>%1</b>").arg(esc(t.name)), esc(displayName(t.kind)),
               esc(RunbookTriggerText::condition(t))});
    h.endTable();
}

void whatHappened(Html& h, const RunbookReportWriter::Input& in) {
    if (!in.run)
        return;
    const RunbookRun& run = *in.run;
    h.heading(Text::tr("What happened"));
    QString line =
        Text::tr("Run started by %1 at %2 UTC").arg(esc(run.startedBy), utc(run.startedAt));
    if (run.endedAt > 0)
        line += Text::tr("; ended by %1 at %2 UTC").arg(esc(run.endedBy), utc(run.endedAt));
    const QString outcomeColour = run.outcome == RunOutcome::Succeeded ? Html::green()
                                  : run.outcome == RunOutcome::Running ? Html::accent()
                                                                       : Html::red();
    h.paragraph(line + QStringLiteral(". ") + Text::tr("Outcome:") + u' ' +
                coloured(outcomeColour, esc(displayName(run.outcome)), true) + u'.');

    h.beginTable({10, 14, 20, 20, 14, 22},
                 {Text::tr("Step"), Text::tr("Status"), Text::tr("Started (UTC)"),
                  Text::tr("Ended (UTC)"), Text::tr("By"), Text::tr("Note")});
    for (const RunbookStep& s : in.runbook.steps) {
        const StepProgress p = progressOf(run, s.key);
        if (!s.isForward() && p.status == StepStatus::Pending)
            continue;
        const QString time = QStringLiteral("d MMM HH:mm:ss");
        h.row({QStringLiteral("<b>%1</b>").arg(esc(s.key)),
               coloured(statusColour(p.status), esc(displayName(p.status)), true),
               p.startedAt > 0 ? utc(p.startedAt, time) : dash(),
               p.endedAt > 0 ? utc(p.endedAt, time) : dash(), orDash(esc(p.by)), esc(p.note)});
    }
    h.endTable();

    h.heading(Text::tr("Triggers that fired"));
    if (run.firings.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("None.")));
    } else {
        h.beginTable({18, 20, 10, 52}, {Text::tr("When (UTC)"), Text::tr("Trigger"),
                                        Text::tr("Step"), Text::tr("What it said")});
        for (const TriggerFiring& f : run.firings)
            h.row({utc(f.at, QStringLiteral("d MMM HH:mm:ss")),
                   QStringLiteral("<b>%1</b>").arg(esc(f.triggerName)), orDash(esc(f.stepKey)),
                   coloured(Html::red(), esc(f.message))});
        h.endTable();
    }

    h.heading(Text::tr("Go/no-go decisions"));
    if (run.decisions.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("None recorded.")));
    } else {
        h.beginTable({18, 12, 12, 16, 42}, {Text::tr("When (UTC)"), Text::tr("Checkpoint"),
                                            Text::tr("Decision"), Text::tr("By"), Text::tr("Why")});
        for (const CheckpointDecision& d : run.decisions) {
            const QString colour = d.decision == RunDecision::Go ? Html::green() : Html::red();
            h.row({utc(d.at, QStringLiteral("d MMM HH:mm:ss")), orDash(esc(d.stepKey)),
                   coloured(colour, esc(displayName(d.decision)), true), esc(d.by), esc(d.reason)});
        }
        h.endTable();
    }
}

} // namespace

QString RunbookReportWriter::html(const Input& input, qreal pointsToPixels) {
    Html h(pointsToPixels);
    const Result<RunbookPlan> plan = planRunbook(input.runbook.steps);
    titleBlock(h, input, plan);
    forwardSteps(h, input, plan);
    rollbackSteps(h, input.runbook);
    scripts(h, input.runbook);
    cutovers(h, input, plan);
    rehearsals(h, input.runbook);
    triggers(h, input.runbook);
    whatHappened(h, input);
    return QStringLiteral("<html><body style=\"color:%1;\">").arg(Html::ink()) + h.text() +
           QStringLiteral("</body></html>");
}

} // namespace slipway::ui
