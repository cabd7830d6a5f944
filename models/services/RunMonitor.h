// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "rules/TriggerEvaluator.h"
#include "services/HealthProbe.h"
#include "services/PrometheusQuery.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace slipway {

// Watches a running deployment: every health_check trigger's URL is checked every health
// interval, every metric trigger's query read every metric interval, and what they saw is
// kept as TriggerObservations for evaluateTriggers(). A check still out when its next round
// comes is not started twice; stop() drops what is out.
class RunMonitor : public QObject {
    Q_OBJECT
public:
    explicit RunMonitor(QObject* parent = nullptr);
    ~RunMonitor() override;
    Q_DISABLE_COPY_MOVE(RunMonitor)

    // The runbook's triggers (others than health_check and metric are ignored). Observations of
    // triggers no longer there are dropped; a running monitor checks the new ones from its next
    // round.
    void setTriggers(const QList<RunbookTrigger>& triggers);
    // Starts the rounds, the first at once.
    void start(int healthIntervalMs = 10000, int metricIntervalMs = 30000);
    void stop();
    bool isRunning() const { return m_healthTimer.isActive() || m_metricTimer.isActive(); }

    const TriggerObservations& observations() const { return m_seen; }
    // Why a metric trigger has no value (NaN) now, in one line; empty when it has one.
    QString metricProblem(qint64 triggerId) const { return m_metricProblems.value(triggerId); }
    // The latest check of a health_check trigger and the latest reading of a metric trigger,
    // with their figures (status, latency, excerpt; the series); empty ids before the first.
    HealthCheckResult lastCheck(qint64 triggerId) const { return m_lastChecks.value(triggerId); }
    MetricReading lastReading(qint64 triggerId) const { return m_lastReadings.value(triggerId); }
    // When a check or query times out: at most 5 s, and never longer than its interval.
    static int timeoutFor(int intervalMs);

Q_SIGNALS:
    // After checks reported; several reports in one pass of the event loop give one signal.
    void observationsChanged();

private:
    void healthRound();
    void metricRound();
    void onChecked(const HealthCheckResult& result);
    void onReading(const MetricReading& reading);
    void changed();
    bool watches(qint64 id, TriggerKind kind) const;

    HealthProbe* m_probe;
    PrometheusQuery* m_prometheus;
    QList<RunbookTrigger> m_triggers;
    TriggerObservations m_seen;
    QHash<qint64, QString> m_metricProblems;
    QHash<qint64, HealthCheckResult> m_lastChecks;
    QHash<qint64, MetricReading> m_lastReadings;
    QTimer m_healthTimer;
    QTimer m_metricTimer;
    bool m_signalPending = false;
};

} // namespace slipway
