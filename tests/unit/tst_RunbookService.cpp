// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook services on real files: a runbook from a pattern, saved whole and refused when
// its dependencies loop (nothing written), ready and locked only without blocking findings,
// taken back to draft by any change, stale saves refused; runs started only into Deploying,
// steps in dependency order, checkpoints passed by a go decision, rollback steps after a
// rollback decision, firings recorded once, the run's end and its deployment record in one
// transaction; who may edit and who may execute once a file has logins.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/ReleaseService.h"
#include "services/RowStateCheck.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace slipway;

namespace {

const QString kAlice = QStringLiteral("alice");

bool refusedWith(const auto& result, Error::Kind kind, const QString& text) {
    if (result) {
        qWarning("expected a refusal, got success");
        return false;
    }
    if (result.error().kind != kind || !result.error().message.contains(text)) {
        qWarning("unexpected refusal: %s", qPrintable(result.error().message));
        return false;
    }
    return true;
}

int count(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class tst_RunbookService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"runbook"_qs};

    struct Fixture {
        std::unique_ptr<Database> db;
        qint64 releaseId = 0;
    };

    Fixture withRelease() {
        Fixture f;
        f.db = test::openDatabase(m_files.newFile());
        if (!f.db)
            return f;
        test::exec(*f.db,
                   u"INSERT INTO environments (name, kind, created_by, created_at, "
                   "updated_by, updated_at) VALUES ('Production', 'prod', 't', 0, 't', 0)"_qs);
        ReleaseService releases(*f.db, Session{kAlice, {}});
        f.releaseId =
            test::createRelease(releases, test::releaseFromNow(u"Payments API"_qs, u"2.4.0"_qs,
                                                               ReleaseType::Minor, 5, 6 * 3600));
        return f;
    }

    // A ready canary runbook (its template has no migration) with a run under way; the
    // release put in Deploying behind the services' backs, as if its guards had passed.
    Runbook runningCanary(Fixture& f) {
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::Canary, u"Stateless"_qs, {});
        if (!made) {
            test::helperFailed(made.error().message);
            return {};
        }
        auto ready = books.setReady(f.releaseId, true, made->rowVersion);
        if (!ready) {
            test::helperFailed(ready.error().message);
            return {};
        }
        test::exec(*f.db, QStringLiteral("UPDATE releases SET status = 'deploying' WHERE id = %1")
                              .arg(f.releaseId));
        RunbookRunService runs(*f.db, Session{kAlice, {}});
        if (auto started = runs.start(f.releaseId); !started)
            test::helperFailed(started.error().message);
        return ready.value();
    }

