// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoRunbooks.h"

#include "DemoAudit.h"
#include "DemoRunbookSeeds.h"

#include "domain/Deployment.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/Runbook.h"
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
#include <QHash>

#include <algorithm>
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
                if (auto d =
                        decide(s.key, RunDecision::Go,
                               DemoRunbookSeeds::goReason(book.pattern, s.key), end, cast.manager);
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
        Runbook b = DemoRunbookSeeds::bookFor(r, pattern, t.created, complete, fitMinutes);
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
