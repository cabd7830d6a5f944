// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarDensityPainter.h"

#include "CalendarBandStyle.h"
#include "CalendarLabelCache.h"
#include "Theme.h"

#include <QPainter>

#include <algorithm>

namespace slipway::ui {
namespace {

using Unit = CalendarTimeScale::Unit;

constexpr qreal kMinSlice = 40; // a "+N" block narrower than this could not be read

QList<qint64> boundsOf(const CalendarFrame& f, const Interval& visible, Unit unit, qint64 secs) {
    const QTimeZone zone(f.zones.value(0, QStringLiteral("UTC")).toUtf8());
    // Beyond the right edge by more than a unit, so the last slice has its end too.
    const qint64 margin = 2 * secs + 86400;
    QList<qint64> bounds;
    for (const auto& t : CalendarTimeScale::ticks({visible.start, visible.end + margin}, unit, zone,
                                                  QLocale(), false)) {
        if (bounds.isEmpty() || t.utc > bounds.last())
            bounds << t.utc;
        if (t.utc >= visible.end)
            break;
    }
    return bounds;
}

// The intensity of `count` releases on one day against the row's busiest day in view (at
// least 4, so a quiet row stays light): a dense row shows its own rhythm, not one flat tone.
qreal strength(int count, int busiest) {
    return std::min(1.0, qreal(count) / std::max(4, busiest));
}

// In start order, ties by release: the list a click opens reads like the calendar.
void byStart(const CalendarModel& m, QList<int>& items) {
    std::sort(items.begin(), items.end(), [&m](int a, int b) {
        const CalendarItem& x = m.items()[a];
        const CalendarItem& y = m.items()[b];
        return x.when.start != y.when.start ? x.when.start < y.when.start
                                            : x.releaseId < y.releaseId;
    });
}

} // namespace

QList<qint64> CalendarDensityPainter::dayBounds(const CalendarFrame& f, const Interval& visible) {
    return boundsOf(f, visible, Unit::Day, 86400);
}

QList<qint64> CalendarDensityPainter::sliceBounds(const CalendarFrame& f, const Interval& visible) {
    const std::pair<Unit, qint64> units[] = {
        {Unit::Hour, 3600},         {Unit::Hours3, 3 * 3600},
        {Unit::Hours6, 6 * 3600},   {Unit::Hours12, 12 * 3600},
        {Unit::Day, 86400},         {Unit::Week, 7 * 86400},
        {Unit::Month, 28 * 86400},  {Unit::Quarter, 90 * 86400LL},
        {Unit::Year, 365 * 86400LL}};
    for (const auto& [unit, secs] : units) {
        if (secs / f.scale.secondsPerPixel() >= kMinSlice)
            return boundsOf(f, visible, unit, secs);
    }
    return boundsOf(f, visible, Unit::Year, 366 * 86400LL);
}

void CalendarDensityPainter::paintStrip(QPainter& p, const CalendarFrame& f,
                                        const CalendarRowGeometry& row, const Interval& visible) {
    const CalendarModel& m = *f.model;
    const CalendarModel::Lane& lane = m.lanes()[row.lane];
    const QList<qint64> bounds = dayBounds(f, visible);
    if (bounds.size() < 2)
        return;
    const int days = int(bounds.size()) - 1;
    QList<int> count(days, 0), worst(days, 0);
    lane.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        const CalendarItem& item = m.items()[lane.items[k]];
        const int first = std::max(0, CalendarLaneLayout::sliceOf(bounds, item.when.start));
        const int last = std::min(days - 1, CalendarLaneLayout::sliceOf(bounds, item.when.end - 1));
        const int severity = severityOf(f, item);
        for (int d = first; d <= last; ++d) {
            ++count[d];
            worst[d] = std::max(worst[d], severity);
        }
    });
    p.setPen(CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.10));
    p.drawLine(f.gutter, row.y + row.height - 1, int(f.xOf(visible.end)) + 1,
               row.y + row.height - 1);
    const int top = row.y + CalendarFrame::kLanePadding;
    const int height = row.height - 2 * CalendarFrame::kLanePadding;
    const QColor base = f.palette.color(QPalette::Base);
    // Grey, not a type's colour: a strip counts releases of every kind; red and amber stay
    // free for the conflicts.
    const QColor ink = f.palette.color(QPalette::WindowText);
    const int busiest = *std::max_element(count.cbegin(), count.cend());
    CalendarLabelCache& labels = CalendarLabelCache::of(f.font);
    CalendarPaintRecord* record = f.record;
    if (record)
        ++record->stripRows;
    for (int d = 0; d < days; ++d) {
        if (count[d] == 0)
            continue;
        const qreal x1 = std::max<qreal>(f.xOf(bounds[d]), f.gutter);
        const qreal x2 = f.xOf(bounds[d + 1]);
        if (x2 <= x1)
            continue;
        // A hair between days while they are wide enough to tell apart.
        const QRectF cell(x1, top, x2 - x1 - (x2 - x1 >= 6 ? 1 : 0), height);
        const qreal a = 0.10 + 0.62 * strength(count[d], busiest);
        const QColor fill = CalendarBandStyle::over(base, ink, a);
        p.fillRect(cell, fill);
        if (worst[d] > 0) {
            // An error is a thick red foot, a warning a thin amber one: told by shape too.
            const qreal foot = worst[d] == 2 ? 5 : 2;
            p.fillRect(QRectF(cell.left(), cell.bottom() - foot, cell.width(), foot),
                       worst[d] == 2 ? Theme::conflict() : Theme::warning());
        }
        if (record)
            record->cells << cell;
        const QString n = QString::number(count[d]);
        const int w = labels.advance(n);
        if (cell.width() >= w + 6) {
            p.setPen(a > 0.42 ? base : f.palette.color(QPalette::Text));
            const QRectF text(cell.center().x() - w / 2.0, top, w + 1, height - 5);
            labels.draw(p, text, n);
            if (record)
                record->texts << QRectF(text.left(), text.center().y() - 7, w, 14);
        }
    }
}