private Q_SLOTS:
    void createSaveAndCycles() {
        Fixture f = withRelease();
        QVERIFY(f.releaseId > 0);
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made =
            books.create(f.releaseId, DeploymentPattern::BlueGreen, u"Spare capacity"_qs, {});
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QVERIFY(!made->steps.isEmpty());
        QVERIFY(!made->triggers.isEmpty());
        QCOMPARE(made->state, Runbook::State::Draft);
        QVERIFY(refusedWith(books.create(f.releaseId, DeploymentPattern::Canary, {}, {}),
                            Error::Kind::Refused, u"already has a runbook"_qs));

        // A loop S2 → S3 → S2 is refused naming its steps; the stored runbook is unchanged.
        Runbook looped = made.value();
        looped.steps[1].dependsOn = {looped.steps[2].key};
        looped.steps[2].dependsOn = {looped.steps[1].key};
        auto refused = books.save(looped);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(looped.steps[1].key) &&
                     refused.error().message.contains(looped.steps[2].key),
                 qPrintable(refused.error().message));
        auto again = books.forRelease(f.releaseId);
        QVERIFY(again && again->has_value());
        QCOMPARE(again->value().steps, made->steps);
        QCOMPARE(again->value().rowVersion, made->rowVersion);

        // A duplicate key and a rollback of no step are refused too.
        Runbook duplicate = made.value();
        duplicate.steps[1].key = duplicate.steps[0].key;
        QVERIFY(refusedWith(books.save(duplicate), Error::Kind::Validation, u"used twice"_qs));
        Runbook orphan = made.value();
        orphan.steps.last().direction = StepDirection::Rollback;
        orphan.steps.last().rollbackOf = u"NOPE"_qs;
        QVERIFY(refusedWith(books.save(orphan), Error::Kind::Validation, u"NOPE"_qs));

        // Saved and marked ready at once is refused whole while it cannot be ready (the
        // blue-green template's cutover needs its record and TTLs).
        Runbook retitled = made.value();
        retitled.steps[0].title = u"Retitled"_qs;
        QVERIFY(refusedWith(books.save(retitled, true), Error::Kind::Refused, u"not ready"_qs));
        QCOMPARE(books.forRelease(f.releaseId)->value().rowVersion, made->rowVersion);
        // A good edit saves, and a second save over the old row version is stale.
        Runbook edited = made.value();
        edited.steps[0].title = u"Announce the switch on the bridge"_qs;
        auto saved = books.save(edited);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        QCOMPARE(saved->steps[0].title, edited.steps[0].title);
        QVERIFY(!books.save(edited));
        QCOMPARE(books.save(edited).error().kind, Error::Kind::Stale);
    }

    void readyLocksAndAnyChangeUnlocks() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::BigBang, {}, {});
        QVERIFY(made);
        QString migration;
        for (const RunbookStep& s : made->steps)
            if (s.kind == StepKind::Migration)
                migration = s.key;
        QVERIFY(!migration.isEmpty());
        // Not ready while its migration is unrehearsed; nothing changes.
        QVERIFY(refusedWith(books.setReady(f.releaseId, true, made->rowVersion),
                            Error::Kind::Refused, migration));
        QCOMPARE(books.forRelease(f.releaseId)->value().state, Runbook::State::Draft);
        // A rehearsal on a step that is not a migration is refused.
        MigrationRehearsal wrong;
        wrong.stepKey = made->steps.first().key;
        wrong.rehearsedBy = u"Dana"_qs;
        QVERIFY(refusedWith(books.addRehearsal(f.releaseId, wrong), Error::Kind::Validation,
                            wrong.stepKey));
        MigrationRehearsal failed = wrong;
        failed.stepKey = migration;
        failed.durationMin = 40;
        failed.rowsBefore = 1000;
        failed.rowsAfter = 990;
        failed.passed = false;
        QVERIFY(books.addRehearsal(f.releaseId, failed));
        QVERIFY(!books.setReady(f.releaseId, true, made->rowVersion));
        MigrationRehearsal passed = failed;
        passed.rowsAfter = 1000;
        passed.passed = true;
        passed.rehearsedAt = QDateTime::currentSecsSinceEpoch() + 60;
        QVERIFY(books.addRehearsal(f.releaseId, passed));
        auto ready = books.setReady(f.releaseId, true, made->rowVersion);
        QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().message));
        QCOMPARE(ready->state, Runbook::State::Ready);
        QCOMPARE(ready->readyBy, test::recordedActor(*f.db, kAlice));
        QVERIFY(ready->readyAt > 0);
        // The evidence it was marked ready on stays while it is ready.
        QVERIFY(refusedWith(books.removeRehearsal(f.releaseId, ready->rehearsals.first().id),
                            Error::Kind::Refused, u"draft"_qs));

        // Any change takes it back to draft, and the audit log holds both images.
        Runbook edited = ready.value();
        edited.steps[0].durationMin += 5;
        auto saved = books.save(edited);
        QVERIFY(saved);
        QCOMPARE(saved->state, Runbook::State::Draft);
        QVERIFY(saved->readyBy.isEmpty());
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(u"SELECT before_json, after_json FROM audit_log WHERE entity = 'runbook' "
                       "ORDER BY seq DESC LIMIT 1"_qs));
        QVERIFY(q.next());
        QVERIFY(q.value(0).toString().contains(u"\"state\":\"ready\""_qs));
        QVERIFY(q.value(1).toString().contains(u"\"state\":\"draft\""_qs));
    }

    void failedRehearsalTakesReadyBackToDraft() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::BigBang, {}, {});
        QVERIFY(made);
        QString migration;
        for (const RunbookStep& s : made->steps)
            if (s.kind == StepKind::Migration)
                migration = s.key;
        QVERIFY(!migration.isEmpty());
        MigrationRehearsal passed;
        passed.stepKey = migration;
        passed.rehearsedBy = u"Dana"_qs;
        passed.durationMin = 40;
        passed.rowsBefore = 1000;
        passed.rowsAfter = 1000;
        passed.passed = true;
        passed.rehearsedAt = QDateTime::currentSecsSinceEpoch() - 120;
        QVERIFY(books.addRehearsal(f.releaseId, passed));
        auto ready = books.setReady(f.releaseId, true, made->rowVersion);
        QVERIFY2(ready, qPrintable(ready ? QString() : ready.error().message));
        // A rehearsal dated ahead is refused: it would stay the latest and hide later ones.
        MigrationRehearsal ahead = passed;
        ahead.rehearsedAt = QDateTime::currentSecsSinceEpoch() + 24 * 3600;
        QVERIFY(refusedWith(books.addRehearsal(f.releaseId, ahead), Error::Kind::Validation,
                            u"future"_qs));
        // Another passed rehearsal leaves it ready.
        passed.rehearsedAt += 60;
        QVERIFY(books.addRehearsal(f.releaseId, passed));
        QCOMPARE(books.forRelease(f.releaseId)->value().state, Runbook::State::Ready);
        // A failed one, now the latest, takes it back to draft with the runbook's audit entry.
        MigrationRehearsal failed = passed;
        failed.passed = false;
        failed.rowsAfter = 990;
        failed.rehearsedAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY(books.addRehearsal(f.releaseId, failed));
        const Runbook after = books.forRelease(f.releaseId)->value();
        QCOMPARE(after.state, Runbook::State::Draft);
        QVERIFY(after.readyBy.isEmpty());
        QSqlQuery q(f.db->connection());
        QVERIFY(q.exec(u"SELECT action, before_json, after_json FROM audit_log WHERE entity = "
                       "'runbook' ORDER BY seq DESC LIMIT 1"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"draft"_qs);
        QVERIFY(q.value(1).toString().contains(u"\"state\":\"ready\""_qs));
        QVERIFY(q.value(2).toString().contains(u"\"state\":\"draft\""_qs));
    }

    void runInDependencyOrder() {
        Fixture f = withRelease();
        const Runbook book = runningCanary(f);
        QVERIFY(!book.steps.isEmpty());
        RunbookRunService runs(*f.db, Session{kAlice, {}});
        // The second step waits on the first.
        const RunbookStep* second = nullptr;
        const RunbookStep* checkpoint = nullptr;
        for (const RunbookStep& s : book.steps) {
            if (!second && s.isForward() && !s.dependsOn.isEmpty() &&
                s.kind != StepKind::Checkpoint)
                second = &s;
            if (!checkpoint && s.kind == StepKind::Checkpoint)
                checkpoint = &s;
        }
        QVERIFY(second && checkpoint);
        QVERIFY(refusedWith(runs.setStep(f.releaseId, second->key, StepStatus::Running),
                            Error::Kind::Validation, u"waits on"_qs));
        // Skipping ahead would free what follows: it keeps the order too.
        QVERIFY(refusedWith(runs.setStep(f.releaseId, second->key, StepStatus::Skipped),
                            Error::Kind::Validation, u"waits on"_qs));
        QVERIFY(refusedWith(runs.setStep(f.releaseId, u"S999"_qs, StepStatus::Done),
                            Error::Kind::Validation, u"no step S999"_qs));
        // A go does not pass a checkpoint whose steps are open: refused, nothing written.
        QVERIFY(!checkpoint->dependsOn.isEmpty());
        const int decisionsBefore = count(*f.db, u"SELECT count(*) FROM runbook_decisions"_qs);
        QVERIFY(refusedWith(
            runs.decide(f.releaseId, checkpoint->key, RunDecision::Go, u"Skip ahead"_qs),
            Error::Kind::Validation, u"waits on"_qs));
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_decisions"_qs), decisionsBefore);
        // Steps before the checkpoint, then the checkpoint by a go decision only.
        for (const QString& dep : checkpoint->dependsOn)
            QVERIFY(runs.setStep(f.releaseId, dep, StepStatus::Done));
        QVERIFY(refusedWith(runs.setStep(f.releaseId, checkpoint->key, StepStatus::Done),
                            Error::Kind::Refused, u"go decision"_qs));
        QVERIFY(refusedWith(runs.decide(f.releaseId, checkpoint->key, RunDecision::Go, u"  "_qs),
                            Error::Kind::Usage, u"reason"_qs));
        auto go =
            runs.decide(f.releaseId, checkpoint->key, RunDecision::Go, u"Dashboards green"_qs);
        QVERIFY2(go, qPrintable(go ? QString() : go.error().message));
        QCOMPARE(progressOf(go.value(), checkpoint->key).status, StepStatus::Done);
        QCOMPARE(go->decisions.size(), 1);
        QCOMPARE(go->decisions.first().by, test::recordedActor(*f.db, kAlice));

        // A pipeline's repeated report adds nothing.
        const QString first = checkpoint->dependsOn.first();
        const int events = count(*f.db, u"SELECT count(*) FROM runbook_step_events"_qs);
        const int entries = count(*f.db, u"SELECT count(*) FROM audit_log"_qs);
        QVERIFY(runs.setStep(f.releaseId, first, StepStatus::Done));
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_step_events"_qs), events);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM audit_log"_qs), entries);
        // A done step is not reopened; the runbook cannot change while it runs.
        QVERIFY(refusedWith(runs.setStep(f.releaseId, first, StepStatus::Failed),
                            Error::Kind::Validation, u"already"_qs));
        RunbookService books(*f.db, Session{kAlice, {}});
        Runbook edited = books.forRelease(f.releaseId)->value();
        edited.rationale = u"changed mid-run"_qs;
        QVERIFY(refusedWith(books.save(edited), Error::Kind::Refused, u"being run"_qs));
        QVERIFY(
            refusedWith(runs.start(f.releaseId), Error::Kind::Refused, u"already under way"_qs));
    }

    void failureFiresOnceAndRollbackNeedsADecision() {
        Fixture f = withRelease();
        const Runbook book = runningCanary(f);
        RunbookRunService runs(*f.db, Session{kAlice, {}});
        // Walk to the first forward step that changes something, and fail it.
        const RunbookStep* change = nullptr;
        for (const RunbookStep& s : book.steps)
            if (s.isForward() && s.kind != StepKind::Communication &&
                s.kind != StepKind::Checkpoint && s.kind != StepKind::HealthCheck) {
                change = &s;
                break;
            }
        QVERIFY(change);
        for (const RunbookStep& s : book.steps) {
            if (&s == change)
                break;
            if (s.kind == StepKind::Checkpoint)
                QVERIFY(runs.decide(f.releaseId, s.key, RunDecision::Go, u"go"_qs));
            else if (s.isForward())
                QVERIFY(runs.setStep(f.releaseId, s.key, StepStatus::Done));
        }
        QVERIFY(runs.setStep(f.releaseId, change->key, StepStatus::Running));
        QVERIFY(runs.setStep(f.releaseId, change->key, StepStatus::Failed, u"pods crash"_qs));
        auto st = runs.status(f.releaseId);
        QVERIFY(st);
        QVERIFY(!st->firing.isEmpty());
        QCOMPARE(st->firing.first().trigger.kind, TriggerKind::StepFailed);
        QVERIFY(!st->rollback.steps.isEmpty());
        QCOMPARE(st->rollback.steps.first().rollbackOf, change->key);
        QVERIFY(runs.recordFiring(f.releaseId, st->firing.first()));
        auto twice = runs.recordFiring(f.releaseId, st->firing.first());
        QVERIFY(twice);
        QCOMPARE(twice->firings.size(), 1);

        const QString undo = st->rollback.steps.first().key;
        QVERIFY(refusedWith(runs.setStep(f.releaseId, undo, StepStatus::Running),
                            Error::Kind::Refused, u"rollback decision"_qs));
        QVERIFY(refusedWith(runs.finish(f.releaseId, RunOutcome::Aborted), Error::Kind::Refused,
                            change->key));
        QVERIFY(refusedWith(runs.finish(f.releaseId, RunOutcome::Succeeded), Error::Kind::Refused,
                            u"not done"_qs));
        QVERIFY(runs.decide(f.releaseId, {}, RunDecision::Rollback, u"Error rate 4 %"_qs));
        // Once a rollback is decided: no way forward, no success, no end before the rollback.
        const RunbookStep* later = nullptr;
        for (const RunbookStep& s : book.steps)
            if (s.isForward() && s.dependsOn.contains(change->key))
                later = &s;
        QVERIFY(later);
        QVERIFY(refusedWith(runs.setStep(f.releaseId, later->key, StepStatus::Skipped),
                            Error::Kind::Refused, u"rollback was decided"_qs));
        QVERIFY(refusedWith(runs.finish(f.releaseId, RunOutcome::Succeeded), Error::Kind::Refused,
                            u"rollback was decided"_qs));
        QVERIFY(refusedWith(runs.finish(f.releaseId, RunOutcome::RolledBack), Error::Kind::Refused,
                            undo));
        QVERIFY(runs.setStep(f.releaseId, undo, StepStatus::Done));

        // Rolled back: the release never got its approval, so the record is refused with
        // that reason, and the run stays open with nothing written.
        const int deployments = count(*f.db, u"SELECT count(*) FROM deployments"_qs);
        auto refused = runs.finish(f.releaseId, RunOutcome::RolledBack);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"approval"_qs, Qt::CaseInsensitive),
                 qPrintable(refused.error().message));
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM deployments"_qs), deployments);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_runs WHERE outcome = 'running'"_qs),
                 1);
    }

    void abortBeforeProductionIsApprovedAgain() {
        Fixture f = withRelease();
        runningCanary(f);
        RunbookRunService runs(*f.db, Session{kAlice, {}});
        auto ended = runs.finish(f.releaseId, RunOutcome::Aborted, u"Window moved"_qs);
        QVERIFY2(ended, qPrintable(ended ? QString() : ended.error().message));
        QCOMPARE(ended->outcome, RunOutcome::Aborted);
        QCOMPARE(ended->deploymentId, 0);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM releases WHERE status = 'approved'"_qs), 1);
        // A run that was held cannot be removed with its runbook.
        RunbookService books(*f.db, Session{kAlice, {}});
        QVERIFY(refusedWith(
            books.remove(f.releaseId, books.forRelease(f.releaseId)->value().rowVersion),
            Error::Kind::Refused, u"has been run"_qs));
    }

    void startNeedsAnApprovedRelease() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::Canary, {}, {});
        QVERIFY(made);
        RunbookRunService runs(*f.db, Session{kAlice, {}});
        QVERIFY(refusedWith(runs.start(f.releaseId), Error::Kind::Refused, u"draft"_qs));
        QVERIFY(books.setReady(f.releaseId, true, made->rowVersion));
        QVERIFY(refusedWith(runs.start(f.releaseId), Error::Kind::Refused, u"approved"_qs));
        // Approved, but with no change request approved: the guards say why.
        test::exec(*f.db, QStringLiteral("UPDATE releases SET status = 'approved' WHERE id = %1")
                              .arg(f.releaseId));
        auto refused = runs.start(f.releaseId);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Change approval"_qs),
                 qPrintable(refused.error().message));
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_runs"_qs), 0);
    }

    void removeAndRestoreBeforeAnyRun() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::Rolling, u"Batches"_qs, {});
        QVERIFY(made);
        auto removed = books.remove(f.releaseId, made->rowVersion);
        QVERIFY(removed);
        QVERIFY(!books.forRelease(f.releaseId)->has_value());
        auto back = books.restore(removed.value());
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->id, made->id);
        QCOMPARE(back->steps, made->steps);
        QCOMPARE(back->triggers, made->triggers);
    }

    // A step keeps its id through every write that keeps it (retitled, moved, its key swapped
    // with another's, a step added before it); a removed step's row goes; writing the old list
    // again (an edit undone) and restoring a removed runbook bring every step back under its id.
    void stepsKeepTheirIdsWhenWrittenAgain() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        QList<RunbookStep> steps;
        for (const QString& key : {u"S1"_qs, u"S2"_qs, u"R2"_qs, u"S3"_qs, u"S4"_qs, u"S5"_qs}) {
            RunbookStep s;
            s.key = key;
            s.title = u"Step "_qs + key;
            s.durationMin = 10;
            if (key == u"R2") {
                s.direction = StepDirection::Rollback;
                s.rollbackOf = u"S2"_qs;
            }
            steps << s;
        }
        auto made = books.create(f.releaseId, DeploymentPattern::Custom, {}, {}, steps);
        QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
        QCOMPARE(made->steps.size(), 6);
        QHash<QString, qint64> idOf; // by title, which the edit keeps
        for (const RunbookStep& s : made->steps) {
            QVERIFY(s.id > 0);
            idOf.insert(s.title, s.id);
        }

        Runbook edited = made.value();
        edited.steps[0].title = u"Step S1, retitled"_qs;
        std::swap(edited.steps[0].key, edited.steps[1].key); // S1 and S2 trade keys
        edited.steps.move(3, 0);                             // S3 first
        edited.steps.removeAt(4);                            // S4 goes
        RunbookStep added;
        added.key = u"N1"_qs;
        added.title = u"Step N1"_qs;
        added.durationMin = 5;
        edited.steps.insert(1, added); // a new step before the kept ones
        auto saved = books.save(edited);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        const QStringList order{u"S3"_qs, u"N1"_qs, u"S2"_qs, u"S1"_qs, u"R2"_qs, u"S5"_qs};
        QCOMPARE(saved->steps.size(), order.size());
        for (int i = 0; i < order.size(); ++i)
            QCOMPARE(saved->steps.at(i).key, order.at(i));
        QCOMPARE(saved->steps.at(0).id, idOf.value(u"Step S3"_qs));
        QCOMPARE(saved->steps.at(2).id, idOf.value(u"Step S1"_qs));
        QCOMPARE(saved->steps.at(2).title, u"Step S1, retitled"_qs);
        QCOMPARE(saved->steps.at(3).id, idOf.value(u"Step S2"_qs));
        QCOMPARE(saved->steps.at(4).id, idOf.value(u"Step R2"_qs));
        QCOMPARE(saved->steps.at(4).rollbackOf, u"S2"_qs);
        QCOMPARE(saved->steps.at(5).id, idOf.value(u"Step S5"_qs));
        const qint64 fresh = saved->steps.at(1).id;
        QVERIFY(fresh > 0 && !idOf.values().contains(fresh));
        QCOMPARE(count(*f.db, QStringLiteral("SELECT count(*) FROM runbook_steps WHERE id = %1")
                                  .arg(idOf.value(u"Step S4"_qs))),
                 0);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_steps"_qs), 6);
        QCOMPARE(books.forRelease(f.releaseId)->value().steps, saved->steps);

        // The old list written again, as an undo does: S4 back under its id, N1 gone.
        Runbook undone = made.value();
        undone.rowVersion = saved->rowVersion;
        auto back = books.save(undone);
        QVERIFY2(back, qPrintable(back ? QString() : back.error().message));
        QCOMPARE(back->steps, made->steps);
        QCOMPARE(
            count(*f.db,
                  QStringLiteral("SELECT count(*) FROM runbook_steps WHERE id = %1").arg(fresh)),
            0);

        // Removed and restored: the same ids, on a file and on a server.
        auto removed = books.remove(f.releaseId, back->rowVersion);
        QVERIFY(removed);
        QCOMPARE(count(*f.db, u"SELECT count(*) FROM runbook_steps"_qs), 0);
        auto restored = books.restore(removed.value());
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(restored->steps, made->steps);
    }

    // `check --full`: a step changed with another tool differs from the runbook's audit image;
    // a rehearsal added through the service does not.
    void rowStateSeesAStepChangedBehindItsBack() {
        Fixture f = withRelease();
        RunbookService books(*f.db, Session{kAlice, {}});
        auto made = books.create(f.releaseId, DeploymentPattern::BigBang, {}, {});
        QVERIFY(made);
        MigrationRehearsal r;
        for (const RunbookStep& s : made->steps)
            if (s.kind == StepKind::Migration)
                r.stepKey = s.key;
        r.rehearsedBy = u"Dana"_qs;
        r.passed = true;
        QVERIFY(books.addRehearsal(f.releaseId, r));
        auto clean = RowStateCheck::run(*f.db);
        QVERIFY(clean);
        for (const RowStateFinding& finding : clean.value())
            QVERIFY2(finding.table != u"runbooks", qPrintable(finding.message));
        test::exec(*f.db, u"UPDATE runbook_steps SET duration_min = duration_min + 60 WHERE "
                          "id = (SELECT min(id) FROM runbook_steps)"_qs);
        auto tampered = RowStateCheck::run(*f.db);
        QVERIFY(tampered);
        bool seen = false;
        for (const RowStateFinding& finding : tampered.value())
            seen = seen || (finding.table == u"runbooks" && finding.fields.contains(u"steps"_qs));
        QVERIFY(seen);
    }

    void rolesDecideWhoEditsAndWhoExecutes() {
        Fixture f = withRelease();
        QVERIFY(
            test::addPeople(*f.db, kAlice,
                            {test::personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                             test::personWithLogin(u"Dev"_qs, u"dev"_qs, {u"development"_qs}),
                             test::personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})}));
        RunbookService asDeployer(*f.db, Session{u"dee"_qs, {}});
        QVERIFY(refusedWith(asDeployer.create(f.releaseId, DeploymentPattern::Canary, {}, {}),
                            Error::Kind::Permission, u"runbooks"_qs));
        runningCanary(f);
        RunbookRunService devRuns(*f.db, Session{u"dev"_qs, {}});
        RunbookRunService deeRuns(*f.db, Session{u"dee"_qs, {}});
        const QString first = asDeployer.forRelease(f.releaseId)->value().steps.first().key;
        QVERIFY(refusedWith(devRuns.setStep(f.releaseId, first, StepStatus::Running),
                            Error::Kind::Permission, u"execute"_qs));
        auto marked = deeRuns.setStep(f.releaseId, first, StepStatus::Running);
        QVERIFY2(marked, qPrintable(marked ? QString() : marked.error().message));
        QCOMPARE(progressOf(marked.value(), first).by, u"dee"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_RunbookService)
#include "tst_RunbookService.moc"
