// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceReportWriter.h"

#include "ReportChart.h"
#include "ReportHtml.h"
#include "ReportPdf.h"
#include "ReportPeriod.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

#include <cmath>

namespace slipway::ui {
namespace {

using namespace reporthtml;
using Html = ReportHtml;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceReportWriter)
};

// Numbers in the CSV: C locale, at most three decimals, no exponent.
QString plain(double value) {
    QString s = QLocale::c().toString(value, 'f', 3);
    if (s.contains(u'.')) {
        while (s.endsWith(u'0'))
            s.chop(1);
        if (s.endsWith(u'.'))
            s.chop(1);
    }
    return s;
}

QString plain(const std::optional<double>& value) {
    return value && !std::isnan(*value) ? plain(*value) : QString();
}

QString hours(const std::optional<double>& h) {
    if (!h || std::isnan(*h))
        return dash();
    if (*h >= 48)
        return Text::tr("%1 h (%2 d)")
            .arg(QLocale::c().toString(*h, 'f', 1), QLocale::c().toString(*h / 24, 'f', 1));
    return Text::tr("%1 h").arg(QLocale::c().toString(*h, 'f', 1));
}

QString percent(const std::optional<double>& share, int decimals = 1) {
    if (!share || std::isnan(*share))
        return dash();
    return QStringLiteral("%1 %").arg(QLocale::c().toString(*share * 100, 'f', decimals));
}

QString week(const QDate& monday) {
    return monday.toString(QStringLiteral("yyyy-MM-dd"));
}

ReportPdf::Layout layout(const ServiceReportWriter::Input& in) {
    ReportPdf::Layout layout;
    const QString period = ReportPeriod::text(in.report.query.fromUtc, in.report.query.toUtc);
    layout.title = Text::tr("Service report — %1 — %2").arg(in.report.scopeLabel, period);
    layout.orientation = QPageLayout::Portrait;
    layout.margins = QMarginsF(16, 14, 16, 12);
    layout.headingRoom = 130; // a heading, a subheading and a table's first rows
    layout.deepestKeptHeading = 3;
    layout.footer = Text::tr("Service report · %1 · %2 · generated %3 UTC")
                        .arg(in.report.scopeLabel, period, ReportPdf::stamp(in.generatedAt));
    layout.footerShare = 0.8;
    layout.pageNumbers = Text::tr("Page %1 of %2");
    return layout;
}

void titleBlock(Html& h, const ServiceReportWriter::Input& in) {
    const ServiceReport& r = in.report;
    h.raw(QStringLiteral("<p style=\"color:%1; font-size:9pt; font-weight:bold; "
                         "margin-bottom:%2px;\">%3</p>")
              .arg(Html::accent(), h.px(2), Text::tr("SERVICE REVIEW")));
    h.raw(QStringLiteral("<h1 style=\"color:%1; font-size:20pt; margin-top:0px; "
                         "margin-bottom:%2px;\">%3</h1>")
              .arg(Html::ink(), h.px(6), esc(Text::tr("Service report — %1").arg(r.scopeLabel))));
    h.paragraph(QStringLiteral("<b>%1</b> %2")
                    .arg(Text::tr("Period:"),
                         esc(Text::tr("%1 (from %2 to %3 UTC, the end excluded)")
                                 .arg(ReportPeriod::text(r.query.fromUtc, r.query.toUtc),
                                      utc(r.query.fromUtc), utc(r.query.toUtc)))));
    QStringList facts{
        QStringLiteral("<b>%1</b> %2")
            .arg(Text::tr("Generated:"), esc(Text::tr("%1 UTC").arg(utc(in.generatedAt))))};
    if (!in.fileName.isEmpty())
        facts << QStringLiteral("<b>%1</b> %2").arg(Text::tr("File:"), esc(in.fileName));
    h.paragraph(facts.join(QStringLiteral(" · ")), Html::faint(), 8.5);
}

