// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabReportWriter.h"

#include "CabCharts.h"
#include "CabStyle.h"
#include "CabWeekPicture.h"
#include "ReportFlow.h"
#include "io/CabPack.h"
#include "io/OutputFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTimeZone>

#include <algorithm>
#include <functional>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabReportWriter)
};

QFont font(qreal points, bool bold = false, bool mono = false) {
    return ReportFlow::font(points, bold, mono);
}

using Flow = ReportFlow;

QString rolesText(const Person& p) {
    QStringList out;
    for (const QString& r : p.roles)
        out << approvalRoleName(r);
    return out.join(QStringLiteral(", "));
}

void chip(Flow& f, const QRectF& r, const QColor& color, const QString& text) {
    if (!f.painting())
        return;
    f.p().setRenderHint(QPainter::Antialiasing);
    f.p().setPen(Qt::NoPen);
    f.p().setBrush(color);
    f.p().drawRoundedRect(r, f.pt(3), f.pt(3));
    f.drawText(r, font(7.5, true), Qt::white, text, Qt::AlignCenter | Qt::TextSingleLine);
}

void cover(Flow& f, const CabPack& pack) {
    if (f.painting()) {
        f.p().fillRect(QRectF(f.left, f.y, f.width, f.pt(5)), CabStyle::accent());
    }
    f.y += f.pt(22);
    f.paragraph(font(9, true), CabStyle::accent(), Text::tr("CHANGE ADVISORY BOARD"), 0, -1,
                f.pt(4));
    f.paragraph(font(24, true), CabStyle::ink(), pack.meeting.title, 0, -1, f.pt(6));
    const CabMeeting& m = pack.meeting;
    f.paragraph(font(12), CabStyle::ink(), cabtext::utcWindow(m.startUtc, m.endUtc), 0, -1,
                f.pt(2));
    if (m.zone != u"UTC")
        f.paragraph(font(10), CabStyle::faint(), cabtext::zoneWindow(m.startUtc, m.endUtc, m.zone),
                    0, -1, f.pt(2));
    if (!m.location.isEmpty())
        f.paragraph(font(10), CabStyle::faint(), m.location, 0, -1, f.pt(2));
    if (m.kind == CabMeeting::Kind::Emergency)
        f.paragraph(font(10, true), CabStyle::riskColor(RiskLevel::Critical),
                    Text::tr("Emergency CAB"), 0, -1, f.pt(2));
    f.y += f.pt(14);

    int changes = 0, emergencies = 0, escalations = 0;
    for (const CabPackItem& i : pack.items) {
        changes += i.item.kind == AgendaItem::Kind::Change;
        emergencies += i.item.kind == AgendaItem::Kind::Emergency;
        escalations += i.item.kind == AgendaItem::Kind::Escalation;
    }
    const QStringList facts{
        Text::tr("%1 agenda items").arg(pack.items.size()),
        Text::tr("%1 changes to decide").arg(changes),
        Text::tr("%1 emergency changes to review").arg(emergencies),
        Text::tr("%1 gate escalations").arg(escalations),
        Text::tr("%1 decisions recorded").arg(pack.decisions.size()),
        Text::tr("%1 open conditions").arg(pack.openConditions.size()),
        Text::tr("%1 actions").arg(pack.actions.size()),
    };
    const qreal boxW = (f.width - f.pt(8) * 3) / 4;
    for (int i = 0; i < facts.size(); ++i) {
        const int col = i % 4;
        if (col == 0 && i > 0)
            f.y += f.pt(40);
        const QRectF r(f.left + col * (boxW + f.pt(8)), f.y, boxW, f.pt(34));
        if (f.painting()) {
            f.p().setPen(QPen(CabStyle::rule(), f.pt(0.6)));
            f.p().setBrush(CabStyle::band());
            f.p().drawRoundedRect(r, f.pt(3), f.pt(3));
        }
        const QString number = facts[i].section(u' ', 0, 0);
        const QString label = facts[i].section(u' ', 1);
        f.drawText(r.adjusted(f.pt(6), f.pt(3), -f.pt(4), 0), font(14, true), CabStyle::ink(),
                   number, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
        // The label takes the largest size up to 7.5 pt at which it fits its card on one line.
        const QRectF labelBox = r.adjusted(f.pt(6), f.pt(20), -f.pt(4), 0);
        qreal points = 7.5;
        while (points > 5.5 &&
               QFontMetricsF(font(points), &f.device()).horizontalAdvance(label) > labelBox.width())
            points -= 0.5;
        f.drawText(labelBox, font(points), CabStyle::faint(), label,
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine);
    }
    f.y += f.pt(52);

    f.heading(Text::tr("Attendees"), 12);
    if (pack.attendees.isEmpty())
        f.paragraph(font(9.5), CabStyle::faint(),
                    Text::tr("No attendees recorded for this meeting."));
    const qreal cols[] = {0, 0.28, 0.58};
    const qreal widths[] = {0.27, 0.29, 0.42};
    for (const Person& p : pack.attendees) {
        const QFont body = font(9);
        const QString local = p.zone + QStringLiteral(" · ") +
                              QDateTime::fromSecsSinceEpoch(m.startUtc, QTimeZone(p.zone.toUtf8()))
                                  .toString(QStringLiteral("ddd HH:mm")) +
                              Text::tr(" local");
        const QStringList cells{p.name, rolesText(p), local};
        qreal h = 0;
        for (int c = 0; c < 3; ++c)
            h = std::max(
                h, f.textHeight(c == 0 ? font(9, true) : body, cells[c], f.width * widths[c]));
        h += f.pt(5);
        f.ensure(h);
        for (int c = 0; c < 3; ++c)
            f.drawText(QRectF(f.left + f.width * cols[c], f.y, f.width * widths[c], h),
                       c == 0 ? font(9, true) : body, c == 2 ? CabStyle::faint() : CabStyle::ink(),
                       cells[c]);
        f.y += h;
    }
}

void outlook(Flow& f, const CabPack& pack) {
    f.newPage();
    f.heading(Text::tr("Change outlook"));
    f.paragraph(
        font(9), CabStyle::faint(),
        Text::tr("Change requests with windows in the %1 weeks from the meeting's week, and where "
                 "this meeting's agenda stands.")
            .arg(pack.outlook.size()),
        0, -1, f.pt(8));
    const qreal h = std::min(f.pt(215), (f.bottom - f.y - f.pt(110)) / 2);
    const QList<std::function<QChart*()>> charts{[&] { return CabCharts::byRisk(pack); },
                                                 [&] {
                                                     return CabCharts::byType(pack);
                                                 }};
    for (const auto& make : charts) {
        if (f.painting())
            CabCharts::render(make(), f.p(), QRectF(f.left, f.y, f.width, h), f.u * 72 / 96);
        f.y += h + f.pt(8);
    }
    if (f.painting())
        CabCharts::render(CabCharts::agendaApproval(pack), f.p(),
                          QRectF(f.left, f.y, f.width, f.pt(100)), f.u * 72 / 96);
    f.y += f.pt(104);
}

void agendaTable(Flow& f, const CabPack& pack) {
    f.newPage();
    f.heading(Text::tr("Agenda"));
    if (pack.items.isEmpty()) {
        f.paragraph(font(10), CabStyle::faint(),
                    Text::tr("The agenda is empty: no change needs this meeting's approval."));
        return;
    }
    // #, ticket, change, window, risk, approvals, status
    const qreal w = f.width;
    const QList<qreal> widths{w * 0.04, w * 0.15, w * 0.30, w * 0.18, w * 0.09, w * 0.10, w * 0.14};
    const QStringList titles{
        Text::tr("#"),    Text::tr("Ticket"),    Text::tr("Change"), Text::tr("Window (UTC)"),
        Text::tr("Risk"), Text::tr("Approvals"), Text::tr("Status")};
    const qreal pad = f.pt(3);
    const auto header = [&] {
        const qreal h = f.pt(16);
        if (f.painting())
            f.p().fillRect(QRectF(f.left, f.y, w, h), CabStyle::ink());
        qreal x = f.left;
        for (int c = 0; c < titles.size(); ++c) {
            f.drawText(QRectF(x + pad, f.y, widths[c] - 2 * pad, h), font(8, true), Qt::white,
                       titles[c], Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine);
            x += widths[c];
        }
        f.y += h;
    };
    header();
    int row = 0;
    for (const CabPackItem& i : pack.items) {
        const QString window = i.windowStart > 0
                                   ? QDateTime::fromSecsSinceEpoch(i.windowStart, Qt::UTC)
                                             .toString(QStringLiteral("ddd d MMM HH:mm")) +
                                         QStringLiteral(" – ") +
                                         QDateTime::fromSecsSinceEpoch(i.windowEnd, Qt::UTC)
                                             .toString(QStringLiteral("HH:mm"))
                                   : Text::tr("—");
        QString what = i.change ? i.change->summary : i.item.title;
        if (i.item.kind == AgendaItem::Kind::Emergency)
            what = Text::tr("Review: %1").arg(what);
        else if (i.item.kind == AgendaItem::Kind::Escalation)
            what = Text::tr("Escalation: %1").arg(what);
        const QStringList cells{
            QString::number(i.item.position),
            i.change ? i.change->ticket : Text::tr("—"),
            what,
            window,
            i.change ? QStringLiteral("%1 %2")
                           .arg(displayName(i.change->riskLevel))
                           .arg(i.change->riskScore)
                     : QString(),
            i.change
                ? QStringLiteral("%1/%2").arg(i.approval.filledCount()).arg(i.approval.slots.size())
                : QString(),
            i.change ? displayName(i.approval.status) : QString()};
        qreal h = 0;
        for (int c = 0; c < cells.size(); ++c)
            h = std::max(h, f.textHeight(font(8), cells[c], widths[c] - 2 * pad));
        h += 2 * pad;
        if (f.y + h > f.bottom) {
            f.newPage();
            header();
        }
        if (f.painting() && row % 2 == 1)
            f.p().fillRect(QRectF(f.left, f.y, w, h), CabStyle::band());
        qreal x = f.left;
        for (int c = 0; c < cells.size(); ++c) {
            QColor colour = CabStyle::ink();
            if (c == 4 && i.change)
                colour = CabStyle::riskColor(i.change->riskLevel);
            if (c == 6 && i.change)
                colour = CabStyle::statusColor(i.approval.status);
            f.drawText(QRectF(x + pad, f.y + pad, widths[c] - 2 * pad, h), font(8, c == 1), colour,
                       cells[c]);
            x += widths[c];
        }
        f.y += h;
        ++row;
    }
    f.rule();
}

// A label with its value beside it. A value longer than the page goes on to the next ones,
// the label repeated there with "(continued)".
void field(Flow& f, const QString& label, const QString& value, const QColor& colour = {}) {
    const qreal labelW = f.pt(96);
    const QFont body = font(8.5);
    const QFont labelFont = font(8.5, true);
    const qreal labelH = f.textHeight(labelFont, label, labelW - f.pt(6));
    const qreal valueH = f.textHeight(body, value, f.width - labelW);
    // Short values move whole to the next page; long ones start here if a few lines fit.
    f.ensure(valueH <= (f.bottom - f.top) / 3 ? std::max(labelH, valueH) + f.pt(3)
                                              : std::max(labelH, f.pt(40)));
    const int firstPage = f.page;
    const qreal labelBottom = f.y + labelH;
    f.drawText(QRectF(f.left, f.y, labelW - f.pt(6), labelH + 1), labelFont, CabStyle::faint(),
               label);
    f.flowText(body, colour.isValid() ? colour : CabStyle::ink(), value, labelW, f.width - labelW,
               [&f, &label, &labelFont, labelW] {
                   const QString again = Text::tr("%1 (continued)").arg(label);
                   f.drawText(QRectF(f.left, f.y, labelW - f.pt(6),
                                     f.textHeight(labelFont, again, labelW - f.pt(6)) + 1),
                              labelFont, CabStyle::faint(), again);
               });
    if (f.page == firstPage)
        f.y = std::max(f.y, labelBottom);
    f.y += f.pt(3);
}

void changeSection(Flow& f, const CabPack& pack, const CabPackItem& item) {
    const QString title = QStringLiteral("%1. ").arg(item.item.position) + item.heading();
    const QFont titleFont = font(12, true);
    const qreal chipW = f.pt(86);
    const qreal th = f.textHeight(titleFont, title, f.width - chipW - f.pt(8));
    f.ensure(th + f.pt(160));
    f.y += f.pt(6);
    if (f.painting())
        f.p().fillRect(QRectF(f.left, f.y, f.pt(3), th), CabStyle::accent());
    f.drawText(QRectF(f.left + f.pt(8), f.y, f.width - chipW - f.pt(16), th + 1), titleFont,
               CabStyle::ink(), title);
    if (item.change)
        chip(f, QRectF(f.left + f.width - chipW, f.y, chipW, f.pt(15)),
             CabStyle::riskColor(item.change->riskLevel),
             Text::tr("%1 risk · %2")
                 .arg(displayName(item.change->riskLevel).toUpper())
                 .arg(item.change->riskScore));
    f.y += th + f.pt(3);
    f.paragraph(font(8, false), CabStyle::faint(),
                displayName(item.item.kind) + QStringLiteral(" · ") + item.item.reason, 0, -1,
                f.pt(6));

    QStringList windowLines{cabtext::utcWindow(item.windowStart, item.windowEnd)};
    if (item.windowStart > 0)
        for (const QString& zone : pack.zones())
            if (zone != u"UTC")
                windowLines << cabtext::zoneWindow(item.windowStart, item.windowEnd, zone);
    field(f, Text::tr("Window"), windowLines.join(u'\n'));
    if (item.release)
        field(f, Text::tr("Release"),
              QStringLiteral("%1 · %2 · %3 · owner %4")
                  .arg(item.releaseLabel, displayName(item.release->type),
                       displayName(item.release->status),
                       item.release->owner.isEmpty() ? Text::tr("none") : item.release->owner));
    if (item.change) {
        const ChangeRequest& c = *item.change;
        QString who = Text::tr("%1 on %2").arg(c.requestedBy, cabtext::date(c.requestedAt));
        if (!c.serviceOwner.isEmpty())
            who += Text::tr(" · service owner %1").arg(c.serviceOwner);
        if (!c.tags.isEmpty())
            who += Text::tr(" · tags: %1").arg(c.tags.join(QStringLiteral(", ")));
        field(f, Text::tr("Requested by"), who);
        QStringList risk{
            Text::tr("%1, score %2 of 100").arg(displayName(c.riskLevel)).arg(c.riskScore)};
        for (const QString& d : c.riskDrivers)
            risk << QStringLiteral("• ") + d;
        field(f, Text::tr("Risk"), risk.join(u'\n'), CabStyle::ink());
    }
    QStringList conflicts;
    for (const Conflict& c : item.conflicts)
        conflicts << (c.severity == Conflict::Severity::Error ? Text::tr("Error: ")
                                                              : Text::tr("Warning: ")) +
                         c.message();
    field(f, Text::tr("Conflicts"),
          conflicts.isEmpty()
              ? Text::tr("None: no blackout, freeze, double booking or missing role.")
              : conflicts.join(u'\n'),
          conflicts.isEmpty() ? CabStyle::riskColor(RiskLevel::Low)
                              : CabStyle::riskColor(RiskLevel::Critical));
    field(f, Text::tr("Gate status"),
          item.gateStatus.isEmpty() ? Text::tr("No quality gates recorded for this release.")
                                    : item.gateStatus);
    if (item.release) {
        QStringList ready{cabtext::readinessSummary(item.readiness)};
        for (const GuardCheck& g : item.readiness)
            ready << cabtext::readinessLine(g);
        ready << Text::tr("Next: %1").arg(item.nextStep);
        for (const QString& o : item.openOverrides)
            ready << QStringLiteral("⚑ ") + o;
        const bool open = std::any_of(item.readiness.cbegin(), item.readiness.cend(),
                                      [](const GuardCheck& g) { return !g.passes(); });
        field(f, Text::tr("Readiness"), ready.join(u'\n'),
              open ? CabStyle::riskColor(RiskLevel::High) : CabStyle::ink());
    }
    if (item.release) {
        // Red when the latest run rolled back or a trigger fired; amber for a draft.
        const bool alarm = item.run && (item.run->outcome == RunOutcome::RolledBack ||
                                        !item.run->firings.isEmpty());
        const bool draft = item.runbook && !item.runbook->isReady();
        field(f, Text::tr("Deployment runbook"), cabtext::runbookLines(item).join(u'\n'),
              alarm   ? CabStyle::riskColor(RiskLevel::Critical)
              : draft ? CabStyle::riskColor(RiskLevel::High)
                      : CabStyle::ink());
    }
    if (item.change) {
        const ChangeRequest& c = *item.change;
        field(f, Text::tr("Implementation"),
              c.implementationPlan.isEmpty() ? Text::tr("Not given.") : c.implementationPlan);
        field(f, Text::tr("Rollback plan"),
              c.rollbackPlan.isEmpty() ? Text::tr("Not given.") : c.rollbackPlan,
              c.rollbackPlan.isEmpty() ? CabStyle::riskColor(RiskLevel::Critical) : QColor());
        field(f, Text::tr("Approvals"),
              displayName(item.approval.status) + QStringLiteral(" — ") +
                  cabtext::approvalsLine(item.approval),
              CabStyle::statusColor(item.approval.status));
        QStringList decided;
        for (const CabDecision& d : item.decisions)
            decided << cabtext::decisionLine(d, c.ticket);
        field(f, Text::tr("Decisions so far"),
              decided.isEmpty() ? Text::tr("None yet.") : decided.join(u'\n'));
        QStringList conditions;
        for (const CabCondition& cond : item.conditions)
            conditions << QStringLiteral("[%1] %2").arg(toKey(cond.status), cond.text);
        if (!conditions.isEmpty())
            field(f, Text::tr("Conditions"), conditions.join(u'\n'));
    }
    if (item.windowStart > 0) {
        f.y += f.pt(2);
        weekPicture(f, item);
    }
    f.y += f.pt(4);
    f.rule();
    f.y += f.pt(6);
}

void minutes(Flow& f, const CabPack& pack) {
    f.newPage();
    f.heading(Text::tr("Decisions in this meeting"));
    if (pack.decisions.isEmpty())
        f.paragraph(font(9.5), CabStyle::faint(), Text::tr("No decisions recorded yet."), 0, -1,
                    f.pt(6));
    for (const CabDecision& d : pack.decisions) {
        f.paragraph(
            font(9), isApproval(d.outcome) ? CabStyle::ink() : CabStyle::riskColor(RiskLevel::High),
            QStringLiteral("• ") + cabtext::decisionLine(d, pack.ticketOf.value(d.changeId)), 0, -1,
            f.pt(2));
        for (const CabCondition& c : d.conditions)
            f.paragraph(font(8.5), CabStyle::faint(), Text::tr("Condition: %1").arg(c.text),
                        f.pt(14), -1, f.pt(2));
    }
    f.y += f.pt(10);
    f.heading(Text::tr("Open conditions"), 13);
    if (pack.openConditions.isEmpty())
        f.paragraph(font(9.5), CabStyle::faint(),
                    Text::tr("No open conditions on the agenda's changes."), 0, -1, f.pt(6));
    for (const CabCondition& c : pack.openConditions)
        f.paragraph(font(9), CabStyle::ink(),
                    Text::tr("• %1: %2 — owner %3, due %4")
                        .arg(pack.ticketOf.value(c.changeId), c.text,
                             c.owner.isEmpty() ? Text::tr("none") : c.owner,
                             c.dueUtc > 0 ? cabtext::date(c.dueUtc) : Text::tr("no date")),
                    0, -1, f.pt(2));
    f.y += f.pt(10);
    f.heading(Text::tr("Actions"), 13);
    if (pack.actions.isEmpty())
        f.paragraph(font(9.5), CabStyle::faint(),
                    Text::tr("No actions recorded for this meeting."));
    for (const CabAction& a : pack.actions)
        f.paragraph(font(9), a.done ? CabStyle::faint() : CabStyle::ink(),
                    Text::tr("%1 %2 — owner %3, due %4")
                        .arg(a.done ? QStringLiteral("☑") : QStringLiteral("☐"), a.text,
                             a.owner.isEmpty() ? Text::tr("none") : a.owner,
                             a.dueUtc > 0 ? cabtext::date(a.dueUtc) : Text::tr("no date")),
                    0, -1, f.pt(2));
}

void layout(Flow& f, const CabPack& pack) {
    cover(f, pack);
    outlook(f, pack);
    agendaTable(f, pack);
    bool first = true;
    for (const CabPackItem& item : pack.items) {
        if (first) {
            f.newPage();
            f.heading(Text::tr("The changes"));
            first = false;
        }
        changeSection(f, pack, item);
    }
    minutes(f, pack);
    f.finish();
}

} // namespace

