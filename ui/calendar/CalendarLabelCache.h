// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QFontMetrics>
#include <QHash>
#include <QStaticText>
#include <QString>

class QPainter;
class QRectF;

namespace slipway::ui {

// Labels of one font laid out once and drawn from their glyph runs: shaping text is the
// dearest part of a calendar frame, and a frame shows the same few hundred names as the
// last one. Elided labels are kept per 4-pixel width step, so a zoom level reuses them.
class CalendarLabelCache {
public:
    // The cache for `font`; the painter must be set to the same font when drawing.
    static CalendarLabelCache& of(const QFont& font);

    const QFontMetrics& metrics() const { return m_metrics; }
    // The width of `text` unelided.
    int advance(const QString& text);
    // Draws `text` elided to `r`'s width, vertically centred, left or right aligned.
    // Returns the width drawn (0 when nothing fitted).
    qreal draw(QPainter& p, const QRectF& r, const QString& text, bool alignRight = false);

private:
    explicit CalendarLabelCache(const QFont& font);

    struct Key {
        QString text;
        int width = -1; // -1: the whole text
        bool operator==(const Key& o) const { return width == o.width && text == o.text; }
    };
    friend size_t qHash(const Key& key, size_t seed) {
        return qHashMulti(seed, key.text, key.width);
    }
    struct Laid {
        QStaticText text;
        qreal width = 0;
    };

    QFont m_font;
    QFontMetrics m_metrics;
    QHash<QString, int> m_advances;
    QHash<Key, Laid> m_laid;
};

} // namespace slipway::ui
