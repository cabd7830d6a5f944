// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarPainter.h"

#include "Theme.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace slipway::ui {
namespace {

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("slipway::ui::CalendarPainter", text, nullptr, n);
}

QColor withAlpha(QColor c, qreal alpha) {
    c.setAlphaF(float(alpha));
    return c;
}

QColor bandColor(CalendarModel::Band::Kind kind) {
    switch (kind) {
    case CalendarModel::Band::Kind::Hard:
        return Theme::hardBlackout();
    case CalendarModel::Band::Kind::Soft:
        return Theme::softBlackout();
    case CalendarModel::Band::Kind::Freeze:
        return Theme::incidentFreeze();
    }
    return Theme::muted();
}

// Hard blackouts and freezes are hatched so they differ from soft ones without colour.
void fillBand(QPainter& p, const QRectF& r, CalendarModel::Band::Kind kind) {
    const QColor c = bandColor(kind);
    p.fillRect(r, withAlpha(c, kind == CalendarModel::Band::Kind::Soft ? 0.16 : 0.12));
    if (kind == CalendarModel::Band::Kind::Hard)
        p.fillRect(r, QBrush(withAlpha(c, 0.45), Qt::BDiagPattern));
    else if (kind == CalendarModel::Band::Kind::Freeze)
        p.fillRect(r, QBrush(withAlpha(c, 0.45), Qt::FDiagPattern));
}

// A label written after a bar too short to hold it, led by the conflict badge if any.
void outsideLabel(QPainter& p, const QFontMetrics& fm, const QRectF& room, const QString& text,
                  int conflicts, const QColor& color) {
    QRectF r = room;
    if (conflicts > 0) {
        const QString count = QStringLiteral("!%1").arg(conflicts);
        const qreal bw = fm.horizontalAdvance(count) + 8;
        const QRectF badge(r.left(), r.top() + 2, bw, r.height() - 4);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(Qt::NoPen);
        p.setBrush(Theme::conflict());
        p.drawRoundedRect(badge, 3, 3);
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setPen(Theme::onAccent());
        p.drawText(badge, Qt::AlignCenter, count);
        r.setLeft(badge.right() + 4);
    }
    if (r.width() < 16)
        return;
    p.setPen(color);
    p.drawText(r, Qt::AlignVCenter | Qt::AlignLeft,
               fm.elidedText(text, Qt::ElideRight, int(r.width())));
}

QString zoneCaption(const QString& zone, qint64 at) {
    const QTimeZone tz(zone.toUtf8());
    const QString city = zone.section(u'/', -1).replace(u'_', u' ');
    if (!tz.isValid() || zone == u"UTC")
        return city;
    const QString abbreviation = tz.abbreviation(QDateTime::fromSecsSinceEpoch(at, Qt::UTC));
    return abbreviation.isEmpty() ? city : city + QStringLiteral(" · ") + abbreviation;
}

} // namespace

int CalendarFrame::rowAt(int contentY) const {
    const auto it =
        std::lower_bound(rows.cbegin(), rows.cend(), contentY,
                         [](const CalendarRowGeometry& r, int y) { return r.y + r.height <= y; });
    return int(it - rows.cbegin());
}

void CalendarPainter::paint(QPainter& p, const CalendarFrame& f, const QSize& size) {
    p.save();
    p.setFont(f.font);
    p.fillRect(QRect(QPoint(0, 0), size), f.palette.color(QPalette::Base));
    const int header = f.headerHeight();
    const QRect area(f.gutter, header, size.width() - f.gutter, size.height() - header);
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};

    p.setClipRect(area);
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
                           withAlpha(f.palette.color(QPalette::WindowText), 0.05));
                continue;
            }
            paintLane(p, f, row, size.width(), visible);
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
    paintHeader(p, f, size);
    p.restore();
}

