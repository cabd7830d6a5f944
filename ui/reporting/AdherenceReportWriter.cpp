// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherenceReportWriter.h"

#include "ReportChart.h"
#include "ReportHtml.h"
#include "ReportPdf.h"
#include "ReportPeriod.h"
#include "io/CsvWriter.h"
#include "io/OutputFile.h"
#include "services/CorrectiveActionService.h"

#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace slipway::ui {
namespace {

using namespace reporthtml;
using Html = ReportHtml;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AdherenceReportWriter)
};

bool actionClosed(CorrectiveState s) {
    return s == CorrectiveState::Done || s == CorrectiveState::Dropped;
}

QString stateColour(CorrectiveState s) {
    switch (s) {
    case CorrectiveState::Open:
        return Html::red();
    case CorrectiveState::InProgress:
        return Html::amber();
    case CorrectiveState::Done:
        return Html::green();
    case CorrectiveState::Dropped:
        return Html::faint();
    }
    return Html::ink();
}

QString teamText(const QString& team) {
    return team.isEmpty() ? Text::tr("(no team)") : team;
}

ReportPdf::Layout layout(const AdherenceReportWriter::Input& in) {
    ReportPdf::Layout layout;
    const QString period = ReportPeriod::text(in.fromUtc, in.toUtc);
    layout.title = Text::tr("Adherence review — %1").arg(period);
    layout.orientation = QPageLayout::Portrait;
    layout.margins = QMarginsF(16, 14, 16, 12);
    layout.headingRoom = 80;
    layout.deepestKeptHeading = 3;
    layout.footer = Text::tr("Adherence review · %1 · generated %2 UTC · audit head %3")
                        .arg(period, ReportPdf::stamp(in.generatedAt), in.chainHead.left(16));
    layout.footerShare = 0.8;
    layout.pageNumbers = Text::tr("Page %1 of %2");
    return layout;
}

void titleBlock(Html& h, const AdherenceReportWriter::Input& in) {
    h.raw(QStringLiteral("<p style=\"color:%1; font-size:9pt; font-weight:bold; "
                         "margin-bottom:%2px;\">%3</p>")
              .arg(Html::accent(), h.px(2), Text::tr("ADHERENCE REVIEW")));
    h.raw(QStringLiteral("<h1 style=\"color:%1; font-size:20pt; margin-top:0px; "
                         "margin-bottom:%2px;\">%3</h1>")
              .arg(Html::ink(), h.px(6),
                   esc(Text::tr("Adherence review — %1")
                           .arg(ReportPeriod::text(in.fromUtc, in.toUtc)))));
    QSet<qint64> releases;
    int without = 0;
    int byState[4] = {0, 0, 0, 0};
    for (const Deviation& d : in.deviations) {
        releases.insert(d.releaseId);
        const auto actions = in.actions.value(d.key);
        if (actions.isEmpty())
            ++without;
        for (const CorrectiveAction& a : actions)
            ++byState[int(a.state)];
    }
    h.paragraph(Text::tr("Where the release process was not followed between %1 and %2 (UTC, "
                         "the end excluded), with the corrective actions taken.")
                    .arg(utc(in.fromUtc), utc(in.toUtc)));
    QStringList facts;
    facts << QStringLiteral("<b>%1</b>")
                 .arg(Text::tr("%n deviation(s)", nullptr, int(in.deviations.size())))
          << Text::tr("%n release(s)", nullptr, int(releases.size()));
    facts << (without > 0
                  ? coloured(Html::red(),
                             Text::tr("%n without a corrective action", nullptr, without), true)
                  : coloured(Html::green(), Text::tr("each with a corrective action")));
    h.paragraph(facts.join(QStringLiteral(" · ")));
    h.paragraph(
        QStringLiteral("<b>%1</b> ").arg(Text::tr("Corrective actions:")) +
        QStringList{coloured(stateColour(CorrectiveState::Open),
                             QStringLiteral("%1 %2")
                                 .arg(byState[0])
                                 .arg(esc(correctiveStateLabel(CorrectiveState::Open)))),
                    coloured(stateColour(CorrectiveState::InProgress),
                             QStringLiteral("%1 %2")
                                 .arg(byState[1])
                                 .arg(esc(correctiveStateLabel(CorrectiveState::InProgress)))),
                    coloured(stateColour(CorrectiveState::Done),
                             QStringLiteral("%1 %2")
                                 .arg(byState[2])
                                 .arg(esc(correctiveStateLabel(CorrectiveState::Done)))),
                    coloured(stateColour(CorrectiveState::Dropped),
                             QStringLiteral("%1 %2")
                                 .arg(byState[3])
                                 .arg(esc(correctiveStateLabel(CorrectiveState::Dropped))))}
            .join(QStringLiteral(" · ")));
}

