// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QList>
#include <QString>

namespace slipway {

class Database;

// What happened around a release's deployment, as stored: the rows the review's timeline and
// the configuration-management record are made from. Logins are not read: the timeline is
// blameless.
struct TimelineRows {
    struct Deployment {
        qint64 at = 0; // UTC seconds
        QString environment;
        QString version;
        QString outcome; // "succeeded", "failed", "rolled_back"
    };
    struct Run {
        qint64 id = 0;
        qint64 startedAt = 0;
        qint64 endedAt = 0; // 0 while running
        QString outcome;    // "running", "succeeded", "rolled_back", "aborted"
    };
    struct StepEvent {
        qint64 at = 0;
        qint64 runId = 0;
        QString stepKey;
        QString status; // "running", "done", "failed", "skipped"
    };
    struct Decision {
        qint64 at = 0;
        QString stepKey;
        QString decision; // "go", "no_go", "rollback"
        QString reason;
    };
    struct Firing {
        qint64 at = 0;
        QString kind;
        QString name;
        QString stepKey;
        QString message;
    };
    struct CheckResult {
        qint64 atMs = 0;
        qint64 checkId = 0;
        QString check;
        bool ok = false;
        QString reason;
        QString failedStep;
    };
    struct Feedback {
        qint64 at = 0;
        QString team;
        QString severity;
        QString what;
    };

    qint64 firstProductionAt = 0;    // 0: never deployed to production
    qint64 windowStart = 0;          // the release's window, UTC seconds; 0: unscheduled
    QList<RunbookStep> runbookSteps; // the release's runbook as it is now (keys, titles, plan)
    QStringList names;               // the product's and the services' names
    QList<Deployment> deployments;   // production only, oldest first
    QList<Run> runs;
    QList<StepEvent> steps;
    QList<Decision> decisions;
    QList<Firing> firings;
    QList<CheckResult> checkResults; // by check, then time
    QList<Incident> incidents;       // opened from 30 days before the deployment to the
                                     // feedback window's end (for correlation)
    QList<Feedback> feedback;
};

// Reads TimelineRows in a handful of queries. Files before schema 21 give no check results,
// incidents or feedback; before schema 20, no runs.
class TimelineReader {
public:
    explicit TimelineReader(Database& db);
    Result<TimelineRows> read(qint64 releaseId) const;

private:
    Database& m_db;
};

} // namespace slipway
