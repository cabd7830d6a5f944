// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QDialog>

class QButtonGroup;
class QDialogButtonBox;
class QPlainTextEdit;

namespace slipway::ui {

// Go, no-go or roll back, and why: asked at a checkpoint, or when a trigger proposes rolling
// back. OK stays disabled until a reason is written.
class RunDecisionDialog : public QDialog {
    Q_OBJECT
public:
    // `where`: what the decision is taken at ("C1 Go/no-go after canary"); `context`: what the
    // people deciding should see (what fired, the rollback it would take), plain text.
    RunDecisionDialog(const QString& where, const QString& context, RunDecision preset,
                      QWidget* parent = nullptr);

    RunDecision decision() const;
    QString reason() const;
    void setDecision(RunDecision decision);
    void setReason(const QString& reason);

private:
    void updateOk();

    QButtonGroup* m_choice = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
