// SPDX-License-Identifier: GPL-3.0-or-later
// Closing a release on a real file: a release deployed to production four days ago that has
// everything closing needs, then each condition of the closure guard broken (or settled) one
// at a time. A refused close names the condition and writes nothing; a release that meets
// them all closes. Rows the validation, metric, review and checklist services own are put in
// with SQL, as those services would have stored them.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "storage/ClosureFactsReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;

// Runs each of the statements, "{r}" standing for the release's id, as written: on a server
// too, the names are those of the history they stand for, not the test's login.
void sql(Database& db, const QString& statements, qint64 releaseId = 0) {
    const QString text = QString(statements).replace(u"{r}"_qs, QString::number(releaseId));
    for (const QString& statement : text.split(u"; "_qs))
        execAsWritten(db, statement);
}

// The deployment, its checks, review, checklist and success metric, all as closing wants.
// The release is a version of Payments API (service 1, its product) and changes Checkout Web
// (service 2); the guards of earlier statuses (approval, gates, exit criteria) are let past
// by approved overrides, since closing is what is tested here.
void settle(Database& db, qint64 r, qint64 deployedAt) {
    sql(db,
        u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
        "updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0), (2, 'Staging', "
        "'staging', 't', 0, 't', 0)"_qs,
        r);
    sql(db, u"UPDATE releases SET status = 'deployed' WHERE id = {r}"_qs, r);
    for (const char* guard : {"approval", "gates", "exit_criteria"})
        sql(db,
            u"INSERT INTO lifecycle_overrides (release_id, guard, reason, requested_by, "
            "requested_at, approved_by, approved_at) VALUES ({r}, '%1', 'closure test', "
            "'alice', 1, 'bob', 2)"_qs.arg(QLatin1String(guard)),
            r);
    sql(db,
        u"INSERT INTO deployments (id, release_id, environment_id, version, outcome, "
        "deployed_by, deployed_at, created_by, created_at) VALUES (1, {r}, 1, '2.4.0', "
        "'succeeded', 'olga', %1, 'olga', %1)"_qs.arg(deployedAt),
        r);
    // One check of the product, run and passing; a failing run before the passing one.
    sql(db,
        u"INSERT INTO validation_checks (id, service_id, name, kind, definition, created_by, "
        "created_at, updated_by, updated_at) VALUES (1, 1, 'Health', 'http', "
        "'{\"url\": \"https://pay.example/health\"}', 't', 0, 't', 0)"_qs,
        r);
    sql(db,
        u"INSERT INTO validation_results (check_id, release_id, run_at, ok, run_by) VALUES "
        "(1, {r}, %1, 0, 'scheduler'), (1, {r}, %2, 1, 'scheduler')"_qs
            .arg((deployedAt + 300) * 1000)
            .arg((deployedAt + 600) * 1000),
        r);
    sql(db,
        u"INSERT INTO closure_checklist (release_id, item, state, reference, reason, "
        "settled_by, settled_at) VALUES ({r}, 'runbooks', 'done', 'wiki/RB-12', '', 't', 1), "
        "({r}, 'monitoring', 'done', 'abc123', '', 't', 1), ({r}, 'alerts', 'not_applicable', "
        "'', 'no new alerts', 't', 1), ({r}, 'backup', 'not_applicable', '', 'no new data', "
        "'t', 1), ({r}, 'documentation', 'done', 'docs/PAY-7', '', 't', 1)"_qs,
        r);
    sql(db,
        u"INSERT INTO release_success_metrics (release_id, name, comparator, target, actual, "
        "measured_at, created_by, created_at, updated_by, updated_at) VALUES ({r}, 'Checkout "
        "conversion', '>=', 3.1, 3.4, 1, 't', 0, 't', 0)"_qs,
        r);
}

void addReview(Database& db, qint64 r, const QString& state) {
    sql(db,
        u"INSERT INTO post_reviews (release_id, state, due_at, created_by, created_at, "
        "updated_by, updated_at) VALUES ({r}, '%1', 1, 't', 0, 't', 0)"_qs.arg(state),
        r);
}