void figuresSection(Html& h, const ServiceReport& r) {
    h.heading(Text::tr("Key figures"));
    h.beginTable({22, 30, 48},
                 {Text::tr("Figure"), Text::tr("Value"), Text::tr("How it is counted")});
    h.row({Text::tr("Deployment frequency"),
           QStringLiteral("<b>%1</b>")
                   .arg(Text::tr("%1 per week")
                            .arg(QLocale::c().toString(r.deploymentsPerWeek, 'g', 3))) +
               QStringLiteral("<br>") + small(Text::tr("%n deployment(s)", nullptr, r.deployments)),
           Text::tr("Releases whose first production deployment falls in the period.")});
    h.row(
        {Text::tr("Lead time for changes"),
         QStringLiteral("<b>%1</b>").arg(Text::tr("median %1").arg(hours(r.leadTimeMedianHours))) +
             QStringLiteral("<br>") +
             small(Text::tr("p90 %1 · %n item(s)", nullptr, r.leadTimeItems)
                       .arg(hours(r.leadTimeP90Hours))),
         Text::tr("From a scope item committed to its release's first production "
                  "deployment.")});
    const QString cfrColour =
        r.changeFailureRate && *r.changeFailureRate > 0.15 ? Html::red() : Html::ink();
    h.row(
        {Text::tr("Change failure rate"),
         coloured(cfrColour, percent(r.changeFailureRate), true) + QStringLiteral("<br>") +
             small(Text::tr("%1 of %2 deployment(s)").arg(r.failedDeployments).arg(r.deployments)),
         Text::tr("Deployments followed by a correlated incident or rolled back, over all "
                  "deployments.")});
    h.row({Text::tr("Time to restore"),
           QStringLiteral("<b>%1</b>").arg(Text::tr("median %1").arg(hours(r.restoreMedianHours))) +
               QStringLiteral("<br>") +
               small(Text::tr("p90 %1 · %2 of %3 incident(s) resolved")
                         .arg(hours(r.restoreP90Hours))
                         .arg(r.resolvedIncidents)
                         .arg(r.incidents)),
           Text::tr("From an incident opened to resolved; resolved incidents only.")});
    h.row({Text::tr("Availability"),
           QStringLiteral("<b>%1</b>").arg(percent(r.availability, 3)) + QStringLiteral("<br>") +
               small(Text::tr("%n outage minute(s)", nullptr, r.outageMinutes)),
           Text::tr("One minus the incidents' outage minutes over the minutes in the period, per "
                    "service, averaged over the services in scope.")});
    h.endTable();
}

void weeksSection(Html& h, const ServiceReport& r) {
    h.heading(Text::tr("Deployments per week"));
    QStringList categories;
    QList<int> succeeded, failed;
    for (const ServiceReport::Week& w : r.weeks) {
        categories << w.monday.toString(QStringLiteral("d MMM"));
        succeeded << qMax(0, w.deployments - w.failed);
        failed << w.failed;
    }
    const ReportChart chart(Text::tr("Deployments per week (weeks starting Monday)"), categories,
                            {{Text::tr("Without failure"), QColor(0x1d, 0x4e, 0xd8), succeeded},
                             {Text::tr("Failed"), QColor(0xb9, 0x1c, 0x1c), failed}});
    h.raw(QStringLiteral("<p style=\"margin-top:0px; margin-bottom:%1px;\">%2</p>")
              .arg(h.px(6))
              .arg(chart.html(500, 140)));
}

void countsTable(Html& h, const QString& title, const QList<ServiceReport::Count>& counts) {
    h.subheading(title);
    if (counts.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("No releases deployed in the period.")));
        return;
    }
    h.beginTable({70, 30}, {Text::tr("Kind"), Text::tr("Releases")});
    for (const ServiceReport::Count& c : counts)
        h.row({esc(c.label), QString::number(c.count)});
    h.endTable();
}

void capacitySection(Html& h, const ServiceReport& r) {
    h.heading(Text::tr("Capacity"));
    h.subheading(Text::tr("Changes per team and week"));
    QList<ServiceReport::TeamWeek> busy;
    for (const ServiceReport::TeamWeek& t : r.teamWeeks)
        if (t.changes > 0)
            busy << t;
    if (busy.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("No changes in the period.")));
    } else {
        h.beginTable({34, 18, 16, 16, 16},
                     {Text::tr("Team"), Text::tr("Week of"), Text::tr("Changes"),
                      Text::tr("Capacity"), Text::tr("Load")});
        for (const ServiceReport::TeamWeek& t : busy) {
            const bool over = t.capacity > 0 && t.changes > t.capacity;
            const QString load =
                t.capacity > 0 ? percent(double(t.changes) / t.capacity, 0) : dash();
            h.row({esc(t.team), week(t.monday), QString::number(t.changes),
                   t.capacity > 0 ? QString::number(t.capacity) : dash(),
                   over ? coloured(Html::red(), load, true) : load});
        }
        h.endTable();
    }
    h.subheading(Text::tr("Environment bookings"));
    if (r.environments.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("No environments.")));
        return;
    }
    h.beginTable({40, 20, 20, 20}, {Text::tr("Environment"), Text::tr("Booked hours"),
                                    Text::tr("Available hours"), Text::tr("Use")});
    for (const ServiceReport::EnvironmentUse& e : r.environments)
        h.row({esc(e.environment), QLocale::c().toString(e.bookedHours, 'f', 1),
               QLocale::c().toString(e.availableHours, 'f', 1),
               e.availableHours > 0 ? percent(e.bookedHours / e.availableHours, 0) : dash()});
    h.endTable();
}

ReportPdf::HtmlFor htmlFor(const ServiceReportWriter::Input& in) {
    return [&in](qreal pointsToPixels) {
        return ServiceReportWriter::html(in, pointsToPixels);
    };
}

} // namespace

