// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPixmap>
#include <QRectF>

class QPainter;

namespace slipway::ui {

// The calendar's small pictures drawn once and copied: conflict badges, rounded bars and the
// failing-validation mark. A dense frame shows hundreds of them.
class CalendarBarSprites {
public:
    // The "!n" badge of `conflicts` conflicts, `height` pixels high.
    static QPixmap conflictBadge(int conflicts, const QFont& font, int height, qreal dpr);
    // A rounded window bar in `color`, outlined as a conflict when `conflict`.
    static void drawBar(QPainter& p, const QRectF& bar, const QColor& color, bool conflict,
                        qreal dpr);
    // A white disc ringed in red with a red exclamation mark.
    static void validationMark(QPainter& p, const QRectF& mark);
};

} // namespace slipway::ui
