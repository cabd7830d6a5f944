// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// How a release reaches production. Custom: steps written by hand, no pattern's template.
enum class DeploymentPattern { BlueGreen, Canary, Rolling, BigBang, Custom };
QString toKey(DeploymentPattern pattern); // "blue_green", "canary", "rolling", "big_bang", "custom"
// Accepts the keys and the spellings people type ("blue-green", "Big bang").
std::optional<DeploymentPattern> deploymentPatternFromKey(const QString& key);
QString displayName(DeploymentPattern pattern);   // "Blue-green" …
QList<DeploymentPattern> allDeploymentPatterns(); // without Custom

enum class StepKind { Script, Manual, Migration, Cutover, HealthCheck, Checkpoint, Communication };
QString toKey(StepKind kind); // "script", "manual", "migration", "cutover", "health_check",
                              // "checkpoint", "communication"
std::optional<StepKind> stepKindFromKey(const QString& key); // also "health-check", "db migration"
QString displayName(StepKind kind);
QList<StepKind> allStepKinds();

enum class StepDirection { Forward, Rollback };
QString toKey(StepDirection direction); // "forward", "rollback"
std::optional<StepDirection> stepDirectionFromKey(const QString& key);

// One step of a runbook. Times are minutes from the start of the release's window.
struct RunbookStep {
    qint64 id = 0;
    QString key; // stable and unique in the runbook: what pipelines report against ("S3")
    QString title;
    StepKind kind = StepKind::Manual;
    StepDirection direction = StepDirection::Forward;
    QString rollbackOf;    // a rollback step: the key of the forward step it reverses
    QString owner;         // a role key ("deployer") or a person's name
    int offsetMin = 0;     // may not start before this
    int durationMin = 0;   // planned
    QStringList dependsOn; // keys of steps that must be done (or skipped) first
    // Script steps: where the script is kept, never the script itself.
    QString scriptRepo; // repository URL
    QString scriptPath;
    QString scriptCommit; // full or abbreviated commit id
    QString scriptSha256; // of the script at that commit, lower-case hex
    // DNS or load-balancer cutovers: the record and its TTL, lowered ahead of the switch.
    QString dnsRecord;
    int ttlOldSeconds = 0;   // the TTL before it was lowered
    int ttlNewSeconds = 0;   // the lowered TTL
    qint64 ttlLoweredAt = 0; // UTC seconds; 0: not lowered (yet)
    QString notes;

    bool isForward() const { return direction == StepDirection::Forward; }
    bool operator==(const RunbookStep&) const = default;
};

// A rehearsal of a database migration step against a clone of production.
struct MigrationRehearsal {
    qint64 id = 0;
    QString stepKey;
    qint64 rehearsedAt = 0; // UTC seconds
    QString rehearsedBy;
    QString cloneName; // which clone of production
    int durationMin = 0;
    qint64 rowsBefore = 0;
    qint64 rowsAfter = 0;
    bool passed = false;
    QString notes;
    QString createdBy;
    qint64 createdAt = 0;
};

enum class TriggerKind { StepFailed, StepOverrun, WindowOverrun, HealthCheck, Metric };
QString toKey(TriggerKind kind); // "step_failed", "step_overrun", "window_overrun",
                                 // "health_check", "metric"
std::optional<TriggerKind> triggerKindFromKey(const QString& key);
QString displayName(TriggerKind kind);

// A predefined rollback condition. Only the fields of its kind mean anything.
struct RunbookTrigger {
    qint64 id = 0;
    TriggerKind kind = TriggerKind::StepFailed;
    QString name;         // as the banner says it ("Checkout health")
    double factor = 0;    // StepOverrun: planned duration × factor
    int failures = 0;     // HealthCheck: this many failed checks in a row
    QString url;          // HealthCheck: GET target; Metric: the Prometheus server's base URL
    int expectStatus = 0; // HealthCheck: 0 means any 2xx
    QString expectBody;   // HealthCheck: text the body must contain; empty: any
    int latencyMs = 0;    // HealthCheck: budget; 0: none
    QString query;        // Metric: PromQL for /api/v1/query
    bool above = true;    // Metric: fires when the value is above (else below) the threshold
    double threshold = 0; // Metric
    bool operator==(const RunbookTrigger&) const = default;
};

