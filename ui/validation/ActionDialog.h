// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace slipway::ui {

// An action the review decided on: what, who owns it (a person or a team) and by when.
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    // `action`: the one to edit, or a new one (id 0) with its release filled in.
    explicit ActionDialog(const ReviewAction& action, QWidget* parent = nullptr);

    ReviewAction action() const;
    QString problem() const; // empty when the action can be saved

private:
    void update();

    ReviewAction m_action;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_owner = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
