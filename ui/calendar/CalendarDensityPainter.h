// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPainter.h"

namespace slipway::ui {

// The calendar's summaries of what bars cannot show: a dense row's density strip (releases
// per day as intensity, the worst conflict marked) and the "+N" blocks of the windows a row
// leaves out, one per time slice. Also answers what is under a point of either, for the
// tooltip and the list a click opens.
class CalendarDensityPainter {
public:
    // `row` in viewport coordinates.
    static void paintStrip(QPainter& p, const CalendarFrame& f, const CalendarRowGeometry& row,
                           const Interval& visible);
    static void paintOverflow(QPainter& p, const CalendarFrame& f, const CalendarRowGeometry& row,
                              const Interval& visible);

    // Boundaries of the strip's days (in the first zone) and of the "+N" slices over `visible`.
    static QList<qint64> dayBounds(const CalendarFrame& f, const Interval& visible);
    static QList<qint64> sliceBounds(const CalendarFrame& f, const Interval& visible);

    struct Slice {
        Interval when;
        QList<int> items; // into model->items(), by start
    };
    // The day of the strip of model lane `lane` under time `t`, with every window in it.
    static Slice dayAt(const CalendarFrame& f, int lane, const Interval& visible, qint64 t);
    // The "+N" slice of model lane `lane` under time `t`, with the windows left out there.
    static Slice hiddenAt(const CalendarFrame& f, int lane, const Interval& visible, qint64 t);

    // 0: none, 1: a warning, 2: an error among the window's conflicts.
    static int severityOf(const CalendarFrame& f, const CalendarItem& item) {
        return item.conflicts > 0 ? f.worstConflict.value(item.releaseId, 2) : 0;
    }
};

} // namespace slipway::ui
