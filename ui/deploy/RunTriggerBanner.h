// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/TriggerEvaluator.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace slipway::ui {

// The red band over a run when a rollback trigger has fired: what fired (newest first), the
// rollback it proposes (the paired rollback steps of the steps done, in reverse order, and the
// steps that have none) and a button to decide it.
class RunTriggerBanner : public QFrame {
    Q_OBJECT
public:
    explicit RunTriggerBanner(QWidget* parent = nullptr);

    // Hidden when nothing fired. `decided`: a rollback is already decided (no button then).
    void setState(const QStringList& fired, const Runbook& runbook,
                  const RollbackProposal& proposal, bool decided);
    QString text() const;

    // One line naming the proposed rollback steps in order and the steps without one.
    static QString proposalText(const Runbook& runbook, const RollbackProposal& proposal);

Q_SIGNALS:
    void rollbackRequested();

private:
    QLabel* m_what = nullptr;
    QLabel* m_proposal = nullptr;
    QPushButton* m_decide = nullptr;
};

} // namespace slipway::ui
