// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace slipway::ui {

// Records the evidence of one rehearsal of a migration step against a clone of production:
// when, by whom, on which clone, how long it took, the row counts before and after, and
// whether it passed.
class RehearsalDialog : public QDialog {
    Q_OBJECT
public:
    // `migrations`: the runbook's migration steps; `stepKey` the one to start on.
    RehearsalDialog(const QList<RunbookStep>& migrations, const QString& stepKey, const QString& by,
                    QWidget* parent = nullptr);

    MigrationRehearsal rehearsal() const;
    QString problem() const;

private:
    void update();

    QComboBox* m_step = nullptr;
    QDateTimeEdit* m_when = nullptr;
    QLineEdit* m_by = nullptr;
    QLineEdit* m_clone = nullptr;
    QSpinBox* m_duration = nullptr;
    QLineEdit* m_rowsBefore = nullptr;
    QLineEdit* m_rowsAfter = nullptr;
    QComboBox* m_result = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
