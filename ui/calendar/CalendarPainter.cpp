// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPainter.h"

#include "CalendarBandStyle.h"
#include "CalendarBarSprites.h"
#include "CalendarDensityPainter.h"
#include "CalendarHeaderPainter.h"
#include "CalendarLabelCache.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace slipway::ui {
namespace {

// A name after a short bar needs this much free room: an elided "Fra…" says nothing, and
// shaping text is the dearest part of a dense frame.
constexpr qreal kOutsideLabelRoom = 96;
// A name cut to fewer letters than this says nothing ("R…"): it is left out instead.
constexpr qreal kMinLabel = 48;

// Whether `room` pixels can show `text` whole or usefully cut; measures only when in doubt.
bool labelFits(CalendarLabelCache& labels, qreal room, const QString& text) {
    return room >= kMinLabel || (room >= 16 && labels.advance(text) <= room);
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(slipway::ui::CalendarPainter)
};

// A label written after a bar too short to hold it, led by the conflict badge if any; each
// only where it fits whole into `room`, so it never runs into the next bar's text.
void outsideLabel(QPainter& p, CalendarLabelCache& labels, const QRectF& room, const QString& text,
                  int conflicts, const QColor& color, CalendarPaintRecord* record) {
    QRectF r = room;
    if (conflicts > 0) {
        const QPixmap badge = CalendarBarSprites::conflictBadge(
            conflicts, p.font(), int(r.height()) - 4, p.device()->devicePixelRatioF());
        const qreal bw = badge.deviceIndependentSize().width();
        if (bw > r.width())
            return;
        p.drawPixmap(QPointF(r.left(), r.top() + 2), badge);
        if (record) {
            record->badges << QRectF(r.left(), r.top() + 2, bw, r.height() - 4);
            record->texts << record->badges.last();
        }
        r.setLeft(r.left() + bw + 4);
    }
    if (text.isEmpty() || !labelFits(labels, r.width(), text))
        return;
    p.setPen(color);
    const qreal drawn = labels.draw(p, r, text);
    if (record && drawn > 0)
        record->texts << QRectF(r.left(), r.top() + 2, drawn, r.height() - 4);
}

} // namespace

int CalendarFrame::rowAt(int contentY) const {
    const auto it =
        std::lower_bound(rows.cbegin(), rows.cend(), contentY,
                         [](const CalendarRowGeometry& r, int y) { return r.y + r.height <= y; });
    return int(it - rows.cbegin());
}

QRect CalendarFrame::barRect(qint64 releaseId) const {
    return itemRect(releaseId, 0);
}

QRect CalendarFrame::bookingRect(qint64 bookingId) const {
    return bookingId != 0 ? itemRect(-1, bookingId) : QRect();
}

QRect CalendarFrame::itemRect(qint64 releaseId, qint64 bookingId) const {
    if (!model)
        return {};
    const int header = headerHeight();
    for (const CalendarRowGeometry& r : rows) {
        if (r.lane < 0)
            continue;
        const CalendarModel::Lane& lane = model->lanes()[r.lane];
        for (qsizetype k = 0; k < lane.items.size(); ++k) {
            const CalendarModel::Item& item = model->items()[lane.items[k]];
            if (item.bookingId != bookingId || (bookingId == 0 && item.releaseId != releaseId))
                continue;
            const int track = trackOf(r.lane, k);
            if (track < 0)
                continue; // left out: counted in the row's "+N"
            const qreal x1 = xOf(item.when.start);
            const qreal x2 = xOf(item.when.end);
            return QRect(
                QPoint(int(std::ceil(x1)), CalendarPainter::barTop(r, track) + header - scrollY),
                QSize(std::max(1, int(x2 - x1)), CalendarPainter::kBarHeight));
        }
    }
    return {};
}

