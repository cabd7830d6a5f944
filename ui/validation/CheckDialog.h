// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace slipway::ui {

class CheckStepEditor;

// Adds or edits a check: its name, what it applies to (the release, or every release of one
// of its services), when it runs, and its request or the steps of a transaction. OK is
// refused, with every problem listed, until the check meets validateCheck().
class CheckDialog : public QDialog {
    Q_OBJECT
public:
    // `services`: the release's services (product included), id → name.
    CheckDialog(const ValidationCheck& check, qint64 releaseId,
                const QHash<qint64, QString>& services, QWidget* parent = nullptr);

    ValidationCheck check() const;
    // What stands in the way of OK; empty when the check is fine.
    QStringList problems() const;

    void accept() override;

private:
    void kindChanged();
    void fitHeight();
    void stepChosen();
    void storeStep();
    void addStep();
    void removeStep();

    ValidationCheck m_check;
    qint64 m_releaseId;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_scope = nullptr;
    QSpinBox* m_schedule = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_timeout = nullptr;
    QCheckBox* m_enabled = nullptr;
    QWidget* m_request = nullptr;
    QWidget* m_stepsBox = nullptr;
    QListWidget* m_steps = nullptr;
    QPushButton* m_removeStep = nullptr;
    CheckStepEditor* m_editor = nullptr;
    QLabel* m_problems = nullptr;
    QList<TransactionStep> m_stepImages;
    int m_shownStep = -1;
    mutable QStringList m_parseProblems;
};

} // namespace slipway::ui
