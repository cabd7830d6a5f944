// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunStepRows.h"
#include "domain/Result.h"
#include "domain/Runbook.h"
#include "rules/TriggerEvaluator.h"
#include "services/RunbookRunService.h"

#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

class QTimer;

namespace slipway {
class Document;
class RunMonitor;
} // namespace slipway

namespace slipway::ui {

// The live run of one release's runbook, shared by the Run tab and the war room: reads where
// it stands again whenever the file changes (here, or from a pipeline's `slipway runbook step`)
// and every second while it runs, the service's health checks and metric queries running
// meanwhile (RunMonitor); records each rollback trigger the moment it fires and
// announces it (with a sound unless muted). Marks, decisions and the run's end are history,
// not edits: they go straight to RunbookRunService, as artifact verification does, and undo
// never takes them back.
class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(Document& document, QObject* parent = nullptr);

    Document& document() { return m_document; }
    void setRelease(qint64 releaseId);
    qint64 releaseId() const { return m_releaseId; }

    // Reads the run again now; the file's changes and the clock call it on their own.
    void refresh();
    // The release's runbook and run as last read; nullopt with the reason in problem().
    const std::optional<RunbookStatus>& status() const { return m_status; }
    QString problem() const { return m_problem; }
    QList<RunStepRow> rows() const;
    bool isRunning() const;
    // What fired in this run, newest first: the firings recorded and those holding now that
    // could not be recorded (a read-only file).
    QStringList firedMessages() const;
    qint64 now() const;

    bool muted() const { return m_muted; }
    void setMuted(bool muted);
    // What the live health and metric checks saw; fed to the triggers on each read. While a
    // run is under way the controller's own RunMonitor supplies them.
    void setObservations(const TriggerObservations& seen);
    RunMonitor& monitor() { return *m_monitor; }
    // What the live checks show now, one line per health-check or metric trigger of a run
    // under way ("Checkout health: 2 failed in a row, HTTP 500 after 120 ms"); empty otherwise.
    QStringList checkLines() const;

    Result<RunbookRun> start();
    Result<RunbookRun> mark(const QString& stepKey, StepStatus status, const QString& note = {});
    Result<RunbookRun> decide(const QString& stepKey, RunDecision decision, const QString& reason);
    Result<RunbookRun> finish(RunOutcome outcome, const QString& note = {});
    // The deployment record `run` wrote, in one line ("#12 Production, rolled back, …").
    QString deploymentText(const RunbookRun& run);

Q_SIGNALS:
    // The run was read again.
    void changed();
    // A trigger fired during this session (recorded now or by another program).
    void fired(const QString& message);
    void mutedChanged(bool muted);

private:
    void scheduleRefresh();
    void watch();
    // Records what fires now and was not recorded yet; gives what could not be recorded.
    QStringList recordNewFirings();
    void announce(const QStringList& messages);

    Document& m_document;
    qint64 m_releaseId = 0;
    std::optional<RunbookStatus> m_status;
    QString m_problem;
    TriggerObservations m_seen;
    bool m_muted = false;
    qint64 m_knownRun = 0;       // the run whose firings have been seen
    QSet<qint64> m_knownFirings; // ids of its recorded firings seen so far
    QSet<QString> m_triedKeys;   // FiredTrigger keys this session tried to record
    QStringList m_unrecorded;    // firings that could not be recorded, newest last
    RunMonitor* m_monitor = nullptr;
    QList<RunbookTrigger> m_watched; // the triggers the monitor was given
    QTimer* m_tick = nullptr;
    QTimer* m_pending = nullptr;
};

} // namespace slipway::ui