void CalendarPainter::paint(QPainter& p, const CalendarFrame& f, const QSize& size) {
    p.save();
    p.setFont(f.font);
    p.fillRect(QRect(QPoint(0, 0), size), f.palette.color(QPalette::Base));
    const int header = f.headerHeight();
    const QRect area(f.gutter, header, size.width() - f.gutter, size.height() - header);
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};

    p.setClipRect(area);
    paintWeekends(p, f, area);
    if (f.model)
        paintBands(p, f, size, visible);
    paintGrid(p, f, area);
    if (f.model) {
        const int first = f.rowAt(f.scrollY);
        for (int i = first; i < f.rows.size(); ++i) {
            CalendarRowGeometry row = f.rows[i];
            row.y += header - f.scrollY;
            if (row.y > size.height())
                break;
            if (row.lane < 0) {
                p.fillRect(QRect(area.left(), row.y, area.width(), row.height),
                           CalendarBandStyle::over(f.palette.color(QPalette::Base),
                                                   f.palette.color(QPalette::WindowText), 0.05));
                continue;
            }
            if (showsStrip(f, f.rows[i], visible)) {
                CalendarDensityPainter::paintStrip(p, f, row, visible);
                continue;
            }
            paintLane(p, f, i, row, size.width(), visible);
            if (row.overflow)
                CalendarDensityPainter::paintOverflow(p, f, row, visible);
        }
    }
    // Today, on top of the bars so it is never lost behind a busy lane.
    const qreal today = f.xOf(f.now);
    if (today >= area.left() && today <= area.right()) {
        p.setPen(QPen(Theme::todayLine(), 2));
        p.drawLine(QPointF(today, area.top()), QPointF(today, area.bottom()));
    }
    paintGhost(p, f, area);
    p.setClipping(false);
    paintGutter(p, f, size);
    CalendarHeaderPainter::paint(p, f, size);
    p.restore();
}

bool CalendarPainter::showsStrip(const CalendarFrame& f, const CalendarRowGeometry& row,
                                 const Interval& visible) {
    if (!f.model || row.lane < 0)
        return false;
    const CalendarModel::Lane& lane = f.model->lanes()[row.lane];
    QList<qreal> widths;
    int hidden = 0;
    const qreal spp = f.scale.secondsPerPixel();
    lane.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        widths << f.model->items()[lane.items[k]].when.length() / spp;
        if (f.trackOf(row.lane, k) < 0)
            ++hidden;
    });
    if (widths.isEmpty())
        return false;
    const auto middle = widths.begin() + widths.size() / 2;
    std::nth_element(widths.begin(), middle, widths.end());
    return CalendarLaneLayout::wantsStrip(*middle, f.dayWidth(), hidden);
}

void CalendarPainter::paintBands(QPainter& p, const CalendarFrame& f, const QSize& size,
                                 const Interval& visible) {
    // A band over many adjacent rows is one rectangle, not one per row: hatching is the
    // costliest fill here and most blackouts cover every row.
    const CalendarModel& m = *f.model;
    const int header = f.headerHeight();
    QHash<int, QRectF> open; // band -> the run of rows it covers so far
    const QColor base = f.palette.color(QPalette::Base);
    QList<std::pair<int, QRectF>> done;
    const auto flush = [&](int band, const QRectF& r) {
        done.append({band, r});
    };
    for (int i = f.rowAt(f.scrollY); i < f.rows.size(); ++i) {
        const CalendarRowGeometry& row = f.rows[i];
        const int y = row.y + header - f.scrollY;
        if (y > size.height())
            break;
        if (row.lane < 0)
            continue;
        const CalendarModel::Lane& lane = m.lanes()[row.lane];
        lane.bandIndex.forEachOverlap(visible, [&](qsizetype k) {
            const int b = lane.bands[k];
            const Interval& when = m.bands()[b].when;
            const qreal x1 = std::max<qreal>(f.xOf(when.start), f.gutter - 2);
            const qreal x2 = std::min<qreal>(f.xOf(when.end), size.width() + 2);
            const QRectF r(x1, y, std::max<qreal>(1, x2 - x1), row.height);
            auto it = open.find(b);
            if (it != open.end() && std::abs(it->bottom() - y) < 0.5) {
                it->setBottom(y + row.height);
                return;
            }
            if (it != open.end())
                flush(b, *it);
            open.insert(b, r);
        });
    }
    for (auto it = open.cbegin(); it != open.cend(); ++it)
        flush(it.key(), it.value());
    for (const auto kind : {CalendarModel::Band::Kind::Soft, CalendarModel::Band::Kind::Freeze,
                            CalendarModel::Band::Kind::Hard}) {
        for (const auto& [band, r] : std::as_const(done)) {
            if (m.bands()[band].kind == kind)
                CalendarBandStyle::fill(p, r, kind, base);
        }
    }
}

