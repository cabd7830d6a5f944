// SPDX-License-Identifier: GPL-3.0-or-later
// PirReportWriter::html: the post-implementation review as HTML for QTextDocument. Every
// string from the file (names, titles, notes, the review's text) goes through esc().
#include "PirReportWriter.h"

#include "ReportHtml.h"

#include "rules/ClosureRules.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace slipway::ui {
namespace {

using namespace reporthtml;
using Html = ReportHtml;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PirReportWriter)
};

const QString kPink = QStringLiteral("#fde8e8");

QString shortUtc(qint64 secs) {
    return utc(secs, QStringLiteral("d MMM HH:mm"));
}

// A number as the report shows it: up to four significant digits, no exponent for the usual
// sizes; p-values below 0.0001 as "< 0.0001".
QString number(std::optional<double> value, int precision = 4) {
    if (!value || std::isnan(*value))
        return dash();
    return QLocale::c().toString(*value, 'g', precision);
}

QString pValue(std::optional<double> p) {
    if (!p || std::isnan(*p))
        return dash();
    if (*p < 0.0001)
        return QStringLiteral("&lt; 0.0001");
    return QLocale::c().toString(*p, 'f', 4);
}

QString kindName(const QString& kind) {
    if (kind == u"deployment")
        return Text::tr("Deployment");
    if (kind == u"run")
        return Text::tr("Runbook run");
    if (kind == u"step")
        return Text::tr("Step");
    if (kind == u"decision")
        return Text::tr("Decision");
    if (kind == u"trigger")
        return Text::tr("Trigger");
    if (kind == u"check")
        return Text::tr("Check");
    if (kind == u"incident")
        return Text::tr("Incident");
    if (kind == u"feedback")
        return Text::tr("Feedback");
    if (kind == u"review")
        return Text::tr("Review");
    return kind;
}

QString outcomeColour(DeploymentOutcome outcome) {
    switch (outcome) {
    case DeploymentOutcome::Succeeded:
        return Html::green();
    case DeploymentOutcome::Failed:
        return Html::red();
    case DeploymentOutcome::RolledBack:
        return Html::amber();
    }
    return Html::ink();
}

void titleBlock(Html& h, const PirReportWriter::Input& in) {
    h.raw(QStringLiteral("<p style=\"color:%1; font-size:9pt; font-weight:bold; "
                         "margin-bottom:%2px;\">%3</p>")
              .arg(Html::accent(), h.px(2), Text::tr("POST-IMPLEMENTATION REVIEW · BLAMELESS")));
    h.raw(QStringLiteral("<h1 style=\"color:%1; font-size:20pt; margin-top:0px; "
                         "margin-bottom:%2px;\">%3</h1>")
              .arg(Html::ink(), h.px(6),
                   Text::tr("Post-implementation review — %1").arg(esc(in.releaseLabel))));
    const PostReview& r = in.review;
    if (!r.isDone()) {
        h.raw(QStringLiteral("<table width=\"100%\" cellpadding=\"%1\" cellspacing=\"0\" "
                             "border=\"0\"><tr><td bgcolor=\"%2\"><span style=\"color:%3; "
                             "font-size:22pt; font-weight:bold;\">%4</span><br><span "
                             "style=\"color:%3; font-size:9pt;\">%5</span></td></tr></table>")
                  .arg(h.px(6))
                  .arg(kPink, Html::red(), Text::tr("DRAFT"),
                       Text::tr("This review is not done yet: its text may still change.")));
        h.raw(QStringLiteral("<p style=\"font-size:5pt;\">&nbsp;</p>"));
    }
    QString state =
        r.isDone() ? coloured(Html::green(), Text::tr("Done"), true) + u' ' +
                         Text::tr("on %1 UTC, signed off by %2").arg(utc(r.doneAt), esc(r.doneBy))
                   : coloured(Html::red(), Text::tr("Draft"), true);
    state += QStringLiteral(" · ") +
             Text::tr("due %1").arg(utc(r.dueAt, QStringLiteral("ddd d MMM yyyy")));
    if (r.isLate(in.generatedAt))
        state += QStringLiteral(" · ") +
                 coloured(Html::red(), r.isDone() ? Text::tr("finished late") : Text::tr("overdue"),
                          true);
    state += QStringLiteral(" · ") + (in.reviewRequired ? Text::tr("required for this release")
                                                        : Text::tr("held by choice"));
    h.paragraph(QStringLiteral("<b>%1</b> %2").arg(Text::tr("Review:"), state));
    h.paragraph(
        QStringLiteral("<b>%1</b> %2")
            .arg(Text::tr("Blameless review:"),
                 Text::tr("this document looks at systems, processes and decisions as they "
                          "were understood at the time, not at who did what. Roles are named "
                          "where it helps; people are not.")),
        Html::faint(), 8.5);
}

