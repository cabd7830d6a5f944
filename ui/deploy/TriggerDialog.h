// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace slipway::ui {

// Adds or edits one rollback trigger: its kind and name, and the fields that kind reads (the
// overrun factor; a health check's URL, expected status and body, failures in a row and
// latency budget; a Prometheus server, query, direction and threshold).
class TriggerDialog : public QDialog {
    Q_OBJECT
public:
    explicit TriggerDialog(const RunbookTrigger& trigger, bool adding, QWidget* parent = nullptr);

    RunbookTrigger trigger() const;
    // Why the trigger cannot be saved as it stands; empty when it can.
    QString problem() const;

private:
    void update();

    RunbookTrigger m_original;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QDoubleSpinBox* m_factor = nullptr;
    QSpinBox* m_failures = nullptr;
    QLineEdit* m_url = nullptr;
    QSpinBox* m_status = nullptr;
    QLineEdit* m_body = nullptr;
    QSpinBox* m_latency = nullptr;
    QLineEdit* m_query = nullptr;
    QComboBox* m_above = nullptr;
    QDoubleSpinBox* m_threshold = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
