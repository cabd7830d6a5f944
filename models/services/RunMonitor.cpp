// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/RunMonitor.h"
#include "services/HealthProbe.h"
#include "services/PrometheusQuery.h"

#include <QSet>

#include <algorithm>

namespace slipway {

RunMonitor::RunMonitor(QObject* parent)
    : QObject(parent)
    , m_probe(new HealthProbe(this))
    , m_prometheus(new PrometheusQuery(this)) {
    connect(&m_healthTimer, &QTimer::timeout, this, &RunMonitor::healthRound);
    connect(&m_metricTimer, &QTimer::timeout, this, &RunMonitor::metricRound);
    connect(m_probe, &HealthProbe::checked, this, &RunMonitor::onChecked);
    connect(m_prometheus, &PrometheusQuery::finished, this, &RunMonitor::onReading);
}

RunMonitor::~RunMonitor() = default;

int RunMonitor::timeoutFor(int intervalMs) {
    return qBound(1, intervalMs, 5000);
}

void RunMonitor::setTriggers(const QList<RunbookTrigger>& triggers) {
    m_triggers.clear();
    QSet<qint64> health, metric;
    for (const RunbookTrigger& trigger : triggers) {
        if (trigger.kind == TriggerKind::HealthCheck)
            health.insert(trigger.id);
        else if (trigger.kind == TriggerKind::Metric)
            metric.insert(trigger.id);
        else
            continue;
        m_triggers.append(trigger);
    }
    // A trigger whose definition changed keeps its count: the id is the same condition.
    bool dropped = false;
    const auto keep = [&dropped](auto& hash, const QSet<qint64>& ids) {
        for (auto it = hash.begin(); it != hash.end();) {
            if (ids.contains(it.key())) {
                ++it;
            } else {
                it = hash.erase(it);
                dropped = true;
            }
        }
    };
    keep(m_seen.consecutiveFailures, health);
    keep(m_seen.lastFailure, health);
    keep(m_seen.metricValues, metric);
    keep(m_metricProblems, metric);
    keep(m_lastChecks, health);
    keep(m_lastReadings, metric);
    if (dropped)
        changed();
}

void RunMonitor::start(int healthIntervalMs, int metricIntervalMs) {
    m_healthTimer.start(qMax(1, healthIntervalMs));
    m_metricTimer.start(qMax(1, metricIntervalMs));
    healthRound();
    metricRound();
}

void RunMonitor::stop() {
    m_healthTimer.stop();
    m_metricTimer.stop();
    m_probe->abortAll();
    m_prometheus->abortAll();
}

void RunMonitor::healthRound() {
    const int timeout = timeoutFor(m_healthTimer.interval());
    for (const RunbookTrigger& trigger : std::as_const(m_triggers)) {
        if (trigger.kind == TriggerKind::HealthCheck && !m_probe->isRunning(trigger.id))
            m_probe->run(HealthCheck::fromTrigger(trigger, timeout));
    }
}

void RunMonitor::metricRound() {
    const int timeout = timeoutFor(m_metricTimer.interval());
    for (const RunbookTrigger& trigger : std::as_const(m_triggers)) {
        if (trigger.kind == TriggerKind::Metric && !m_prometheus->isRunning(trigger.id))
            m_prometheus->run(trigger.id, trigger.url, trigger.query,
                              trigger.above ? MetricWorst::Highest : MetricWorst::Lowest, timeout);
    }
}

bool RunMonitor::watches(qint64 id, TriggerKind kind) const {
    return std::any_of(m_triggers.begin(), m_triggers.end(),
                       [&](const RunbookTrigger& t) { return t.id == id && t.kind == kind; });
}

void RunMonitor::onChecked(const HealthCheckResult& result) {
    if (!watches(result.id, TriggerKind::HealthCheck))
        return; // its trigger was taken away while the check was out
    m_lastChecks.insert(result.id, result);
    if (result.ok) {
        // A success ends the streak: the count starts again and the old failure is gone.
        m_seen.consecutiveFailures.insert(result.id, 0);
        m_seen.lastFailure.remove(result.id);
    } else {
        ++m_seen.consecutiveFailures[result.id];
        m_seen.lastFailure.insert(result.id, result.reason);
    }
    changed();
}

void RunMonitor::onReading(const MetricReading& reading) {
    if (!watches(reading.id, TriggerKind::Metric))
        return;
    m_lastReadings.insert(reading.id, reading);
    m_seen.metricValues.insert(reading.id, reading.value);
    if (reading.reason.isEmpty())
        m_metricProblems.remove(reading.id);
    else
        m_metricProblems.insert(reading.id, reading.reason);
    changed();
}

void RunMonitor::changed() {
    if (m_signalPending)
        return;
    m_signalPending = true;
    QTimer::singleShot(0, this, [this] {
        m_signalPending = false;
        Q_EMIT observationsChanged();
    });
}

} // namespace slipway