// Breaks (or settles) one condition.
void apply(Database& db, qint64 r, const QString& condition) {
    if (condition == u"rolled back")
        sql(db,
            u"UPDATE deployments SET outcome = 'rolled_back' WHERE release_id = {r}; "
            "UPDATE releases SET status = 'rolled_back' WHERE id = {r}"_qs,
            r);
    else if (condition == u"rolled back, reviewed") {
        apply(db, r, u"rolled back"_qs);
        addReview(db, r, u"done"_qs);
    } else if (condition == u"rolled back after success" || condition == u"redeployed")
        sql(db,
            u"INSERT INTO meta (key, value) VALUES ('review_required_for', 'major'); INSERT "
            "INTO deployments (release_id, environment_id, version, outcome, deployed_by, "
            "deployed_at, created_by, created_at) SELECT {r}, 1, '2.4.0', 'rolled_back', "
            "'olga', deployed_at %1 3600, 'olga', 0 FROM deployments WHERE id = 1; UPDATE "
            "releases SET status = '%2' WHERE id = {r}"_qs
                .arg(condition == u"redeployed" ? u"-"_qs : u"+"_qs)
                .arg(condition == u"redeployed" ? u"deployed"_qs : u"rolled_back"_qs),
            r);
    else if (condition == u"failing check")
        sql(db,
            u"INSERT INTO validation_results (check_id, release_id, run_at, ok, run_by) "
            "SELECT 1, {r}, max(run_at) + 1, 0, 'scheduler' FROM validation_results"_qs,
            r);
    else if (condition == u"check of the service never run")
        sql(db,
            u"INSERT INTO validation_checks (id, service_id, name, kind, definition, "
            "created_by, created_at, updated_by, updated_at) VALUES (2, 2, 'Basket', "
            "'http', '{}', 't', 0, 't', 0)"_qs,
            r);
    else if (condition == u"own check never run")
        sql(db,
            u"INSERT INTO validation_checks (id, release_id, name, kind, definition, "
            "created_by, created_at, updated_by, updated_at) VALUES (3, {r}, 'Login', "
            "'http', '{}', 't', 0, 't', 0)"_qs,
            r);
    else if (condition == u"disabled check never run")
        sql(db,
            u"INSERT INTO validation_checks (id, release_id, name, kind, definition, "
            "enabled, created_by, created_at, updated_by, updated_at) VALUES (3, {r}, "
            "'Login', 'http', '{}', 0, 't', 0, 't', 0)"_qs,
            r);
    else if (condition == u"another service's check never run")
        sql(db,
            u"INSERT INTO services (id, name, created_by, created_at, updated_by, "
            "updated_at) VALUES (3, 'Ledger', 't', 0, 't', 0); INSERT INTO "
            "validation_checks (id, service_id, name, kind, definition, created_by, "
            "created_at, updated_by, updated_at) VALUES (4, 3, 'Ledger health', 'http', "
            "'{}', 't', 0, 't', 0)"_qs,
            r);
    else if (condition == u"degraded metric" || condition == u"unchanged metric")
        sql(db,
            u"INSERT INTO service_metrics (id, service_id, name, created_by, created_at, "
            "updated_by, updated_at) VALUES (1, 1, 'error_rate', 't', 0, 't', 0); INSERT INTO "
            "metric_verdicts (release_id, metric_id, computed_at, deployed_at, verdict) VALUES "
            "({r}, 1, 1, 1, '%1')"_qs.arg(condition.section(u' ', 0, 0)),
            r);
    else if (condition == u"72 hours not over")
        sql(db,
            u"UPDATE deployments SET deployed_at = %1 WHERE release_id = {r}"_qs.arg(kNow - 3600),
            r);
    else if (condition.startsWith(u"major")) {
        sql(db, u"UPDATE releases SET type = 'major' WHERE id = {r}"_qs, r);
        if (condition.endsWith(u"draft review"))
            addReview(db, r, u"draft"_qs);
        else if (condition.endsWith(u"review done"))
            addReview(db, r, u"done"_qs);
    } else if (condition == u"minor asked to review")
        sql(db,
            u"INSERT INTO meta (key, value) VALUES ('review_required_for', "
            "'minor, rolled_back')"_qs,
            r);
    else if (condition == u"failed attempt before")
        sql(db,
            u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
            "deployed_by, deployed_at, created_by, created_at) SELECT {r}, 1, '2.4.0', "
            "'failed', 'olga', deployed_at - 600, 'olga', 0 FROM deployments WHERE id = 1"_qs,
            r);
    else if (condition == u"failed attempt, nothing asks")
        sql(db,
            u"INSERT INTO meta (key, value) VALUES ('review_required_for', 'major'); "
            "INSERT INTO deployments (release_id, environment_id, version, outcome, "
            "deployed_by, deployed_at, created_by, created_at) SELECT {r}, 1, '2.4.0', "
            "'failed', 'olga', deployed_at - 600, 'olga', 0 FROM deployments WHERE id = 1"_qs,
            r);
    else if (condition == u"staging deployment only recently")
        sql(db,
            u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
            "deployed_by, deployed_at, created_by, created_at) VALUES ({r}, 2, '2.4.0', "
            "'succeeded', 'olga', %1, 'olga', 0)"_qs.arg(kNow - 60),
            r);
    else if (condition == u"checklist item without a row")
        sql(db, u"DELETE FROM closure_checklist WHERE release_id = {r} AND item = 'backup'"_qs, r);
    else if (condition == u"checklist item reopened")
        sql(db,
            u"UPDATE closure_checklist SET state = 'open', reason = '' WHERE release_id = "
            "{r} AND item = 'alerts'"_qs,
            r);
    else if (condition == u"success metric without actual")
        sql(db,
            u"INSERT INTO release_success_metrics (release_id, name, comparator, target, "
            "created_by, created_at, updated_by, updated_at) VALUES ({r}, 'p95 latency', "
            "'<=', 300, 't', 0, 't', 0)"_qs,
            r);
    else if (condition != u"nothing")
        QFAIL(qPrintable(u"unknown condition "_qs + condition));
}

} // namespace

