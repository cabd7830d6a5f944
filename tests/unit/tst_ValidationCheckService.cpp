// SPDX-License-Identifier: GPL-3.0-or-later
// Post-deployment checks on real files: edits with undo through the inverse calls, stale saves,
// roles refused, the checks that apply to a release (its own, its services', its product's),
// imports all or nothing from real files, results recorded with one audit entry per change of
// the release's validation state, every release's state at once, and the scheduler's ticks.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "LoopbackHttpServer.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/CheckRunner.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"
#include "services/ValidationScheduler.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kHour = 3600;
const QString kAlice = QStringLiteral("alice");

ValidationCheck check(qint64 releaseId, const QString& name, const QString& url) {
    ValidationCheck c;
    c.releaseId = releaseId;
    c.name = name;
    TransactionStep s;
    s.url = url;
    c.steps = {s};
    return c;
}

CheckResult result(qint64 checkId, qint64 releaseId, bool ok, qint64 atMs) {
    CheckResult r;
    r.checkId = checkId;
    r.releaseId = releaseId;
    r.ok = ok;
    r.runAtMs = atMs;
    r.httpStatus = ok ? 200 : 500;
    r.reason = ok ? QString() : u"HTTP 500 after 12 ms"_qs;
    return r;
}

qint64 count(Database& db, const QString& where) {
    return queryValue(db.path(), u"SELECT count(*) FROM "_qs + where).toLongLong();
}

QString auditText(Database& db) {
    return queryValue(db.path(), u"SELECT group_concat(coalesce(before_json, '') || "
                                 "coalesce(after_json, ''), ' ') FROM audit_log"_qs)
        .toString();
}

} // namespace

class tst_ValidationCheckService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"validation"_qs};