void byKindSection(Html& h, const AdherenceReportWriter::Input& in) {
    h.heading(Text::tr("By kind"));
    h.beginTable({46, 18, 18, 18}, {Text::tr("Kind"), Text::tr("Deviations"),
                                    Text::tr("With an action"), Text::tr("Actions not closed")});
    for (const DeviationKind kind : allDeviationKinds()) {
        int count = 0, covered = 0, open = 0;
        for (const Deviation& d : in.deviations) {
            if (d.kind != kind)
                continue;
            ++count;
            const auto actions = in.actions.value(d.key);
            covered += actions.isEmpty() ? 0 : 1;
            for (const CorrectiveAction& a : actions)
                open += actionClosed(a.state) ? 0 : 1;
        }
        const QString n = QString::number(count);
        h.row({esc(deviationKindLabel(kind)),
               count > 0 ? QStringLiteral("<b>%1</b>").arg(n) : coloured(Html::faint(), n),
               count > 0 ? QString::number(covered) : dash(),
               open > 0 ? coloured(Html::amber(), QString::number(open), true)
                        : (count > 0 ? QStringLiteral("0") : dash())});
    }
    h.endTable();
}

void trendSection(Html& h, const AdherenceReportWriter::Input& in) {
    h.heading(Text::tr("By team and month"));
    const QStringList months = ReportPeriod::months(in.fromUtc, in.toUtc);
    QList<int> perMonth(months.size(), 0);
    for (const Deviation& d : in.deviations) {
        const qsizetype i = months.indexOf(
            QDateTime::fromSecsSinceEpoch(d.at, Qt::UTC).toString(QStringLiteral("yyyy-MM")));
        if (i >= 0)
            ++perMonth[i];
    }
    const ReportChart chart(Text::tr("Deviations by month"), months,
                            {{Text::tr("Deviations"), QColor(0xb9, 0x1c, 0x1c), perMonth}});
    h.raw(QStringLiteral("<p style=\"margin-top:0px; margin-bottom:%1px;\">%2</p>")
              .arg(h.px(6))
              .arg(chart.html(500, 130)));
    if (in.counts.isEmpty()) {
        h.paragraph(coloured(Html::faint(), Text::tr("No deviations in the period.")));
        return;
    }
    // One row per team and month, the kinds named with their counts.
    struct Row {
        int total = 0;
        QStringList kinds;
    };
    QMap<std::pair<QString, QString>, Row> rows;
    for (const AdherenceService::Count& c : in.counts) {
        Row& r = rows[{c.team, c.month}];
        r.total += c.count;
        r.kinds << QStringLiteral("%1 %2").arg(esc(deviationKindLabel(c.kind))).arg(c.count);
    }
    h.beginTable({26, 12, 15, 47},
                 {Text::tr("Team"), Text::tr("Month"), Text::tr("Deviations"), Text::tr("Kinds")});
    for (auto it = rows.cbegin(); it != rows.cend(); ++it)
        h.row({esc(teamText(it.key().first)), esc(it.key().second),
               QStringLiteral("<b>%1</b>").arg(it->total), it->kinds.join(QStringLiteral(", "))});
    h.endTable();
}

QString actionsCell(const QList<CorrectiveAction>& actions) {
    if (actions.isEmpty())
        return coloured(Html::red(), Text::tr("none"), true);
    QStringList lines;
    for (const CorrectiveAction& a : actions) {
        QString line =
            QStringLiteral("%1 %2<br>")
                .arg(coloured(stateColour(a.state), esc(correctiveStateLabel(a.state)), true),
                     esc(a.title));
        line += small(Text::tr("#%1 · %2 · due %3")
                          .arg(QString::number(a.id), esc(a.owner),
                               a.due.toString(QStringLiteral("yyyy-MM-dd"))));
        if (!a.note.isEmpty())
            line += QStringLiteral("<br>") + small(esc(a.note));
        lines << line;
    }
    return lines.join(QStringLiteral("<br>"));
}