void CalendarDensityPainter::paintOverflow(QPainter& p, const CalendarFrame& f,
                                           const CalendarRowGeometry& row,
                                           const Interval& visible) {
    const CalendarModel& m = *f.model;
    const CalendarModel::Lane& lane = m.lanes()[row.lane];
    const QList<qint64> bounds = sliceBounds(f, visible);
    if (bounds.size() < 2)
        return;
    const int slices = int(bounds.size()) - 1;
    QList<int> count(slices, 0), worst(slices, 0);
    lane.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        if (f.trackOf(row.lane, k) >= 0)
            return;
        const CalendarItem& item = m.items()[lane.items[k]];
        const int s = CalendarLaneLayout::sliceOf(bounds, std::max(item.when.start, visible.start));
        if (s < 0 || s >= slices)
            return;
        ++count[s];
        worst[s] = std::max(worst[s], severityOf(f, item));
    });
    const int top = CalendarPainter::barTop(row, row.tracks);
    const int height = CalendarPainter::kBarHeight;
    CalendarLabelCache& labels = CalendarLabelCache::of(f.font);
    const QColor text = f.palette.color(QPalette::Text);
    const QColor fill = CalendarBandStyle::over(f.palette.color(QPalette::Base),
                                                f.palette.color(QPalette::WindowText), 0.10);
    const QColor edge = CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.35);
    CalendarPaintRecord* record = f.record;
    for (int s = 0; s < slices; ++s) {
        if (count[s] == 0)
            continue;
        const qreal x1 = std::max<qreal>(f.xOf(bounds[s]), f.gutter) + 1;
        const qreal x2 = f.xOf(bounds[s + 1]) - 1;
        if (x2 - x1 < 3)
            continue;
        const QRectF block(x1, top, x2 - x1, height);
        p.setPen(edge);
        p.setBrush(fill);
        p.drawRect(block.adjusted(0, 0, -1, -1));
        if (worst[s] > 0)
            p.fillRect(QRectF(block.left() + 1, block.top() + 1, 3, block.height() - 2),
                       worst[s] == 2 ? Theme::conflict() : Theme::warning());
        if (record) {
            record->blocks << block;
            record->hiddenCounted += count[s];
        }
        const QString label = QStringLiteral("+%1").arg(count[s]);
        const int w = labels.advance(label);
        if (block.width() >= w + 10) {
            p.setPen(text);
            const QRectF r(block.center().x() - w / 2.0 + 2, block.top(), w + 1, block.height());
            labels.draw(p, r, label);
            if (record)
                record->texts << QRectF(r.left(), r.top() + 2, w, r.height() - 4);
        }
    }
    p.setBrush(Qt::NoBrush);
}

CalendarDensityPainter::Slice CalendarDensityPainter::dayAt(const CalendarFrame& f, int lane,
                                                            const Interval& visible, qint64 t) {
    Slice out;
    const QList<qint64> bounds = dayBounds(f, visible);
    const int d = CalendarLaneLayout::sliceOf(bounds, t);
    if (!f.model || d < 0 || d + 1 >= bounds.size())
        return out;
    out.when = {bounds[d], bounds[d + 1]};
    const CalendarModel::Lane& l = f.model->lanes()[lane];
    l.itemIndex.forEachOverlap(out.when, [&](qsizetype k) { out.items << l.items[k]; });
    byStart(*f.model, out.items);
    return out;
}

CalendarDensityPainter::Slice CalendarDensityPainter::hiddenAt(const CalendarFrame& f, int lane,
                                                               const Interval& visible, qint64 t) {
    Slice out;
    const QList<qint64> bounds = sliceBounds(f, visible);
    const int s = CalendarLaneLayout::sliceOf(bounds, t);
    if (!f.model || s < 0 || s + 1 >= bounds.size())
        return out;
    out.when = {bounds[s], bounds[s + 1]};
    const CalendarModel::Lane& l = f.model->lanes()[lane];
    l.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        if (f.trackOf(lane, k) >= 0)
            return;
        const qint64 at = std::max(f.model->items()[l.items[k]].when.start, visible.start);
        if (at >= out.when.start && at < out.when.end)
            out.items << l.items[k];
    });
    byStart(*f.model, out.items);
    return out;
}

} // namespace slipway::ui