QString ServiceReportWriter::html(const Input& input, qreal pointsToPixels) {
    Html h(pointsToPixels);
    titleBlock(h, input);
    figuresSection(h, input.report);
    weeksSection(h, input.report);
    h.heading(Text::tr("Changes by risk and type"));
    countsTable(h, Text::tr("By risk"), input.report.byRisk);
    countsTable(h, Text::tr("By type"), input.report.byType);
    capacitySection(h, input.report);
    return h.text();
}

QByteArray ServiceReportWriter::toPdf(const Input& input, Stats* stats) {
    int pages = 0;
    QByteArray bytes = ReportPdf::toPdf(layout(input), htmlFor(input), &pages);
    if (stats)
        *stats = Stats{pages, 0};
    return bytes;
}

QByteArray ServiceReportWriter::csv(const Input& input, int* rows) {
    const ServiceReport& r = input.report;
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(buffer);
    const auto row = [&out](const QString& section, const QString& name, const QString& weekOf,
                            const QString& value, const QString& available = {}) {
        out.writeRow({section, name, weekOf, value, available});
    };
    const QString summary = QStringLiteral("summary");
    row(QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("week"),
        QStringLiteral("value"), QStringLiteral("available"));
    row(QStringLiteral("scope"), r.scopeLabel, {}, {});
    row(QStringLiteral("period"), QStringLiteral("from_utc"), {},
        QDateTime::fromSecsSinceEpoch(r.query.fromUtc, Qt::UTC).toString(Qt::ISODate));
    row(QStringLiteral("period"), QStringLiteral("to_utc"), {},
        QDateTime::fromSecsSinceEpoch(r.query.toUtc, Qt::UTC).toString(Qt::ISODate));
    row(summary, QStringLiteral("deployments"), {}, QString::number(r.deployments));
    row(summary, QStringLiteral("deployments_per_week"), {}, plain(r.deploymentsPerWeek));
    row(summary, QStringLiteral("lead_time_items"), {}, QString::number(r.leadTimeItems));
    row(summary, QStringLiteral("lead_time_median_hours"), {}, plain(r.leadTimeMedianHours));
    row(summary, QStringLiteral("lead_time_p90_hours"), {}, plain(r.leadTimeP90Hours));
    row(summary, QStringLiteral("failed_deployments"), {}, QString::number(r.failedDeployments));
    row(summary, QStringLiteral("change_failure_rate"), {}, plain(r.changeFailureRate));
    row(summary, QStringLiteral("incidents"), {}, QString::number(r.incidents));
    row(summary, QStringLiteral("resolved_incidents"), {}, QString::number(r.resolvedIncidents));
    row(summary, QStringLiteral("restore_median_hours"), {}, plain(r.restoreMedianHours));
    row(summary, QStringLiteral("restore_p90_hours"), {}, plain(r.restoreP90Hours));
    row(summary, QStringLiteral("outage_minutes"), {}, QString::number(r.outageMinutes));
    row(summary, QStringLiteral("availability"), {}, plain(r.availability));
    for (const ServiceReport::Week& w : r.weeks) {
        row(QStringLiteral("week"), QStringLiteral("deployments"), week(w.monday),
            QString::number(w.deployments));
        row(QStringLiteral("week"), QStringLiteral("failed"), week(w.monday),
            QString::number(w.failed));
    }
    for (const ServiceReport::Count& c : r.byRisk)
        row(QStringLiteral("risk"), c.label, {}, QString::number(c.count));
    for (const ServiceReport::Count& c : r.byType)
        row(QStringLiteral("type"), c.label, {}, QString::number(c.count));
    for (const ServiceReport::TeamWeek& t : r.teamWeeks)
        row(QStringLiteral("team_week"), t.team, week(t.monday), QString::number(t.changes),
            t.capacity > 0 ? QString::number(t.capacity) : QString());
    for (const ServiceReport::EnvironmentUse& e : r.environments)
        row(QStringLiteral("environment_hours"), e.environment, {}, plain(e.bookedHours),
            plain(e.availableHours));
    if (rows)
        *rows = int(out.rowsWritten() - 1);
    return bytes;
}

Result<ServiceReportWriter::Stats> ServiceReportWriter::write(const Input& input,
                                                              const QString& outPath) {
    if (QFileInfo(outPath).suffix().compare(u"csv", Qt::CaseInsensitive) == 0) {
        int rows = 0;
        const QByteArray bytes = csv(input, &rows);
        if (auto written = OutputFile::write(outPath, bytes); !written)
            return written.error();
        return Stats{0, rows};
    }
    auto pages = ReportPdf::writePdf(outPath, layout(input), htmlFor(input));
    if (!pages)
        return pages.error();
    return Stats{pages.value(), 0};
}

} // namespace slipway::ui
