// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/CalendarModel.h"
#include "itemmodels/CalendarTimeScale.h"

#include <QFont>
#include <QList>
#include <QPalette>
#include <QStringList>

class QPainter;

namespace slipway::ui {

// One row of the calendar in content coordinates: a group header or a lane.
struct CalendarRowGeometry {
    int y = 0;
    int height = 0;
    int lane = -1; // -1: the header of `group`
    int group = 0;
};

// Everything one frame of the calendar needs, so the same drawing serves the widget, the
// screenshot and the benchmark.
struct CalendarFrame {
    static constexpr int kLine = 20;        // one header line
    static constexpr int kTrack = 22;       // one sub-row of bars
    static constexpr int kLanePadding = 6;  // above and below a lane's bars
    static constexpr int kGroupHeight = 26; // a group's header row

    const CalendarModel* model = nullptr;
    CalendarTimeScale scale;
    int scrollX = 0; // content pixels scrolled away on the left
    int scrollY = 0;
    int gutter = 200; // the row names on the left
    QList<CalendarRowGeometry> rows;
    bool colorByStatus = false;
    QStringList zones{QStringLiteral("UTC")};
    qint64 now = 0;
    qint64 selectedRelease = 0;
    QPalette palette;
    QFont font;

    struct Ghost {
        bool active = false;
        qint64 releaseId = 0;
        qint64 bookingId = 0; // when an environment booking is dragged, not a window
        Interval when;
        QStringList conflicts; // what the new position would collide with
    } ghost;

    int headerHeight() const { return kLine * (2 + int(zones.size())) + 4; }
    qreal xOf(qint64 utc) const { return gutter + scale.xOf(utc) - scrollX; }
    qint64 timeAt(qreal x) const { return scale.timeAt(x - gutter + scrollX); }
    // The first row whose bottom is below content y.
    int rowAt(int contentY) const;
    // Where the release's first bar is drawn (empty when the model has none).
    QRect barRect(qint64 releaseId) const;
    // Where the booking's bar is drawn (empty when the model has none).
    QRect bookingRect(qint64 bookingId) const;
    QRect itemRect(qint64 releaseId, qint64 bookingId) const;
};

// Paints the calendar: only the rows and the time range inside `size` are touched.
class CalendarPainter {
public:
    static void paint(QPainter& p, const CalendarFrame& frame, const QSize& size);

    static int barTop(const CalendarRowGeometry& row, int track) {
        return row.y + CalendarFrame::kLanePadding + track * CalendarFrame::kTrack;
    }
    static constexpr int kBarHeight = CalendarFrame::kTrack - 4;

private:
    static void paintWeekends(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintGrid(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintBands(QPainter& p, const CalendarFrame& f, const QSize& size,
                           const Interval& visible);
    static void paintLane(QPainter& p, const CalendarFrame& f, const CalendarRowGeometry& row,
                          int width, const Interval& visible);
    static void paintGhost(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintGutter(QPainter& p, const CalendarFrame& f, const QSize& size);
};

} // namespace slipway::ui
