// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;

namespace slipway::ui {

// How the run ended: succeeded, rolled back or aborted, with a note. Succeeded and rolled
// back write the production deployment record.
class RunFinishDialog : public QDialog {
    Q_OBJECT
public:
    RunFinishDialog(RunOutcome preset, QWidget* parent = nullptr);

    RunOutcome outcome() const;
    QString note() const;
    void setOutcome(RunOutcome outcome);

private:
    QButtonGroup* m_choice = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace slipway::ui
