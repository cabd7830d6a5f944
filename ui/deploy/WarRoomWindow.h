// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QWidget>

namespace slipway {
class Document;
}

namespace slipway::ui {

class RunController;

// The war room: a release's run full screen for the bridge call, dark, type readable across a
// room. The step(s) under way, every step with its status and elapsed against plan (waiting
// steps dimmed), the total elapsed against plan, the projected end against the window's end
// and the trigger banner with the rollback it proposes. Keys: ↑/↓ choose a step, R running,
// D done, F failed, S skipped, G go/no-go, B roll back, M mute, Esc leave.
class WarRoomWindow : public QWidget {
    Q_OBJECT
public:
    // On its own (screenshots, a second screen): reads the release's run itself.
    WarRoomWindow(Document& document, qint64 releaseId, QWidget* parent = nullptr);
    // On the Run tab's run: the same readings and one sound for both.
    explicit WarRoomWindow(RunController& shared, QWidget* parent = nullptr);

    RunController& controller() { return *m_controller; }
    QString selectedKey() const { return m_selected; }
    void selectStep(const QString& key);
    QString statusText() const { return m_status; }

Q_SIGNALS:
    void left();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void setUp();
    void follow();
    void moveSelection(int delta);
    void mark(StepStatus status);
    void decide(RunDecision preset);
    void say(bool bad, const QString& message);

    RunController* m_controller = nullptr;
    QString m_selected;
    bool m_chosen = false; // the user picked a step; else the selection follows the run
    int m_firstRow = 0;    // of the step list, to keep the selected step on screen
    QString m_status;
    bool m_statusBad = false;
};

} // namespace slipway::ui
