// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "itemmodels/CalendarModel.h"

#include <QBrush>
#include <QColor>

class QPainter;

namespace slipway::ui {

// How the calendar draws blackouts and freezes (hard hatched red, soft amber, freezes
// hatched grey, from the theme), and the colour mixing its fills share.
class CalendarBandStyle {
public:
    static QColor color(CalendarModel::Band::Kind kind);
    // Tint and hatching as one opaque tile over `background`: a band is one tiled copy.
    static QBrush brush(CalendarModel::Band::Kind kind, const QColor& background);
    static void fill(QPainter& p, const QRectF& r, CalendarModel::Band::Kind kind,
                     const QColor& background);

    static QColor withAlpha(QColor c, qreal alpha);
    // `c` at `alpha` over `under`, as one opaque colour: opaque fills copy rather than
    // blend, and blending is what a full-screen frame spends its time on.
    static QColor over(const QColor& under, const QColor& c, qreal alpha);
};

} // namespace slipway::ui
