// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QPixmap>
#include <QString>

namespace slipway::ui {

// Our single-colour SVG line icons (resources/icons/NAME.svg), tinted from the palette.
class IconProvider {
public:
    // Tinted with the palette's text colour, and the disabled text colour when disabled.
    static QIcon icon(const QString& name);
    static QIcon icon(const QString& name, const QColor& color);
    static QPixmap pixmap(const QString& name, const QColor& color, int size, qreal dpr = 1.0);
};

} // namespace slipway::ui
