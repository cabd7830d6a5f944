// SPDX-License-Identifier: GPL-3.0-or-later
#include "Runbook.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace slipway {

namespace {

// The spelling keys are compared in: trimmed, lower case, '-', '/' and spaces as '_'.
QString normalisedKey(const QString& key) {
    QString k = key.trimmed().toLower();
    for (QChar& c : k)
        if (c == u'-' || c == u' ' || c == u'/')
            c = u'_';
    while (k.contains(QStringLiteral("__")))
        k.replace(QStringLiteral("__"), QStringLiteral("_"));
    return k;
}

QJsonValue utcText(qint64 secs) {
    return secs > 0 ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate))
                    : QJsonValue();
}

} // namespace

// ---- DeploymentPattern

QString toKey(DeploymentPattern pattern) {
    switch (pattern) {
    case DeploymentPattern::BlueGreen:
        return QStringLiteral("blue_green");
    case DeploymentPattern::Canary:
        return QStringLiteral("canary");
    case DeploymentPattern::Rolling:
        return QStringLiteral("rolling");
    case DeploymentPattern::BigBang:
        return QStringLiteral("big_bang");
    case DeploymentPattern::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<DeploymentPattern> deploymentPatternFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (DeploymentPattern p :
         {DeploymentPattern::BlueGreen, DeploymentPattern::Canary, DeploymentPattern::Rolling,
          DeploymentPattern::BigBang, DeploymentPattern::Custom})
        if (toKey(p) == k)
            return p;
    if (k == QLatin1String("bluegreen") || k == QLatin1String("blue_green_deployment"))
        return DeploymentPattern::BlueGreen;
    if (k == QLatin1String("bigbang"))
        return DeploymentPattern::BigBang;
    if (k == QLatin1String("rolling_update") || k == QLatin1String("rolling_upgrade"))
        return DeploymentPattern::Rolling;
    return std::nullopt;
}

QString displayName(DeploymentPattern pattern) {
    switch (pattern) {
    case DeploymentPattern::BlueGreen:
        return QCoreApplication::translate("slipway", "Blue-green");
    case DeploymentPattern::Canary:
        return QCoreApplication::translate("slipway", "Canary");
    case DeploymentPattern::Rolling:
        return QCoreApplication::translate("slipway", "Rolling");
    case DeploymentPattern::BigBang:
        return QCoreApplication::translate("slipway", "Big bang");
    case DeploymentPattern::Custom:
        return QCoreApplication::translate("slipway", "Custom");
    }
    return {};
}

QList<DeploymentPattern> allDeploymentPatterns() {
    return {DeploymentPattern::BlueGreen, DeploymentPattern::Canary, DeploymentPattern::Rolling,
            DeploymentPattern::BigBang};
}

// ---- StepKind

QString toKey(StepKind kind) {
    switch (kind) {
    case StepKind::Script:
        return QStringLiteral("script");
    case StepKind::Manual:
        return QStringLiteral("manual");
    case StepKind::Migration:
        return QStringLiteral("migration");
    case StepKind::Cutover:
        return QStringLiteral("cutover");
    case StepKind::HealthCheck:
        return QStringLiteral("health_check");
    case StepKind::Checkpoint:
        return QStringLiteral("checkpoint");
    case StepKind::Communication:
        return QStringLiteral("communication");
    }
    return {};
}

std::optional<StepKind> stepKindFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (StepKind s : allStepKinds())
        if (toKey(s) == k)
            return s;
    if (k == QLatin1String("db_migration") || k == QLatin1String("database_migration") ||
        k == QLatin1String("schema_migration"))
        return StepKind::Migration;
    if (k == QLatin1String("dns_cutover") || k == QLatin1String("lb_cutover") ||
        k == QLatin1String("dns") || k == QLatin1String("load_balancer_cutover"))
        return StepKind::Cutover;
    if (k == QLatin1String("healthcheck") || k == QLatin1String("health"))
        return StepKind::HealthCheck;
    if (k == QLatin1String("go_no_go") || k == QLatin1String("gonogo"))
        return StepKind::Checkpoint;
    if (k == QLatin1String("comms") || k == QLatin1String("communications"))
        return StepKind::Communication;
    return std::nullopt;
}

