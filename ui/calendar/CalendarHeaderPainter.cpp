// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarHeaderPainter.h"

#include "CalendarBandStyle.h"
#include "CalendarLabelCache.h"
#include "CalendarPainter.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(slipway::ui::CalendarHeaderPainter)
};

QString zoneCaption(const QString& zone, qint64 at) {
    const QTimeZone tz(zone.toUtf8());
    QString city = zone.section(u'/', -1).replace(u'_', u' ');
    if (!tz.isValid() || zone == u"UTC")
        return city;
    const QString abbreviation = tz.abbreviation(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
    return abbreviation.isEmpty() ? city : city + QStringLiteral(" · ") + abbreviation;
}

} // namespace

void CalendarHeaderPainter::paint(QPainter& p, const CalendarFrame& f, const QSize& size) {
    const int header = f.headerHeight();
    p.fillRect(QRect(0, 0, size.width(), header), f.palette.color(QPalette::Window));
    const QRect area(f.gutter, 0, size.width() - f.gutter, header);
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};
    const QLocale locale;
    CalendarLabelCache& labels = CalendarLabelCache::of(f.font);
    QFont bold = f.font;
    bold.setBold(true);
    CalendarLabelCache& boldLabels = CalendarLabelCache::of(bold);
    const int line = CalendarFrame::kLine;
    const auto minor = f.scale.minorUnit(56);
    const auto major = CalendarTimeScale::majorUnit(minor);

    // Line 0: the major unit in the first zone, its label kept in view while it lasts.
    const QTimeZone first(f.zones.value(0, QStringLiteral("UTC")).toUtf8());
    p.setClipRect(area);
    p.setFont(bold);
    p.setPen(f.palette.color(QPalette::WindowText));
    const auto majors = CalendarTimeScale::ticks(visible, major, first, locale);
    for (int i = 0; i < majors.size(); ++i) {
        const qreal x = f.xOf(majors[i].utc);
        const qreal next = i + 1 < majors.size() ? f.xOf(majors[i + 1].utc) : size.width() + 1000;
        const qreal left = std::max(x, qreal(area.left())) + 4;
        const qreal room = next - left - 4;
        if (room > 16)
            boldLabels.draw(p, QRectF(left, 0, room, line), majors[i].label);
    }
    p.setFont(f.font);

    // One line per zone, each with its own local ticks (a zone's midnight is not UTC's).
    for (int z = 0; z < f.zones.size(); ++z) {
        const int y = line * (z + 1);
        const QTimeZone zone(f.zones[z].toUtf8());
        const auto ticks = CalendarTimeScale::ticks(visible, minor, zone, locale);
        p.setPen(CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.25));
        for (const CalendarTimeScale::Tick& tick : ticks) {
            const qreal x = std::floor(f.xOf(tick.utc)) + 0.5;
            p.drawLine(QPointF(x, y + 4), QPointF(x, y + line));
        }
        p.setPen(z == 0 ? f.palette.color(QPalette::WindowText) : Theme::muted());
        for (int i = 0; i < ticks.size(); ++i) {
            const qreal tick = f.xOf(ticks[i].utc);
            const qreal next = i + 1 < ticks.size()
                                   ? f.xOf(ticks[i + 1].utc)
                                   : tick + (tick - f.xOf(ticks[std::max(0, i - 1)].utc));
            // A unit that began left of the view keeps its label at the edge while the whole
            // label fits before the next tick; a label cut by the edge ("0" of "10") says
            // something false, so it is left out.
            const qreal x = std::max(tick, qreal(area.left()));
            // At the right edge the label is shortened with an ellipsis rather than cut.
            const qreal room = std::min(next, qreal(area.right() + 1)) - x - 6;
            if (room < 20 || (tick < area.left() && labels.advance(ticks[i].label) > room))
                continue;
            labels.draw(p, QRectF(x + 3, y, room, line), ticks[i].label);
        }
    }

    // The blackout strip: every band in view, then their names left to right, each where
    // the previous name has left room (overlapping bands would otherwise write over each other).
    const int stripY = line * (1 + int(f.zones.size())) + 2;
    if (f.model) {
        QList<const CalendarModel::Band*> shown;
        for (const CalendarModel::Band& band : f.model->bands()) {
            if (band.when.overlaps(visible))
                shown.append(&band);
        }
        std::sort(shown.begin(), shown.end(),
                  [](auto* a, auto* b) { return a->when.start < b->when.start; });
        const auto rectOf = [&](const CalendarModel::Band& band) {
            const qreal x1 = std::max<qreal>(f.xOf(band.when.start), area.left());
            const qreal x2 = std::min<qreal>(f.xOf(band.when.end), area.right() + 1);
            return QRectF(x1, stripY, std::max<qreal>(2, x2 - x1), line - 4);
        };
        for (const auto* band : std::as_const(shown)) {
            const QRectF r = rectOf(*band);
            CalendarBandStyle::fill(p, r, band->kind, f.palette.color(QPalette::Window));
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 2),
                       CalendarBandStyle::color(band->kind));
        }
        p.setPen(f.palette.color(QPalette::WindowText));
        qreal written = area.left();
        for (const auto* band : std::as_const(shown)) {
            const QRectF r = rectOf(*band);
            const qreal left = std::max(r.left() + 4, written + 8);
            const qreal room = r.right() - 2 - left;
            if (room < 40)
                continue;
            written =
                left + labels.draw(p, QRectF(left, r.top() + 1, room, r.height() - 1), band->name);
        }
    }
    const qreal today = f.xOf(f.now);
    if (today >= area.left() && today <= area.right()) {
        p.setPen(QPen(Theme::todayLine(), 2));
        p.drawLine(QPointF(today, line), QPointF(today, header));
    }
    p.setClipping(false);

    // Captions in the gutter: what each header line shows.
    p.setPen(Theme::muted());
    const int cx = Theme::space(1);
    const int cw = f.gutter - Theme::space(2);
    for (int z = 0; z < f.zones.size(); ++z)
        p.drawText(QRect(cx, line * (z + 1), cw, line), Qt::AlignVCenter | Qt::AlignRight,
                   labels.metrics().elidedText(zoneCaption(f.zones[z], f.now), Qt::ElideLeft, cw));
    p.drawText(QRect(cx, stripY, cw, line - 4), Qt::AlignVCenter | Qt::AlignRight,
               Text::tr("Blackouts"));
    p.setPen(Theme::border());
    p.drawLine(0, header - 1, size.width(), header - 1);
    p.drawLine(f.gutter - 1, 0, f.gutter - 1, header);
}

} // namespace slipway::ui
