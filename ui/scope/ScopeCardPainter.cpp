// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeCardPainter.h"

#include "IconProvider.h"
#include "ScopeStyle.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QPainter>
#include <QPalette>

namespace slipway::ui {
namespace {

constexpr int kIcon = 16;
constexpr int kSmallIcon = 14;
constexpr int kPad = 8;

QString effortText(double effort) {
    return QCoreApplication::translate("ScopeCardPainter", "%1 pts")
        .arg(QLocale().toString(effort, 'g', QLocale::FloatingPointShortest));
}

// Splits a title into what fits on the first line (at a word break when there is one)
// and the rest, without a text layout per card.
std::pair<QString, QString> splitTitle(const QString& title, const QFontMetrics& fm, int width) {
    if (fm.horizontalAdvance(title) <= width)
        return {title, {}};
    qsizetype cut = -1;
    qsizetype from = 0;
    while (true) {
        const qsizetype space = title.indexOf(u' ', from);
        if (space < 0 || fm.horizontalAdvance(title.left(space)) > width)
            break;
        cut = space;
        from = space + 1;
    }
    if (cut <= 0)
        return {title, {}}; // one long word: elided on the first line
    return {title.left(cut), title.mid(cut + 1)};
}

// IconProvider renders the SVG on every call; a board paints the same few icons in the same
// few colours on every card, so they are kept (a handful of names × colours × sizes).
QPixmap icon(const QString& name, const QColor& color, int size, qreal dpr) {
    static QHash<QString, QPixmap> cache;
    const QString key =
        QStringLiteral("%1|%2|%3|%4").arg(name).arg(color.rgba()).arg(size).arg(dpr);
    auto it = cache.constFind(key);
    if (it == cache.constEnd())
        it = cache.insert(key, IconProvider::pixmap(name, color, size, dpr));
    return it.value();
}

} // namespace

ScopeCardPainter::ScopeCardPainter(const QFont& font, const QPalette& palette, qreal dpr)
    : m_title(font)
    , m_small(font)
    , m_titleMetrics(font)
    , m_smallMetrics(font)
    , m_text(palette.color(QPalette::Text))
    , m_muted(Theme::muted())
    , m_card(Theme::card())
    , m_border(Theme::border())
    , m_accent(Theme::accent())
    , m_conflict(Theme::conflict())
    , m_dpr(dpr) {
    m_title.setBold(true);
    m_small.setPointSizeF(font.pointSizeF() * 0.9);
    m_titleMetrics = QFontMetrics(m_title);
    m_smallMetrics = QFontMetrics(m_small);
}

// A small rounded pill with text, right-aligned at `right`; returns its width.
int ScopeCardPainter::pill(QPainter& p, int right, int top, const QString& text,
                           const QColor& color) const {
    const int w = m_smallMetrics.horizontalAdvance(text) + 10;
    const QRect r(right - w, top, w, m_smallMetrics.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::tint(color, 0.22));
    p.drawRoundedRect(r, 4, 4);
    p.setPen(color);
    p.drawText(QPoint(r.left() + 5, top + 1 + m_smallMetrics.ascent()), text);
    return w;
}

void ScopeCardPainter::paint(QPainter& p, const QRect& rect, const ScopeItem& item,
                             const Decor& decor) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor kindColor = ScopeStyle::kindColor(item.kind);

