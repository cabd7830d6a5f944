// SPDX-License-Identifier: GPL-3.0-or-later
#include "IconProvider.h"

#include <QApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace slipway::ui {
namespace {

// Renders the SVG at the size asked for, on first use only: a window with forty icons
// should not pay for every size of every one of them at start-up.
class TintedSvgEngine : public QIconEngine {
public:
    TintedSvgEngine(QString name, QColor color)
        : m_name(std::move(name))
        , m_color(color) {}

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State) override {
        const int side = qMax(1, qMin(size.width(), size.height()));
        const quint64 key = (quint64(side) << 8) | quint64(mode);
        if (const auto it = m_cache.constFind(key); it != m_cache.constEnd())
            return it.value();
        // On a selection the icon takes the selection's text colour, or it may vanish into it.
        const QColor color = mode == QIcon::Disabled
                                 ? QApplication::palette().color(QPalette::Disabled, QPalette::Text)
                             : mode == QIcon::Selected
                                 ? QApplication::palette().color(QPalette::HighlightedText)
                                 : m_color;
        QPixmap pm = IconProvider::pixmap(m_name, color, side);
        m_cache.insert(key, pm);
        return pm;
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode,
               QIcon::State state) override {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap pm = pixmap(rect.size() * dpr, mode, state);
        pm.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, pm);
    }

    QIconEngine* clone() const override { return new TintedSvgEngine(m_name, m_color); }
    QString key() const override { return QStringLiteral("slipway-tinted-svg"); }

private:
    QString m_name;
    QColor m_color;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QPixmap IconProvider::pixmap(const QString& name, const QColor& color, int size, qreal dpr) {
    QSvgRenderer renderer(u":/slipway/icons/" + name + u".svg");
    const int px = qRound(size * dpr);
    QPixmap pm(px, px);
    pm.fill(Qt::transparent);
    if (!renderer.isValid())
        return pm;
    QPainter painter(&pm);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter, QRectF(0, 0, px, px));
    // The SVGs are drawn in black; keep their shape and take the colour we were given.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(pm.rect(), color);
    painter.end();
    pm.setDevicePixelRatio(dpr);
    return pm;
}

QIcon IconProvider::icon(const QString& name, const QColor& color) {
    return QIcon(new TintedSvgEngine(name, color));
}

QIcon IconProvider::icon(const QString& name) {
    return icon(name, QApplication::palette().color(QPalette::Text));
}

} // namespace slipway::ui
