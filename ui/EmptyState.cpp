// SPDX-License-Identifier: GPL-3.0-or-later
#include "EmptyState.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

EmptyState::EmptyState(const QString& icon, const QString& title, const QString& text,
                       const QString& actionText, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(2));
    layout->addStretch(2);

    auto* picture = new QLabel(this);
    picture->setPixmap(IconProvider::pixmap(icon, Theme::accent(), 64, devicePixelRatioF()));
    picture->setAlignment(Qt::AlignCenter);
    layout->addWidget(picture);

    auto* heading = new QLabel(title, this);
    heading->setObjectName(QStringLiteral("emptyStateTitle"));
    heading->setFont(Theme::titleFont());
    heading->setAlignment(Qt::AlignCenter);
    layout->addWidget(heading);

    auto* body = new QLabel(text, this);
    body->setObjectName(QStringLiteral("emptyStateText"));
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    // Centred, a wrapped label gets one line of height from the layout: size it ourselves.
    body->setFixedWidth(Theme::space(60));
    body->setMinimumHeight(body->heightForWidth(Theme::space(60)));
    body->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(body, 0, Qt::AlignHCenter);

    if (!actionText.isEmpty()) {
        m_action = new QPushButton(IconProvider::icon(QStringLiteral("add"), Theme::onAccent()),
                                   actionText, this);
        m_action->setObjectName(QStringLiteral("emptyStateAction"));
        m_action->setMinimumHeight(Theme::space(4));
        m_action->setStyleSheet(Theme::primaryButtonStyleSheet());
        layout->addWidget(m_action, 0, Qt::AlignHCenter);
    }
    layout->addStretch(3);
}

} // namespace slipway::ui
