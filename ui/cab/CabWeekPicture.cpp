// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabWeekPicture.h"

#include "CabStyle.h"
#include "ReportFlow.h"
#include "io/CabPack.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QTimeZone>

#include <algorithm>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CabReportWriter)
};

using Flow = ReportFlow;

// A band of the week's picture (a blackout or a freeze) and where its label goes.
struct WeekBand {
    QRectF rect;
    QString label;
    QColor colour;
    Qt::BrushStyle pattern = Qt::NoBrush;
    QRectF labelRect; // empty: no room in the picture, named in the caption instead
    int labelFlags = 0;
};

// Labels go inside their band, else beside it where neither another band nor another label
// of the lane is in the way; what finds no room is left to the caption.
void placeLabels(QList<WeekBand>& lane, const QRectF& area, const QFontMetricsF& fm, qreal gap) {
    std::sort(lane.begin(), lane.end(),
              [](const WeekBand& a, const WeekBand& b) { return a.rect.left() < b.rect.left(); });
    qreal taken = area.left(); // right edge of what is already drawn in the lane
    for (qsizetype i = 0; i < lane.size(); ++i) {
        WeekBand& b = lane[i];
        const qreal textW = fm.horizontalAdvance(b.label) + 2 * gap;
        const qreal next = i + 1 < lane.size() ? lane[i + 1].rect.left() : area.right();
        const int flags = Qt::AlignVCenter | Qt::TextSingleLine;
        if (textW <= b.rect.width()) {
            b.labelRect = b.rect.adjusted(gap, 0, 0, 0);
            b.labelFlags = flags | Qt::AlignLeft;
        } else if (b.rect.right() + textW <= next) {
            b.labelRect = QRectF(b.rect.right() + gap, b.rect.top(), textW, b.rect.height());
            b.labelFlags = flags | Qt::AlignLeft;
        } else if (b.rect.left() - textW >= taken) {
            b.labelRect = QRectF(b.rect.left() - textW, b.rect.top(), textW - gap, b.rect.height());
            b.labelFlags = flags | Qt::AlignRight;
        }
        taken = std::max({taken, b.rect.right(), b.labelRect.isNull() ? 0.0 : b.labelRect.right()});
    }
}

// The window's week: a day per column, blackouts as bands (hard hatched red, soft amber),
// incident freezes in a lane of their own (grey, hatched the other way, as on the calendar),
// the change's window as a bar.
} // namespace