    // Surface and border: accent when selected, red when a dependency rule fires.
    QColor border = m_border;
    if (decor.warning)
        border = m_conflict;
    if (decor.selected)
        border = m_accent;
    p.setPen(QPen(border, decor.selected || decor.warning ? 2 : 1));
    QColor surface = m_card;
    if (decor.ghost)
        surface.setAlpha(225);
    p.setBrush(surface);
    p.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), Theme::kRadius, Theme::kRadius);
    // The kind stripe along the left edge.
    p.setPen(Qt::NoPen);
    p.setBrush(kindColor);
    p.drawRoundedRect(QRectF(rect.left() + 2, rect.top() + 4, 4, rect.height() - 8), 2, 2);
    p.setRenderHint(QPainter::Antialiasing, false);

    const int left = rect.left() + kPad + 4;
    const int right = rect.right() - kPad;
    int y = rect.top() + 7;

    // Title, up to two lines, after the kind icon; the warning marker on the right.
    p.drawPixmap(left, y + 1, icon(ScopeStyle::kindIconName(item.kind), kindColor, kIcon, m_dpr));
    int titleRight = right;
    if (decor.warning) {
        p.drawPixmap(right - kIcon + 1, y + 1,
                     icon(QStringLiteral("warning"), m_conflict, kIcon, m_dpr));
        titleRight -= kIcon + 4;
    }
    const int titleLeft = left + kIcon + 6;
    const int titleWidth = qMax(0, titleRight - titleLeft);
    const auto [line1, rest] = splitTitle(item.title, m_titleMetrics, titleWidth);
    p.setFont(m_title);
    p.setPen(m_text);
    const int lineHeight = m_titleMetrics.height();
    p.drawText(QPoint(titleLeft, y + 1 + m_titleMetrics.ascent()),
               m_titleMetrics.elidedText(line1, Qt::ElideRight, titleWidth));
    if (!rest.isEmpty())
        p.drawText(QPoint(titleLeft, y + 1 + lineHeight + m_titleMetrics.ascent()),
                   m_titleMetrics.elidedText(rest, Qt::ElideRight, titleWidth));
    y += 2 * lineHeight + 6;

    // Key on the left, priority on the right.
    p.setFont(m_small);
    const int smallBase = 1 + m_smallMetrics.ascent();
    int r = right;
    r -= pill(p, r, y, displayName(item.priority), ScopeStyle::priorityColor(item.priority)) + 6;
    // The kind is the icon and stripe; its name stands in when there is no key.
    const QString key = item.externalKey.isEmpty() ? displayName(item.kind) : item.externalKey;
    p.setPen(m_muted);
    p.drawText(QPoint(left, y + smallBase),
               m_smallMetrics.elidedText(key, Qt::ElideRight, qMax(0, r - left)));
    y += m_smallMetrics.height() + 8;

    // Stakeholder on the left; effort, regulatory and dependency badges on the right.
    r = right;
    const QString effort = effortText(item.effort);
    const int ew = m_smallMetrics.horizontalAdvance(effort);
    p.setPen(m_text);
    p.drawText(QPoint(r - ew, y + smallBase), effort);
    r -= ew + 8;
    const int iconTop = y + (m_smallMetrics.height() + 2 - kSmallIcon) / 2;
    if (decor.needs > 0) {
        const QString count = QString::number(decor.needs);
        const QColor c = decor.warning ? m_conflict : m_muted;
        const int w = m_smallMetrics.horizontalAdvance(count);
        p.setPen(c);
        p.drawText(QPoint(r - w, y + smallBase), count);
        r -= w + 2 + kSmallIcon;
        p.drawPixmap(r, iconTop, icon(QStringLiteral("link"), c, kSmallIcon, m_dpr));
        r -= 8;
    }
    if (item.kind == ScopeKind::Regulatory ||
        item.labels.contains(QStringLiteral("regulatory"), Qt::CaseInsensitive)) {
        p.setRenderHint(QPainter::Antialiasing, true);
        r -= pill(p, r, y, QCoreApplication::translate("ScopeCardPainter", "Regulatory"),
                  ScopeStyle::kindColor(ScopeKind::Regulatory)) +
             6;
        p.setRenderHint(QPainter::Antialiasing, false);
    }
    // The stakeholder where the badges leave room for a few letters of it.
    if (!item.stakeholder.isEmpty() &&
        r - left > kSmallIcon + 4 + m_smallMetrics.horizontalAdvance(QStringLiteral("Abc…"))) {
        p.drawPixmap(left, iconTop, icon(QStringLiteral("user"), m_muted, kSmallIcon, m_dpr));
        p.setPen(m_muted);
        const int sl = left + kSmallIcon + 4;
        p.drawText(QPoint(sl, y + smallBase),
                   m_smallMetrics.elidedText(item.stakeholder, Qt::ElideRight, qMax(0, r - sl)));
    }
    p.restore();
}

} // namespace slipway::ui