void releaseSection(Html& h, const PirReportWriter::Input& in) {
    const Release& r = in.release;
    h.heading(Text::tr("The release"));
    QStringList facts;
    facts << QStringLiteral("<b>%1</b> %2").arg(Text::tr("Type:"), esc(displayName(r.type)));
    facts << QStringLiteral("<b>%1</b> %2").arg(Text::tr("Status:"), esc(displayName(r.status)));
    if (!r.changeTicket.isEmpty())
        facts << QStringLiteral("<b>%1</b> %2").arg(Text::tr("Change:"), esc(r.changeTicket));
    h.paragraph(facts.join(QStringLiteral(" · ")));
    h.paragraph(
        QStringLiteral("<b>%1</b> %2")
            .arg(Text::tr("Window:"), r.windowStart.isValid() && r.windowEnd.isValid()
                                          ? Text::tr("%1 – %2 UTC")
                                                .arg(utc(r.windowStart.toSecsSinceEpoch()),
                                                     utc(r.windowEnd.toSecsSinceEpoch()))
                                          : coloured(Html::faint(), Text::tr("none scheduled"))));
    if (in.firstProductionAt > 0) {
        const qint64 end = feedbackWindowEnd(in.firstProductionAt);
        const QString window = end <= in.generatedAt
                                   ? Text::tr("%1 UTC; the %2-hour feedback window ended %3 UTC")
                                   : Text::tr("%1 UTC; the %2-hour feedback window ends %3 UTC");
        h.paragraph(
            QStringLiteral("<b>%1</b> %2")
                .arg(Text::tr("In production:"),
                     window.arg(utc(in.firstProductionAt)).arg(kFeedbackHours).arg(utc(end))));
    }
    bool rolledBack = false;
    bool failed = false;
    bool succeeded = false;
    for (const Deployment& d : in.deployments) {
        if (!d.production)
            continue;
        rolledBack = rolledBack || d.outcome == DeploymentOutcome::RolledBack;
        failed = failed || d.outcome == DeploymentOutcome::Failed;
        succeeded = succeeded || d.outcome == DeploymentOutcome::Succeeded;
    }
    const QString outcome =
        rolledBack  ? coloured(Html::amber(), Text::tr("rolled back"), true)
        : failed    ? coloured(Html::red(),
                            succeeded ? Text::tr("succeeded after a failed attempt")
                                         : Text::tr("failed"),
                               true)
        : succeeded ? coloured(Html::green(), Text::tr("succeeded"), true)
                    : coloured(Html::faint(), Text::tr("not deployed to production"));
    h.paragraph(QStringLiteral("<b>%1</b> %2").arg(Text::tr("Outcome:"), outcome));
    h.subheading(Text::tr("Deployments"));
    if (in.deployments.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("None recorded.")));
        return;
    }
    h.beginTable({24, 22, 14, 16, 24},
                 {Text::tr("When (UTC)"), Text::tr("Environment"), Text::tr("Version"),
                  Text::tr("Outcome"), Text::tr("Notes")});
    for (const Deployment& d : in.deployments)
        h.row({utc(d.deployedAt),
               // The kind only where the name does not already say it.
               esc(d.environmentName) +
                   (d.production && !d.environmentName.contains(u"prod", Qt::CaseInsensitive)
                        ? QStringLiteral(" ") + small(Text::tr("production"))
                        : QString()),
               orDash(esc(d.version)),
               coloured(outcomeColour(d.outcome), esc(displayName(d.outcome)), true),
               orDash(esc(d.notes))});
    h.endTable();
}

