// SPDX-License-Identifier: GPL-3.0-or-later
#include "BadgeDelegate.h"

#include "Theme.h"

#include <QApplication>
#include <QIcon>
#include <QPainter>
#include <QPainterPath>

namespace slipway::ui {
namespace {
constexpr int kIcon = 14;
constexpr int kPadX = 6;
constexpr int kGap = 4;
// horizontalAdvance() rounds; the shaped text can be a fraction wider and would be elided.
constexpr int kSlack = 2;
} // namespace

void BadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QIcon icon = opt.icon;
    const auto color = index.data(Qt::ForegroundRole).value<QColor>();
    // Let the style paint selection and hover; the badge goes on top.
    opt.text.clear();
    opt.icon = QIcon();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const QFontMetrics fm(opt.font);
    const int textWidth = fm.horizontalAdvance(text) + kSlack;
    const int height = qMin(opt.rect.height() - 6, fm.height() + 6);
    const int width = qMin(opt.rect.width() - 8, kPadX * 2 + kIcon + kGap + textWidth);
    const QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2 + 1, width, height);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = opt.state & QStyle::State_Selected;
    const QColor ink = selected          ? opt.palette.color(QPalette::HighlightedText)
                       : color.isValid() ? color
                                         : opt.palette.color(QPalette::Text);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), height / 2.0, height / 2.0);
    if (!selected)
        painter->fillPath(path, Theme::tint(ink, Theme::isDark() ? 0.22 : 0.12));
    painter->setPen(QPen(selected ? ink : Theme::tint(ink, 0.4), 1));
    painter->drawPath(path);

    int x = badge.left() + kPadX;
    if (!icon.isNull()) {
        icon.paint(painter, QRect(x, badge.center().y() - kIcon / 2 + 1, kIcon, kIcon),
                   Qt::AlignCenter, selected ? QIcon::Selected : QIcon::Normal);
        x += kIcon + kGap;
    }
    painter->setPen(ink);
    const QRect textRect(x, badge.top(), badge.right() - kPadX - x + 1, badge.height());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize BadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.setWidth(8 + kPadX * 2 + kIcon + kGap + kSlack +
                  fm.horizontalAdvance(index.data().toString()));
    return size;
}

} // namespace slipway::ui
