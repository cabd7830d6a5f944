// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace slipway::ui {

// Asks for a waiver of one criterion or, for an emergency release, its whole gate: the
// reason, the compensating controls, an expiry and the validation owed after the release.
// Someone other than the requester approves it later.
class WaiverDialog : public QDialog {
    Q_OBJECT
public:
    WaiverDialog(const ReleaseGate& gate, qint64 criterionId, bool emergency,
                 QWidget* parent = nullptr);

    GateWaiver waiver() const;

private:
    void validate();

    ReleaseGate m_gate;
    QComboBox* m_scope = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_controls = nullptr;
    QDateEdit* m_expires = nullptr;
    QLineEdit* m_task = nullptr;
    QLineEdit* m_owner = nullptr;
    QLabel* m_problems = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
