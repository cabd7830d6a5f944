// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/Interval.h"

#include <QList>

namespace slipway {

// How one calendar row shows its windows, without any drawing: windows packed by start
// time into at most `cap` sub-rows so that no two bars of a sub-row overlap; what does not
// fit is left out and summarised as "+N" per time slice. Also decides when a row is too
// dense for bars and shows releases per day instead.
struct CalendarLaneLayout {
    QList<int> track; // per window, in the row's start order: its sub-row, or -1 when left out
    int tracks = 1;   // sub-rows in use, at most the cap
    int hidden = 0;   // windows left out

    // `byStart` must be sorted by start. A window takes the first sub-row free at its start.
    static CalendarLaneLayout pack(const QList<Interval>& byStart, int cap);

    // Which of the half-open slices [bounds[i], bounds[i + 1]) `t` falls in: -1 before the
    // first, bounds.size() - 1 at or after the last boundary.
    static int sliceOf(const QList<qint64>& bounds, qint64 t);

    // Whether a row shows its density rather than its bars: when its bars are specks at a zoom
    // where a day is too narrow to name, or when it has to leave windows out while a bar or a
    // day is too narrow to name.
    static bool wantsStrip(qreal medianBarWidth, qreal dayWidth, int hiddenInView);

    static constexpr qreal kSpeck = 6;     // narrower bars are specks, not shapes
    static constexpr qreal kReadable = 24; // narrower bars cannot hold a name
    static constexpr int kDefaultCap = 4;
    static constexpr int kExpandedCap = 64; // a row the user expanded still has a limit
};

} // namespace slipway
