// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRunbooks.h"

#include "DemoAudit.h"

#include "domain/Deployment.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/Runbook.h"
#include "rules/PatternGuide.h"
#include "rules/PatternTemplates.h"
#include "rules/RunbookSchedule.h"
#include "rules/TriggerEvaluator.h"
#include "storage/Database.h"
#include "storage/DeploymentRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/RunbookRunRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <optional>

namespace slipway::DemoRunbooks {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoRunbooks)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;

// Who does what in the demo's runs, by role; handles as the demo's audit entries name people.
struct Cast {
    QString manager = QStringLiteral("amara.okafor");
    QString operations = QStringLiteral("hiro.tanaka");
    QString qa = QStringLiteral("priya.raman");
    QString pipeline = QStringLiteral("deploy-pipeline");

    QString forOwner(const RunbookStep& step, const QString& deployer) const {
        if (step.kind == StepKind::Script)
            return pipeline; // scripts report from the pipeline that runs them
        if (step.owner == u"release_manager")
            return manager;
        if (step.owner == u"qa")
            return qa;
        if (step.owner == u"deployer")
            return deployer;
        return operations;
    }
};

Result<Cast> castOf(Database& db) {
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();
    Cast cast;
    const auto pick = [&](const QString& role, QString& into) {
        for (const Person& p : people.value())
            if (p.roles.contains(role)) {
                const QString handle = p.email.section(u'@', 0, 0);
                into = handle.isEmpty() ? p.name : handle;
                return;
            }
    };
    pick(QStringLiteral("release_manager"), cast.manager);
    pick(QStringLiteral("operations"), cast.operations);
    pick(QStringLiteral("qa"), cast.qa);
    return cast;
}

QString hexOf(const QString& seed, QCryptographicHash::Algorithm algorithm) {
    return QString::fromLatin1(QCryptographicHash::hash(seed.toUtf8(), algorithm).toHex());
}

