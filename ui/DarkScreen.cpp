// SPDX-License-Identifier: GPL-3.0-or-later
#include "DarkScreen.h"

#include <QPalette>
#include <QWidget>

namespace slipway::ui::darkScreen {

void prepare(QWidget* window) {
    window->setFocusPolicy(Qt::StrongFocus);
    window->setAutoFillBackground(true);
    QPalette p = window->palette();
    p.setColor(QPalette::Window, kBackground);
    p.setColor(QPalette::WindowText, kText);
    window->setPalette(p);
}

} // namespace slipway::ui::darkScreen