void CalendarPainter::paintGrid(QPainter& p, const CalendarFrame& f, const QRect& area) {
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};
    const QTimeZone zone(f.zones.value(0, QStringLiteral("UTC")).toUtf8());
    const QLocale locale;
    // Weekends of the first zone, while a day is wide enough to see.
    if (86400 / f.scale.secondsPerPixel() >= 4) {
        const auto days =
            CalendarTimeScale::ticks(visible, CalendarTimeScale::Unit::Day, zone, locale);
        const QColor weekend = withAlpha(f.palette.color(QPalette::WindowText), 0.045);
        for (int i = 0; i < days.size(); ++i) {
            const QDate d = QDateTime::fromSecsSinceEpoch(days[i].utc, zone).date();
            if (d.dayOfWeek() < 6)
                continue;
            const qint64 end = i + 1 < days.size() ? days[i + 1].utc : days[i].utc + 86400;
            const qreal x1 = f.xOf(days[i].utc);
            p.fillRect(QRectF(x1, area.top(), f.xOf(end) - x1, area.height()), weekend);
        }
    }
    const auto minor = f.scale.minorUnit(56);
    const QColor line = withAlpha(f.palette.color(QPalette::WindowText), 0.08);
    const QColor strong = withAlpha(f.palette.color(QPalette::WindowText), 0.18);
    p.setPen(line);
    for (const auto& t : CalendarTimeScale::ticks(visible, minor, zone, locale)) {
        const qreal x = std::floor(f.xOf(t.utc)) + 0.5;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
    p.setPen(strong);
    for (const auto& t :
         CalendarTimeScale::ticks(visible, CalendarTimeScale::majorUnit(minor), zone, locale)) {
        const qreal x = std::floor(f.xOf(t.utc)) + 0.5;
        p.drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
    }
}

