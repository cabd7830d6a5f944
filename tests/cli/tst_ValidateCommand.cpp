// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway validate` through the real binary on a real file, against a real HTTP server in a
// thread of this test: checks added and imported (a bad file refused whole, naming the JSON
// path), run with PASS/FAIL lines or JSON and exit 1 on a failure, stored results listed, a
// transaction with an env: secret the server sees and the file never holds, --read-only runs
// without storing, roles refused, and the scheduler run headless by `watch`.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "LoopbackHttpServer.h"
#include "TestSupport.h"
#include "services/Document.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QThread>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();

Run as(const QByteArray& login, const QStringList& args) {
    const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
    qputenv("SLIPWAY_TEST_USER", login);
    Run run = runSlipway(args);
    qputenv("SLIPWAY_TEST_USER", before);
    return run;
}

bool oneLine(const Run& run) {
    return !run.errText().isEmpty() && !run.errText().contains(u'\n');
}

} // namespace

class tst_ValidateCommand : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"validate-cli"_qs};
    QThread m_thread;
    LoopbackHttpServer* m_server = nullptr;

    // A release (id 1) deployed to production an hour ago; its product is service 1.
    QString prepared(bool withPeople = false) {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        if (!doc)
            return {};
        const qint64 r = deployedRelease(*doc, kNow - 3600);
        if (withPeople)
            addPeople(doc->database(), u"alice"_qs,
                      {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                       personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})});
        return r == 1 ? path : QString();
    }

    QString url(const QString& path) const { return m_server->url(path).toString(); }

    qint64 results(const QString& db) {
        return queryValue(db, u"SELECT count(*) FROM validation_results"_qs).toLongLong();
    }