void weekPicture(ReportFlow& f, const CabPackItem& item) {
    const bool freezes = !item.weekFreezes.isEmpty();
    const qreal h = f.pt(freezes ? 92 : 74);
    f.ensure(h + f.pt(16));
    const QRectF area(f.left, f.y, f.width, h);
    const qreal dayW = area.width() / 7;
    const qreal labelH = f.pt(13);
    const QRectF lanes = area.adjusted(0, labelH, 0, 0);
    const auto xOf = [&](qint64 t) {
        const qreal frac = qreal(t - item.weekStart) / (7.0 * 86400);
        return area.left() + std::clamp(frac, 0.0, 1.0) * area.width();
    };
    const int laneCount = freezes ? 3 : 2;
    const qreal laneH = (lanes.height() - f.pt(2) * (laneCount + 1)) / laneCount;
    const auto lane = [&](int index) {
        return QRectF(lanes.left(), lanes.top() + f.pt(2) + index * (laneH + f.pt(2)),
                      lanes.width(), laneH);
    };
    const auto bandOf = [&](int index, const Interval& when, const QColor& c,
                            Qt::BrushStyle pattern, const QString& label) {
        const QRectF l = lane(index);
        WeekBand b;
        b.rect = QRectF(xOf(when.start), l.top(),
                        std::max(f.pt(2), xOf(when.end) - xOf(when.start)), l.height());
        b.label = label;
        b.colour = c;
        b.pattern = pattern;
        return b;
    };
    QList<WeekBand> blackouts, frozen;
    for (const BlackoutOccurrence& b : item.weekBlackouts)
        blackouts << bandOf(0, b.when,
                            b.hard ? CabStyle::riskColor(RiskLevel::Critical)
                                   : CabStyle::riskColor(RiskLevel::Medium),
                            b.hard ? Qt::BDiagPattern : Qt::NoBrush,
                            (b.hard ? Text::tr("Hard: ") : Text::tr("Soft: ")) + b.name);
    for (const IncidentFreeze& z : item.weekFreezes)
        frozen << bandOf(1, z.when, CabStyle::freeze(), Qt::FDiagPattern,
                         Text::tr("Freeze: ") + z.name);
    const QFont bandFont = ReportFlow::font(6.5, true);
    const QFontMetricsF bandMetrics(bandFont, &f.device());
    placeLabels(blackouts, area, bandMetrics, f.pt(2));
    placeLabels(frozen, area, bandMetrics, f.pt(2));
    QStringList unlabelled;
    for (const QList<WeekBand>* list : {&blackouts, &frozen})
        for (const WeekBand& b : *list)
            if (b.labelRect.isNull())
                unlabelled << b.label;

    if (f.painting()) {
        QPainter& p = f.p();
        p.save();
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(QPen(CabStyle::rule(), f.pt(0.5)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(lanes);
        for (int d = 0; d < 7; ++d) {
            const QRectF col(area.left() + d * dayW, lanes.top(), dayW, lanes.height());
            if (d >= 5)
                p.fillRect(col, CabStyle::band());
            p.setPen(QPen(CabStyle::rule(), f.pt(0.5)));
            p.drawLine(col.topLeft(), col.bottomLeft());
            const QString label =
                QDateTime::fromSecsSinceEpoch(item.weekStart + qint64(d) * 86400, Qt::UTC)
                    .toString(QStringLiteral("ddd d MMM"));
            f.drawText(QRectF(col.left(), area.top(), dayW, labelH), ReportFlow::font(7),
                       CabStyle::faint(), label, Qt::AlignCenter | Qt::TextSingleLine);
        }
        for (const QList<WeekBand>* list : {&blackouts, &frozen})
            for (const WeekBand& b : *list) {
                QColor fill = b.colour;
                fill.setAlpha(50);
                p.fillRect(b.rect, fill);
                if (b.pattern != Qt::NoBrush) {
                    QColor hatch = b.colour;
                    hatch.setAlpha(120);
                    QBrush brush(hatch, b.pattern);
                    brush.setTransform(QTransform::fromScale(f.u, f.u));
                    p.fillRect(b.rect, brush);
                }
                p.setPen(QPen(b.colour, f.pt(0.6)));
                p.setBrush(Qt::NoBrush);
                p.drawRect(b.rect);
            }
        for (const QList<WeekBand>* list : {&blackouts, &frozen})
            for (const WeekBand& b : *list)
                if (!b.labelRect.isNull())
                    f.drawText(b.labelRect, bandFont, b.colour.darker(130), b.label, b.labelFlags);
        if (item.windowStart > 0) {
            const QRectF windowLane = lane(laneCount - 1);
            const QRectF bar(xOf(item.windowStart), windowLane.top(),
                             std::max(f.pt(3), xOf(item.windowEnd) - xOf(item.windowStart)), laneH);
            const bool conflicting = !item.conflicts.isEmpty();
            p.setPen(QPen(conflicting ? CabStyle::riskColor(RiskLevel::Critical)
                                      : CabStyle::accent().darker(120),
                          f.pt(conflicting ? 1.2 : 0.6)));
            p.setBrush(CabStyle::accent());
            p.drawRect(bar);
            const QString label = item.releaseLabel.isEmpty() ? item.ticket() : item.releaseLabel;
            const qreal textW = bandMetrics.horizontalAdvance(label) + f.pt(4);
            if (textW <= bar.width())
                f.drawText(bar.adjusted(f.pt(2), 0, 0, 0), bandFont, Qt::white, label,
                           Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine);
            else if (bar.right() + textW < area.right())
                f.drawText(QRectF(bar.right() + f.pt(2), bar.top(), textW, bar.height()), bandFont,
                           CabStyle::ink(), label,
                           Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine);
            else
                f.drawText(QRectF(bar.left() - textW - f.pt(2), bar.top(), textW, bar.height()),
                           bandFont, CabStyle::ink(), label,
                           Qt::AlignVCenter | Qt::AlignRight | Qt::TextSingleLine);
        }
        p.restore();
    }
    f.y += h + f.pt(2);
    QString caption;
    if (item.weekBlackouts.isEmpty() && !freezes)
        caption = Text::tr("Week of the window (UTC). No blackouts or incident freezes this week.");
    else if (!freezes)
        caption = Text::tr("Week of the window (UTC). Hatched red: hard blackout; amber: soft "
                           "blackout; blue: this change's window. No incident freezes this week.");
    else
        caption = Text::tr("Week of the window (UTC). Hatched red: hard blackout; amber: soft "
                           "blackout; grey, hatched: incident freeze (only emergency changes may "
                           "deploy); blue: this change's window.");
    if (!unlabelled.isEmpty())
        caption +=
            Text::tr(" Too narrow to name above: %1.").arg(unlabelled.join(QStringLiteral("; ")));
    f.paragraph(ReportFlow::font(6.5), CabStyle::faint(), caption, 0, -1, f.pt(4));
}

} // namespace slipway::ui