void CalendarPainter::paintLane(QPainter& p, const CalendarFrame& f, const CalendarRowGeometry& row,
                                int width, const Interval& visible) {
    const CalendarModel& m = *f.model;
    const CalendarModel::Lane& lane = m.lanes()[row.lane];
    p.setPen(withAlpha(f.palette.color(QPalette::WindowText), 0.10));
    p.drawLine(f.gutter, row.y + row.height - 1, width, row.y + row.height - 1);

    lane.bandIndex.forEachOverlap(visible, [&](qsizetype k) {
        const CalendarModel::Band& band = m.bands()[lane.bands[k]];
        const qreal x1 = std::max<qreal>(f.xOf(band.when.start), f.gutter - 2);
        const qreal x2 = std::min<qreal>(f.xOf(band.when.end), width + 2);
        fillBand(p, QRectF(x1, row.y, std::max<qreal>(1, x2 - x1), row.height - 1), band.kind);
    });

    const QFontMetrics fm(f.font);
    const QColor text = f.palette.color(QPalette::Text);
    // Bars narrower than a few pixels merge per sub-row into runs: at year zoom a busy lane
    // has thousands, and one rectangle per pixel column is all the eye can see.
    struct Run {
        qreal x1 = 0, x2 = -1;
        QColor color;
        bool conflict = false;
    };
    QList<Run> runs(CalendarModel::kMaxTracks);
    // Where the next bar of each sub-row starts: a short bar's label may use the gap.
    QList<qreal> nextStart(CalendarModel::kMaxTracks, qreal(width));
    const auto flush = [&](int track) {
        Run& r = runs[track];
        if (r.x2 < r.x1)
            return;
        const int top = barTop(row, track);
        p.fillRect(QRectF(r.x1, top + 2, r.x2 - r.x1, kBarHeight - 4), r.color);
        if (r.conflict)
            p.fillRect(QRectF(r.x1, top + kBarHeight - 2, r.x2 - r.x1, 2), Theme::conflict());
        r.x2 = r.x1 - 1;
    };
    lane.itemIndex.forEachOverlap(visible, [&](qsizetype k) {
        const CalendarModel::Item& item = m.items()[lane.items[k]];
        if (f.ghost.active && item.releaseId == f.ghost.releaseId && item.bookingId == 0)
            return; // drawn where the drag puts it
        const QColor color =
            f.colorByStatus ? Theme::statusColor(item.status) : Theme::typeColor(item.type);
        const qreal x1 = f.xOf(item.when.start);
        const qreal x2 = f.xOf(item.when.end);
        const int track = std::clamp(item.track, 0, CalendarModel::kMaxTracks - 1);
        const qreal gapRight = nextStart[track];
        nextStart[track] = x1;
        if (x2 - x1 < 6) {
            // Items arrive latest start first, so a run grows to the left.
            Run& r = runs[track];
            const qreal right = std::max(x2, x1 + 1);
            if (r.x2 >= r.x1 && right >= r.x1 - 1) {
                r.x1 = std::min(r.x1, x1);
                r.conflict = r.conflict || item.conflicts > 0;
                return;
            }
            flush(track);
            r = {x1, right, color, item.conflicts > 0};
            if (gapRight - right >= 48 && x1 >= f.gutter)
                outsideLabel(
                    p, fm, QRectF(right + 4, barTop(row, track), gapRight - right - 8, kBarHeight),
                    item.label(), item.conflicts, text);
            return;
        }
        const QRectF bar(x1, barTop(row, track), x2 - x1, kBarHeight);
        const bool booking = item.bookingId > 0;
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setPen(QPen(color, 1));
        p.setBrush(withAlpha(color, booking ? 0.14 : 0.30));
        if (booking)
            p.setPen(QPen(color, 1, Qt::DashLine));
        p.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        p.fillRect(QRectF(bar.left() + 1, bar.top() + 2, 3, bar.height() - 4), color);
        if (item.releaseId == f.selectedRelease && f.selectedRelease != 0) {
            p.setPen(QPen(f.palette.color(QPalette::Highlight), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(-1.5, -1.5, 1.5, 1.5), 5, 5);
        }
        qreal textRight = bar.right() - 4;
        if (item.conflicts > 0) {
            p.setPen(QPen(Theme::conflict(), 2));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(bar.adjusted(1, 1, -1, -1), 4, 4);
            const QString count = QStringLiteral("!%1").arg(item.conflicts);
            const int bw = fm.horizontalAdvance(count) + 8;
            if (bar.width() >= bw + 4) {
                const QRectF badge(bar.right() - bw - 2, bar.top() + 2, bw, bar.height() - 4);
                p.setPen(Qt::NoPen);
                p.setBrush(Theme::conflict());
                p.drawRoundedRect(badge, 3, 3);
                p.setPen(Theme::onAccent());
                p.drawText(badge, Qt::AlignCenter, count);
                textRight = badge.left() - 3;
            }
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        // Labels stick to the left edge of the view when the bar starts off screen.
        const qreal textLeft = std::max(bar.left() + 7, qreal(f.gutter) + 4);
        const int needed = fm.horizontalAdvance(item.label());
        if (textRight - textLeft < needed && gapRight - bar.right() >= 48 &&
            textRight - textLeft < gapRight - bar.right() - 8) {
            // Too short for its name: write it just after the bar, in the free gap.
            outsideLabel(
                p, fm, QRectF(bar.right() + 4, bar.top(), gapRight - bar.right() - 8, bar.height()),
                item.label(), textRight < bar.right() - 4 ? 0 : item.conflicts, text);
        } else if (textRight - textLeft >= 24) {
            p.setPen(text);
            const QString label =
                fm.elidedText(item.label(), Qt::ElideRight, int(textRight - textLeft));
            p.drawText(QRectF(textLeft, bar.top(), textRight - textLeft, bar.height()),
                       Qt::AlignVCenter | Qt::AlignLeft, label);
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
        for (int i : lane.items) {
            const CalendarModel::Item& item = f.model->items()[i];
            if (item.releaseId != f.ghost.releaseId || item.bookingId != 0)
                continue;
            const QRectF bar(x1, barTop(r, item.track) + header - f.scrollY, x2 - x1, kBarHeight);
            p.setPen(QPen(edge, 2, conflicting ? Qt::SolidLine : Qt::DashLine));
            p.setBrush(withAlpha(edge, 0.25));
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
        lines << tr("%n conflict(s):", int(f.ghost.conflicts.size()));
    else
        lines << tr("No conflicts here");
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
    const QFontMetrics fm(f.font);
    QFont bold = f.font;
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    for (int i = f.rowAt(f.scrollY); i < f.rows.size(); ++i) {
        const CalendarRowGeometry& r = f.rows[i];
        const int y = r.y + header - f.scrollY;
        if (y > size.height())
            break;
        const QRect cell(Theme::space(1), y, f.gutter - Theme::space(2), r.height);
        if (r.lane < 0) {
            p.fillRect(QRect(0, y, f.gutter, r.height),
                       withAlpha(f.palette.color(QPalette::WindowText), 0.06));
            p.setFont(bold);
            p.setPen(f.palette.color(QPalette::WindowText));
            p.drawText(
                cell, Qt::AlignVCenter | Qt::AlignLeft,
                bfm.elidedText(f.model->groups()[r.group].title, Qt::ElideRight, cell.width()));
            p.setFont(f.font);
            continue;
        }
        const CalendarModel::Lane& lane = f.model->lanes()[r.lane];
        p.setPen(withAlpha(f.palette.color(QPalette::WindowText), 0.10));
        p.drawLine(0, y + r.height - 1, f.gutter, y + r.height - 1);
        p.setPen(lane.kind == CalendarModel::RowKind::Unassigned ? Theme::muted()
                                                                 : f.palette.color(QPalette::Text));
        p.drawText(cell.adjusted(Theme::space(1), 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   fm.elidedText(lane.name, Qt::ElideRight, cell.width() - Theme::space(1)));
    }
    p.setClipping(false);
    p.setPen(Theme::border());
    p.drawLine(f.gutter - 1, 0, f.gutter - 1, size.height());
}

void CalendarPainter::paintHeader(QPainter& p, const CalendarFrame& f, const QSize& size) {
    const int header = f.headerHeight();
    p.fillRect(QRect(0, 0, size.width(), header), f.palette.color(QPalette::Window));
    const QRect area(f.gutter, 0, size.width() - f.gutter, header);
    const Interval visible{f.timeAt(area.left()), f.timeAt(area.right() + 1)};
    const QLocale locale;
    const QFontMetrics fm(f.font);
    QFont bold = f.font;
    bold.setBold(true);
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
            p.drawText(QRectF(left, 0, room, line), Qt::AlignVCenter | Qt::AlignLeft,
                       QFontMetrics(bold).elidedText(majors[i].label, Qt::ElideRight, int(room)));
    }
    p.setFont(f.font);

    // One line per zone, each with its own local ticks (a zone's midnight is not UTC's).
    for (int z = 0; z < f.zones.size(); ++z) {
        const int y = line * (z + 1);
        const QTimeZone zone(f.zones[z].toUtf8());
        const auto ticks = CalendarTimeScale::ticks(visible, minor, zone, locale);
        p.setPen(withAlpha(f.palette.color(QPalette::WindowText), 0.25));
        for (int i = 0; i < ticks.size(); ++i) {
            const qreal x = std::floor(f.xOf(ticks[i].utc)) + 0.5;
            p.drawLine(QPointF(x, y + 4), QPointF(x, y + line));
        }
        p.setPen(z == 0 ? f.palette.color(QPalette::WindowText) : Theme::muted());
        for (int i = 0; i < ticks.size(); ++i) {
            const qreal x = f.xOf(ticks[i].utc);
            const qreal next = i + 1 < ticks.size()
                                   ? f.xOf(ticks[i + 1].utc)
                                   : x + (x - f.xOf(ticks[std::max(0, i - 1)].utc));
            const qreal room = next - x - 6;
            if (room >= 20)
                p.drawText(QRectF(x + 3, y, room, line), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(ticks[i].label, Qt::ElideRight, int(room)));
        }
    }

    // The blackout strip: every band in view, named where it has room.
    const int stripY = line * (1 + int(f.zones.size())) + 2;
    if (f.model) {
        for (const CalendarModel::Band& band : f.model->bands()) {
            if (!band.when.overlaps(visible))
                continue;
            const qreal x1 = std::max<qreal>(f.xOf(band.when.start), area.left());
            const qreal x2 = std::min<qreal>(f.xOf(band.when.end), area.right() + 1);
            const QRectF r(x1, stripY, std::max<qreal>(2, x2 - x1), line - 4);
            p.fillRect(r, f.palette.color(QPalette::Window));
            fillBand(p, r, band.kind);
            p.fillRect(QRectF(r.left(), r.top(), r.width(), 2), bandColor(band.kind));
            if (r.width() > 40) {
                p.setPen(f.palette.color(QPalette::WindowText));
                p.drawText(r.adjusted(4, 1, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
                           fm.elidedText(band.name, Qt::ElideRight, int(r.width() - 6)));
            }
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
                   fm.elidedText(zoneCaption(f.zones[z], f.now), Qt::ElideLeft, cw));
    p.drawText(QRect(cx, stripY, cw, line - 4), Qt::AlignVCenter | Qt::AlignRight, tr("Blackouts"));
    p.setPen(Theme::border());
    p.drawLine(0, header - 1, size.width(), header - 1);
    p.drawLine(f.gutter - 1, 0, f.gutter - 1, header);
}

} // namespace slipway::ui
