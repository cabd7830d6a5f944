// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/CabPack.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>

class QTimer;

namespace slipway::ui {

class CabDecider;

// CAB mode: the meeting-room screen. Full screen, dark, type readable across a room, one
// agenda item per page with its window in UTC and the attendees' zones, conflicts, risk
// and its drivers, gate status, rollback plan and approvals so far. Keys: ←/→ move,
// A approve, C approve with conditions (asks for them), R reject, D defer, T timer, Esc leave.
class CabModeWindow : public QWidget {
    Q_OBJECT
public:
    using Reload = std::function<CabPack()>;
    using AskConditions = std::function<QStringList()>;

    CabModeWindow(CabPack pack, CabDecider& decider, Reload reload, QWidget* parent = nullptr);

    // How C asks for the conditions; by default a dialog (tests answer it directly).
    void setConditionAsker(AskConditions ask) { m_ask = std::move(ask); }

    int current() const { return m_index; }
    void showItem(int index);
    QString statusText() const { return m_status; }
    bool timerRunning() const { return m_timing; }
    qint64 elapsedSecs(int index) const;

Q_SIGNALS:
    void left();

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void decide(DecisionOutcome outcome);
    void toggleTimer();
    QStringList askConditions();

    CabPack m_pack;
    CabDecider& m_decider;
    Reload m_reload;
    AskConditions m_ask;
    int m_index = 0;
    QString m_status;
    bool m_statusBad = false;
    bool m_timing = false;
    QElapsedTimer m_clock;
    QList<qint64> m_spentMs; // per item
    QTimer* m_tick = nullptr;
};

} // namespace slipway::ui
