// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QColor>
#include <QFont>
#include <QFontMetrics>
#include <QRect>

class QPainter;
class QPalette;

namespace slipway::ui {

// Paints scope cards: kind stripe and icon, title on up to two lines, key, priority,
// effort, stakeholder, and the regulatory, dependency and warning badges. Made once per
// paint (fonts, metrics and colours are worked out once), then used for every card in view.
class ScopeCardPainter {
public:
    static constexpr int kHeight = 90;

    struct Decor {
        int needs = 0;        // dependencies of the item
        bool warning = false; // the dependency rule fires for it
        bool selected = false;
        bool ghost = false; // the copy that follows the mouse while dragging
    };

    ScopeCardPainter(const QFont& font, const QPalette& palette, qreal devicePixelRatio);

    void paint(QPainter& painter, const QRect& rect, const ScopeItem& item,
               const Decor& decor) const;

private:
    int pill(QPainter& p, int right, int top, const QString& text, const QColor& color) const;

    QFont m_title;
    QFont m_small;
    QFontMetrics m_titleMetrics;
    QFontMetrics m_smallMetrics;
    QColor m_text;
    QColor m_muted;
    QColor m_card;
    QColor m_border;
    QColor m_accent;
    QColor m_conflict;
    qreal m_dpr;
};

} // namespace slipway::ui