void validationSection(Html& h, const PirReportWriter::Input& in) {
    h.heading(Text::tr("Validation"));
    const QString stateColour = in.validation == ValidationState::Passing   ? Html::green()
                                : in.validation == ValidationState::Failing ? Html::red()
                                : in.validation == ValidationState::Pending ? Html::amber()
                                                                            : Html::faint();
    h.paragraph(
        QStringLiteral("<b>%1</b> %2")
            .arg(Text::tr("State:"), coloured(stateColour, esc(displayName(in.validation)), true)));
    h.subheading(Text::tr("Checks"));
    if (in.checks.isEmpty()) {
        h.paragraph(
            coloured(Html::faint(), Text::tr("No post-deployment checks apply to the release.")));
    } else {
        h.beginTable({28, 14, 22, 36}, {Text::tr("Check"), Text::tr("Kind"),
                                        Text::tr("Latest run (UTC)"), Text::tr("Result")});
        for (const ValidationCheck& c : in.checks) {
            const auto found = in.latest.constFind(c.id);
            QString when = dash();
            QString result = coloured(Html::amber(), Text::tr("never run"), true);
            if (found != in.latest.constEnd()) {
                const CheckResult& res = found.value();
                when = utc(res.runAtMs / 1000, QStringLiteral("d MMM HH:mm"));
                result = res.ok ? coloured(Html::green(), Text::tr("passed"), true) + u' ' +
                                      small(Text::tr("%1 ms").arg(res.latencyMs))
                                : coloured(Html::red(), Text::tr("failed"), true) + u' ' +
                                      esc(res.failedStep.isEmpty()
                                              ? res.reason
                                              : res.failedStep + QStringLiteral(": ") + res.reason);
            }
            QString name = esc(c.name);
            if (!c.serviceName.isEmpty())
                name += QStringLiteral("<br>") + small(esc(c.serviceName));
            if (!c.enabled)
                name += QStringLiteral("<br>") + small(Text::tr("disabled"));
            h.row({name, esc(displayName(c.kind)), when, result});
        }
        h.endTable();
    }
    h.subheading(Text::tr("Metrics against the baseline"));
    if (in.verdicts.isEmpty()) {
        h.paragraph(
            coloured(Html::faint(), Text::tr("No service metric was compared for the release.")));
        return;
    }
    h.paragraph(Text::tr("The median of the window after the deployment against the window "
                         "before; a Mann–Whitney U test (one-sided, after worse) gives p. "
                         "Degraded: worse by more than the threshold with p &lt; 0.01."),
                Html::faint(), 8);
    h.beginTable({25, 12, 12, 12, 11, 12, 16},
                 {Text::tr("Metric"), Text::tr("Baseline"), Text::tr("After"), Text::tr("Change"),
                  Text::tr("U"), Text::tr("p"), Text::tr("Verdict")});
    for (const MetricVerdict& v : in.verdicts) {
        const bool degraded = v.verdict == BaselineVerdict::Degraded;
        const QString colour = degraded                                     ? Html::red()
                               : v.verdict == BaselineVerdict::Improved     ? Html::green()
                               : v.verdict == BaselineVerdict::Insufficient ? Html::amber()
                                                                            : Html::ink();
        QString name = esc(v.metricName);
        if (!v.serviceName.isEmpty())
            name += QStringLiteral("<br>") + small(esc(v.serviceName));
        const QString unit = v.unit.isEmpty() ? QString() : QStringLiteral(" ") + esc(v.unit);
        h.row({name, number(v.baselineMedian) + unit, number(v.afterMedian) + unit,
               number(v.change) + unit, number(v.uStatistic, 6), pValue(v.pValue),
               coloured(colour, esc(displayName(v.verdict)), true) + QStringLiteral("<br>") +
                   small(Text::tr("n = %1 / %2").arg(v.nBefore).arg(v.nAfter))},
              degraded ? kPink : QString());
    }
    h.endTable();
}

void incidentSection(Html& h, const PirReportWriter::Input& in) {
    h.heading(Text::tr("Correlated incidents"));
    if (in.incidents.isEmpty()) {
        h.paragraph(
            coloured(Html::faint(), Text::tr("No incident opened in the feedback window matched "
                                             "the release's services or configuration items.")));
        return;
    }
    h.beginTable({14, 15, 11, 26, 16, 18},
                 {Text::tr("Number"), Text::tr("Opened (UTC)"), Text::tr("Priority"),
                  Text::tr("Title"), Text::tr("Matched on"), Text::tr("Pattern")});
    for (const CorrelatedIncident& c : in.incidents) {
        const Incident& i = c.incident;
        QString opened = shortUtc(i.openedAt) + QStringLiteral("<br>") +
                         small(Text::tr("+%1 h").arg(c.hoursAfterDeployment));
        QString pattern = c.newPattern ? coloured(Html::red(), Text::tr("NEW PATTERN"), true) +
                                             QStringLiteral("<br>") + small(esc(c.newPatternReason))
                                       : coloured(Html::faint(), Text::tr("seen before"));
        h.row({QStringLiteral("<b>%1</b>").arg(esc(i.number)), opened, orDash(esc(i.priority)),
               orDash(esc(i.title)), esc(c.matchedOn), pattern},
              c.newPattern ? kPink : QString());
    }
    h.endTable();
}

