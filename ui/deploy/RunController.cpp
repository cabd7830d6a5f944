// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunController.h"

#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/RunMonitor.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace slipway::ui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(slipway::ui::RunController)
};

// Whether `fired` is already among the run's recorded firings. The record keeps the kind,
// the trigger's name and the step, which together stand for the occasion's key.
bool isRecorded(const RunbookRun& run, const FiredTrigger& fired) {
    return std::any_of(run.firings.cbegin(), run.firings.cend(), [&](const TriggerFiring& f) {
        return f.kind == fired.trigger.kind && f.triggerName == fired.trigger.name &&
               f.stepKey == fired.stepKey;
    });
}

} // namespace

RunController::RunController(Document& document, QObject* parent)
    : QObject(parent)
    , m_document(document) {
    m_tick = new QTimer(this);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &RunController::refresh);
    m_pending = new QTimer(this);
    m_pending->setSingleShot(true);
    m_pending->setInterval(0);
    connect(m_pending, &QTimer::timeout, this, &RunController::refresh);
    m_monitor = new RunMonitor(this);
    connect(m_monitor, &RunMonitor::observationsChanged, this,
            [this] { setObservations(m_monitor->observations()); });
    connect(&m_document, &Document::modified, this, &RunController::scheduleRefresh);
    connect(&m_document, &Document::changedElsewhere, this, &RunController::scheduleRefresh);
}

void RunController::setRelease(qint64 releaseId) {
    if (releaseId == m_releaseId && m_status)
        return;
    m_releaseId = releaseId;
    m_seen = {};
    m_knownRun = 0;
    m_knownFirings.clear();
    m_triedKeys.clear();
    m_unrecorded.clear();
    refresh();
}

qint64 RunController::now() const {
    return QDateTime::currentSecsSinceEpoch();
}

void RunController::scheduleRefresh() {
    // Several services may signal for one change; one read answers them all.
    if (!m_pending->isActive())
        m_pending->start();
}

void RunController::refresh() {
    m_pending->stop();
    if (m_releaseId <= 0) {
        m_status.reset();
        m_problem = Text::tr("Choose a release to run its runbook.");
        m_tick->stop();
        watch();
        Q_EMIT changed();
        return;
    }
    auto read = m_document.runbookRuns().status(m_releaseId, 0, m_seen);
    if (!read) {
        m_status.reset();
        m_problem = read.error().message;
        m_tick->stop();
        watch();
        Q_EMIT changed();
        return;
    }
    m_status = std::move(read.value());
    m_problem.clear();
    // The firings a run already had when it was first read are shown, not announced.
    if (m_status->run && m_status->run->id != m_knownRun) {
        m_knownRun = m_status->run->id;
        m_knownFirings.clear();
        for (const TriggerFiring& f : m_status->run->firings)
            m_knownFirings.insert(f.id);
    }
    QStringList fresh = recordNewFirings();
    // Every firing that appeared since was recorded here or by another program (a pipeline
    // marking a step failed, another window): each is announced once.
    if (m_status->run) {
        for (const TriggerFiring& f : m_status->run->firings) {
            if (!m_knownFirings.contains(f.id))
                fresh << f.message;
            m_knownFirings.insert(f.id);
        }
    }
    if (isRunning())
        m_tick->start();
    else
        m_tick->stop();
    watch();
    Q_EMIT changed();
    announce(fresh);
}

QStringList RunController::recordNewFirings() {
    QStringList unrecorded;
    if (!m_status || !m_status->run || !m_status->run->isRunning())
        return unrecorded;
    const RunbookRun& run = *m_status->run;
    bool recorded = false;
    for (const FiredTrigger& fired : m_status->firing) {
        const QString key = QString::number(run.id) + u'/' + fired.key;
        if (m_triedKeys.contains(key) || isRecorded(run, fired))
            continue;
        m_triedKeys.insert(key);
        if (m_document.runbookRuns().recordFiring(m_releaseId, fired)) {
            recorded = true;
        } else {
            m_unrecorded << fired.message;
            unrecorded << fired.message;
        }
    }
    if (recorded) {
        if (auto again = m_document.runbookRuns().status(m_releaseId, 0, m_seen))
            m_status = std::move(again.value());
    }
    return unrecorded;
}

void RunController::announce(const QStringList& messages) {
    if (messages.isEmpty())
        return;
    if (!m_muted)
        QApplication::beep();
    for (const QString& message : messages)
        Q_EMIT fired(message);
}