QString displayName(StepKind kind) {
    switch (kind) {
    case StepKind::Script:
        return QCoreApplication::translate("slipway", "Script");
    case StepKind::Manual:
        return QCoreApplication::translate("slipway", "Manual");
    case StepKind::Migration:
        return QCoreApplication::translate("slipway", "Database migration");
    case StepKind::Cutover:
        return QCoreApplication::translate("slipway", "DNS/LB cutover");
    case StepKind::HealthCheck:
        return QCoreApplication::translate("slipway", "Health check");
    case StepKind::Checkpoint:
        return QCoreApplication::translate("slipway", "Go/no-go checkpoint");
    case StepKind::Communication:
        return QCoreApplication::translate("slipway", "Communication");
    }
    return {};
}

QList<StepKind> allStepKinds() {
    return {StepKind::Script,      StepKind::Manual,     StepKind::Migration,    StepKind::Cutover,
            StepKind::HealthCheck, StepKind::Checkpoint, StepKind::Communication};
}

// ---- StepDirection

QString toKey(StepDirection direction) {
    return direction == StepDirection::Rollback ? QStringLiteral("rollback")
                                                : QStringLiteral("forward");
}

std::optional<StepDirection> stepDirectionFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    if (k == QLatin1String("forward"))
        return StepDirection::Forward;
    if (k == QLatin1String("rollback") || k == QLatin1String("roll_back"))
        return StepDirection::Rollback;
    return std::nullopt;
}

// ---- TriggerKind

QString toKey(TriggerKind kind) {
    switch (kind) {
    case TriggerKind::StepFailed:
        return QStringLiteral("step_failed");
    case TriggerKind::StepOverrun:
        return QStringLiteral("step_overrun");
    case TriggerKind::WindowOverrun:
        return QStringLiteral("window_overrun");
    case TriggerKind::HealthCheck:
        return QStringLiteral("health_check");
    case TriggerKind::Metric:
        return QStringLiteral("metric");
    }
    return {};
}

std::optional<TriggerKind> triggerKindFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (TriggerKind t :
         {TriggerKind::StepFailed, TriggerKind::StepOverrun, TriggerKind::WindowOverrun,
          TriggerKind::HealthCheck, TriggerKind::Metric})
        if (toKey(t) == k)
            return t;
    return std::nullopt;
}

QString displayName(TriggerKind kind) {
    switch (kind) {
    case TriggerKind::StepFailed:
        return QCoreApplication::translate("slipway", "Step failed");
    case TriggerKind::StepOverrun:
        return QCoreApplication::translate("slipway", "Step overrun");
    case TriggerKind::WindowOverrun:
        return QCoreApplication::translate("slipway", "Window overrun");
    case TriggerKind::HealthCheck:
        return QCoreApplication::translate("slipway", "Health check");
    case TriggerKind::Metric:
        return QCoreApplication::translate("slipway", "Metric threshold");
    }
    return {};
}

// ---- Runbook

