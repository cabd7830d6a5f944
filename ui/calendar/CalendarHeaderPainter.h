// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>

class QPainter;

namespace slipway::ui {

struct CalendarFrame;

// The calendar's header: the major unit, one line of ticks per time zone (each zone's own
// midnights), the strip of blackouts in view and the today mark; captions in the gutter.
class CalendarHeaderPainter {
public:
    static void paint(QPainter& p, const CalendarFrame& f, const QSize& size);
};

} // namespace slipway::ui