void feedbackSection(Html& h, const PirReportWriter::Input& in) {
    h.heading(Text::tr("Support feedback"));
    if (in.feedback.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("None recorded.")));
        return;
    }
    h.beginTable({20, 20, 12, 48}, {Text::tr("Reported (UTC)"), Text::tr("Team"),
                                    Text::tr("Severity"), Text::tr("What")});
    for (const FeedbackEntry& f : in.feedback) {
        const bool serious =
            f.severity == FeedbackSeverity::High || f.severity == FeedbackSeverity::Critical;
        h.row({shortUtc(f.reportedAt), esc(f.team),
               coloured(serious ? Html::red() : Html::ink(), esc(displayName(f.severity)), serious),
               esc(f.what)});
    }
    h.endTable();
}

void reviewSection(Html& h, const PirReportWriter::Input& in) {
    const PostReview& r = in.review;
    h.heading(Text::tr("The review"));
    const auto part = [&h](const QString& title, const QString& text) {
        h.subheading(title);
        h.paragraph(text.trimmed().isEmpty() ? coloured(Html::faint(), Text::tr("Not written yet."))
                                             : esc(text));
    };
    part(Text::tr("Summary"), r.summary);
    part(Text::tr("What went well"), r.wentWell);
    part(Text::tr("What did not go well"), r.wentBadly);
    part(Text::tr("Contributing factors"), r.factors);
    part(Text::tr("Lessons learned"), r.lessons);
}

void timelineSection(Html& h, const PirReportWriter::Input& in) {
    h.heading(Text::tr("Timeline"));
    if (in.timeline.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("Nothing recorded.")));
        return;
    }
    h.beginTable({18, 14, 68},
                 {Text::tr("When (UTC)"), Text::tr("Kind"), Text::tr("What happened")});
    for (const TimelineEntry& e : in.timeline) {
        const bool bad = e.kind == u"incident" || e.kind == u"trigger";
        h.row({utc(e.atUtc, QStringLiteral("d MMM HH:mm")), esc(kindName(e.kind)),
               bad ? coloured(Html::red(), esc(e.text)) : esc(e.text)});
    }
    h.endTable();
}

void actionSection(Html& h, const PirReportWriter::Input& in) {
    h.heading(Text::tr("Actions"));
    if (in.actions.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("None decided.")));
        return;
    }
    h.beginTable({48, 20, 16, 16},
                 {Text::tr("Action"), Text::tr("Owner"), Text::tr("Due"), Text::tr("State")});
    for (const ReviewAction& a : in.actions) {
        const bool overdue = a.isOverdue(in.generatedAt);
        const QString due = a.dueAt > 0 ? utc(a.dueAt, QStringLiteral("d MMM yyyy")) : dash();
        QString state = esc(displayName(a.state));
        if (overdue)
            state = coloured(Html::red(), state + u' ' + Text::tr("(overdue)"), true);
        else if (a.state == ReviewAction::State::Done)
            state = coloured(Html::green(), state, true);
        h.row({esc(a.title), orDash(esc(a.owner)), overdue ? coloured(Html::red(), due, true) : due,
               state});
    }
    h.endTable();
}

} // namespace

QString PirReportWriter::html(const Input& input, qreal pointsToPixels) {
    Html h(pointsToPixels);
    titleBlock(h, input);
    releaseSection(h, input);
    validationSection(h, input);
    incidentSection(h, input);
    feedbackSection(h, input);
    reviewSection(h, input);
    timelineSection(h, input);
    actionSection(h, input);
    return QStringLiteral("<html><body style=\"color:%1;\">").arg(Html::ink()) + h.text() +
           QStringLiteral("</body></html>");
}

} // namespace slipway::ui
