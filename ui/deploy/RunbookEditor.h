// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Runbook.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace slipway {
class Document;
}

namespace slipway::ui {

class EmptyState;
class MessageBar;
class RunbookDetailTabs;
class RunbookHeader;
class RunbookStepModel;
class UndoCommand;

// The Deploy screen's Runbook tab: a release's runbook, from choosing its pattern to marking
// it ready. Its steps with their plan and critical path, its rollback triggers, its migration
// rehearsals and what the checks find. Every change is a command on the document's undo
// stack; a ready runbook looks locked, and changing it asks first since it goes back to draft.
class RunbookEditor : public QWidget {
    Q_OBJECT
public:
    RunbookEditor(Document& document, QWidget* parent = nullptr);
    void setRelease(qint64 releaseId);
    qint64 releaseId() const { return m_releaseId; }
    void setEditable(bool editable);
    const std::optional<Runbook>& runbook() const { return m_runbook; }
    void reload();

    // What the buttons do; each opens its dialog where there is one. Whether it changed.
    bool choosePattern();
    bool addStep();
    // A rollback step for the selected forward step, placed after it.
    bool addRollbackStep();
    bool editStep();
    bool removeStep();
    bool moveStep(int delta);
    bool addTrigger();
    bool editTrigger();
    bool removeTrigger();
    bool addRehearsal();
    bool removeRehearsal();
    bool editRationale();
    bool toggleReady();
    bool removeRunbook();

    void selectStep(const QString& key);
    QString selectedStep() const;

Q_SIGNALS:
    void runbookChanged(qint64 releaseId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // The title takes the width the other columns leave, but never less than a readable
    // minimum (the table scrolls sideways then).
    void fitTitleColumn();
    // Whether the runbook may be changed now; a ready one asks to go back to draft first.
    bool mayEdit();
    bool save(const Runbook& edited, const QString& text);
    bool push(UndoCommand* command);
    void showError(const QString& message);
    void updateButtons();
    QStringList ownerSuggestions() const;

    Document& m_document;
    qint64 m_releaseId = 0;
    Release m_release;
    std::optional<Runbook> m_runbook;
    Runbook m_seen; // the runbook as the edit under way started from
    bool m_editable = true;
    QString m_runUnderWay; // why the runbook cannot change now; empty when it can
    MessageBar* m_messages = nullptr;
    QLabel* m_runNote = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
    RunbookHeader* m_header = nullptr;
    RunbookStepModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_addStep = nullptr;
    QPushButton* m_addRollback = nullptr;
    QPushButton* m_editStep = nullptr;
    QPushButton* m_removeStep = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    RunbookDetailTabs* m_details = nullptr;
};

} // namespace slipway::ui