// "Identity Provider 3.10.1 hotfix" → "identity-provider".
QString slugOf(const Release& r) {
    const qsizetype at = r.version.isEmpty() ? -1 : r.name.indexOf(r.version);
    const QString product = at > 0 ? r.name.left(at).trimmed() : r.name;
    QString out;
    for (const QChar c : product.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("service") : out;
}

// A script step referenced in the deployment repository at a commit, with its digest.
void scriptify(RunbookStep& s, const QString& slug, const QString& path, bool withDigest = true) {
    s.kind = StepKind::Script;
    s.scriptRepo = QStringLiteral("https://git.northwind.example/%1-deploy.git").arg(slug);
    s.scriptPath = path;
    s.scriptCommit = hexOf(slug + QStringLiteral(" deploy ") + path, QCryptographicHash::Sha1);
    s.scriptSha256 =
        withDigest ? hexOf(slug + QStringLiteral(" script ") + path, QCryptographicHash::Sha256)
                   : QString();
}

RunbookStep* stepOf(Runbook& b, const QString& key) {
    for (RunbookStep& s : b.steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

// Offsets and durations scaled down so that the plan ends within `minutes` (a hotfix's short
// window), never below a minute a step.
void fitPlan(Runbook& b, int minutes) {
    auto plan = planRunbook(b.steps);
    if (!plan || plan->plannedEndMin <= minutes || minutes <= 0)
        return;
    const double f = double(minutes) / plan->plannedEndMin;
    for (RunbookStep& s : b.steps) {
        s.offsetMin = int(std::floor(s.offsetMin * f));
        s.durationMin = std::max(1, int(std::floor(s.durationMin * f)));
    }
}

PatternAnswers answersFor(DeploymentPattern pattern) {
    using Tri = PatternAnswers::Tri;
    PatternAnswers a;
    switch (pattern) {
    case DeploymentPattern::Canary:
        a = {Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             Tri::No,
             PatternAnswers::Speed::Minutes,
             PatternAnswers::Impact::Some};
        break;
    case DeploymentPattern::BlueGreen:
        a = {Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             Tri::Yes,
             PatternAnswers::Speed::Seconds,
             PatternAnswers::Impact::None};
        break;
    case DeploymentPattern::Rolling:
        a = {Tri::No,
             Tri::Yes,
             Tri::Yes,
             Tri::No,
             PatternAnswers::Speed::Hours,
             PatternAnswers::Impact::None};
        break;
    default:
        a = {Tri::No,
             Tri::No,
             Tri::No,
             Tri::No,
             PatternAnswers::Speed::Hours,
             PatternAnswers::Impact::Tolerated};
        break;
    }
    return a;
}

QString rationaleFor(DeploymentPattern pattern, const QString& product) {
    switch (pattern) {
    case DeploymentPattern::Canary:
        return Text::tr("%1 is stateless behind the load balancer and the fix does not touch "
                        "the schema, but there is no room for a second full environment. A "
                        "canary puts the fix in front of 5 % of users first and shows within half "
                        "an hour whether the error rate drops; taking the canary out "
                        "of the pool is the rollback.")
            .arg(product);
    case DeploymentPattern::BlueGreen:
        return Text::tr("%1 must switch back within seconds if anything goes wrong: customers "
                        "cannot wait for a redeploy. The spare cluster runs green next to blue, "
                        "the schema change is additive and both versions read it, and blue "
                        "stays untouched as the rollback target until the go to retire it.")
            .arg(product);
    case DeploymentPattern::Rolling:
        return Text::tr("%1 keeps a warm cache in each instance, so instances are "
                        "replaced a quarter at a time rather than shifting traffic between two "
                        "fleets; there is no spare capacity for a second fleet, and users notice "
                        "nothing while one batch is drained. A half-way go/no-go guards the "
                        "second half.")
            .arg(product);
    default:
        return Text::tr("%1 runs one writer against its database and the migration rewrites "
                        "tables the old version cannot read, so both versions cannot run "
                        "together. The nightly load is paused for the window, the outage is "
                        "announced, and the restore from the checked backup is the rollback.")
            .arg(product);
    }
}

// The reason for a go at a checkpoint, by its place in the pattern.
QString goReason(DeploymentPattern pattern, const QString& key) {
    if (key == u"S2")
        return Text::tr("Bridge complete: on-call, database owner and service owner present; "
                        "backups and rollback scripts checked; no open incident.");
    switch (pattern) {
    case DeploymentPattern::Canary:
        return key == u"S5" ? Text::tr("Canary at 5 % for 30 min: 5xx 0.21 % against 0.24 % on "
                                       "stable, p95 latency 182 ms against 178 ms.")
                            : Text::tr("Canary at 25 %: error rate and latency level with "
                                       "stable, no new alerts.");
    case DeploymentPattern::BlueGreen:
        return key == u"S5" ? Text::tr("Green smoke tests 42/42 passed on the private endpoint; "
                                       "test transaction settled.")
                            : Text::tr("Blue idle for the agreed time with no incident; retire "
                                       "it.");
    case DeploymentPattern::Rolling:
        return Text::tr("Batches 1 and 2 healthy for 10 min each: error rate 0.1 %, cache hit "
                        "rate back to 93 %.");
    default:
        return Text::tr("Smoke tests and the test report behind the maintenance page match "
                        "yesterday's figures; open the service.");
    }
}

// A pattern's template made the demo's own: scripts referenced on the steps that run them, a
// cutover with its DNS record and TTLs, the migration with its file named.
Runbook bookFor(const Release& r, DeploymentPattern pattern, qint64 created, bool complete,
                int fitMinutes) {
    const QString slug = slugOf(r);
    const PatternTemplate seed = templateFor(pattern, 2);
    Runbook b;
    b.releaseId = r.id;
    b.pattern = pattern;
    b.guideAnswers = answersFor(pattern).toJson();
    const qsizetype at = r.version.isEmpty() ? -1 : r.name.indexOf(r.version);
    b.rationale = rationaleFor(pattern, at > 0 ? r.name.left(at).trimmed() : r.name);
    b.steps = seed.steps;
    b.triggers = seed.triggers;
    const qint64 windowStart = r.windowStart.toSecsSinceEpoch();
    const auto script = [&](const QString& key, const QString& path, bool digest = true) {
        if (RunbookStep* s = stepOf(b, key))
            scriptify(*s, slug, path, digest);
    };
    switch (pattern) {
    case DeploymentPattern::Canary:
        script(QStringLiteral("S3"), QStringLiteral("deploy/canary.sh"));
        script(QStringLiteral("R1"), QStringLiteral("deploy/canary-remove.sh"));
        script(QStringLiteral("S6"), QStringLiteral("deploy/traffic-weight.sh"));
        script(QStringLiteral("R2"), QStringLiteral("deploy/traffic-weight.sh"));
        break;
    case DeploymentPattern::BlueGreen: {
        script(QStringLiteral("S3"), QStringLiteral("deploy/green-up.sh"), complete);
        script(QStringLiteral("R1"), QStringLiteral("deploy/green-down.sh"));
        for (const QString& key : {QStringLiteral("S6"), QStringLiteral("R2")})
            if (RunbookStep* s = stepOf(b, key)) {
                s->dnsRecord = QStringLiteral("%1.northwind.example").arg(slug);
                s->ttlOldSeconds = 3600;
                s->ttlNewSeconds = 60;
                // Lowered two days ahead (the draft's below).
                s->ttlLoweredAt =
                    complete ? windowStart - 2 * kDay : windowStart + (s->offsetMin - 20) * kMinute;
            }
        RunbookTrigger errors;
        errors.kind = TriggerKind::Metric;
        errors.name = Text::tr("Error rate (5xx)");
        errors.url = QStringLiteral("http://prometheus.northwind.example:9090");
        errors.query = QStringLiteral("sum(rate(http_requests_total{job=\"%1\",code=~\"5..\"}[5m]))"
                                      " / sum(rate(http_requests_total{job=\"%1\"}[5m]))")
                           .arg(slug);
        errors.above = true;
        errors.threshold = 0.02;
        b.triggers << errors;
        break;
    }
    case DeploymentPattern::Rolling: {
        for (const QString& key : {QStringLiteral("S3"), QStringLiteral("S5"), QStringLiteral("S8"),
                                   QStringLiteral("S10")})
            script(key, QStringLiteral("deploy/rolling-batch.sh"));
        for (const QString& key : {QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"),
                                   QStringLiteral("R4")})
            script(key, QStringLiteral("deploy/rolling-batch-revert.sh"));
        RunbookTrigger health;
        health.kind = TriggerKind::HealthCheck;
        health.name = Text::tr("Health endpoint");
        health.url = QStringLiteral("https://%1.northwind.example/healthz").arg(slug);
        health.failures = 3;
        health.expectStatus = 200;
        health.expectBody = QStringLiteral("\"status\":\"ok\"");
        health.latencyMs = 800;
        b.triggers << health;
        break;
    }
    default:
        if (RunbookStep* s = stepOf(b, QStringLiteral("S5")))
            s->notes = QStringLiteral("db/migrations/V%1__partition_fact_orders.sql")
                           .arg(QString(r.version).replace(u'.', u'_'));
        script(QStringLiteral("S6"), QStringLiteral("deploy/release.sh"));
        script(QStringLiteral("R3"), QStringLiteral("deploy/release.sh"));
        break;
    }
    if (r.windowStart.isValid() && r.windowEnd.isValid())
        fitPlan(b, fitMinutes > 0 ? fitMinutes
                                  : int((r.windowEnd.toSecsSinceEpoch() - windowStart) / kMinute));
    // The draft's TTL was lowered only 20 minutes before its planned cutover: less than one
    // old TTL, so resolvers may still hold the old address when traffic switches.
    if (auto plan = planRunbook(b.steps); plan && !complete)
        if (const StepTiming* t = plan->timing(QStringLiteral("S6")))
            for (RunbookStep& s : b.steps)
                if (s.kind == StepKind::Cutover)
                    s.ttlLoweredAt = windowStart + (t->earliestStart - 20) * kMinute;
    b.createdAt = created;
    return b;
}

// The run's records, written as the services write them, each with its audit entry.
struct RunWriter {
    Database& db;
    DemoAuditWriter& audit;
    const Runbook& book;
    qint64 windowStart = 0;
    qint64 windowEnd = 0;
    RunbookRun run;

    Result<void> start(qint64 at, const QString& by) {
        auto started = RunbookRunRepository(db).start(book.id, by, at);
        if (!started)
            return started.error();
        run = started.value();
        return audit.audit(at, by, QStringLiteral("start"), QStringLiteral("runbook_run"), run.id,
                           imageOf());
    }
    Result<void> mark(const QString& key, StepStatus status, qint64 at, const QString& by,
                      const QString& note = {}) {
        StepEvent e{0, key, status, at, by, note};
        auto added = RunbookRunRepository(db).addEvent(run.id, e);
        if (!added)
            return added.error();
        run.events << added.value();
        return audit.audit(at, by, QStringLiteral("create"), QStringLiteral("runbook_step_event"),
                           added->id,
                           {{QStringLiteral("run_id"), run.id},
                            {QStringLiteral("step"), key},
                            {QStringLiteral("status"), toKey(status)},
                            {QStringLiteral("note"), note}});
    }
    Result<void> decide(const QString& key, RunDecision decision, const QString& reason, qint64 at,
                        const QString& by) {
        CheckpointDecision d{0, key, decision, reason, at, by};
        auto added = RunbookRunRepository(db).addDecision(run.id, d);
        if (!added)
            return added.error();
        run.decisions << added.value();
        if (auto a = audit.audit(at, by, QStringLiteral("create"),
                                 QStringLiteral("runbook_decision"), added->id,
                                 {{QStringLiteral("run_id"), run.id},
                                  {QStringLiteral("step"), key},
                                  {QStringLiteral("decision"), toKey(decision)},
                                  {QStringLiteral("reason"), reason}});
            !a)
            return a;
        const RunbookStep* step = book.step(key);
        if (step && step->kind == StepKind::Checkpoint && decision == RunDecision::Go)
            return mark(key, StepStatus::Done, at, by, Text::tr("Go: %1").arg(reason));
        return {};
    }
    // Records what the triggers say at `at`, each condition once, as the open window does.
    Result<void> fire(qint64 at, const QString& by, const TriggerObservations& seen = {}) {
        auto plan = planRunbook(book.steps);
        if (!plan)
            return plan.error();
        const RunProjection projection = projectRun(book.steps, plan.value(), run, windowStart, at);
        for (const FiredTrigger& fired : evaluateTriggers(book, projection, windowEnd, seen)) {
            const bool known =
                std::any_of(run.firings.cbegin(), run.firings.cend(), [&](const TriggerFiring& f) {
                    return f.kind == fired.trigger.kind && f.triggerName == fired.trigger.name &&
                           f.stepKey == fired.stepKey;
                });
            if (known)
                continue;
            TriggerFiring f{
                0, fired.trigger.kind, fired.trigger.name, fired.stepKey, fired.message, at, by};
            auto put = RunbookRunRepository(db).addFiring(run.id, f);
            if (!put)
                return put.error();
            run.firings << put.value();
            if (auto a = audit.audit(at, by, QStringLiteral("create"),
                                     QStringLiteral("runbook_trigger_firing"), put->id,
                                     {{QStringLiteral("run_id"), run.id},
                                      {QStringLiteral("kind"), toKey(f.kind)},
                                      {QStringLiteral("trigger"), f.triggerName},
                                      {QStringLiteral("step"), f.stepKey},
                                      {QStringLiteral("message"), f.message}});
                !a)
                return a;
        }
        return {};
    }
    Result<void> finish(RunOutcome outcome, qint64 deploymentId, qint64 at, const QString& by) {
        auto ended =
            RunbookRunRepository(db).end(run.id, run.rowVersion, outcome, deploymentId, by, at);
        if (!ended)
            return ended.error();
        run = ended.value();
        return audit.audit(at, by, QStringLiteral("finish"), QStringLiteral("runbook_run"), run.id,
                           imageOf());
    }
    QJsonObject imageOf() const {
        return {{QStringLiteral("runbook_id"), run.runbookId},
                {QStringLiteral("started_by"), run.startedBy},
                {QStringLiteral("started_at"), run.startedAt},
                {QStringLiteral("ended_by"), run.endedBy},
                {QStringLiteral("ended_at"), run.endedAt},
                {QStringLiteral("outcome"), toKey(run.outcome)},
                {QStringLiteral("deployment_id"), run.deploymentId}};
    }

    // Runs the forward steps in order from `from`, each taking `pace` of its plan (a little
    // less now and then), until `stopAt` has started (left running) or every step is done.
    // Checkpoints are passed by the release manager's go. Returns when the walk ended.
    Result<qint64> walk(qint64 from, double pace, const QString& stopAt, const Cast& cast,
                        const QString& deployer) {
        QHash<QString, qint64> ended;
        qint64 now = from;
        int n = 0;
        for (const RunbookStep& s : book.steps) {
            if (!s.isForward())
                continue;
            qint64 begin = from + qint64(s.offsetMin * kMinute * pace);
            for (const QString& dep : s.dependsOn)
                begin = std::max(begin, ended.value(dep, from));
            const double jitter = 1.0 - 0.08 * ((n++ * 5) % 4);
            const qint64 end =
                begin + std::max<qint64>(kMinute, qint64(s.durationMin * kMinute * pace * jitter));
            const QString by =
                s.kind == StepKind::Checkpoint ? cast.manager : cast.forOwner(s, deployer);
            if (auto m = mark(s.key, StepStatus::Running, begin, by); !m)
                return m.error();
            now = begin;
            if (s.key == stopAt)
                return now;
            if (s.kind == StepKind::Checkpoint) {
                if (auto d = decide(s.key, RunDecision::Go, goReason(book.pattern, s.key), end,
                                    cast.manager);
                    !d)
                    return d.error();
            } else if (auto m = mark(s.key, StepStatus::Done, end, by); !m) {
                return m.error();
            }
            ended.insert(s.key, end);
            now = std::max(now, end);
        }
        return now;
    }
};

// When (minutes from the window's start) the plan starts `key`, or its end.
int extentOf(const Runbook& b, const QString& key) {
    auto plan = planRunbook(b.steps);
    if (!plan)
        return 60;
    const StepTiming* t = key.isEmpty() ? nullptr : plan->timing(key);
    return std::max(1, t ? t->earliestStart : plan->plannedEndMin);
}

struct Chosen {
    std::optional<Release> draftBlueGreen, draftBigBang, ready, running, done, rolledBack;
    Deployment doneRecord, rolledBackRecord;
};

} // namespace

Result<qint64> write(Database& db, qint64 anchor) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto deployments = DeploymentRepository(db).list();
    if (!deployments)
        return deployments.error();
    auto cast = castOf(db);
    if (!cast)
        return cast.error();

    // Releases whose status fits each state, nearest the anchor: the same handful at any scale.
    Chosen c;
    const auto latestRecord = [&](qint64 releaseId, DeploymentOutcome outcome) {
        std::optional<Deployment> found;
        for (const Deployment& d : deployments.value())
            if (d.releaseId == releaseId && d.production && d.outcome == outcome &&
                d.deployedAt < anchor && (!found || d.deployedAt > found->deployedAt))
                found = d;
        return found;
    };
    for (const Release& r : releases.value()) {
        if (!r.windowStart.isValid() || !r.windowEnd.isValid())
            continue;
        const qint64 start = r.windowStart.toSecsSinceEpoch();
        const auto later = [&](const std::optional<Release>& had) {
            return !had || start > had->windowStart.toSecsSinceEpoch();
        };
        const auto sooner = [&](const std::optional<Release>& had) {
            return !had || start < had->windowStart.toSecsSinceEpoch();
        };
        switch (r.status) {
        case ReleaseStatus::Deploying:
            if (start < anchor + kHour && later(c.running))
                c.running = r;
            break;
        case ReleaseStatus::Deployed:
            if (later(c.done))
                if (auto d = latestRecord(r.id, DeploymentOutcome::Succeeded);
                    d && d->deployedAt > start) {
                    c.done = r;
                    c.doneRecord = *d;
                }
            break;
        case ReleaseStatus::RolledBack:
            if (later(c.rolledBack))
                if (auto d = latestRecord(r.id, DeploymentOutcome::RolledBack);
                    d && d->deployedAt > start) {
                    c.rolledBack = r;
                    c.rolledBackRecord = *d;
                }
            break;
        case ReleaseStatus::Approved:
            if (start > anchor && sooner(c.ready))
                c.ready = r;
            break;
        case ReleaseStatus::Scheduled:
            if (start > anchor && sooner(c.draftBigBang))
                c.draftBigBang = r;
            break;
        case ReleaseStatus::Planned:
        case ReleaseStatus::InProgress:
            if (start > anchor && sooner(c.draftBlueGreen))
                c.draftBlueGreen = r;
            break;
        default:
            break;
        }
    }

    DemoAuditWriter audit{db};
    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    RunbookRepository books(db);

    // When the runbook was written and marked ready: in the days before its window (or before
    // the anchor, for a window still ahead), never before the release itself.
    struct Times {
        qint64 created = 0, rehearsed = 0, ready = 0;
    };
    const auto timesOf = [&](const Release& r) {
        const qint64 horizon = std::min(r.windowStart.toSecsSinceEpoch(), anchor) - 3 * kHour;
        qint64 created = horizon - 6 * kDay;
        if (r.createdAt.isValid())
            created = std::max(created, r.createdAt.toSecsSinceEpoch() + kHour);
        if (created >= horizon)
            created = horizon - kHour;
        const qint64 span = horizon - created;
        return Times{created, created + span / 3, created + span * 2 / 3};
    };
    const auto rehearse = [&](Runbook& stored, const QString& key, qint64 at, bool passed,
                              const QString& note) -> Result<void> {
        MigrationRehearsal m;
        m.stepKey = key;
        m.rehearsedAt = at;
        m.rehearsedBy = cast->operations;
        m.cloneName = QStringLiteral("prod-clone-%1")
                          .arg(QDateTime::fromSecsSinceEpoch(at, Qt::UTC)
                                   .toString(QStringLiteral("yyyyMMdd")));
        const RunbookStep* step = stored.step(key);
        m.durationMin = step ? step->durationMin + (passed ? 3 : 41) : 30;
        m.rowsBefore = 48'213'977;
        m.rowsAfter = passed ? 48'213'977 : 31'004'112;
        m.passed = passed;
        m.notes = note;
        auto put = books.insertRehearsal(stored.id, m, cast->operations, at + 20 * kMinute);
        if (!put)
            return put.error();
        stored.rehearsals << put.value();
        return audit.audit(at + 20 * kMinute, cast->operations, QStringLiteral("create"),
                           QStringLiteral("migration_rehearsal"), put->id, toJson(put.value()));
    };
    // A runbook written by the release manager, rehearsed where it migrates, and locked ready
    // when asked.
    const auto place = [&](const Release& r, DeploymentPattern pattern, bool complete, bool ready,
                           int fitMinutes = 0) -> Result<Runbook> {
        const Times t = timesOf(r);
        Runbook b = bookFor(r, pattern, t.created, complete, fitMinutes);
        auto stored = books.insert(b, cast->manager, t.created);
        if (!stored)
            return stored.error();
        if (auto a = audit.audit(t.created, cast->manager, QStringLiteral("create"),
                                 QStringLiteral("runbook"), stored->id, toJson(stored.value()));
            !a)
            return a.error();
        if (const RunbookStep* m = stored->step(QStringLiteral("S5"));
            m && m->kind == StepKind::Migration) {
            if (auto f = rehearse(stored.value(), m->key, t.rehearsed - kDay, false,
                                  Text::tr("Stopped after 41 min: lock timeout on fact_orders "
                                           "while the nightly load ran; row counts differ."));
                !f)
                return f.error();
            if (complete)
                if (auto p = rehearse(stored.value(), m->key, t.rehearsed, true,
                                      Text::tr("Nightly load paused first; row counts match "
                                               "and the report queries return the same "
                                               "totals."));
                    !p)
                    return p.error();
        }
        if (!ready)
            return stored.value();
        Runbook locked = stored.value();
        locked.state = Runbook::State::Ready;
        locked.readyBy = cast->manager;
        locked.readyAt = t.ready;
        auto updated = books.update(locked, cast->manager, t.ready);
        if (!updated)
            return updated.error();
        if (auto a = audit.audit(t.ready, cast->manager, QStringLiteral("ready"),
                                 QStringLiteral("runbook"), updated->id, toJson(updated.value()));
            !a)
            return a.error();
        return updated.value();
    };
    const auto bounds = [](const Release& r) {
        return std::pair{r.windowStart.toSecsSinceEpoch(), r.windowEnd.toSecsSinceEpoch()};
    };

    if (c.draftBlueGreen)
        if (auto b = place(*c.draftBlueGreen, DeploymentPattern::BlueGreen, false, false); !b)
            return b.error();
    if (c.draftBigBang)
        if (auto b = place(*c.draftBigBang, DeploymentPattern::BigBang, false, false); !b)
            return b.error();
    if (c.ready)
        if (auto b = place(*c.ready, DeploymentPattern::Rolling, true, true); !b)
            return b.error();

    if (c.running) {
        // A canary under way at the anchor: a go at the first observation, then widening to
        // 25 % failed and the step-failed trigger fired; the decision is still to be taken.
        auto book = place(*c.running, DeploymentPattern::Canary, true, true);
        if (!book)
            return book.error();
        const auto [ws, we] = bounds(*c.running);
        RunWriter w{db, audit, book.value(), ws, we, {}};
        // In its window, or (a window opening late) started shortly before the anchor.
        const qint64 from = std::min(ws, anchor - 50 * kMinute);
        const QString failing = QStringLiteral("S6");
        const double pace = std::min(0.9, double(anchor - 12 * kMinute - from) /
                                              (extentOf(book.value(), failing) * kMinute));
        if (auto s = w.start(from, cast->operations); !s)
            return s.error();
        auto at = w.walk(from, pace, failing, cast.value(), cast->operations);
        if (!at)
            return at.error();
        const qint64 failedAt = std::min(at.value() + 3 * kMinute, anchor - 4 * kMinute);
        if (auto m = w.mark(failing, StepStatus::Failed, failedAt, cast->pipeline,
                            Text::tr("The traffic API refused the new weights: HTTP 409, the "
                                     "change lock is held by the nightly autoscaler."));
            !m)
            return m.error();
        if (auto f = w.fire(failedAt + 20, cast->manager); !f)
            return f.error();
    }

    if (c.done) {
        // Big bang on the latest deployed release: every step done, ended by its record.
        // A hotfix's plan, as short as the deployment took.
        auto book = place(
            *c.done, DeploymentPattern::BigBang, true, true,
            int((c.doneRecord.deployedAt - c.done->windowStart.toSecsSinceEpoch()) / kMinute) - 3);
        if (!book)
            return book.error();
        const auto [ws, we] = bounds(*c.done);
        RunWriter w{db, audit, book.value(), ws, we, {}};
        const qint64 end = c.doneRecord.deployedAt;
        const double pace =
            std::min(1.0, double(end - 2 * kMinute - ws) / (extentOf(book.value(), {}) * kMinute));
        if (auto s = w.start(ws, c.doneRecord.deployedBy); !s)
            return s.error();
        if (auto at = w.walk(ws, pace, {}, cast.value(), c.doneRecord.deployedBy); !at)
            return at.error();
        if (auto f = w.finish(RunOutcome::Succeeded, c.doneRecord.id, end, c.doneRecord.deployedBy);
            !f)
            return f.error();
    }

    if (c.rolledBack) {
        // Blue-green rolled back: green's verification failed after the switch, the error-rate
        // trigger fired, the release manager decided to roll back, traffic went back to blue.
        auto book = place(*c.rolledBack, DeploymentPattern::BlueGreen, true, true);
        if (!book)
            return book.error();
        const auto [ws, we] = bounds(*c.rolledBack);
        RunWriter w{db, audit, book.value(), ws, we, {}};
        const qint64 end = c.rolledBackRecord.deployedAt;
        const QString failing = QStringLiteral("S7");
        const double pace = std::min(1.0, double(end - 30 * kMinute - ws) /
                                              (extentOf(book.value(), failing) * kMinute));
        const QString deployer = c.rolledBackRecord.deployedBy;
        if (auto s = w.start(ws, deployer); !s)
            return s.error();
        auto at = w.walk(ws, pace, failing, cast.value(), deployer);
        if (!at)
            return at.error();
        qint64 t = at.value() + 6 * kMinute;
        if (auto m = w.mark(failing, StepStatus::Failed, t, cast->qa,
                            Text::tr("1 in 20 test transactions answered 502 from green."));
            !m)
            return m.error();
        TriggerObservations seen;
        for (const RunbookTrigger& trig : book->triggers)
            if (trig.kind == TriggerKind::Metric)
                seen.metricValues.insert(trig.id, 0.047);
        if (auto f = w.fire(t + 30, cast->manager, seen); !f)
            return f.error();
        t += 3 * kMinute;
        if (auto d = w.decide(failing, RunDecision::Rollback,
                              Text::tr("5xx rate 4.7 % on green since the switch, above the 2 % "
                                       "threshold, and test transactions fail; switch back to blue "
                                       "and tear green down."),
                              t, cast->manager);
            !d)
            return d.error();
        const RollbackProposal back = proposeRollback(book.value(), w.run);
        for (const RunbookStep& s : back.steps) {
            const QString by = cast->forOwner(s, deployer);
            if (auto m = w.mark(s.key, StepStatus::Running, t + kMinute, by); !m)
                return m.error();
            t += kMinute + std::max<qint64>(kMinute, s.durationMin * kMinute);
            if (auto m = w.mark(s.key, StepStatus::Done, std::min(t, end - kMinute), by); !m)
                return m.error();
        }
        if (auto f = w.finish(RunOutcome::RolledBack, c.rolledBackRecord.id, end, deployer); !f)
            return f.error();
    }

    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return audit.entries;
}

} // namespace slipway::DemoRunbooks
