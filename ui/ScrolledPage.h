// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QScrollArea>
#include <QString>
#include <QWidget>

namespace slipway::ui {

// A tab's page in a scroll area that follows its size: a page wider than the window scrolls
// instead of widening the whole window. The area is named after the page ("…Scroll").
inline QScrollArea* scrolledPage(QWidget* page) {
    auto* area = new QScrollArea;
    area->setObjectName(page->objectName() + QStringLiteral("Scroll"));
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

} // namespace slipway::ui
