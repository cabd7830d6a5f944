// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarPainter.h"

#include <QMenu>

namespace slipway::ui {

// The list a "+N" block or a density strip's day opens: its releases by start, each one
// opening the release, then a way to show the row's every sub-row (or to zoom in on the day).
class CalendarOverflowMenu : public QMenu {
    Q_OBJECT
public:
    struct Content {
        const CalendarModel* model = nullptr;
        QList<int> items; // into model->items(), by start
        Interval when;    // the slice or day
        QString zone;     // the dates are shown in it
        QString rowName;
        bool fromStrip = false; // a day of the density strip rather than a "+N" block
    };
    // What the "+N" block (or, with `strip`, the density strip's day) of model lane `lane`
    // at time `t` stands for.
    static Content contentAt(const CalendarFrame& f, int lane, const Interval& visible, qint64 t,
                             bool strip);

    // `expanded`: the row already shows all its sub-rows rather than `cap`.
    CalendarOverflowMenu(const CalendarModel& model, const Content& content, bool expanded, int cap,
                         QWidget* parent = nullptr);

    static constexpr int kListed = 25; // more would not fit a screen; the rest are counted

Q_SIGNALS:
    void openRelease(qint64 releaseId);
    void expandRow(bool expanded);
    void zoomTo(const Interval& when);
};

} // namespace slipway::ui
