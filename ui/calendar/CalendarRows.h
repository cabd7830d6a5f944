// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPainter.h"

#include <QSet>

namespace slipway::ui {

// The calendar's rows laid out from a model: each row's windows packed into at most `cap`
// sub-rows (more for the rows the user expanded), a "+N" line under rows that leave some
// out, and (with layOut) the worst conflict of each release for the density strips.
class CalendarRows {
public:
    // A key for the lane that survives reloads ("kind:id").
    static QString keyOf(const CalendarModel::Lane& lane);
    static void layOut(CalendarFrame& f, const CalendarModel& model, int cap,
                       const QSet<QString>& expanded);
    // Whether model lane `lane` leaves the release's window out (summed up in "+N").
    static bool hides(const CalendarFrame& f, int lane, qint64 releaseId);
    // Release -> 1 when its worst conflict is a warning, 2 when it is an error.
    static QHash<qint64, int> worstConflicts(const CalendarModel& model);
};

} // namespace slipway::ui
