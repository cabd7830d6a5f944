// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CorrectiveAction.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace slipway::ui {

// What is done about a deviation: a title, an owner, a due date, its state and a note (how it
// was closed, or why it was dropped). Saving is refused with the first problem shown.
class CorrectiveActionDialog : public QDialog {
    Q_OBJECT
public:
    // `action`: the one to edit, or a new one (id 0) with its deviation and release filled
    // in. `deviation`: one line naming the deviation, shown above the form.
    CorrectiveActionDialog(const CorrectiveAction& action, const QString& deviation,
                           QWidget* parent = nullptr);

    CorrectiveAction action() const;
    QString problem() const; // empty when the action can be saved

private:
    void update();

    CorrectiveAction m_action;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_owner = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_state = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
