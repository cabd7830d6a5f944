// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/CalendarLaneLayout.h"
#include "itemmodels/CalendarModel.h"
#include "itemmodels/CalendarTimeScale.h"

#include <QFont>
#include <QHash>
#include <QList>
#include <QPalette>
#include <QRectF>
#include <QStringList>

class QPainter;

namespace slipway::ui {

// One row of the calendar in content coordinates: a group header or a lane.
struct CalendarRowGeometry {
    int y = 0;
    int height = 0;
    int lane = -1; // -1: the header of `group`
    int group = 0;
    int tracks = 1;        // sub-rows of bars shown
    bool overflow = false; // a line below them holds the "+N" blocks
};

// What one paint laid out, in viewport coordinates, for tests and hit testing: bars per row,
// every piece of text in the rows (names, conflict badges, "+N", day counts), the "+N"
// blocks and the density strips' day cells.
struct CalendarPaintRecord {
    struct Bar {
        int row = 0; // into CalendarFrame::rows
        QRectF rect;
    };
    QList<Bar> bars;
    QList<QRectF> texts;
    QList<QRectF> badges;
    QList<QRectF> blocks;
    QList<QRectF> cells;
    int stripRows = 0;
    int hiddenCounted = 0; // releases the "+N" blocks stand for
    void clear() { *this = {}; }
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
    QList<CalendarLaneLayout> layouts;     // per model lane: sub-rows, and what is left out
    QHash<qint64, int> worstConflict;      // release -> 1 warning, 2 error
    CalendarPaintRecord* record = nullptr; // filled while painting when set
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
    // The sub-row the lane's window at position `k` is shown in, -1 when left out.
    int trackOf(int lane, qsizetype k) const {
        return lane < layouts.size() ? layouts[lane].track.value(k, 0) : 0;
    }
    qreal dayWidth() const { return 86400 / scale.secondsPerPixel(); }
};

// Paints the calendar: only the rows and the time range inside `size` are touched.
class CalendarPainter {
public:
    static void paint(QPainter& p, const CalendarFrame& frame, const QSize& size);
    // Whether the row shows its density strip over `visible` rather than bars (see
    // CalendarLaneLayout::wantsStrip).
    static bool showsStrip(const CalendarFrame& f, const CalendarRowGeometry& row,
                           const Interval& visible);

    static int barTop(const CalendarRowGeometry& row, int track) {
        return row.y + CalendarFrame::kLanePadding + track * CalendarFrame::kTrack;
    }
    static constexpr int kBarHeight = CalendarFrame::kTrack - 4;

private:
    static void paintWeekends(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintGrid(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintBands(QPainter& p, const CalendarFrame& f, const QSize& size,
                           const Interval& visible);
    static void paintLane(QPainter& p, const CalendarFrame& f, int rowIndex,
                          const CalendarRowGeometry& row, int width, const Interval& visible);
    static void paintGhost(QPainter& p, const CalendarFrame& f, const QRect& area);
    static void paintGutter(QPainter& p, const CalendarFrame& f, const QSize& size);
};

} // namespace slipway::ui