void CalendarPainter::paintWeekends(QPainter& p, const CalendarFrame& f, const QRect& area) {
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};
    const QTimeZone zone(f.zones.value(0, QStringLiteral("UTC")).toUtf8());
    const QLocale locale;
    // Weekends of the first zone, while a day is wide enough to tell them apart.
    if (86400 / f.scale.secondsPerPixel() >= 8) {
        const auto days =
            CalendarTimeScale::ticks(visible, CalendarTimeScale::Unit::Day, zone, locale, false);
        const QColor weekend = CalendarBandStyle::over(
            f.palette.color(QPalette::Base), f.palette.color(QPalette::WindowText), 0.045);
        for (int i = 0; i < days.size(); ++i) {
            if (CalendarTimeScale::dayOfWeek(days[i].local) < 6)
                continue;
            const qint64 end = i + 1 < days.size() ? days[i + 1].utc : days[i].utc + 86400;
            const qreal x1 = f.xOf(days[i].utc);
            p.fillRect(QRectF(x1, area.top(), f.xOf(end) - x1, area.height()), weekend);
        }
    }
}

void CalendarPainter::paintGrid(QPainter& p, const CalendarFrame& f, const QRect& area) {
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};
    const QTimeZone zone(f.zones.value(0, QStringLiteral("UTC")).toUtf8());
    const QLocale locale;
    const auto minor = f.scale.minorUnit(56);
    const QColor line = CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.08);
    const QColor strong = CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.18);
    p.setPen(line);
    for (const auto& t : CalendarTimeScale::ticks(visible, minor, zone, locale, false)) {
        const qreal x = std::floor(f.xOf(t.utc)) + 0.5;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    p.setPen(strong);
    for (const auto& t : CalendarTimeScale::ticks(visible, CalendarTimeScale::majorUnit(minor),
                                                  zone, locale, false)) {
        const qreal x = std::floor(f.xOf(t.utc)) + 0.5;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

void CalendarPainter::paintLane(QPainter& p, const CalendarFrame& f, int rowIndex,
                                const CalendarRowGeometry& row, int width,
                                const Interval& visible) {
    const CalendarModel& m = *f.model;
    const CalendarModel::Lane& lane = m.lanes()[row.lane];
    p.setPen(CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.10));
    p.drawLine(f.gutter, row.y + row.height - 1, width, row.y + row.height - 1);

    CalendarLabelCache& labels = CalendarLabelCache::of(f.font);
    const QColor text = f.palette.color(QPalette::Text);
    // Bars under ten pixels are plain runs, merged per sub-row: at year zoom a busy lane
    // has thousands, and one rectangle per pixel column is all the eye can see.
    struct Run {
        qreal x1 = 0, x2 = -1;
        QColor color;
        bool conflict = false;
    };
    const int tracks = std::max(1, row.tracks);
    QList<Run> runs(tracks);
    CalendarPaintRecord* record = f.record;
    // Colours once per row, not once per bar.
    QColor typeColors[int(ReleaseType::Emergency) + 1];
    QColor statusColors[int(ReleaseStatus::RolledBack) + 1];
    for (int t = 0; t <= int(ReleaseType::Emergency); ++t)
        typeColors[t] = Theme::typeColor(ReleaseType(t));
    for (int s = 0; s <= int(ReleaseStatus::RolledBack); ++s)
        statusColors[s] = Theme::statusColor(ReleaseStatus(s));
    // Where the next bar of each sub-row starts: a short bar's label may use the gap.
    QList<qreal> nextStart(tracks, qreal(width));
    const auto flush = [&](int track) {
        Run& r = runs[track];
        if (r.x2 < r.x1)
            return;
        const int top = barTop(row, track);
        p.fillRect(QRectF(r.x1, top + 2, r.x2 - r.x1, kBarHeight - 4), r.color);
        if (record)
            record->bars.append({rowIndex, QRectF(r.x1, top, r.x2 - r.x1, kBarHeight)});
        if (r.conflict)
            p.fillRect(QRectF(r.x1, top + kBarHeight - 2, r.x2 - r.x1, 2), Theme::conflict());
        r.x2 = r.x1 - 1;
    };
    lane.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        const CalendarModel::Item& item = m.items()[lane.items[k]];
        if (f.ghost.active && item.releaseId == f.ghost.releaseId &&
            item.bookingId == f.ghost.bookingId)
            return; // drawn where the drag puts it
        const int track = f.trackOf(row.lane, k);
        if (track < 0 || track >= tracks)
            return; // left out: the row's "+N" blocks count it
        const QColor color =
            f.colorByStatus ? statusColors[int(item.status)] : typeColors[int(item.type)];
        const qreal x1 = f.xOf(item.when.start);
        const qreal x2 = f.xOf(item.when.end);
        const qreal gapRight = nextStart[track];
        nextStart[track] = x1;
        if (x2 - x1 < 10) {
            // Items arrive latest start first, so a run grows to the left.
            Run& r = runs[track];
            const qreal right = std::max(x2, x1 + 1);
            // Gaps under two pixels close: at that density a bar is a texture, not a shape.
            if (r.x2 >= r.x1 && right >= r.x1 - 2) {
                r.x1 = std::min(r.x1, x1);
                r.conflict = r.conflict || item.conflicts > 0;
                return;
            }
            flush(track);
            r = {x1, right, color, item.conflicts > 0};
            // The name where there is room; a conflict's badge wherever it fits, so a short
            // bar's conflict is never told by colour alone.
            // A failing validation's mark just after the bar, the name after it.
            qreal after = right + 4;
            if (x1 >= f.gutter && gapRight - right >= 24 && m.validationFailing(item.releaseId)) {
                const qreal d = kBarHeight - 5;
                CalendarBarSprites::validationMark(
                    p, QRectF(right + 2, barTop(row, track) + 2.5, d, d));
                after += d + 1;
            }
            const qreal room = gapRight - after - 4;
            const bool named = room >= kOutsideLabelRoom - 8;
            if (x1 >= f.gutter && (named || (item.conflicts > 0 && room >= 24)))
                outsideLabel(p, labels, QRectF(after, barTop(row, track), room, kBarHeight),
                             named ? item.label() : QString(), item.conflicts, text, record);
            return;
        }
        const QRectF bar(x1, barTop(row, track), x2 - x1, kBarHeight);
        const bool booking = item.bookingId > 0;
        const bool small = bar.width() < 24; // square corners: the rounding would not show
        const bool selected = item.releaseId == f.selectedRelease && f.selectedRelease != 0;
        if (record)
            record->bars.append({rowIndex, bar});
        if (!small && !booking) {
            // A rounded bar is copied from a sprite drawn once: tracing antialiased curves for
            // every bar is what made dense frames slow.
            CalendarBarSprites::drawBar(p, bar, color, item.conflicts > 0,
                                        p.device()->devicePixelRatioF());
        } else {
            p.setPen(QPen(color, 1, booking ? Qt::DashLine : Qt::SolidLine));
            p.setBrush(CalendarBandStyle::withAlpha(color, booking ? 0.14 : 0.30));
            p.drawRect(bar.adjusted(0, 0, -1, -1));
            p.fillRect(QRectF(bar.left() + 1, bar.top() + 2, 3, bar.height() - 4), color);
            if (item.conflicts > 0) {
                p.setPen(QPen(Theme::conflict(), 2));
                p.setBrush(Qt::NoBrush);
                p.drawRect(bar.adjusted(1, 1, -1, -1));
            }
        }
        if (selected) {
            p.setRenderHint(QPainter::Antialiasing, true);
            p.setPen(QPen(f.palette.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5);
            p.setRenderHint(QPainter::Antialiasing, false);
        }
        qreal markRight = 0;
        if (!booking && bar.width() >= 32 && m.validationFailing(item.releaseId)) {
            const qreal d = bar.height() - 5;
            const QRectF mark(std::max(bar.left() + 6, qreal(f.gutter) + 3), bar.top() + 2.5, d, d);
            CalendarBarSprites::validationMark(p, mark);
            markRight = mark.right() + 3;
        }
        // A bar running off the right edge keeps its badge and name in view, not cut there.
        const qreal shownRight = std::min(bar.right(), qreal(width));
        qreal textRight = shownRight - 4;
        bool badgeInside = false;
        if (item.conflicts > 0) {
            const QPixmap pixmap = CalendarBarSprites::conflictBadge(
                item.conflicts, p.font(), int(bar.height()) - 4, p.device()->devicePixelRatioF());
            const int bw = int(pixmap.deviceIndependentSize().width());
            if (shownRight - std::max(bar.left(), qreal(f.gutter)) >= bw + 4) {
                const QRectF badge(shownRight - bw - 2, bar.top() + 2, bw, bar.height() - 4);
                p.drawPixmap(badge.topLeft(), pixmap);
                textRight = badge.left() - 3;
                badgeInside = true;
                if (record && badge.right() > f.gutter) {
                    record->badges << badge;
                    record->texts << badge;
                }
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        // Labels stick to the left edge of the view when the bar starts off screen.
        const qreal textLeft = std::max({bar.left() + 7, qreal(f.gutter) + 4, markRight});
        // Measuring text is the dear part of a frame: only when the gap could hold the label.
        const bool gapWider = gapRight - bar.right() >= kOutsideLabelRoom &&
                              textRight - textLeft < gapRight - bar.right() - 8;
        const QString label = item.label();
        if (gapWider && textRight - textLeft < labels.advance(label)) {
            // Too short for its name: write it just after the bar, in the free gap.
            outsideLabel(
                p, labels,
                QRectF(bar.right() + 4, bar.top(), gapRight - bar.right() - 8, bar.height()), label,
                badgeInside ? 0 : item.conflicts, text, record);
        } else if (item.conflicts > 0 && !badgeInside && gapRight - bar.right() >= 32) {
            // No room for the badge inside: it goes just after the bar.
            outsideLabel(
                p, labels,
                QRectF(bar.right() + 4, bar.top(), gapRight - bar.right() - 8, bar.height()),
                QString(), item.conflicts, text, record);
        } else if (labelFits(labels, textRight - textLeft, label)) {
            p.setPen(text);
            const qreal drawn = labels.draw(
                p, QRectF(textLeft, bar.top(), textRight - textLeft, bar.height()), label);
            if (record && drawn > 0)
                record->texts << QRectF(textLeft, bar.top() + 2, drawn, bar.height() - 4);
        }
    });
    for (int t = 0; t < runs.size(); ++t)
        flush(t);
}

void CalendarPainter::paintGhost(QPainter& p, const CalendarFrame& f, const QRect& area) {
    if (!f.ghost.active || !f.model)
        return;
    const bool conflicting = !f.ghost.conflicts.isEmpty();
    const QColor edge = conflicting ? Theme::conflict() : f.palette.color(QPalette::Highlight);
    const qreal x1 = f.xOf(f.ghost.when.start);
    const qreal x2 = std::max(x1 + 2, f.xOf(f.ghost.when.end));
    const int header = f.headerHeight();
    p.setRenderHint(QPainter::Antialiasing, true);
    QRectF last;
    for (const CalendarRowGeometry& r : f.rows) {
        if (r.lane < 0)
            continue;
        const CalendarModel::Lane& lane = f.model->lanes()[r.lane];
        for (qsizetype k = 0; k < lane.items.size(); ++k) {
            const CalendarModel::Item& item = f.model->items()[lane.items[k]];
            if (item.releaseId != f.ghost.releaseId || item.bookingId != f.ghost.bookingId)
                continue;
            const int track = std::max(0, f.trackOf(r.lane, k));
            const QRectF bar(x1, barTop(r, track) + header - f.scrollY, x2 - x1, kBarHeight);
            p.setPen(QPen(edge, 2, conflicting ? Qt::SolidLine : Qt::DashLine));
            p.setBrush(CalendarBandStyle::withAlpha(edge, 0.25));
            p.drawRoundedRect(bar, 4, 4);
            last = bar;
        }
    }
    p.setRenderHint(QPainter::Antialiasing, false);
    if (last.isNull())
        return;
    // What the new place would collide with, next to the bar while the mouse is down.
    QStringList lines;
    lines << QLocale().toString(QDateTime::fromSecsSinceEpoch(f.ghost.when.start, Qt::UTC),
                                QLocale::ShortFormat) +
                 QStringLiteral(" – ") +
                 QLocale().toString(QDateTime::fromSecsSinceEpoch(f.ghost.when.end, Qt::UTC),
                                    QLocale::ShortFormat) +
                 QStringLiteral(" UTC");
    if (conflicting)
        lines << Text::tr("%n conflict(s):", nullptr, int(f.ghost.conflicts.size()));
    else
        lines << Text::tr("No conflicts here");
    for (int i = 0; i < std::min<qsizetype>(4, f.ghost.conflicts.size()); ++i)
        lines << QStringLiteral("• ") + f.ghost.conflicts[i];
    const QFontMetrics fm(f.font);
    int w = 0;
    for (const QString& l : lines)
        w = std::max(w, fm.horizontalAdvance(l));
    w = std::min(w + 16, area.width() - 16);
    const int h = int(lines.size()) * fm.height() + 12;
    QRectF card(last.left(), last.bottom() + 6, w, h);
    if (card.bottom() > area.bottom())
        card.moveBottom(last.top() - 6);
    if (card.right() > area.right())
        card.moveRight(area.right() - 8);
    if (card.left() < area.left())
        card.moveLeft(area.left() + 8);
    p.setPen(QPen(edge, 1));
    p.setBrush(f.palette.color(QPalette::ToolTipBase));
    p.drawRoundedRect(card, 4, 4);
    p.setPen(f.palette.color(QPalette::ToolTipText));
    for (int i = 0; i < lines.size(); ++i)
        p.drawText(QRectF(card.left() + 8, card.top() + 6 + i * fm.height(), card.width() - 16,
                          fm.height()),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(lines[i], Qt::ElideRight, int(card.width() - 16)));
}

void CalendarPainter::paintGutter(QPainter& p, const CalendarFrame& f, const QSize& size) {
    const int header = f.headerHeight();
    const QRect gutter(0, header, f.gutter, size.height() - header);
    p.fillRect(gutter, f.palette.color(QPalette::Window));
    p.setClipRect(gutter);
    CalendarLabelCache& labels = CalendarLabelCache::of(f.font);
    QFont bold = f.font;
    bold.setBold(true);
    for (int i = f.rowAt(f.scrollY); i < f.rows.size(); ++i) {
        const CalendarRowGeometry& r = f.rows[i];
        const int y = r.y + header - f.scrollY;
        if (y > size.height())
            break;
        const QRect cell(Theme::space(1), y, f.gutter - Theme::space(2), r.height);
        if (r.lane < 0) {
            p.fillRect(QRect(0, y, f.gutter, r.height),
                       CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.06));
            p.setFont(bold);
            p.setPen(f.palette.color(QPalette::WindowText));
            CalendarLabelCache::of(bold).draw(p, cell, f.model->groups()[r.group].title);
            p.setFont(f.font);
            continue;
        }
        const CalendarModel::Lane& lane = f.model->lanes()[r.lane];
        p.setPen(CalendarBandStyle::withAlpha(f.palette.color(QPalette::WindowText), 0.10));
        p.drawLine(0, y + r.height - 1, f.gutter, y + r.height - 1);
        p.setPen(lane.kind == CalendarModel::RowKind::Unassigned ? Theme::muted()
                                                                 : f.palette.color(QPalette::Text));
        labels.draw(p, cell.adjusted(Theme::space(1), 0, 0, 0), lane.name);
    }
    p.setClipping(false);
    p.setPen(Theme::border());
    p.drawLine(f.gutter - 1, 0, f.gutter - 1, size.height());
}

} // namespace slipway::ui