QList<RunStepRow> RunController::rows() const {
    return m_status ? runStepRows(*m_status, now()) : QList<RunStepRow>();
}

bool RunController::isRunning() const {
    return m_status && m_status->run && m_status->run->isRunning();
}

QStringList RunController::firedMessages() const {
    QStringList messages;
    if (!m_status || !m_status->run)
        return messages;
    for (const TriggerFiring& f : m_status->run->firings)
        messages.prepend(f.message);
    if (m_status->run->isRunning()) {
        for (const QString& message : m_unrecorded)
            messages.prepend(message);
    }
    return messages;
}

void RunController::watch() {
    // Health checks and metric queries run while the run does, on the runbook's triggers.
    QList<RunbookTrigger> live;
    if (isRunning()) {
        for (const RunbookTrigger& t : m_status->runbook.triggers) {
            if (t.kind == TriggerKind::HealthCheck || t.kind == TriggerKind::Metric)
                live << t;
        }
    }
    if (live.isEmpty()) {
        if (m_monitor->isRunning())
            m_monitor->stop();
        m_watched.clear();
        return;
    }
    if (live != m_watched) {
        m_watched = live;
        m_monitor->setTriggers(live);
    }
    if (!m_monitor->isRunning())
        m_monitor->start();
}

QStringList RunController::checkLines() const {
    QStringList lines;
    if (!isRunning())
        return lines;
    const TriggerObservations& seen = m_seen;
    for (const RunbookTrigger& t : m_status->runbook.triggers) {
        if (t.kind == TriggerKind::HealthCheck) {
            const int failed = seen.consecutiveFailures.value(t.id, 0);
            if (failed > 0)
                lines << Text::tr("%1: %n failed in a row (fires at %2), %3", nullptr, failed)
                             .arg(t.name)
                             .arg(std::max(1, t.failures))
                             .arg(seen.lastFailure.value(t.id));
            else
                lines << Text::tr("%1: passing").arg(t.name);
        } else if (t.kind == TriggerKind::Metric) {
            const auto value = seen.metricValues.constFind(t.id);
            const QString limit =
                (t.above ? Text::tr("fires above %1") : Text::tr("fires below %1"))
                    .arg(t.threshold);
            if (value == seen.metricValues.cend())
                lines << Text::tr("%1: not read yet (%2)").arg(t.name, limit);
            else if (std::isnan(*value))
                lines << Text::tr("%1: no value, %2 (%3)")
                             .arg(t.name, m_monitor->metricProblem(t.id), limit);
            else
                lines << Text::tr("%1: %2 (%3)").arg(t.name).arg(*value).arg(limit);
        }
    }
    return lines;
}

void RunController::setMuted(bool muted) {
    if (muted == m_muted)
        return;
    m_muted = muted;
    Q_EMIT mutedChanged(muted);
}

void RunController::setObservations(const TriggerObservations& seen) {
    m_seen = seen;
    if (isRunning())
        scheduleRefresh();
}

Result<RunbookRun> RunController::start() {
    auto started = m_document.runbookRuns().start(m_releaseId);
    refresh();
    return started;
}

Result<RunbookRun> RunController::mark(const QString& stepKey, StepStatus status,
                                       const QString& note) {
    auto marked = m_document.runbookRuns().setStep(m_releaseId, stepKey, status, note.trimmed());
    refresh();
    return marked;
}

Result<RunbookRun> RunController::decide(const QString& stepKey, RunDecision decision,
                                         const QString& reason) {
    auto decided =
        m_document.runbookRuns().decide(m_releaseId, stepKey, decision, reason.trimmed());
    refresh();
    return decided;
}

Result<RunbookRun> RunController::finish(RunOutcome outcome, const QString& note) {
    auto finished = m_document.runbookRuns().finish(m_releaseId, outcome, note.trimmed());
    refresh();
    return finished;
}

QString RunController::deploymentText(const RunbookRun& run) {
    if (run.deploymentId <= 0)
        return Text::tr("no deployment record (nothing reached production)");
    auto found = m_document.deployments().find(run.deploymentId);
    if (!found)
        return Text::tr("deployment record #%1").arg(run.deploymentId);
    const Deployment& d = found.value();
    return Text::tr("deployment record #%1: %2 %3 in %4, %5 by %6")
        .arg(QString::number(d.id), d.releaseLabel, d.version, d.environmentName,
             displayName(d.outcome).toLower(), d.deployedBy);
}

} // namespace slipway::ui