void deviationsSection(Html& h, const AdherenceReportWriter::Input& in) {
    h.heading(Text::tr("Deviations"));
    if (in.deviations.isEmpty()) {
        h.paragraph(coloured(Html::green(), Text::tr("The process was followed throughout the "
                                                     "period: no deviations.")));
        return;
    }
    qsizetype i = 0;
    while (i < in.deviations.size()) {
        const QDate month = QDateTime::fromSecsSinceEpoch(in.deviations[i].at, Qt::UTC).date();
        qsizetype end = i;
        while (end < in.deviations.size()) {
            const QDate d = QDateTime::fromSecsSinceEpoch(in.deviations[end].at, Qt::UTC).date();
            if (d.year() != month.year() || d.month() != month.month())
                break;
            ++end;
        }
        h.subheading(esc(Text::tr("%1 — %n deviation(s)", nullptr, int(end - i))
                             .arg(QLocale::c().toString(month, QStringLiteral("MMMM yyyy")))));
        h.beginTable({13, 17, 16, 28, 26},
                     {Text::tr("When (UTC)"), Text::tr("Kind"), Text::tr("Release · team"),
                      Text::tr("What happened"), Text::tr("Corrective actions")});
        for (qsizetype k = i; k < end; ++k) {
            const Deviation& d = in.deviations[k];
            h.row({utc(d.at, QStringLiteral("yyyy-MM-dd")) + QStringLiteral("<br>") +
                       utc(d.at, QStringLiteral("HH:mm")),
                   QStringLiteral("<b>%1</b>").arg(esc(deviationKindLabel(d.kind))),
                   esc(d.releaseLabel) + QStringLiteral("<br>") + small(esc(teamText(d.teamName))),
                   esc(d.detail) + QStringLiteral("<br>") + small(esc(d.key)),
                   actionsCell(in.actions.value(d.key))});
        }
        h.endTable();
        i = end;
    }
}

void signOff(Html& h, const AdherenceReportWriter::Input& in) {
    // The sign-off is a page of its own, so that the page an auditor signs holds all of it.
    h.raw(QStringLiteral("<p style=\"page-break-before:always; font-size:1pt; margin:0px;\">"
                         "&nbsp;</p>"));
    h.heading(Text::tr("Sign-off"));
    const auto fact = [&h](const QString& label, const QString& html) {
        h.paragraph(QStringLiteral("<b>%1</b> %2").arg(esc(label), html));
    };
    fact(Text::tr("Period:"),
         Text::tr("%1 to %2 UTC, the end excluded").arg(utc(in.fromUtc), utc(in.toUtc)));
    fact(Text::tr("Generated:"),
         esc(Text::tr("%1 UTC").arg(utc(in.generatedAt, QStringLiteral("yyyy-MM-dd HH:mm:ss")))));
    if (!in.fileName.isEmpty())
        fact(Text::tr("File:"), esc(in.fileName));
    int actions = 0;
    int notClosed = 0;
    for (const auto& list : in.actions)
        for (const CorrectiveAction& a : list) {
            ++actions;
            notClosed += actionClosed(a.state) ? 0 : 1;
        }
    fact(Text::tr("Reviewed:"),
         esc(Text::tr("%n deviation(s)", nullptr, int(in.deviations.size())) +
             QStringLiteral(" · ") + Text::tr("%n corrective action(s)", nullptr, actions) +
             QStringLiteral(" · ") + Text::tr("%n not closed", nullptr, notClosed)));
    fact(Text::tr("Audit log:"),
         esc(Text::tr("%1 entries, head %2").arg(QString::number(in.chainEntries), in.chainHead)));
    h.paragraph(Text::tr("The audit chain head identifies the state of the file this review was "
                         "read from: `slipway audit verify` on the file shows the same head "
                         "while nothing has changed since."),
                Html::faint(), 8);
    h.raw(QStringLiteral("<p style=\"font-size:6pt;\">&nbsp;</p>"));
    const QString line = QStringLiteral("<br><br>&nbsp;");
    h.beginTable({30, 20, 30, 20}, {Text::tr("Reviewed by (name)"), Text::tr("Role"),
                                    Text::tr("Signature"), Text::tr("Date")});
    h.row({line, line, line, line}, QStringLiteral("#ffffff"));
    h.row({line, line, line, line}, QStringLiteral("#ffffff"));
    h.endTable();
}

ReportPdf::HtmlFor htmlFor(const AdherenceReportWriter::Input& in) {
    return [&in](qreal pointsToPixels) {
        return AdherenceReportWriter::html(in, pointsToPixels);
    };
}

} // namespace

Result<AdherenceReportWriter::Input> AdherenceReportWriter::load(Database& db,
                                                                 const Session& session,
                                                                 qint64 fromUtc, qint64 toUtc,
                                                                 qint64 nowUtc) {
    Input in;
    in.fromUtc = fromUtc;
    in.toUtc = toUtc;
    in.generatedAt = nowUtc;
    auto deviations = AdherenceService(db, session).deviations(fromUtc, toUtc, nowUtc);
    if (!deviations)
        return deviations.error();
    in.deviations = deviations.value();
    std::stable_sort(in.deviations.begin(), in.deviations.end(),
                     [](const Deviation& a, const Deviation& b) { return a.at < b.at; });
    QSet<QString> keys;
    for (const Deviation& d : in.deviations)
        keys.insert(d.key);
    auto actions = CorrectiveActionService(db, session).list();
    if (!actions)
        return actions.error();
    for (const CorrectiveAction& a : actions.value())
        if (keys.contains(a.deviationKey))
            in.actions[a.deviationKey].append(a);
    in.counts = AdherenceService::countsByTeamAndMonth(in.deviations);
    return in;
}

