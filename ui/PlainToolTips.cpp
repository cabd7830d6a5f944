// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlainToolTips.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QTextDocument>
#include <QToolTip>

namespace slipway::ui {

PlainToolTips::PlainToolTips(QAbstractItemView* view)
    : QObject(view)
    , m_view(view) {}

void PlainToolTips::install(QAbstractItemView* view) {
    view->viewport()->installEventFilter(new PlainToolTips(view));
}

QString PlainToolTips::shown(const QString& text) {
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

bool PlainToolTips::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::ToolTip || watched != m_view->viewport())
        return QObject::eventFilter(watched, event);
    auto* help = static_cast<QHelpEvent*>(event);
    const QModelIndex index = m_view->indexAt(help->pos());
    const QString text = index.isValid() ? index.data(Qt::ToolTipRole).toString() : QString();
    if (text.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(help->globalPos(), shown(text), m_view->viewport(),
                       m_view->visualRect(index));
    return true;
}

} // namespace slipway::ui
