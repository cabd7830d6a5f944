// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPushButton;

namespace slipway::ui {

// What a screen is for when it has nothing to show yet, with the first action as a button.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString& icon, const QString& title, const QString& text,
               const QString& actionText, QWidget* parent = nullptr);

    QPushButton* actionButton() const { return m_action; }

private:
    QPushButton* m_action = nullptr;
};

} // namespace slipway::ui