QString AdherenceReportWriter::html(const Input& input, qreal pointsToPixels) {
    Html h(pointsToPixels);
    titleBlock(h, input);
    byKindSection(h, input);
    trendSection(h, input);
    deviationsSection(h, input);
    signOff(h, input);
    return h.text();
}

QByteArray AdherenceReportWriter::toPdf(const Input& input, Stats* stats) {
    int pages = 0;
    QByteArray bytes = ReportPdf::toPdf(layout(input), htmlFor(input), &pages);
    if (stats)
        *stats = Stats{pages, 0};
    return bytes;
}

QByteArray AdherenceReportWriter::csv(const Input& input, int* rows) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(buffer);
    out.writeRow({QStringLiteral("deviation_key"), QStringLiteral("kind"),
                  QStringLiteral("kind_label"), QStringLiteral("at_utc"),
                  QStringLiteral("release_id"), QStringLiteral("release"), QStringLiteral("team"),
                  QStringLiteral("detail"), QStringLiteral("action_id"),
                  QStringLiteral("action_title"), QStringLiteral("action_owner"),
                  QStringLiteral("action_due"), QStringLiteral("action_state"),
                  QStringLiteral("action_note"), QStringLiteral("action_closed_at_utc")});
    const auto iso = [](qint64 secs) {
        return secs > 0 ? QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate)
                        : QString();
    };
    for (const Deviation& d : input.deviations) {
        const QStringList deviation{d.key,
                                    toKey(d.kind),
                                    deviationKindLabel(d.kind),
                                    iso(d.at),
                                    QString::number(d.releaseId),
                                    d.releaseLabel,
                                    d.teamName,
                                    d.detail};
        const auto actions = input.actions.value(d.key);
        if (actions.isEmpty())
            out.writeRow(deviation + QStringList{QString(), QString(), QString(), QString(),
                                                 QString(), QString(), QString()});
        for (const CorrectiveAction& a : actions)
            out.writeRow(deviation + QStringList{QString::number(a.id), a.title, a.owner,
                                                 a.due.toString(Qt::ISODate), toKey(a.state),
                                                 a.note, iso(a.closedAt)});
    }
    if (rows)
        *rows = int(out.rowsWritten() - 1);
    return bytes;
}

QByteArray AdherenceReportWriter::countsCsv(const Input& input, int* rows) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    CsvWriter out(buffer);
    out.writeRow({QStringLiteral("team"), QStringLiteral("month"), QStringLiteral("kind"),
                  QStringLiteral("kind_label"), QStringLiteral("count")});
    for (const AdherenceService::Count& c : input.counts)
        out.writeRow(
            {c.team, c.month, toKey(c.kind), deviationKindLabel(c.kind), QString::number(c.count)});
    if (rows)
        *rows = int(out.rowsWritten() - 1);
    return bytes;
}

QString AdherenceReportWriter::countsPath(const QString& csvPath) {
    const QFileInfo info(csvPath);
    // The folder as the caller wrote it, so that messages show the path they expect.
    return csvPath.left(csvPath.size() - info.fileName().size()) +
           QStringLiteral("%1-counts.%2").arg(info.completeBaseName(), info.suffix());
}

Result<AdherenceReportWriter::Stats> AdherenceReportWriter::write(const Input& input,
                                                                  const QString& outPath) {
    if (QFileInfo(outPath).suffix().compare(u"csv", Qt::CaseInsensitive) == 0) {
        Stats stats;
        stats.countsFile = countsPath(outPath);
        const QByteArray deviationBytes = csv(input, &stats.rows);
        const QByteArray countBytes = countsCsv(input, &stats.countRows);
        // Both written to their temporary files before either replaces its target; commit()
        // finds a failed write and names the file.
        OutputFile deviations(outPath);
        OutputFile counts(stats.countsFile);
        if (auto opened = deviations.open(); !opened)
            return opened.error();
        if (auto opened = counts.open(); !opened)
            return opened.error();
        deviations.device().write(deviationBytes);
        counts.device().write(countBytes);
        if (auto done = deviations.commit(); !done)
            return done.error();
        if (auto done = counts.commit(); !done)
            return done.error();
        return stats;
    }
    auto pages = ReportPdf::writePdf(outPath, layout(input), htmlFor(input));
    if (!pages)
        return pages.error();
    return Stats{pages.value(), 0};
}

} // namespace slipway::ui