private Q_SLOTS:
    void editsWithUndo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - 2 * kHour);
        QVERIFY(r > 0);
        ValidationCheckService& checks = doc->validationChecks();
        QSignalSpy changed(&checks, &ValidationCheckService::checksChanged);
        QSignalSpy modified(doc.get(), &Document::modified);

        ValidationCheck c = check(r, u"Health"_qs, u"https://pay.example.com/health"_qs);
        c.steps[0].expectBody = u"UP"_qs;
        c.scheduleHours = 72;
        auto created = checks.create(c);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(created->rowVersion, 1);
        QCOMPARE(created->steps, c.steps);
        QCOMPARE(changed.count(), 1);
        QVERIFY(modified.count() >= 1);
        QCOMPARE(checks.find(created->id)->definition(), c.definition());

        // A second check of the release with the same name (any case) is refused.
        QVERIFY(isRefusal(checks.create(check(r, u"health"_qs, u"https://x.example.com"_qs)),
                          Error::Kind::Validation, u"\"health\""_qs));

        ValidationCheck edit = created.value();
        edit.steps[0].latencyBudgetMs = 800;
        auto updated = checks.update(edit);
        QVERIFY(updated);
        QCOMPARE(updated->rowVersion, 2);
        QCOMPARE(updated->steps[0].latencyBudgetMs, 800);
        // The version seen before that save is stale, nothing written.
        ValidationCheck late = created.value();
        late.intervalMin = 30;
        QVERIFY(isRefusal(checks.update(late), Error::Kind::Stale));
        QCOMPARE(checks.find(c.id = created->id)->intervalMin, 5);
        // Undo of the update: update with the earlier image at the current version.
        ValidationCheck undo = created.value();
        undo.rowVersion = 2;
        QCOMPARE(checks.update(undo)->steps[0].latencyBudgetMs, 0);

        // Remove with results, then restore (undo of remove) under the same id.
        QVERIFY(checks.record({result(created->id, r, true, kNow * 1000)}));
        const ValidationCheck before = checks.find(created->id).value();
        QVERIFY(isRefusal(checks.remove(created->id, 1), Error::Kind::Stale));
        QVERIFY(checks.remove(created->id, before.rowVersion));
        QVERIFY(isRefusal(checks.find(created->id), Error::Kind::NotFound));
        QCOMPARE(count(doc->database(), u"validation_results"_qs), 0);
        auto restored = checks.restore(before);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        QCOMPARE(restored->id, before.id);
        QCOMPARE(restored->steps, before.steps);
        QCOMPARE(restored->name, before.name);
        // The undo is the inverse: the result is back, and with it the release's state.
        QCOMPARE(count(doc->database(), u"validation_results"_qs), 1);
        QCOMPARE(checks.latest(r)->value(created->id).runAtMs, kNow * 1000);
        QCOMPARE(checks.states()->value(r), ValidationState::Passing);

        Database& db = doc->database();
        QCOMPARE(count(db, u"audit_log WHERE entity = 'validation_check'"_qs), 5);
        QCOMPARE(queryValue(db.path(), u"SELECT after_json FROM audit_log WHERE action = "
                                       "'restore'"_qs)
                     .toString()
                     .contains(u"\"results_restored\":1"_qs),
                 true);
        QVERIFY(
            queryValue(db.path(), u"SELECT before_json FROM audit_log WHERE action = 'delete'"_qs)
                .toString()
                .contains(u"\"results_removed\":1"_qs));
    }

    void refusesBadChecksWritingNothing() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour);
        ValidationCheckService& checks = doc->validationChecks();
        ValidationCheck token = check(r, u"Orders"_qs, u"https://pay.example.com/orders"_qs);
        token.steps[0].headers = {
            {u"Authorization"_qs, u"Bearer 9f8e7d6c5b4a39281706f5e4d3c2b1a0"_qs}};
        QVERIFY(isRefusal(checks.create(token), Error::Kind::Validation, u"in clear"_qs));
        token.steps[0].headers = {{u"X-Api-Key"_qs, u"AKIAIOSFODNN7EXAMPLE"_qs}};
        QVERIFY(isRefusal(checks.create(token), Error::Kind::Validation, u"in clear"_qs));
        // Nor in the URL: a password or a key in the query is stored and shown as written.
        token.steps[0].headers.clear();
        token.steps[0].url = u"https://admin:hunter2@pay.example.com/orders"_qs;
        QVERIFY(isRefusal(checks.create(token), Error::Kind::Validation, u"in clear"_qs));
        token.steps[0].url = u"https://pay.example.com/orders?api_key=AKIAIOSFODNN7EXAMPLE"_qs;
        QVERIFY(isRefusal(checks.create(token), Error::Kind::Validation, u"in clear"_qs));
        token.steps[0].url = u"https://pay.example.com/orders?status=open&limit=20"_qs;
        QVERIFY(checks.create(token));
        QVERIFY(checks.remove(checks.forRelease(r)->first().id, 1));
        token.steps[0].url = u"https://pay.example.com/orders"_qs;
        // The reference is fine, and so is a bearer built from an extracted variable.
        token.steps[0].headers = {{u"X-Api-Key"_qs, u"{{secret:env:PAY_KEY}}"_qs},
                                  {u"Accept"_qs, u"application/json"_qs}};
        QVERIFY(checks.create(token));

        ValidationCheck ftp = check(r, u"FTP"_qs, u"ftp://files.example.com/"_qs);
        QVERIFY(isRefusal(checks.create(ftp), Error::Kind::Validation, u"http or https"_qs));
        ValidationCheck early = check(r, u"Early"_qs, u"https://pay.example.com/{{id}}"_qs);
        early.kind = CheckKind::Transaction;
        early.steps[0].name = u"first"_qs;
        QVERIFY(isRefusal(checks.create(early), Error::Kind::Validation,
                          u"{{id}} is used before a step extracts it"_qs));
        ValidationCheck urlSecret =
            check(r, u"Secret URL"_qs, u"https://pay.example.com/?k={{secret:env:K}}"_qs);
        QVERIFY(isRefusal(checks.create(urlSecret), Error::Kind::Validation, u"not in the URL"_qs));
        ValidationCheck bounds = check(r, u"Bounds"_qs, u"https://pay.example.com/"_qs);
        bounds.scheduleHours = 721;
        QVERIFY(isRefusal(checks.create(bounds), Error::Kind::Validation, u"720"_qs));
        QCOMPARE(count(doc->database(), u"validation_checks"_qs), 1);
    }

    void rolesRefused() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour);
        QVERIFY(addPeople(doc->database(), kAlice,
                          {personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs}),
                           personWithLogin(u"Cora"_qs, u"cora"_qs, {u"cab"_qs})}));
        ValidationCheckService asAlice(doc->database(), Session{kAlice, {}});
        ValidationCheckService asDeployer(doc->database(), Session{u"dee"_qs, {}});
        ValidationCheckService asCab(doc->database(), Session{u"cora"_qs, {}});
        const auto c = check(r, u"Health"_qs, u"https://pay.example.com/health"_qs);
        QVERIFY(isRefusal(asDeployer.create(c), Error::Kind::Permission));
        auto created = asAlice.create(c);
        QVERIFY(created);
        QVERIFY(isRefusal(asDeployer.remove(created->id, 1), Error::Kind::Permission));
        // A deployer runs checks and records what they found; a CAB member does not.
        QVERIFY(isRefusal(asCab.record({result(created->id, r, true, kNow * 1000)}),
                          Error::Kind::Permission));
        QVERIFY(asDeployer.record({result(created->id, r, true, kNow * 1000)}));
        const auto latest = asAlice.latest(r);
        QVERIFY(latest);
        QCOMPARE(latest->value(created->id).runBy, recordedActor(doc->database(), u"dee"_qs));
        QCOMPARE(count(doc->database(), u"validation_checks"_qs), 1);
    }

    void serviceChecksApplyToItsReleases() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour); // product 1, service 2
        ValidationCheckService& checks = doc->validationChecks();
        QVERIFY(checks.create(check(r, u"Own"_qs, u"https://a.example.com"_qs)));
        ValidationCheck product = check(0, u"Product"_qs, u"https://b.example.com"_qs);
        product.serviceId = 1;
        ValidationCheck service = check(0, u"Service"_qs, u"https://c.example.com"_qs);
        service.serviceId = 2;
        QVERIFY(checks.create(product));
        auto stored = checks.create(service);
        QVERIFY(stored);
        QCOMPARE(stored->serviceName, u"Checkout Web"_qs);
        const auto applying = checks.forRelease(r);
        QVERIFY(applying);
        QStringList names;
        for (const auto& c : applying.value())
            names << c.name;
        QCOMPARE(names, QStringList({u"Own"_qs, u"Product"_qs, u"Service"_qs}));
        QCOMPARE(checks.forService(2)->size(), 1);
        QCOMPARE(checks.forService(1)->first().name, u"Product"_qs);
        // Owned by both or neither: refused.
        ValidationCheck both = check(r, u"Both"_qs, u"https://d.example.com"_qs);
        both.serviceId = 2;
        QVERIFY(isRefusal(checks.create(both), Error::Kind::Validation, u"exactly one"_qs));
    }

    void importsRealFilesAllOrNothing() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour);
        ValidationCheckService& checks = doc->validationChecks();
        auto bad = checks.importFile(r, testDataPath(u"validation/checks_unknown_method.json"_qs));
        QVERIFY(isOneLineRefusal(bad, u"checks_unknown_method.json: checks[2].definition.steps[0]"
                                      ".method: unknown method \"FETCH\""_qs));
        auto clear =
            checks.importFile(r, testDataPath(u"validation/checks_token_in_clear.json"_qs));
        QVERIFY(isOneLineRefusal(clear, u"checks_token_in_clear.json: checks[0]: "_qs));
        // A key of the file's own, with a line break in it, is named on one line.
        auto broken =
            checks.importFile(r, testDataPath(u"validation/checks_key_with_line_break.json"_qs));
        QVERIFY(isOneLineRefusal(broken, u"checks_key_with_line_break.json: checks[0].definition"
                                         ".steps[0].extract.token\\nX-Injected: yes: "_qs));
        QVERIFY(clear.error().message.contains(u"in clear"_qs));
        QVERIFY(!clear.error().message.contains(u"eyJ"_qs)); // never quoted back
        QCOMPARE(count(doc->database(), u"validation_checks"_qs), 0);

        auto imported = checks.importFile(r, testDataPath(u"validation/checks_payments.json"_qs));
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        QCOMPARE(imported->size(), 3);
        const ValidationCheck journey = imported->at(2);
        QCOMPARE(journey.kind, CheckKind::Transaction);
        QCOMPARE(journey.timeoutMs, 4000);
        QCOMPARE(journey.scheduleHours, 24);
        QCOMPARE(journey.steps.size(), 2);
        QCOMPARE(journey.steps[0].method, u"POST"_qs);
        QCOMPARE(journey.steps[0].extract.first().second, u"$.token"_qs);
        QCOMPARE(journey.steps[1].headers.first().second, u"Bearer {{token}}"_qs);
        QCOMPARE(journey.steps[1].expectJson.size(), 2);
        QCOMPARE(imported->at(1).steps[0].expectJson[1].value, u"0"_qs);
        QCOMPARE(count(doc->database(), u"audit_log WHERE action = 'import'"_qs), 3);
        // Importing the same file again: the names are taken, nothing more is written.
        QVERIFY(isRefusal(checks.importFile(r, testDataPath(u"validation/checks_payments.json"_qs)),
                          Error::Kind::Usage, u"checks[0]"_qs));
        QCOMPARE(count(doc->database(), u"validation_checks"_qs), 3);
    }

    void stateChangesAuditedOnce() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour);
        ValidationCheckService& checks = doc->validationChecks();
        QSignalSpy recorded(&checks, &ValidationCheckService::resultsRecorded);
        QCOMPARE(checks.states()->value(r), ValidationState::None);
        auto a = checks.create(check(r, u"A"_qs, u"https://a.example.com"_qs));
        auto b = checks.create(check(r, u"B"_qs, u"https://b.example.com"_qs));
        QVERIFY(a && b);
        QCOMPARE(checks.states()->value(r), ValidationState::Pending);
        Database& db = doc->database();
        const QString validate = u"audit_log WHERE action = 'validate' AND entity = 'release'"_qs;
        const qint64 t = kNow * 1000;

        QVERIFY(checks.record({result(a->id, r, true, t), result(b->id, r, false, t)}));
        QCOMPARE(checks.states()->value(r), ValidationState::Failing);
        QCOMPARE(count(db, validate), 1);
        QCOMPARE(recorded.count(), 1);
        QVERIFY(queryValue(db.path(), u"SELECT before_json || after_json FROM audit_log WHERE "
                                      "action = 'validate'"_qs)
                    .toString()
                    .contains(u"{\"validation\":\"pending\"}{\"failing\":1,\"results\":2,"
                              "\"validation\":\"failing\"}"_qs));
        // Still failing: no entry.
        QVERIFY(checks.record({result(b->id, r, false, t + 1000)}));
        QCOMPARE(count(db, validate), 1);
        QCOMPARE(count(db, u"validation_results"_qs), 3);
        // The latest result counts: B passes now.
        QVERIFY(checks.record({result(b->id, r, true, t + 2000)}));
        QCOMPARE(checks.states()->value(r), ValidationState::Passing);
        QCOMPARE(count(db, validate), 2);
        QCOMPARE(checks.latest(r)->value(b->id).runAtMs, t + 2000);
        QCOMPARE(checks.results(b->id, r)->size(), 3);
        QCOMPARE(checks.results(b->id, r, t + 1000)->size(), 2);
        QCOMPARE(checks.results(b->id, r, t, t + 1000)->size(), 1);
        // A disabled check's failure does not count.
        ValidationCheck off = checks.find(b->id).value();
        off.enabled = false;
        QVERIFY(checks.update(off));
        QVERIFY(checks.record({result(b->id, r, false, t + 3000)}));
        QCOMPARE(checks.states()->value(r), ValidationState::Passing);
        // A result for no stored check is refused, nothing written.
        QVERIFY(isRefusal(checks.record({result(0, r, true, t)}), Error::Kind::Usage));
    }

    void statesOfSeveralReleases() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 deployed = deployedRelease(*doc, kNow - kHour); // product 1: failing check
        const qint64 passing =
            createRelease(doc->releases(), newRelease(u"Passing"_qs, u"1.0.0"_qs));
        const qint64 pending =
            createRelease(doc->releases(), newRelease(u"Pending"_qs, u"1.0.0"_qs));
        const qint64 none = createRelease(doc->releases(), newRelease(u"None"_qs, u"1.0.0"_qs));
        const qint64 degraded =
            createRelease(doc->releases(), newRelease(u"Degraded"_qs, u"1.0.0"_qs));
        const qint64 unchanged =
            createRelease(doc->releases(), newRelease(u"Steady"_qs, u"1.0.0"_qs));
        QVERIFY(passing > 0 && pending > 0 && none > 0 && degraded > 0 && unchanged > 0);
        ValidationCheckService& checks = doc->validationChecks();
        ValidationCheck product = check(0, u"Product"_qs, u"https://p.example.com"_qs);
        product.serviceId = 1;
        auto p = checks.create(product);
        auto own = checks.create(check(passing, u"Own"_qs, u"https://o.example.com"_qs));
        QVERIFY(checks.create(check(pending, u"Never run"_qs, u"https://n.example.com"_qs)));
        QVERIFY(p && own);
        QVERIFY(checks.record({result(p->id, deployed, false, kNow * 1000),
                               result(own->id, passing, true, kNow * 1000)}));
        exec(db, u"INSERT INTO service_metrics (id, service_id, name, created_by, created_at, "
                 "updated_by, updated_at) VALUES (1, 2, 'p95 latency', 't', 0, 't', 0)"_qs);
        exec(db, QStringLiteral("INSERT INTO metric_verdicts (release_id, metric_id, computed_at, "
                                "deployed_at, verdict) VALUES (%1, 1, 0, 0, 'degraded'), (%2, 1, "
                                "0, 0, 'unchanged'), (%3, 1, 0, 0, 'unchanged')")
                     .arg(degraded)
                     .arg(unchanged)
                     .arg(passing));
        const auto states = checks.states();
        QVERIFY(states);
        QCOMPARE(states->value(deployed), ValidationState::Failing);
        QCOMPARE(states->value(passing), ValidationState::Passing);
        QCOMPARE(states->value(pending), ValidationState::Pending);
        QCOMPARE(states->value(none), ValidationState::None);
        QCOMPARE(states->value(degraded), ValidationState::Failing);
        QCOMPARE(states->value(unchanged), ValidationState::Passing);
        QCOMPARE(states->size(), 6);
        QCOMPARE(toKey(states->value(pending)), u"pending"_qs);
    }

    void secretNeverStored() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = deployedRelease(*doc, kNow - kHour);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const QByteArray secret = "sk_test_51Hx9QzLmN3vB7rT2kP8wQe";
        qputenv("SLIPWAY_TEST_SERVICE_KEY", secret);
        auto echo = LoopbackHttpServer::answer(500, "");
        echo.echoHeader = "X-Api-Key";
        server.setRoute(u"/key"_qs, echo);
        ValidationCheck c = check(r, u"Keyed"_qs, server.url(u"/key"_qs).toString());
        c.steps[0].headers = {{u"X-Api-Key"_qs, u"{{secret:env:SLIPWAY_TEST_SERVICE_KEY}}"_qs}};
        auto created = doc->validationChecks().create(c);
        QVERIFY(created);
        const auto results = CheckRunner::runAll({created.value()}, r, kAlice);
        QCOMPARE(results.size(), 1);
        QCOMPARE(server.requests().first().header("X-Api-Key"), secret);
        QVERIFY(doc->validationChecks().record(results));
        const QString file = QString::fromLatin1(fileBytes(doc->database().path()));
        QVERIFY(!fileBytes(doc->database().path()).contains(secret));
        QVERIFY(!auditText(doc->database()).contains(QString::fromLatin1(secret)));
        QCOMPARE(doc->validationChecks().latest(r)->value(created->id).excerpt, u"[secret]"_qs);
        qunsetenv("SLIPWAY_TEST_SERVICE_KEY");
    }

    void schedulerTicks() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 deployedAt = kNow - kHour;
        const qint64 r = deployedRelease(*doc, deployedAt);
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/health"_qs, LoopbackHttpServer::answer(200, "UP"));
        ValidationCheckService& checks = doc->validationChecks();
        ValidationCheck scheduled = check(r, u"Scheduled"_qs, server.url(u"/health"_qs).toString());
        scheduled.scheduleHours = 72;
        scheduled.intervalMin = 5;
        auto s = checks.create(scheduled);
        QVERIFY(s);
        // On demand only: never run by the scheduler.
        QVERIFY(checks.create(check(r, u"Manual"_qs, server.url(u"/manual"_qs).toString())));

        ValidationScheduler scheduler(checks);
        QSignalSpy ran(&scheduler, &ValidationScheduler::ran);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        scheduler.tick(now);
        QCOMPARE(scheduler.runningCount(), 1);
        QVERIFY(ran.wait(10000));
        QCOMPARE(ran.first().first().toLongLong(), r);
        QCOMPARE(checks.results(s->id, r)->size(), 1);
        const qint64 lastRun = checks.latest(r)->value(s->id).runAtMs;

        scheduler.tick(lastRun + 4 * 60 * 1000); // not yet due
        QCOMPARE(scheduler.runningCount(), 0);
        scheduler.tick(lastRun + 5 * 60 * 1000); // due again
        QCOMPARE(scheduler.runningCount(), 1);
        QVERIFY(ran.wait(10000));
        QCOMPARE(checks.results(s->id, r)->size(), 2);
        // Past the schedule, or before the deployment: nothing.
        scheduler.tick((deployedAt + 72 * kHour) * 1000);
        scheduler.tick((deployedAt - 60) * 1000);
        QCOMPARE(scheduler.runningCount(), 0);
        QCOMPARE(server.hits(u"/manual"_qs), 0);
        QCOMPARE(server.hits(u"/health"_qs), 2);
        // Not in production: a release deployed only to staging is not scheduled.
        exec(doc->database(), u"DELETE FROM deployments WHERE environment_id = 1"_qs);
        scheduler.tick(now + 60 * 60 * 1000);
        QCOMPARE(scheduler.runningCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ValidationCheckService)
#include "tst_ValidationCheckService.moc"
