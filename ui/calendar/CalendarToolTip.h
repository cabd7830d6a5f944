// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarOverflowMenu.h"
#include "itemmodels/CalendarModel.h"

#include <QCoreApplication>

namespace slipway::ui {

// The calendar's tooltips: a window in its own zone, its participants' zones and UTC with
// its conflicts; a blackout or freeze in the header's zones.
class CalendarToolTip {
    Q_DECLARE_TR_FUNCTIONS(CalendarToolTip)
public:
    static QString forWindow(const CalendarModel& model, const CalendarItem& item);
    static QString forBand(const CalendarModel::Band& band, const QStringList& zones);
    // A density strip's day or a "+N" block: how many releases, and their worst conflicts.
    static QString forSummary(const CalendarOverflowMenu::Content& content);
    // "Tue 1 Dec 2026 22:00 – 02:00 CET" in `zone`.
    static QString spanIn(const Interval& when, const QString& zone);
};

} // namespace slipway::ui