CabReportWriter::Stats CabReportWriter::paint(const CabPack& pack, QPagedPaintDevice& device) {
    Flow measure(device, nullptr, pack, 0);
    layout(measure, pack);
    QPainter painter(&device);
    painter.setRenderHint(QPainter::TextAntialiasing);
    Flow draw(device, &painter, pack, measure.page);
    layout(draw, pack);
    painter.end();
    return Stats{draw.page};
}

namespace {

void setUp(QPdfWriter& writer, const CabPack& pack, CabReportWriter::Paper paper) {
    writer.setResolution(300);
    writer.setTitle(CabReportWriter::tr("CAB report: %1").arg(pack.meeting.title));
    writer.setCreator(QStringLiteral("Slipway"));
    writer.setPageLayout(QPageLayout(
        QPageSize(paper == CabReportWriter::Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
        QPageLayout::Portrait, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
}

} // namespace

QByteArray CabReportWriter::toPdf(const CabPack& pack, Paper paper, Stats* stats) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        setUp(writer, pack, paper);
        const Stats done = paint(pack, writer);
        if (stats)
            *stats = done;
    }
    return bytes;
}

Result<CabReportWriter::Stats> CabReportWriter::writePdf(const CabPack& pack,
                                                         const QString& outPath, Paper paper) {
    OutputFile file(outPath);
    if (auto opened = file.open(); !opened)
        return opened.error();
    Stats stats;
    {
        QPdfWriter writer(&file.device());
        writer.setResolution(300);
        writer.setTitle(Text::tr("CAB report: %1").arg(pack.meeting.title));
        writer.setCreator(QStringLiteral("Slipway"));
        writer.setPageLayout(
            QPageLayout(QPageSize(paper == Paper::A4 ? QPageSize::A4 : QPageSize::Letter),
                        QPageLayout::Portrait, QMarginsF(16, 14, 16, 12), QPageLayout::Millimeter));
        stats = paint(pack, writer);
    }
    if (auto done = file.commit(); !done)
        return done.error();
    return stats;
}

} // namespace slipway::ui
