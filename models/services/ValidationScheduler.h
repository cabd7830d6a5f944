// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

namespace slipway {

class CheckRunner;
class ValidationCheckService;
class DeploymentService;

// While a window (or `slipway validate watch`) is open: runs every enabled check with a
// schedule, for each release whose production deployment is less than the check's
// schedule_hours ago, every interval_min minutes, and records the results. A check missed
// while nothing was open is not made up for; the next tick runs it.
class ValidationScheduler : public QObject {
    Q_OBJECT
public:
    ValidationScheduler(ValidationCheckService& checks, QObject* parent = nullptr);
    ~ValidationScheduler() override;
    void start(int tickMs = 30000); // looks for due checks every tick
    void stop();
    // One look for due checks now, `nowMs` standing in for the clock (tests).
    void tick(qint64 nowMs);
    int runningCount() const;

Q_SIGNALS:
    void ran(qint64 releaseId);

private:
    ValidationCheckService& m_checks;
    CheckRunner* m_runner;
    QTimer m_timer;
};

} // namespace slipway
