// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunActions.h"
#include "domain/Runbook.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;
class RunController;
class RunStepModel;
class RunTriggerBanner;
class WarRoomWindow;

// The Deploy screen's Run tab: the live execution of the chosen release's runbook. Start the
// run, mark steps running, done, failed or skipped (with a note), decide go, no-go or rollback
// at checkpoints, watch elapsed against plan and the projected end against the window, hear
// and see the rollback triggers, and finish the run, which writes the deployment record.
// What pipelines report through `slipway runbook step` shows within a second.
class RunPanel : public QWidget {
    Q_OBJECT
public:
    RunPanel(Document& document, QWidget* parent = nullptr);
    ~RunPanel() override;
    void setRelease(qint64 releaseId);
    qint64 releaseId() const;

    RunController& controller() { return *m_controller; }
    // Opens the full-screen war room on this run (the same controller, one sound).
    WarRoomWindow* openWarRoom();

private:
    void reload();
    void updateButtons();
    void startRun();
    void markSelected(StepStatus status);
    void decideAt(const QString& stepKey, RunDecision preset);
    void finishRun();
    QString selectedKey() const;
    void selectKey(const QString& key);
    QString headline() const;
    void showTotals();
    void report(const RunActions::Said& said);

    Document& m_document;
    RunController* m_controller = nullptr;
    RunStepModel* m_model = nullptr;
    QLabel* m_headline = nullptr;
    MessageBar* m_messages = nullptr;
    RunTriggerBanner* m_banner = nullptr;
    QLabel* m_elapsed = nullptr;
    QLabel* m_projected = nullptr;
    QLabel* m_checks = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_note = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_finish = nullptr;
    QToolButton* m_mute = nullptr;
    QPushButton* m_warRoom = nullptr;
    QPushButton* m_running = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_failed = nullptr;
    QPushButton* m_skipped = nullptr;
    QPushButton* m_decide = nullptr;
    QPointer<WarRoomWindow> m_warRoomWindow;
    qint64 m_shownRelease = 0; // whose steps the list shows
};

} // namespace slipway::ui
