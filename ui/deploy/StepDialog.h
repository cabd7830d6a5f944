// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace slipway::ui {

// Adds or edits one step of a runbook: what it is, who owns it, when it may start and how
// long it takes, what it waits for, and the fields of its kind (where a script is kept and its
// SHA-256; a cutover's record and TTLs). Refuses, before saving, a key that repeats or a
// dependency that makes a cycle, naming the steps.
class StepDialog : public QDialog {
    Q_OBJECT
public:
    // `steps`: the runbook's steps; `row`: the one edited, or -1 for a new step added last.
    StepDialog(const QList<RunbookStep>& steps, int row, const QStringList& owners,
               QWidget* parent = nullptr);

    // A new step starts as the rollback of forward step `key` (its kind and owner, the next
    // free R-key), placed after that step and its other rollback steps.
    void startAsRollbackOf(const QString& key);

    RunbookStep step() const;
    // The runbook's steps with this one added or changed; a renamed key is renamed where
    // other steps depend on it or reverse it.
    QList<RunbookStep> resultingSteps() const;
    // Why the step cannot be saved as it stands; empty when it can.
    QString problem() const;

private:
    void fill(const RunbookStep& step);
    void fillDependencies(const QStringList& checked);
    void update();

    QList<RunbookStep> m_steps;
    int m_row;
    qsizetype m_insertAt; // where a new step goes
    RunbookStep m_original;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_title = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_direction = nullptr;
    QComboBox* m_rollbackOf = nullptr;
    QComboBox* m_owner = nullptr;
    QSpinBox* m_offset = nullptr;
    QSpinBox* m_duration = nullptr;
    QListWidget* m_depends = nullptr;
    QLineEdit* m_notes = nullptr;
    QGroupBox* m_script = nullptr;
    QLineEdit* m_repo = nullptr;
    QLineEdit* m_path = nullptr;
    QLineEdit* m_commit = nullptr;
    QLineEdit* m_sha = nullptr;
    QGroupBox* m_cutover = nullptr;
    QLineEdit* m_record = nullptr;
    QSpinBox* m_ttlOld = nullptr;
    QSpinBox* m_ttlNew = nullptr;
    QCheckBox* m_lowered = nullptr;
    QDateTimeEdit* m_loweredAt = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