class tst_ClosureGuard : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"closure-guard"_qs};

private Q_SLOTS:
    void closing_data() {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("refusal"); // empty: closes
        const QString closes;
        QTest::newRow("all met") << u"nothing"_qs << closes;
        QTest::newRow("rolled back without review")
            << u"rolled back"_qs
            << u"the production deployment was rolled back and no post-implementation review "
               "has been started"_qs;
        QTest::newRow("rolled back with review") << u"rolled back, reviewed"_qs << closes;
        // The file asks no review for rollbacks; a release that ended rolled back needs it
        // all the same, one deployed again after its rollback does not.
        QTest::newRow("rolled back after a successful deployment")
            << u"rolled back after success"_qs
            << u"the production deployment was rolled back and no post-implementation review "
               "has been started"_qs;
        QTest::newRow("deployed again after a rollback") << u"redeployed"_qs << closes;
        QTest::newRow("failing check")
            << u"failing check"_qs << u"1 check(s) failed their latest run: “Health”"_qs;
        QTest::newRow("service's check never run")
            << u"check of the service never run"_qs
            << u"1 check(s) never run for the release: “Basket”"_qs;
        QTest::newRow("own check never run")
            << u"own check never run"_qs << u"1 check(s) never run for the release: “Login”"_qs;
        QTest::newRow("disabled check never run") << u"disabled check never run"_qs << closes;
        QTest::newRow("another service's check never run")
            << u"another service's check never run"_qs << closes;
        QTest::newRow("degraded verdict")
            << u"degraded metric"_qs
            << u"1 metric(s) degraded against their baseline: “error_rate (Payments API)”"_qs;
        QTest::newRow("unchanged verdict") << u"unchanged metric"_qs << closes;
        QTest::newRow("72 hours not over")
            << u"72 hours not over"_qs
            << u"the 72-hour feedback window ends "_qs +
                   QDateTime::fromSecsSinceEpoch(kNow - 3600 + 72 * 3600, Qt::UTC)
                       .toString(u"yyyy-MM-dd HH:mm"_qs) +
                   u" UTC"_qs;
        QTest::newRow("a later staging deployment does not count")
            << u"staging deployment only recently"_qs << closes;
        QTest::newRow("major without review")
            << u"major"_qs << u"the required post-implementation review has not been started"_qs;
        QTest::newRow("major with a draft review")
            << u"major, draft review"_qs
            << u"the required post-implementation review is not done"_qs;
        QTest::newRow("major with review done") << u"major, review done"_qs << closes;
        QTest::newRow("file asks minor releases for a review")
            << u"minor asked to review"_qs
            << u"the required post-implementation review has not been started"_qs;
        QTest::newRow("a failed attempt asks for a review")
            << u"failed attempt before"_qs
            << u"the required post-implementation review has not been started"_qs;
        QTest::newRow("a failed attempt, the file asks only majors")
            << u"failed attempt, nothing asks"_qs << closes;
        QTest::newRow("checklist item without a row")
            << u"checklist item without a row"_qs
            << u"1 closure checklist item(s) open: Backup strategy"_qs;
        QTest::newRow("checklist item reopened")
            << u"checklist item reopened"_qs
            << u"1 closure checklist item(s) open: Alert thresholds"_qs;
        QTest::newRow("success metric without actual")
            << u"success metric without actual"_qs
            << u"1 success metric(s) without an actual: “p95 latency”"_qs;
    }

    void closing() {
        QFETCH(QString, condition);
        QFETCH(QString, refusal);
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        addTwoTeams(db);
        Release planned =
            releaseBetween(u"Payments API"_qs, kNow - 5 * kDay, kNow - 5 * kDay + 4 * 3600);
        planned.version = u"2.4.0"_qs;
        planned.productId = 1;
        planned.serviceIds = {2};
        const qint64 r = createRelease(doc->releases(), planned);
        QVERIFY(r > 0);
        settle(db, r, kNow - 4 * kDay);
        apply(db, r, condition);

        auto facts = doc->lifecycle().facts(r);
        QVERIFY2(facts, facts ? "" : qPrintable(facts.error().message));
        const QStringList expected = refusal.isEmpty() ? QStringList() : QStringList{refusal};
        QCOMPARE(facts->closureBlockers, expected);
        // The read of every release gives the deployed release the same.
        auto all = doc->lifecycle().allFacts(false);
        QVERIFY(all);
        QCOMPARE(all->value(r).closureBlockers, expected);

        auto release = doc->releases().find(r);
        QVERIFY(release);
        const ReleaseStatus before = release->status;
        Release closed = release.value();
        closed.status = ReleaseStatus::Closed;
        auto done = doc->releases().update(closed);
        const auto status = [&] {
            return queryValue(doc->database().path(),
                              u"SELECT status FROM releases WHERE id = %1"_qs.arg(r))
                .toString();
        };
        const auto records = [&] {
            return queryValue(doc->database().path(), u"SELECT count(*) FROM cmdb_records"_qs)
                .toInt();
        };
        if (refusal.isEmpty()) {
            QVERIFY2(done, done ? "" : qPrintable(done.error().message));
            QCOMPARE(status(), u"closed"_qs);
            QCOMPARE(records(), 1);
            return;
        }
        QVERIFY(isRefusal(done, Error::Kind::Refused, refusal));
        QVERIFY(done.error().message.contains(displayName(Guard::Closure)));
        QCOMPARE(status(), toKey(before));
        QCOMPARE(records(), 0);
    }

    // Every release that reached production is read at once; one asked for alone is read
    // whatever its status, and others are left out.
    void readerScope() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        addTwoTeams(db);
        Release a = releaseBetween(u"Payments API"_qs, kNow - 5 * kDay, kNow - 5 * kDay + 3600);
        a.productId = 1;
        const qint64 deployed = createRelease(doc->releases(), a);
        Release b = releaseBetween(u"Checkout Web"_qs, kNow + 5 * kDay, kNow + 5 * kDay + 3600);
        b.productId = 2;
        const qint64 planned = createRelease(doc->releases(), b);
        QVERIFY(deployed > 0 && planned > 0);
        settle(db, deployed, kNow - 4 * kDay);
        auto all = ClosureFactsReader(db).read();
        QVERIFY(all);
        QCOMPARE(all->keys(), QList<qint64>{deployed});
        const ClosureFacts& f = all->value(deployed);
        QVERIFY(f.productionSucceeded);
        QCOMPARE(f.firstProductionAt, kNow - 4 * kDay);
        QCOMPARE(f.checks, 1);
        QVERIFY(!f.reviewRequired);
        // Once closed it is still read with every release that reached production, but no
        // longer with those still to be closed.
        auto unclosed = ClosureFactsReader(db).readUnclosed();
        QVERIFY(unclosed);
        QCOMPARE(unclosed->keys(), QList<qint64>{deployed});
        exec(db, u"UPDATE releases SET status = 'closed' WHERE id = %1"_qs.arg(deployed));
        unclosed = ClosureFactsReader(db).readUnclosed();
        QVERIFY(unclosed);
        QVERIFY(unclosed->isEmpty());
        all = ClosureFactsReader(db).read();
        QVERIFY(all);
        QCOMPARE(all->keys(), QList<qint64>{deployed});
        auto one = ClosureFactsReader(db).read(planned);
        QVERIFY(one);
        QCOMPARE(one->keys(), QList<qint64>{planned});
        QCOMPARE(one->value(planned).firstProductionAt, qint64(0));
        QCOMPARE(one->value(planned).openChecklistItems.size(), 5);
        // A check of the planned release's product (Checkout Web) applies to it, never run.
        exec(db, u"INSERT INTO validation_checks (service_id, name, kind, definition, "
                 "created_by, created_at, updated_by, updated_at) VALUES (2, 'Basket', 'http', "
                 "'{}', 't', 0, 't', 0)"_qs);
        one = ClosureFactsReader(db).read(planned);
        QVERIFY(one);
        QCOMPARE(one->value(planned).uncheckedChecks, QStringList{u"Basket"_qs});
    }

    // A file from before schema 21 gives the deployment's facts and nothing of the new parts.
    void olderSchema() {
        const QDir shipped(u":/slipway/migrations"_qs);
        QTemporaryDir migrations;
        QVERIFY(migrations.isValid());
        for (const QString& name : shipped.entryList(QDir::Files, QDir::Name))
            if (name.left(4).toInt() < 21)
                QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
        Database::OpenOptions options;
        options.create = true;
        options.migrationsDir = migrations.path();
        auto opened = Database::open(m_files.newFile(), options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        Database& db = *opened.value();
        QCOMPARE(db.schemaVersion(), 20);
        addTwoTeams(db);
        ReleaseService releases(db, Session{u"alice"_qs, {}});
        Release a = releaseBetween(u"Payments API"_qs, kNow - 5 * kDay, kNow - 5 * kDay + 3600);
        a.productId = 1;
        const qint64 r = createRelease(releases, a);
        QVERIFY(r > 0);
        sql(db,
            u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
            "updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0); UPDATE releases SET "
            "status = 'rolled_back' WHERE id = {r}; INSERT INTO deployments (release_id, "
            "environment_id, outcome, deployed_by, deployed_at, created_by, created_at) VALUES "
            "({r}, 1, 'rolled_back', 'olga', %1, 'olga', 0)"_qs.arg(kNow - 4 * kDay),
            r);
        auto all = ClosureFactsReader(db).read();
        QVERIFY2(all, all ? "" : qPrintable(all.error().message));
        const ClosureFacts f = all->value(r);
        QVERIFY(f.productionRolledBack);
        QCOMPARE(f.firstProductionAt, kNow - 4 * kDay);
        QCOMPARE(f.checks, 0);
        QVERIFY(f.openChecklistItems.isEmpty());
        QVERIFY(!f.reviewRequired);
    }
};

QTEST_GUILESS_MAIN(tst_ClosureGuard)
#include "tst_ClosureGuard.moc"
