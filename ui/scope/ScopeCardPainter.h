// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QRect>

class QPainter;
class QPalette;

namespace slipway::ui {

// Paints one scope card: kind stripe and icon, title, key, priority, effort, stakeholder,
// and the regulatory, dependency and warning badges.
class ScopeCardPainter {
public:
    static constexpr int kHeight = 90;

    struct Decor {
        int needs = 0;        // dependencies of the item
        bool warning = false; // the dependency rule fires for it
        bool selected = false;
        bool ghost = false; // the copy that follows the mouse while dragging
    };

    static void paint(QPainter& painter, const QRect& rect, const ScopeItem& item,
                      const Decor& decor, const QPalette& palette);
};

} // namespace slipway::ui
