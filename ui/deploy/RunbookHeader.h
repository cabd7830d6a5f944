// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/RunbookChecks.h"
#include "rules/RunbookSchedule.h"

#include <QDateTime>
#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace slipway::ui {

// The top of a runbook: its pattern and why it was chosen, whether it is a draft or ready
// (locked, by whom and when), the planned end against the window's end, the critical path
// and how many findings stand in the way; with the buttons that act on the runbook as a whole.
class RunbookHeader : public QFrame {
    Q_OBJECT
public:
    explicit RunbookHeader(QWidget* parent = nullptr);

    void showRunbook(const Runbook& runbook, const std::optional<RunbookPlan>& plan,
                     const QDateTime& windowStart, const QDateTime& windowEnd, const QString& zone,
                     const QList<RunbookFinding>& findings);

    QPushButton* readyButton() const { return m_ready; }
    QPushButton* rationaleButton() const { return m_editRationale; }
    QPushButton* removeButton() const { return m_remove; }

private:
    QLabel* m_pattern = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_lock = nullptr;
    QLabel* m_rationale = nullptr;
    QLabel* m_timing = nullptr;
    QLabel* m_path = nullptr;
    QLabel* m_findings = nullptr;
    QPushButton* m_ready = nullptr;
    QPushButton* m_editRationale = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
