// SPDX-License-Identifier: GPL-3.0-or-later
// Post-deployment checks against a real HTTP server on the loopback interface: single checks
// (status, body text, latency budget, timeout, refused connection, redirect loop), a three-step
// transaction whose token the server checks, extractions that find nothing, secrets from the
// environment that reach the server but never the result, and real Elasticsearch and Consul
// health bodies judged by JSON expectations.
#include "services/CheckRunner.h"

#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using test::LoopbackHttpServer;

namespace {

TransactionStep step(const QString& name, const QString& method, const QUrl& url) {
    TransactionStep s;
    s.name = name;
    s.method = method;
    s.url = url.toString();
    return s;
}

ValidationCheck httpCheck(const QUrl& url, qint64 id = 1) {
    ValidationCheck c;
    c.id = id;
    c.releaseId = 7;
    c.name = u"Health"_qs;
    c.steps = {step(QString(), u"GET"_qs, url)};
    return c;
}

ValidationCheck transaction(const QList<TransactionStep>& steps, qint64 id = 2) {
    ValidationCheck c;
    c.id = id;
    c.releaseId = 7;
    c.name = u"Journey"_qs;
    c.kind = CheckKind::Transaction;
    c.steps = steps;
    return c;
}

LoopbackHttpServer::Response json(int status, const QByteArray& body) {
    auto r = LoopbackHttpServer::answer(status, body);
    r.contentType = "application/json";
    return r;
}

JsonExpectation equals(const QString& path, const QString& value) {
    return JsonExpectation{path, JsonExpectation::Op::Equals, value};
}

} // namespace

class tst_CheckRunner : public QObject {
    Q_OBJECT

    LoopbackHttpServer m_server;

    CheckResult runOne(const ValidationCheck& check) {
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        if (!runner.run(check, 7, u"alice"_qs)) {
            qWarning("run() refused");
            return {};
        }
        if (!finished.wait(20000) || finished.size() != 1)
            return {};
        QTest::qWait(30); // nothing reports twice
        if (finished.size() != 1 || runner.runningCount() != 0) {
            qWarning("reported %lld times", qlonglong(finished.size()));
            return {};
        }
        return finished.first().first().value<CheckResult>();
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<CheckResult>();
        QVERIFY(m_server.listen());
    }

    void init() { m_server.clearRecords(); }