private Q_SLOTS:
    void initTestCase() {
        m_server = new LoopbackHttpServer;
        m_server->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(m_server, "listen", Qt::BlockingQueuedConnection,
                                  Q_RETURN_ARG(bool, listening));
        QVERIFY(listening);
        m_server->setRoute(u"/health"_qs, LoopbackHttpServer::answer(200, "status: UP"));
        m_server->setRoute(u"/down"_qs, LoopbackHttpServer::answer(503, "maintenance"));
    }

    void cleanupTestCase() {
        m_thread.quit();
        m_thread.wait();
    }

    void addRunAndList() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run =
            runSlipway(QStringList{u"validate"_qs, u"add-check"_qs, u"--name"_qs, u"Health"_qs,
                                   u"--url"_qs, url(u"/health"_qs), u"--expect-body"_qs, u"UP"_qs,
                                   u"--latency-ms"_qs, u"5000"_qs} +
                       base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().startsWith(u"Added the check \"Health\""_qs));
        run = runSlipway(QStringList{u"validate"_qs, u"add-check"_qs, u"--name"_qs, u"Down"_qs,
                                     u"--url"_qs, url(u"/down"_qs)} +
                         base);
        QCOMPARE(run.exitCode, 0);

        run = runSlipway(QStringList{u"validate"_qs, u"run"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.outText().trimmed().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(QRegularExpression(u"^FAIL Down: HTTP 503 after \\d+ ms$"_qs)
                     .match(lines[0])
                     .hasMatch(),
                 qPrintable(lines[0]));
        QVERIFY2(QRegularExpression(u"^PASS Health \\d+ ms$"_qs).match(lines[1]).hasMatch(),
                 qPrintable(lines[1]));
        QCOMPARE(results(db), 2);

        run = runSlipway(
            QStringList{u"validate"_qs, u"run"_qs, u"--check"_qs, u"health"_qs, u"--json"_qs} +
            base);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject j = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(j.value(u"stored"_qs), QJsonValue(true));
        QCOMPARE(j.value(u"passed"_qs).toInt(), 1);
        QCOMPARE(j.value(u"failed"_qs).toInt(), 0);
        const QJsonObject r = j.value(u"results"_qs).toArray().first().toObject();
        QCOMPARE(r.value(u"check"_qs).toString(), u"Health"_qs);
        QCOMPARE(r.value(u"http_status"_qs).toInt(), 200);
        QCOMPARE(r.value(u"excerpt"_qs).toString(), u"status: UP"_qs);
        QVERIFY(r.value(u"run_at"_qs).toString().endsWith(u'Z'));

        run = runSlipway(QStringList{u"validate"_qs, u"results"_qs, u"--check"_qs, u"Health"_qs} +
                         base);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outText().trimmed().split(u'\n').size(), 2);
        QVERIFY(run.outText().contains(u" PASS "_qs));

        run = runSlipway(QStringList{u"validate"_qs, u"checks"_qs, u"--json"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray checks =
            QJsonDocument::fromJson(run.out).object().value(u"checks"_qs).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks[0].toObject().value(u"name"_qs).toString(), u"Down"_qs);
        QCOMPARE(checks[0].toObject().value(u"latest"_qs).toObject().value(u"ok"_qs),
                 QJsonValue(false));
        run = runSlipway(QStringList{u"validate"_qs, u"checks"_qs} + base);
        QVERIFY2(run.outText().contains(u"Down  [http]  FAIL at "_qs), qPrintable(run.outText()));

        // Read-only: runs, says it did not store, stores nothing.
        run = runSlipway(QStringList{u"validate"_qs, u"run"_qs, u"--read-only"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.errText().contains(u"not stored"_qs));
        QCOMPARE(results(db), 3);
        run = runSlipway(QStringList{u"validate"_qs, u"add-check"_qs, u"--read-only"_qs,
                                     u"--name"_qs, u"More"_qs, u"--url"_qs, url(u"/health"_qs)} +
                         base);
        QVERIFY(run.exitCode != 0);
        QVERIFY(oneLine(run));
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM validation_checks"_qs).toInt(), 2);
    }

    void badInput() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run = runSlipway(QStringList{u"validate"_qs, u"frobnicate"_qs} + base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));
        run = runSlipway(QStringList{u"validate"_qs, u"run"_qs, u"--check"_qs, u"Nope"_qs} + base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"no such check"_qs), qPrintable(run.errText()));
        run = runSlipway({u"validate"_qs, u"run"_qs, u"--db"_qs, db});
        QCOMPARE(run.exitCode, 2);
        run = runSlipway(QStringList{u"validate"_qs, u"add-check"_qs, u"--name"_qs, u"X"_qs,
                                     u"--url"_qs, u"ftp://x.example.com"_qs} +
                         base);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"http or https"_qs), qPrintable(run.errText()));
        run = runSlipway(QStringList{u"validate"_qs, u"add-check"_qs, u"--name"_qs, u"X"_qs,
                                     u"--url"_qs, url(u"/health"_qs), u"--interval-min"_qs,
                                     u"often"_qs} +
                         base);
        QCOMPARE(run.exitCode, 2);
        // Nothing to run: said, and nothing fails.
        run = runSlipway(QStringList{u"validate"_qs, u"run"_qs} + base);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().contains(u"No enabled check"_qs));
    }

    void importTransactionWithSecret() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        Run run =
            runSlipway(QStringList{u"validate"_qs, u"import-checks"_qs} + base +
                       QStringList{testDataPath(u"validation/checks_unknown_method.json"_qs)});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(oneLine(run));
        QVERIFY2(run.errText().startsWith(u"slipway validate: checks_unknown_method.json: "
                                          "checks[2].definition.steps[0].method: unknown method "
                                          "\"FETCH\""_qs),
                 qPrintable(run.errText()));
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM validation_checks"_qs).toInt(), 0);

        const QByteArray secret = "cli-sec-5Kq9Zr2Tx8Wm4Lp7";
        auto login = LoopbackHttpServer::answer(200, R"({"token": "t-42"})");
        login.contentType = "application/json";
        login.requireHeader = {"X-Api-Key", secret};
        m_server->setRoute("POST", u"/api/login"_qs, login);
        auto order = LoopbackHttpServer::answer(200, R"({"status": "paid", "items": [{"id": 1}]})");
        order.contentType = "application/json";
        order.requireHeader = {"Authorization", "Bearer t-42"};
        m_server->setRoute("GET", u"/api/orders/latest"_qs, order);
        QByteArray file = fileBytes(testDataPath(u"validation/checks_payments.json"_qs));
        file.replace("https://payments.example.com", url(QString()).chopped(1).toUtf8());
        file.replace("https://search.example.com", url(QString()).chopped(1).toUtf8());
        const QString checks = m_files.filePath(u"checks.json"_qs);
        QFile out(checks);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(file);
        out.close();
        run = runSlipway(QStringList{u"validate"_qs, u"import-checks"_qs} + base +
                         QStringList{checks});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().startsWith(u"Imported 3 check"_qs), qPrintable(run.outText()));

        qputenv("PAYMENTS_API_KEY", secret);
        run = runSlipway(
            QStringList{u"validate"_qs, u"run"_qs, u"--check"_qs, u"Checkout journey"_qs} + base);
        qunsetenv("PAYMENTS_API_KEY");
        QVERIFY2(run.exitCode == 0, qPrintable(run.outText() + run.errText()));
        QVERIFY(run.outText().startsWith(u"PASS Checkout journey "_qs));
        QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));
        QVERIFY(!fileBytes(db).contains(secret));
        // Without the secret the first step fails before it is sent, naming the reference.
        run = runSlipway(
            QStringList{u"validate"_qs, u"run"_qs, u"--check"_qs, u"Checkout journey"_qs} + base);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.outText().trimmed() ==
                     u"FAIL Checkout journey: step 'login': header \"X-Api-Key\": secret "
                     "\"env:PAYMENTS_API_KEY\" is not set in the environment"_qs,
                 qPrintable(run.outText()));
    }

    void rolesRefused() {
        const QString db = prepared(true);
        QVERIFY(!db.isEmpty());
        const QStringList base{u"--db"_qs, db, u"--release"_qs, u"1"_qs};
        const QStringList add = QStringList{u"validate"_qs, u"add-check"_qs, u"--name"_qs,
                                            u"Health"_qs,   u"--url"_qs,     url(u"/health"_qs)} +
                                base;
        Run run = as("dee", add);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(oneLine(run));
        QCOMPARE(as("alice", add).exitCode, 0);
        run = as("dee", QStringList{u"validate"_qs, u"run"_qs} + base);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(queryValue(db, u"SELECT run_by FROM validation_results"_qs).toString(), u"dee"_qs);
    }

    void watchRunsScheduledChecks() {
        const QString db = prepared();
        QVERIFY(!db.isEmpty());
        Run run = runSlipway({u"validate"_qs, u"add-check"_qs, u"--db"_qs, db, u"--service"_qs,
                              u"Payments API"_qs, u"--name"_qs, u"Scheduled"_qs, u"--url"_qs,
                              url(u"/health"_qs), u"--schedule-hours"_qs, u"72"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = runSlipway(
            {u"validate"_qs, u"watch"_qs, u"--db"_qs, db, u"--for-minutes"_qs, u"0.05"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"Payments API 2.4.0: passing"_qs),
                 qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(u"1 check run"_qs), qPrintable(run.outText()));
        QCOMPARE(results(db), 1);
        run = runSlipway({u"validate"_qs, u"watch"_qs, u"--db"_qs, db, u"--read-only"_qs});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_ValidateCommand)
#include "tst_ValidateCommand.moc"
