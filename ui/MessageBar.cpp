// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBar.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace slipway::ui {

MessageBar::MessageBar(const QString& name, QWidget* parent)
    : QFrame(parent) {
    setObjectName(name);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1) / 2, Theme::space(1) / 2,
                               Theme::space(1) / 2);
    layout->setSpacing(Theme::space(1));
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("messageClose"));
    close->setIcon(IconProvider::icon(QStringLiteral("close")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text) {
    QColor color = Theme::accent();
    QString icon = QStringLiteral("info");
    switch (kind) {
    case Kind::Info:
        break;
    case Kind::Success:
        color = Theme::success();
        icon = QStringLiteral("verify");
        break;
    case Kind::Warning:
        color = Theme::warning();
        icon = QStringLiteral("warning");
        break;
    case Kind::Error:
        color = Theme::danger();
        icon = QStringLiteral("warning");
        break;
    }
    setStyleSheet(QStringLiteral("#%1 { %2 }").arg(objectName(), Theme::bannerStyleSheet(color)));
    m_icon->setPixmap(IconProvider::pixmap(icon, color, 16, devicePixelRatioF()));
    m_text->setText(text);
    show();
}

QString MessageBar::text() const {
    return isVisible() ? m_text->text() : QString();
}

} // namespace slipway::ui