    void passingCheck() {
        m_server.setRoute(u"/health"_qs, LoopbackHttpServer::answer(200, "status: UP\n"));
        ValidationCheck c = httpCheck(m_server.url(u"/health"_qs));
        c.steps[0].expectStatus = 200;
        c.steps[0].expectBody = u"UP"_qs;
        c.steps[0].latencyBudgetMs = 2000;
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const CheckResult r = runOne(c);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.checkId, 1);
        QCOMPARE(r.releaseId, 7);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.runBy, u"alice"_qs);
        QVERIFY(r.reason.isEmpty());
        QVERIFY(r.failedStep.isEmpty());
        QCOMPARE(r.excerpt, u"status: UP"_qs);
        QVERIFY(r.runAtMs >= before && r.runAtMs <= QDateTime::currentMSecsSinceEpoch());
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 2000);
        QCOMPARE(m_server.requests().size(), 1);
        QCOMPARE(m_server.requests().first().method, QByteArray("GET"));
    }

    void failingSingleChecks() {
        m_server.setRoute(u"/down"_qs, LoopbackHttpServer::answer(503, "maintenance"));
        CheckResult r = runOne(httpCheck(m_server.url(u"/down"_qs)));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 503);
        QVERIFY2(QRegularExpression(u"^HTTP 503 after \\d+ ms$"_qs).match(r.reason).hasMatch(),
                 qPrintable(r.reason));
        QCOMPARE(r.excerpt, u"maintenance"_qs);
        QVERIFY(r.failedStep.isEmpty()); // a plain check has no step to name

        // An exact status that differs: the status expected is named.
        m_server.setRoute(u"/created"_qs, LoopbackHttpServer::answer(200, "ok"));
        ValidationCheck exact = httpCheck(m_server.url(u"/created"_qs));
        exact.steps[0].expectStatus = 201;
        r = runOne(exact);
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.endsWith(u", expected 201"_qs), qPrintable(r.reason));

        m_server.setRoute(u"/text"_qs, LoopbackHttpServer::answer(200, "status: DEGRADED"));
        ValidationCheck text = httpCheck(m_server.url(u"/text"_qs));
        text.steps[0].expectBody = u"UP"_qs;
        r = runOne(text);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"the answer does not contain \"UP\""_qs);
    }

    void latencyBudgetWithDelayedAnswer() {
        m_server.setRoute(u"/slow"_qs, LoopbackHttpServer::answer(200, "UP", 400));
        ValidationCheck c = httpCheck(m_server.url(u"/slow"_qs));
        c.steps[0].latencyBudgetMs = 150;
        const CheckResult r = runOne(c);
        QVERIFY(!r.ok);
        const auto match =
            QRegularExpression(u"^took (\\d+) ms, budget 150 ms$"_qs).match(r.reason);
        QVERIFY2(match.hasMatch(), qPrintable(r.reason));
        QVERIFY(match.captured(1).toInt() >= 400);
        QVERIFY(r.latencyMs >= 400);
        // Within a larger budget it passes.
        c.steps[0].latencyBudgetMs = 5000;
        QVERIFY(runOne(c).ok);
    }

    void timeoutWhenTheServerNeverAnswers() {
        LoopbackHttpServer::Response silent;
        silent.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/hang"_qs, silent);
        ValidationCheck c = httpCheck(m_server.url(u"/hang"_qs));
        c.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const CheckResult r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"timed out after 300 ms"_qs);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(r.latencyMs >= 300);
        QVERIFY2(clock.elapsed() < 3000, "the timeout bounds the check");
    }

    void connectionRefused() {
        const quint16 port = LoopbackHttpServer::unusedPort();
        QVERIFY(port > 0);
        const CheckResult r =
            runOne(httpCheck(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"connection refused"_qs);
    }

    void redirectLoopIsBounded() {
        auto loop = LoopbackHttpServer::answer(302, "");
        loop.headers = {{"Location", "/loop"}};
        m_server.setRoute(u"/loop"_qs, loop);
        const CheckResult r = runOne(httpCheck(m_server.url(u"/loop"_qs)));
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"more than 3 redirects"_qs);
        // The chain stops: the first request and three redirects. Qt now and then sends one of
        // them twice here (seen: 4 to 7 requests), never an endless chain.
        QTest::qWait(200);
        QVERIFY2(m_server.hits(u"/loop"_qs) >= 4 && m_server.hits(u"/loop"_qs) <= 8,
                 qPrintable(QString::number(m_server.hits(u"/loop"_qs))));
    }

    void threeStepTransaction() {
        m_server.setRoute("POST", u"/login"_qs, json(200, R"({"token": "tok-7f3a", "ttl": 60})"));
        auto orders = json(200, R"({"items": [{"id": 4711, "status": "paid"}]})");
        orders.requireHeader = {"Authorization", "Bearer tok-7f3a"};
        m_server.setRoute("GET", u"/orders"_qs, orders);
        m_server.setRoute("GET", u"/orders/4711"_qs,
                          json(200, R"({"id": 4711, "status": "paid", "total": 12.5})"));

        TransactionStep login = step(u"login"_qs, u"POST"_qs, m_server.url(u"/login"_qs));
        login.body = uR"({"user": "monitor"})"_qs;
        login.expectStatus = 200;
        login.extract = {{u"token"_qs, u"$.token"_qs}};
        TransactionStep list = step(u"orders"_qs, u"GET"_qs, m_server.url(u"/orders"_qs));
        list.headers = {{u"Authorization"_qs, u"Bearer {{token}}"_qs}};
        list.extract = {{u"order"_qs, u"items[0].id"_qs}};
        TransactionStep one = step(u"order"_qs, u"GET"_qs, QUrl());
        one.url = m_server.url(u"/orders/"_qs).toString() + u"{{order}}"_qs;
        one.headers = {{u"Authorization"_qs, u"Bearer {{token}}"_qs}};
        one.expectJson = {equals(u"$.status"_qs, u"paid"_qs),
                          equals(u"total"_qs, u"12.5"_qs),
                          {u"id"_qs, JsonExpectation::Op::Exists, {}}};
        ValidationCheck c = transaction({login, list, one});
        QVERIFY2(validateCheck(c).isEmpty(), qPrintable(validateCheck(c).value(0).message));

        CheckResult r = runOne(c);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.httpStatus, 200);
        const auto requests = m_server.requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests[0].method, QByteArray("POST"));
        QCOMPARE(requests[0].body, QByteArray(R"({"user": "monitor"})"));
        QCOMPARE(requests[0].header("content-type"), QByteArray("application/json"));
        QCOMPARE(requests[1].header("Authorization"), QByteArray("Bearer tok-7f3a"));
        QCOMPARE(requests[2].target, u"/orders/4711"_qs);

        // The order is still pending: the third step fails, named, with both values.
        m_server.setRoute("GET", u"/orders/4711"_qs,
                          json(200, R"({"id": 4711, "status": "pending", "total": 12.5})"));
        r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, u"order"_qs);
        QCOMPARE(r.reason, u"step 'order': $.status is \"pending\", expected \"paid\""_qs);
        QVERIFY(r.excerpt.contains(u"pending"_qs));

        // A token the server does not accept stops the run at the second step.
        m_server.clearRecords();
        m_server.setRoute("POST", u"/login"_qs, json(200, R"({"token": "expired"})"));
        r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, u"orders"_qs);
        QCOMPARE(r.httpStatus, 401);
        QVERIFY2(QRegularExpression(u"^step 'orders': HTTP 401 after \\d+ ms$"_qs)
                     .match(r.reason)
                     .hasMatch(),
                 qPrintable(r.reason));
        QCOMPARE(m_server.requests().size(), 2);

        // GET on the POST-only route is not found: routes are per method.
        TransactionStep wrong = login;
        wrong.method = u"GET"_qs;
        wrong.body.clear();
        r = runOne(transaction({wrong}, 3));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 404);
    }

    void extractionThatFindsNothing() {
        m_server.setRoute("POST", u"/login"_qs, json(200, R"({"session": "abc"})"));
        m_server.setRoute(u"/next"_qs, json(200, "{}"));
        TransactionStep login = step(u"login"_qs, u"POST"_qs, m_server.url(u"/login"_qs));
        login.body = u"user=monitor"_qs;
        login.extract = {{u"token"_qs, u"$.token"_qs}};
        TransactionStep next = step(u"next"_qs, u"GET"_qs, m_server.url(u"/next"_qs));
        next.headers = {{u"Authorization"_qs, u"Bearer {{token}}"_qs}};
        const CheckResult r = runOne(transaction({login, next}));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStep, u"login"_qs);
        QCOMPARE(r.reason, u"step 'login': $.token is missing, so {{token}} has no value"_qs);
        QCOMPARE(m_server.hits(u"/next"_qs), 0);
        QCOMPARE(m_server.requests().first().header("Content-Type"),
                 QByteArray("text/plain; charset=utf-8"));

        // A body that is not JSON cannot hold the value.
        m_server.setRoute("POST", u"/login"_qs, LoopbackHttpServer::answer(200, "<html>ok</html>"));
        const CheckResult html = runOne(transaction({login, next}));
        QVERIFY(!html.ok);
        QVERIFY2(html.reason.startsWith(u"step 'login': the answer is not JSON"_qs),
                 qPrintable(html.reason));
    }

    void secretFromTheEnvironment() {
        const QByteArray secret = "pk_live_9QzX4mT2vB7nR1sK8wLd";
        qputenv("SLIPWAY_TEST_PAYMENTS_KEY", secret);
        auto guarded = LoopbackHttpServer::answer(200, "");
        guarded.echoHeader = "X-Api-Key"; // a careless server that echoes it back
        guarded.requireHeader = {"X-Api-Key", secret};
        m_server.setRoute(u"/echo"_qs, guarded);

        TransactionStep s = step(u"echo"_qs, u"GET"_qs, m_server.url(u"/echo"_qs));
        s.headers = {{u"X-Api-Key"_qs, u"{{secret:env:SLIPWAY_TEST_PAYMENTS_KEY}}"_qs}};
        s.expectBody = u"nothing like this"_qs;
        ValidationCheck c = transaction({s});
        QVERIFY(validateCheck(c).isEmpty());
        const CheckResult r = runOne(c);
        // The server saw the secret (it answered 200, not 401) …
        QCOMPARE(m_server.requests().last().header("x-api-key"), secret);
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(!r.ok);
        // … the result never holds it.
        for (const QString& text : {r.reason, r.excerpt, r.failedStep})
            QVERIFY2(!text.contains(QString::fromLatin1(secret)), qPrintable(text));
        QCOMPARE(r.excerpt, u"[secret]"_qs);
        // The check itself holds only the reference.
        QVERIFY(!QJsonDocument(toJson(c)).toJson().contains(secret));

        // Echoed where the excerpt is cut (160 characters): not even its first characters
        // are kept.
        auto echo = LoopbackHttpServer::answer(200, "");
        echo.echoBody = true;
        m_server.setRoute(u"/body"_qs, echo);
        TransactionStep post = step(u"post"_qs, u"POST"_qs, m_server.url(u"/body"_qs));
        post.body = QString(150, u'a') + u" {{secret:env:SLIPWAY_TEST_PAYMENTS_KEY}}"_qs;
        post.expectBody = u"nothing like this"_qs;
        const CheckResult cut = runOne(transaction({post}));
        QVERIFY(!cut.ok);
        QVERIFY2(!cut.excerpt.contains(QString::fromLatin1(secret.left(6))),
                 qPrintable(cut.excerpt));

        // Unset: the step fails before any request, naming the reference only.
        qunsetenv("SLIPWAY_TEST_PAYMENTS_KEY");
        m_server.clearRecords();
        CheckResult unset = runOne(c);
        QVERIFY(!unset.ok);
        QVERIFY2(unset.reason.contains(u"env:SLIPWAY_TEST_PAYMENTS_KEY"_qs) &&
                     unset.reason.contains(u"not set"_qs),
                 qPrintable(unset.reason));
        QCOMPARE(m_server.requests().size(), 0);

        // Other stores are not read by checks.
        c.steps[0].headers = {{u"X-Api-Key"_qs, u"{{secret:vault:secret/data/pay#key}}"_qs}};
        CheckResult vault = runOne(c);
        QVERIFY(!vault.ok);
        QVERIFY2(vault.reason.contains(u"env: references only"_qs), qPrintable(vault.reason));
        QCOMPARE(m_server.requests().size(), 0);
    }

    void realHealthBodies() {
        auto serve = [this](const QString& path, const QString& file) {
            const QByteArray body = test::fileBytes(test::testDataPath(file));
            if (body.isEmpty())
                test::helperFailed(u"cannot read "_qs + test::testDataPath(file));
            m_server.setRoute(path, json(200, body));
        };
        serve(u"/_cluster/health"_qs,
              u"validation/elasticsearch_8.4.2_cluster_health_green.json"_qs);
        serve(u"/v1/operator/autopilot/health"_qs,
              u"validation/consul_1.13.2_operator_autopilot_health_three_servers.json"_qs);
        serve(u"/v1/agent/checks"_qs,
              u"validation/consul_1.13.2_agent_checks_one_passing_three_critical.json"_qs);

        ValidationCheck es = httpCheck(m_server.url(u"/_cluster/health"_qs));
        es.steps[0].expectJson = {equals(u"status"_qs, u"green"_qs),
                                  equals(u"$.timed_out"_qs, u"false"_qs),
                                  equals(u"unassigned_shards"_qs, u"0"_qs),
                                  equals(u"active_shards_percent_as_number"_qs, u"100"_qs)};
        CheckResult r = runOne(es);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QVERIFY(
            r.excerpt.startsWith(u"{ \"cluster_name\": \"36928dce44074ceba64d7b3d698443a7\""_qs));

        ValidationCheck consul = httpCheck(m_server.url(u"/v1/operator/autopilot/health"_qs));
        consul.steps[0].expectJson = {
            equals(u"Healthy"_qs, u"true"_qs),
            equals(u"Servers[1].Leader"_qs, u"true"_qs),
            {u"Servers[1].Name"_qs, JsonExpectation::Op::Contains, u"vm2"_qs}};
        r = runOne(consul);
        QVERIFY2(r.ok, qPrintable(r.reason));
        consul.steps[0].expectJson = {equals(u"Servers[0].Leader"_qs, u"true"_qs)};
        r = runOne(consul);
        QCOMPARE(r.reason, u"Servers[0].Leader is \"false\", expected \"true\""_qs);

        ValidationCheck agent = httpCheck(m_server.url(u"/v1/agent/checks"_qs));
        agent.steps[0].expectJson = {equals(u"chk1.Status"_qs, u"passing"_qs),
                                     equals(u"chk2.Status"_qs, u"passing"_qs)};
        r = runOne(agent);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"chk2.Status is \"critical\", expected \"passing\""_qs);
        agent.steps[0].expectJson = {equals(u"chk9.Status"_qs, u"passing"_qs)};
        QCOMPARE(runOne(agent).reason, u"chk9.Status is missing"_qs);
    }

    void bodyReadUpToTheLimit() {
        // 2 MB of JSON: the first MB is read, so JSON expectations cannot hold, and say why.
        QByteArray big = "{\"pad\": \"";
        big += QByteArray(2 * 1024 * 1024, 'x');
        big += "\", \"status\": \"ok\"}";
        m_server.setRoute(u"/big"_qs, json(200, big));
        ValidationCheck c = httpCheck(m_server.url(u"/big"_qs));
        c.steps[0].expectJson = {equals(u"status"_qs, u"ok"_qs)};
        const CheckResult r = runOne(c);
        QVERIFY(!r.ok);
        QVERIFY2(r.reason.startsWith(u"the answer is not JSON"_qs) &&
                     r.reason.endsWith(u", cut at 1048576 bytes"_qs),
                 qPrintable(r.reason));
        QVERIFY(r.excerpt.size() <= 161);
        // Text expectations still look at what was read.
        c.steps[0].expectJson.clear();
        c.steps[0].expectBody = u"status"_qs;
        QCOMPARE(runOne(c).reason, u"the answer does not contain \"status\""_qs);
    }

    void runsDoNotOverlapAndAbortSilences() {
        LoopbackHttpServer::Response silent;
        silent.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/hang"_qs, silent);
        ValidationCheck c = httpCheck(m_server.url(u"/hang"_qs));
        c.timeoutMs = 5000;
        CheckRunner runner;
        QSignalSpy finished(&runner, &CheckRunner::finished);
        QVERIFY(runner.run(c, 7, u"alice"_qs));
        QVERIFY(!runner.run(c, 7, u"alice"_qs)); // the same check for the same release
        QVERIFY(runner.run(c, 8, u"alice"_qs));  // another release
        QCOMPARE(runner.runningCount(), 2);
        QTest::qWait(100);
        runner.abortAll();
        QCOMPARE(runner.runningCount(), 0);
        QTest::qWait(200);
        QCOMPARE(finished.size(), 0);
    }

    void runAllBlocksAndKeepsOrder() {
        m_server.setRoute(u"/a"_qs, LoopbackHttpServer::answer(200, "a", 200));
        m_server.setRoute(u"/b"_qs, LoopbackHttpServer::answer(500, "b"));
        ValidationCheck a = httpCheck(m_server.url(u"/a"_qs), 11);
        ValidationCheck b = httpCheck(m_server.url(u"/b"_qs), 12);
        ValidationCheck unsaved = httpCheck(m_server.url(u"/a"_qs), 0);
        const auto results = CheckRunner::runAll({a, b, unsaved}, 7, u"ci"_qs);
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].checkId, 11);
        QVERIFY(results[0].ok);
        QCOMPARE(results[1].checkId, 12);
        QVERIFY(!results[1].ok);
        QCOMPARE(results[2].checkId, 0);
        QVERIFY(results[2].ok);
        QVERIFY(CheckRunner::runAll({}, 7, u"ci"_qs).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_CheckRunner)
#include "tst_CheckRunner.moc"
