// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeCardPainter.h"

#include "IconProvider.h"
#include "ScopeStyle.h"
#include "Theme.h"

#include <QCoreApplication>
#include <QFontMetrics>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QTextLayout>

namespace slipway::ui {
namespace {

constexpr int kIcon = 16;
constexpr int kPad = 8;

// A small rounded pill with text; returns its width.
int pill(QPainter& p, int right, int y, const QString& text, const QColor& color,
         const QFont& font) {
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(text) + 10;
    const QRect r(right - w, y, w, fm.height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(Theme::tint(color, 0.22));
    p.drawRoundedRect(r, 4, 4);
    p.setPen(color);
    p.setFont(font);
    p.drawText(r, Qt::AlignCenter, text);
    return w;
}

QString effortText(double effort) {
    return QCoreApplication::translate("ScopeCardPainter", "%1 pts")
        .arg(QLocale().toString(effort, 'g', QLocale::FloatingPointShortest));
}

} // namespace

void ScopeCardPainter::paint(QPainter& p, const QRect& rect, const ScopeItem& item,
                             const Decor& decor, const QPalette& palette) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    const QColor kindColor = ScopeStyle::kindColor(item.kind);
    const QColor text = palette.color(QPalette::Text);
    const QColor muted = Theme::muted();

    // Surface, border (accent when selected, red when a dependency rule fires).
    QColor border = Theme::border();
    if (decor.warning)
        border = Theme::conflict();
    if (decor.selected)
        border = Theme::accent();
    p.setPen(QPen(border, decor.selected || decor.warning ? 2 : 1));
    QColor surface = Theme::card();
    if (decor.ghost)
        surface.setAlpha(225);
    p.setBrush(surface);
    const QRectF body = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    p.drawRoundedRect(body, Theme::kRadius, Theme::kRadius);

    // The kind stripe along the left edge.
    QPainterPath clip;
    clip.addRoundedRect(body, Theme::kRadius, Theme::kRadius);
    p.save();
    p.setClipPath(clip);
    p.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), kindColor);
    p.restore();

    const int left = rect.left() + kPad + 2;
    const int right = rect.right() - kPad;
    int y = rect.top() + 6;

    // Line 1: kind icon, title.
    p.drawPixmap(left, y + 1,
                 IconProvider::pixmap(ScopeStyle::kindIconName(item.kind), kindColor, kIcon,
                                      p.device()->devicePixelRatioF()));
    QFont titleFont = p.font();
    titleFont.setBold(true);
    const QFontMetrics tfm(titleFont);
    int titleRight = right;
    if (decor.warning) {
        p.drawPixmap(right - kIcon + 1, y + 1,
                     IconProvider::pixmap(QStringLiteral("warning"), Theme::conflict(), kIcon,
                                          p.device()->devicePixelRatioF()));
        titleRight -= kIcon + 4;
    }
    p.setFont(titleFont);
    p.setPen(text);
    // The title on up to two lines, the second one elided.
    const int titleLeft = left + kIcon + 6;
    const int titleWidth = qMax(0, titleRight - titleLeft);
    QTextLayout layout(item.title, titleFont, p.device());
    layout.beginLayout();
    QTextLine first = layout.createLine();
    QString line1 = item.title;
    QString rest;
    if (first.isValid()) {
        first.setLineWidth(titleWidth);
        line1 = item.title.mid(first.textStart(), first.textLength()).trimmed();
        rest = item.title.mid(first.textStart() + first.textLength()).trimmed();
    }
    layout.endLayout();
    const int lineHeight = tfm.height();
    p.drawText(QRect(titleLeft, y, titleWidth, lineHeight + 2), Qt::AlignLeft | Qt::AlignVCenter,
               tfm.elidedText(line1, Qt::ElideRight, titleWidth));
    if (!rest.isEmpty())
        p.drawText(QRect(titleLeft, y + lineHeight, titleWidth, lineHeight + 2),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   tfm.elidedText(rest, Qt::ElideRight, titleWidth));
    y += 2 * lineHeight + 8;

    // Line 2: key and kind on the left; priority and effort on the right.
    QFont small = p.font();
    small.setBold(false);
    small.setPointSizeF(small.pointSizeF() * 0.9);
    const QFontMetrics sfm(small);
    int r = right;
    p.setFont(small);
    p.setPen(text);
    const QString effort = effortText(item.effort);
    const int ew = sfm.horizontalAdvance(effort);
    p.drawText(QRect(r - ew, y, ew, sfm.height() + 2), Qt::AlignRight | Qt::AlignVCenter, effort);
    r -= ew + 8;
    r -=
        pill(p, r, y, displayName(item.priority), ScopeStyle::priorityColor(item.priority), small) +
        6;
    p.setFont(small);
    p.setPen(muted);
    // The kind is the icon and stripe; its name stands in when there is no key.
    const QString key = item.externalKey.isEmpty() ? displayName(item.kind) : item.externalKey;
    p.drawText(QRect(left, y, r - left, sfm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
               sfm.elidedText(key, Qt::ElideRight, qMax(0, r - left)));
    y += sfm.height() + 8;

    // Line 3: stakeholder on the left; regulatory and dependency badges on the right.
    r = right;
    if (decor.needs > 0) {
        const QString count = QString::number(decor.needs);
        const QColor c = decor.warning ? Theme::conflict() : muted;
        const int w = sfm.horizontalAdvance(count);
        p.setPen(c);
        p.drawText(QRect(r - w, y, w, sfm.height() + 2), Qt::AlignRight | Qt::AlignVCenter, count);
        r -= w + 2;
        p.drawPixmap(
            r - 14, y + (sfm.height() + 2 - 14) / 2,
            IconProvider::pixmap(QStringLiteral("link"), c, 14, p.device()->devicePixelRatioF()));
        r -= 14 + 8;
    }
    if (item.kind == ScopeKind::Regulatory ||
        item.labels.contains(QStringLiteral("regulatory"), Qt::CaseInsensitive)) {
        r -= pill(p, r, y, QCoreApplication::translate("ScopeCardPainter", "Regulatory"),
                  ScopeStyle::kindColor(ScopeKind::Regulatory), small) +
             6;
    }
    if (!item.stakeholder.isEmpty()) {
        p.drawPixmap(left, y + (sfm.height() + 2 - 14) / 2,
                     IconProvider::pixmap(QStringLiteral("user"), muted, 14,
                                          p.device()->devicePixelRatioF()));
        p.setFont(small);
        p.setPen(muted);
        const int sl = left + 18;
        p.drawText(QRect(sl, y, r - sl, sfm.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                   sfm.elidedText(item.stakeholder, Qt::ElideRight, qMax(0, r - sl)));
    }
    p.restore();
}

} // namespace slipway::ui