// A release's runbook: the pattern with its reasons, the steps, the rehearsals of its
// migrations and its rollback triggers. Ready runbooks are locked for the window.
struct Runbook {
    enum class State { Draft, Ready };
    qint64 id = 0;
    qint64 releaseId = 0;
    QString releaseLabel; // read with the row
    DeploymentPattern pattern = DeploymentPattern::Custom;
    QString rationale;
    QJsonObject guideAnswers; // what the pattern guide was told (PatternGuide's keys)
    State state = State::Draft;
    QString readyBy;
    qint64 readyAt = 0;
    QList<RunbookStep> steps; // in order
    QList<RunbookTrigger> triggers;
    QList<MigrationRehearsal> rehearsals; // read with the runbook; written on their own
    qint64 rowVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;
    QString updatedBy;
    qint64 updatedAt = 0;

    bool isReady() const { return state == State::Ready; }
    const RunbookStep* step(const QString& key) const; // nullptr when none
};
QString toKey(Runbook::State state); // "draft", "ready"

// A step key as pipelines type it: letters, digits, '.', '_' and '-', 1 to 32 characters.
bool isValidStepKey(const QString& key);

// Execution.
enum class StepStatus { Pending, Running, Done, Failed, Skipped };
QString toKey(StepStatus status); // "pending", "running", "done", "failed", "skipped"
std::optional<StepStatus> stepStatusFromKey(const QString& key);
QString displayName(StepStatus status);

enum class RunOutcome { Running, Succeeded, RolledBack, Aborted };
QString toKey(RunOutcome outcome); // "running", "succeeded", "rolled_back", "aborted"
std::optional<RunOutcome> runOutcomeFromKey(const QString& key);
QString displayName(RunOutcome outcome);

enum class RunDecision { Go, NoGo, Rollback };
QString toKey(RunDecision decision);                               // "go", "no_go", "rollback"
std::optional<RunDecision> runDecisionFromKey(const QString& key); // also "no-go"
QString displayName(RunDecision decision);

struct StepEvent {
    qint64 id = 0;
    QString stepKey;
    StepStatus status = StepStatus::Running; // never Pending
    qint64 at = 0;                           // UTC seconds
    QString by;
    QString note;
};

struct TriggerFiring {
    qint64 id = 0;
    TriggerKind kind = TriggerKind::StepFailed;
    QString triggerName;
    QString stepKey; // the step it concerns, if any
    QString message; // one line, as the banner showed it
    qint64 at = 0;
    QString by;
};

struct CheckpointDecision {
    qint64 id = 0;
    QString stepKey; // the checkpoint step; empty: taken outside a checkpoint
    RunDecision decision = RunDecision::Go;
    QString reason;
    qint64 at = 0;
    QString by;
};

// One execution of a runbook, with everything recorded during it, oldest first.
struct RunbookRun {
    qint64 id = 0;
    qint64 runbookId = 0;
    QString startedBy;
    qint64 startedAt = 0;
    QString endedBy;
    qint64 endedAt = 0;
    RunOutcome outcome = RunOutcome::Running;
    qint64 deploymentId = 0; // the deployment record the run's end wrote; 0: none
    QList<StepEvent> events;
    QList<TriggerFiring> firings;
    QList<CheckpointDecision> decisions;
    qint64 rowVersion = 0;

    bool isRunning() const { return outcome == RunOutcome::Running; }
};

// Where one step of a run stands, from its events: the latest status, when it started
// (its first "running") and when it ended (its latest done, failed or skipped).
struct StepProgress {
    StepStatus status = StepStatus::Pending;
    qint64 startedAt = 0;
    qint64 endedAt = 0;
    QString by;   // who set the latest status
    QString note; // with the latest status
};
StepProgress progressOf(const RunbookRun& run, const QString& stepKey);

QJsonObject toJson(const RunbookStep& step);
QJsonObject toJson(const RunbookTrigger& trigger);
QJsonObject toJson(const MigrationRehearsal& rehearsal);
QJsonObject toJson(const Runbook& runbook);

} // namespace slipway
