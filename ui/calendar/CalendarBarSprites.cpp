// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarBarSprites.h"

#include "CalendarBandStyle.h"
#include "Theme.h"

#include <QFontMetrics>
#include <QHash>
#include <QPainter>

#include <cmath>

namespace slipway::ui {

// The "!n" conflict badge, drawn once per count, font and colour and then copied: a dense
// plan shows hundreds of them and shaping their text each frame is what would cost.
QPixmap CalendarBarSprites::conflictBadge(int conflicts, const QFont& font, int height, qreal dpr) {
    // Keyed by count, height and density; a new font or palette starts the cache again.
    static QHash<qint64, QPixmap> cache;
    static QFont cachedFont;
    static QRgb cachedColor = 0;
    if (font != cachedFont || Theme::conflict().rgba() != cachedColor) {
        cache.clear();
        cachedFont = font;
        cachedColor = Theme::conflict().rgba();
    }
    const qint64 key = (qint64(conflicts) << 32) | (qint64(height) << 12) | qint64(dpr * 100);
    if (auto it = cache.constFind(key); it != cache.cend())
        return *it;
    const QString count = QStringLiteral("!%1").arg(conflicts);
    const int width = QFontMetrics(font).horizontalAdvance(count) + 8;
    QPixmap badge(QSize(width, height) * dpr); // sharp on high-density screens too
    badge.setDevicePixelRatio(dpr);
    badge.fill(Qt::transparent);
    QPainter bp(&badge);
    bp.setRenderHint(QPainter::Antialiasing, true);
    bp.setPen(Qt::NoPen);
    bp.setBrush(Theme::conflict());
    bp.drawRoundedRect(QRectF(0, 0, width, height), 3, 3);
    bp.setFont(font);
    bp.setPen(Theme::onAccent());
    bp.drawText(QRect(0, 0, width, height), Qt::AlignCenter, count);
    bp.end();
    return *cache.insert(key, badge);
}

// A rounded window bar (outline, tint, the colour stripe on its left, the conflict outline)
// drawn once per colour and height; wider bars stretch its one-pixel middle column.
void CalendarBarSprites::drawBar(QPainter& p, const QRectF& bar, const QColor& color, bool conflict,
                                 qreal dpr) {
    constexpr int kCap = 7;
    static QHash<quint64, QPixmap> cache;
    static QRgb cachedConflict = 0;
    if (Theme::conflict().rgba() != cachedConflict) { // the palette switched
        cache.clear();
        cachedConflict = Theme::conflict().rgba();
    }
    const int height = int(bar.height());
    const quint64 key = (quint64(color.rgba()) << 32) | (quint64(height & 0xff) << 24) |
                        (quint64(conflict) << 16) | quint64(int(dpr * 100) & 0xffff);
    auto it = cache.constFind(key);
    if (it == cache.cend()) {
        const int width = 2 * kCap + 1;
        QPixmap sprite(QSize(width, height) * dpr);
        sprite.setDevicePixelRatio(dpr);
        sprite.fill(Qt::transparent);
        QPainter sp(&sprite);
        sp.setRenderHint(QPainter::Antialiasing, true);
        sp.setPen(QPen(color, 1));
        sp.setBrush(CalendarBandStyle::withAlpha(color, 0.30));
        sp.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 4, 4);
        sp.fillRect(QRectF(1, 2, 3, height - 4), color);
        if (conflict) {
            sp.setPen(QPen(Theme::conflict(), 2));
            sp.setBrush(Qt::NoBrush);
            sp.drawRoundedRect(QRectF(1, 1, width - 2, height - 2), 4, 4);
        }
        sp.end();
        it = cache.insert(key, sprite);
    }
    const QPixmap& sprite = *it;
    const int x1 = int(std::lround(bar.left()));
    const int x2 = int(std::lround(bar.right()));
    const int y = int(bar.top());
    const int middle = x2 - x1 - 2 * kCap;
    const auto source = [dpr, height](int x, int w) {
        return QRectF(x * dpr, 0, w * dpr, height * dpr);
    };
    p.drawPixmap(QRectF(x1, y, kCap, height), sprite, source(0, kCap));
    if (middle > 0)
        p.drawPixmap(QRectF(x1 + kCap, y, middle, height), sprite, source(kCap, 1));
    p.drawPixmap(QRectF(x2 - kCap, y, kCap, height), sprite, source(kCap + 1, kCap));
}

// A release whose validation is failing after its deployment: a white disc ringed in red with
// a red exclamation mark, plain on any bar colour (the tooltip says which check or metric).
void CalendarBarSprites::validationMark(QPainter& p, const QRectF& mark) {
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(QPen(Theme::danger(), 1.5));
    p.setBrush(Qt::white);
    p.drawEllipse(mark.adjusted(0.5, 0.5, -0.5, -0.5));
    p.fillRect(QRectF(mark.center().x() - 0.8, mark.top() + 2.5, 1.6, mark.height() * 0.42),
               Theme::danger());
    p.fillRect(QRectF(mark.center().x() - 0.8, mark.bottom() - 4, 1.6, 1.6), Theme::danger());
    p.setRenderHint(QPainter::Antialiasing, false);
}

} // namespace slipway::ui