const RunbookStep* Runbook::step(const QString& key) const {
    for (const RunbookStep& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

QString toKey(Runbook::State state) {
    return state == Runbook::State::Ready ? QStringLiteral("ready") : QStringLiteral("draft");
}

bool isValidStepKey(const QString& key) {
    if (key.isEmpty() || key.size() > 32)
        return false;
    for (QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                        (u >= u'0' && u <= u'9') || u == u'.' || u == u'_' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

// ---- Execution

QString toKey(StepStatus status) {
    switch (status) {
    case StepStatus::Pending:
        return QStringLiteral("pending");
    case StepStatus::Running:
        return QStringLiteral("running");
    case StepStatus::Done:
        return QStringLiteral("done");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

std::optional<StepStatus> stepStatusFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (StepStatus s : {StepStatus::Pending, StepStatus::Running, StepStatus::Done,
                         StepStatus::Failed, StepStatus::Skipped})
        if (toKey(s) == k)
            return s;
    return std::nullopt;
}

QString displayName(StepStatus status) {
    switch (status) {
    case StepStatus::Pending:
        return QCoreApplication::translate("slipway", "Pending");
    case StepStatus::Running:
        return QCoreApplication::translate("slipway", "Running");
    case StepStatus::Done:
        return QCoreApplication::translate("slipway", "Done");
    case StepStatus::Failed:
        return QCoreApplication::translate("slipway", "Failed");
    case StepStatus::Skipped:
        return QCoreApplication::translate("slipway", "Skipped");
    }
    return {};
}

QString toKey(RunOutcome outcome) {
    switch (outcome) {
    case RunOutcome::Running:
        return QStringLiteral("running");
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::RolledBack:
        return QStringLiteral("rolled_back");
    case RunOutcome::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

std::optional<RunOutcome> runOutcomeFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (RunOutcome o :
         {RunOutcome::Running, RunOutcome::Succeeded, RunOutcome::RolledBack, RunOutcome::Aborted})
        if (toKey(o) == k)
            return o;
    return std::nullopt;
}

QString displayName(RunOutcome outcome) {
    switch (outcome) {
    case RunOutcome::Running:
        return QCoreApplication::translate("slipway", "Running");
    case RunOutcome::Succeeded:
        return QCoreApplication::translate("slipway", "Succeeded");
    case RunOutcome::RolledBack:
        return QCoreApplication::translate("slipway", "Rolled back");
    case RunOutcome::Aborted:
        return QCoreApplication::translate("slipway", "Aborted");
    }
    return {};
}

QString toKey(RunDecision decision) {
    switch (decision) {
    case RunDecision::Go:
        return QStringLiteral("go");
    case RunDecision::NoGo:
        return QStringLiteral("no_go");
    case RunDecision::Rollback:
        return QStringLiteral("rollback");
    }
    return {};
}

std::optional<RunDecision> runDecisionFromKey(const QString& key) {
    const QString k = normalisedKey(key);
    for (RunDecision d : {RunDecision::Go, RunDecision::NoGo, RunDecision::Rollback})
        if (toKey(d) == k)
            return d;
    if (k == QLatin1String("nogo"))
        return RunDecision::NoGo;
    if (k == QLatin1String("roll_back"))
        return RunDecision::Rollback;
    return std::nullopt;
}

QString displayName(RunDecision decision) {
    switch (decision) {
    case RunDecision::Go:
        return QCoreApplication::translate("slipway", "Go");
    case RunDecision::NoGo:
        return QCoreApplication::translate("slipway", "No-go");
    case RunDecision::Rollback:
        return QCoreApplication::translate("slipway", "Rollback");
    }
    return {};
}

StepProgress progressOf(const RunbookRun& run, const QString& stepKey) {
    StepProgress p;
    for (const StepEvent& e : run.events) {
        if (e.stepKey != stepKey)
            continue;
        p.status = e.status;
        p.by = e.by;
        p.note = e.note;
        if (e.status == StepStatus::Running) {
            if (p.startedAt == 0)
                p.startedAt = e.at;
            p.endedAt = 0; // started again after an end: not ended now
        } else if (e.status != StepStatus::Pending) {
            p.endedAt = e.at;
        }
    }
    return p;
}

// ---- JSON

QJsonObject toJson(const RunbookStep& s) {
    QJsonObject o{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("key"), s.key},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("kind"), toKey(s.kind)},
        {QStringLiteral("direction"), toKey(s.direction)},
        {QStringLiteral("rollback_of"), s.rollbackOf},
        {QStringLiteral("owner"), s.owner},
        {QStringLiteral("offset_min"), s.offsetMin},
        {QStringLiteral("duration_min"), s.durationMin},
        {QStringLiteral("depends_on"), QJsonArray::fromStringList(s.dependsOn)},
        {QStringLiteral("notes"), s.notes},
    };
    if (s.kind == StepKind::Script || !s.scriptRepo.isEmpty() || !s.scriptPath.isEmpty()) {
        o.insert(QStringLiteral("script"), QJsonObject{{QStringLiteral("repo"), s.scriptRepo},
                                                       {QStringLiteral("path"), s.scriptPath},
                                                       {QStringLiteral("commit"), s.scriptCommit},
                                                       {QStringLiteral("sha256"), s.scriptSha256}});
    }
    if (s.kind == StepKind::Cutover || !s.dnsRecord.isEmpty()) {
        o.insert(QStringLiteral("cutover"),
                 QJsonObject{{QStringLiteral("record"), s.dnsRecord},
                             {QStringLiteral("ttl_old_s"), s.ttlOldSeconds},
                             {QStringLiteral("ttl_new_s"), s.ttlNewSeconds},
                             {QStringLiteral("ttl_lowered_at"), utcText(s.ttlLoweredAt)}});
    }
    return o;
}

QJsonObject toJson(const RunbookTrigger& t) {
    QJsonObject o{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("kind"), toKey(t.kind)},
        {QStringLiteral("name"), t.name},
    };
    switch (t.kind) {
    case TriggerKind::StepFailed:
    case TriggerKind::WindowOverrun:
        break;
    case TriggerKind::StepOverrun:
        o.insert(QStringLiteral("factor"), t.factor);
        break;
    case TriggerKind::HealthCheck:
        o.insert(QStringLiteral("url"), t.url);
        o.insert(QStringLiteral("failures"), t.failures);
        o.insert(QStringLiteral("expect_status"), t.expectStatus);
        o.insert(QStringLiteral("expect_body"), t.expectBody);
        o.insert(QStringLiteral("latency_ms"), t.latencyMs);
        break;
    case TriggerKind::Metric:
        o.insert(QStringLiteral("url"), t.url);
        o.insert(QStringLiteral("query"), t.query);
        o.insert(QStringLiteral("comparison"),
                 t.above ? QStringLiteral("above") : QStringLiteral("below"));
        o.insert(QStringLiteral("threshold"), t.threshold);
        break;
    }
    return o;
}

QJsonObject toJson(const MigrationRehearsal& r) {
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("step_key"), r.stepKey},
        {QStringLiteral("rehearsed_at"), utcText(r.rehearsedAt)},
        {QStringLiteral("rehearsed_by"), r.rehearsedBy},
        {QStringLiteral("clone"), r.cloneName},
        {QStringLiteral("duration_min"), r.durationMin},
        {QStringLiteral("rows_before"), r.rowsBefore},
        {QStringLiteral("rows_after"), r.rowsAfter},
        {QStringLiteral("result"), r.passed ? QStringLiteral("passed") : QStringLiteral("failed")},
        {QStringLiteral("notes"), r.notes},
    };
}

QJsonObject toJson(const Runbook& r) {
    QJsonArray steps;
    for (const RunbookStep& s : r.steps)
        steps.append(toJson(s));
    QJsonArray triggers;
    for (const RunbookTrigger& t : r.triggers)
        triggers.append(toJson(t));
    QJsonArray rehearsals;
    for (const MigrationRehearsal& m : r.rehearsals)
        rehearsals.append(toJson(m));
    return QJsonObject{
        {QStringLiteral("id"), r.id},
        {QStringLiteral("release_id"), r.releaseId},
        {QStringLiteral("release"), r.releaseLabel},
        {QStringLiteral("pattern"), toKey(r.pattern)},
        {QStringLiteral("rationale"), r.rationale},
        {QStringLiteral("guide_answers"), r.guideAnswers},
        {QStringLiteral("state"), toKey(r.state)},
        {QStringLiteral("ready_by"), r.readyBy},
        {QStringLiteral("ready_at"), utcText(r.readyAt)},
        {QStringLiteral("steps"), steps},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("rehearsals"), rehearsals},
        {QStringLiteral("row_version"), r.rowVersion},
        {QStringLiteral("updated_by"), r.updatedBy},
        {QStringLiteral("updated_at"), utcText(r.updatedAt)},
    };
}

} // namespace slipway
