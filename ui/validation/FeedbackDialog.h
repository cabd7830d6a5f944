// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace slipway::ui {

// One support team's report on a release: the team, how severe, what they saw and when.
class FeedbackDialog : public QDialog {
    Q_OBJECT
public:
    // `entry`: the one to edit, or a new one (id 0) with its release and time filled in.
    explicit FeedbackDialog(const FeedbackEntry& entry, QWidget* parent = nullptr);

    FeedbackEntry entry() const;
    QString problem() const; // empty when the entry can be saved

private:
    void update();

    FeedbackEntry m_entry;
    QLineEdit* m_team = nullptr;
    QComboBox* m_severity = nullptr;
    QPlainTextEdit* m_what = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
