// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarBandStyle.h"

#include "Theme.h"

#include <QHash>
#include <QImage>
#include <QPainter>

namespace slipway::ui {

QColor CalendarBandStyle::withAlpha(QColor c, qreal alpha) {
    c.setAlphaF(float(alpha));
    return c;
}

QColor CalendarBandStyle::over(const QColor& under, const QColor& c, qreal alpha) {
    const auto mix = [alpha](int a, int b) {
        return qRound(a + (b - a) * alpha);
    };
    return QColor(mix(under.red(), c.red()), mix(under.green(), c.green()),
                  mix(under.blue(), c.blue()));
}

QColor CalendarBandStyle::color(CalendarModel::Band::Kind kind) {
    switch (kind) {
    case CalendarModel::Band::Kind::Hard:
        return Theme::hardBlackout();
    case CalendarModel::Band::Kind::Soft:
        return Theme::softBlackout();
    case CalendarModel::Band::Kind::Freeze:
        return Theme::incidentFreeze();
    }
    return Theme::muted();
}

QBrush CalendarBandStyle::brush(CalendarModel::Band::Kind kind, const QColor& background) {
    // Hard blackouts and freezes are hatched, so they differ from soft ones without colour.
    const QColor c = color(kind);
    static QHash<QString, QBrush> cache; // the palette may switch between light and dark
    const QString key = c.name() + background.name() + QString::number(int(kind));
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const QColor tint = over(background, c, kind == CalendarModel::Band::Kind::Soft ? 0.16 : 0.12);
    QImage tile(8, 8, QImage::Format_RGB32);
    tile.fill(tint);
    if (kind != CalendarModel::Band::Kind::Soft) {
        const QColor line = over(tint, c, 0.45);
        for (int i = 0; i < 8; ++i) // hard: rising diagonals; freezes: falling ones
            tile.setPixelColor(kind == CalendarModel::Band::Kind::Hard ? 7 - i : i, i, line);
    }
    return *cache.insert(key, QBrush(tile));
}

void CalendarBandStyle::fill(QPainter& p, const QRectF& r, CalendarModel::Band::Kind kind,
                             const QColor& background) {
    p.fillRect(r, brush(kind, background));
}

} // namespace slipway::ui
