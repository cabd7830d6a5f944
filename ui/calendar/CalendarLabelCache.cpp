// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarLabelCache.h"

#include <QPainter>

#include <memory>

namespace slipway::ui {
namespace {

// Past this many entries a cache starts again: a long session scrolls through many names.
constexpr qsizetype kMaxEntries = 20000;
constexpr int kWidthStep = 4;

} // namespace

CalendarLabelCache& CalendarLabelCache::of(const QFont& font) {
    // Keyed by the font's full description (family, size, weight…), which changes rarely;
    // the last one asked for is remembered so a frame pays no key comparison per label.
    static QHash<QString, std::shared_ptr<CalendarLabelCache>> caches;
    static QFont lastFont;
    static CalendarLabelCache* last = nullptr;
    if (last && font == lastFont && font.resolveMask() == lastFont.resolveMask())
        return *last;
    auto& slot = caches[font.key()];
    if (!slot)
        slot.reset(new CalendarLabelCache(font));
    lastFont = font;
    last = slot.get();
    return *last;
}

CalendarLabelCache::CalendarLabelCache(const QFont& font)
    : m_font(font)
    , m_metrics(font) {}

int CalendarLabelCache::advance(const QString& text) {
    if (auto it = m_advances.constFind(text); it != m_advances.cend())
        return *it;
    if (m_advances.size() > kMaxEntries)
        m_advances.clear();
    const int width = m_metrics.horizontalAdvance(text);
    m_advances.insert(text, width);
    return width;
}

qreal CalendarLabelCache::draw(QPainter& p, const QRectF& r, const QString& text, bool alignRight) {
    const int room = int(r.width());
    if (room <= 0 || text.isEmpty())
        return 0;
    const int full = advance(text);
    const Key key{text, full <= room ? -1 : room / kWidthStep * kWidthStep};
    auto it = m_laid.find(key);
    if (it == m_laid.end()) {
        if (m_laid.size() > kMaxEntries)
            m_laid.clear();
        const QString shown =
            key.width < 0 ? text : m_metrics.elidedText(text, Qt::ElideRight, key.width);
        Laid laid;
        laid.text.setText(shown);
        laid.text.setTextFormat(Qt::PlainText);
        laid.text.setPerformanceHint(QStaticText::AggressiveCaching);
        laid.text.prepare(QTransform(), m_font);
        laid.width = shown.isEmpty() ? 0 : (key.width < 0 ? full : advance(shown));
        it = m_laid.insert(key, laid);
    }
    if (it->width <= 0)
        return 0;
    const qreal x = alignRight ? r.right() - it->width : r.left();
    const qreal y = r.top() + (r.height() - m_metrics.height()) / 2.0;
    p.drawStaticText(QPointF(x, y), it->text);
    return it->width;
}

} // namespace slipway::ui
