// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/RunbookChecks.h"

#include <QTabWidget>

class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace slipway::ui {

// Under a runbook's steps: what the checks found (blocking apart from warnings), the rollback
// triggers, and each migration step's rehearsals. The buttons are the editor's to wire.
class RunbookDetailTabs : public QTabWidget {
    Q_OBJECT
public:
    explicit RunbookDetailTabs(QWidget* parent = nullptr);

    void showRunbook(const Runbook& runbook, const QList<RunbookFinding>& findings);
    void setEditable(bool editable);

    int selectedTrigger() const;       // index into the runbook's triggers; -1: none
    qint64 selectedRehearsal() const;  // its id; 0: none
    QString selectedMigration() const; // the step key of the selected row; empty: none

    QTableWidget* findingsTable() const { return m_findings; }
    QTreeWidget* triggersTree() const { return m_triggers; }
    QTreeWidget* rehearsalsTree() const { return m_rehearsals; }
    QPushButton* addTriggerButton() const { return m_addTrigger; }
    QPushButton* editTriggerButton() const { return m_editTrigger; }
    QPushButton* removeTriggerButton() const { return m_removeTrigger; }
    QPushButton* addRehearsalButton() const { return m_addRehearsal; }
    QPushButton* removeRehearsalButton() const { return m_removeRehearsal; }

    // One line saying when a trigger fires.
    static QString condition(const RunbookTrigger& trigger);

private:
    void updateButtons();

    QTableWidget* m_findings = nullptr;
    QTreeWidget* m_triggers = nullptr;
    QTreeWidget* m_rehearsals = nullptr;
    QPushButton* m_addTrigger = nullptr;
    QPushButton* m_editTrigger = nullptr;
    QPushButton* m_removeTrigger = nullptr;
    QPushButton* m_addRehearsal = nullptr;
    QPushButton* m_removeRehearsal = nullptr;
    bool m_editable = true;
    bool m_hasMigrations = false;
};

} // namespace slipway::ui
