// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReadOnlyBanner.h"

#include "IconProvider.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>

namespace slipway::ui {

ReadOnlyBanner::ReadOnlyBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("readOnlyBanner"));
    setStyleSheet(
        QStringLiteral("#readOnlyBanner { %1 }").arg(Theme::bannerStyleSheet(Theme::warning())));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1) / 2, Theme::space(1),
                               Theme::space(1) / 2);
    layout->setSpacing(Theme::space(1));
    auto* icon = new QLabel(this);
    icon->setPixmap(
        IconProvider::pixmap(QStringLiteral("lock"), Theme::warning(), 16, devicePixelRatioF()));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("readOnlyText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void ReadOnlyBanner::setReason(const QString& reason) {
    const QString why = reason.isEmpty() ? tr("The file was opened read-only.") : reason;
    m_text->setText(tr("Read-only: %1 Editing is disabled; File ▸ Save a Copy makes a copy you "
                       "can edit.")
                        .arg(why.endsWith(u'.') ? why : why + u'.'));
}

QString ReadOnlyBanner::text() const {
    return m_text->text();
}

} // namespace slipway::ui
