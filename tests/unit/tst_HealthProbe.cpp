// SPDX-License-Identifier: GPL-3.0-or-later
// Health checks against a real HTTP server on the loopback interface: good answers, 500s,
// slow answers past the budget, missing body text, no answer, refused and closed connections.
#include "services/HealthProbe.h"

#include "LoopbackHttpServer.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace slipway;
using test::LoopbackHttpServer;

namespace {

HealthCheck check(const QUrl& url, qint64 id = 1) {
    HealthCheck c;
    c.id = id;
    c.url = url.toString();
    return c;
}

// The number in the first group of `pattern` matched against `text`; -1 when it does not match.
qint64 figure(const QString& text, const QString& pattern) {
    const auto match = QRegularExpression(u'^' + pattern + u'$').match(text);
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

} // namespace

class tst_HealthProbe : public QObject {
    Q_OBJECT

    LoopbackHttpServer m_server;
    QList<HealthCheckResult> m_results;

    // Runs the checks at once and waits for all of them to report.
    QList<HealthCheckResult> runAll(const QList<HealthCheck>& checks, int waitMs = 15000) {
        HealthProbe probe;
        QList<HealthCheckResult> results;
        connect(&probe, &HealthProbe::checked, this,
                [&results](const HealthCheckResult& r) { results.append(r); });
        for (const HealthCheck& c : checks)
            probe.run(c);
        QElapsedTimer clock;
        clock.start();
        while (results.size() < checks.size() && clock.elapsed() < waitMs)
            QTest::qWait(10);
        if (results.size() != checks.size())
            qWarning("%lld of %lld checks reported", qlonglong(results.size()),
                     qlonglong(checks.size()));
        // Nothing reports twice.
        QTest::qWait(50);
        return results;
    }

    HealthCheckResult runOne(const HealthCheck& c) {
        const auto results = runAll({c});
        return results.size() == 1 ? results[0] : HealthCheckResult{};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void goodCheck() {
        m_server.setRoute(u"/health"_qs, LoopbackHttpServer::answer(200, "status: OK\n"));
        HealthCheck c = check(m_server.url(u"/health"_qs), 7);
        c.expectBody = u"OK"_qs;
        c.latencyBudgetMs = 3000;
        const auto r = runOne(c);
        QCOMPARE(r.id, 7);
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.httpStatus, 200);
        QVERIFY(r.reason.isEmpty());
        QCOMPARE(r.excerpt, u"status: OK"_qs);
        QVERIFY(r.latencyMs >= 0 && r.latencyMs < 3000);
    }

    void serverError() {
        m_server.setRoute(u"/error"_qs, LoopbackHttpServer::answer(500, "boom"));
        const auto r = runOne(check(m_server.url(u"/error"_qs)));
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 500);
        QCOMPARE(r.excerpt, u"boom"_qs);
        QCOMPARE(figure(r.reason, uR"(HTTP 500 after (\d+) ms)"_qs), r.latencyMs);
    }

    void expectedStatus() {
        m_server.setRoute(u"/plain"_qs, LoopbackHttpServer::answer(200, "fine"));
        m_server.setRoute(u"/maintenance"_qs, LoopbackHttpServer::answer(503, "down for a bit"));
        HealthCheck wantsNoContent = check(m_server.url(u"/plain"_qs), 1);
        wantsNoContent.expectStatus = 204;
        HealthCheck wants503 = check(m_server.url(u"/maintenance"_qs), 2);
        wants503.expectStatus = 503;
        auto results = runAll({wantsNoContent, wants503});
        QCOMPARE(results.size(), 2);
        std::sort(results.begin(), results.end(),
                  [](const auto& a, const auto& b) { return a.id < b.id; });
        QVERIFY(!results[0].ok);
        QVERIFY2(figure(results[0].reason, uR"(HTTP 200 after (\d+) ms, expected 204)"_qs) >= 0,
                 qPrintable(results[0].reason));
        QVERIFY2(results[1].ok, qPrintable(results[1].reason)); // exactly what was expected
    }

    void slowBeyondBudget() {
        m_server.setRoute(u"/slow"_qs, LoopbackHttpServer::answer(200, "OK", 400));
        HealthCheck c = check(m_server.url(u"/slow"_qs));
        c.latencyBudgetMs = 100;
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 200);
        const qint64 took = figure(r.reason, uR"(took (\d+) ms, budget 100 ms)"_qs);
        QVERIFY2(took >= 400, qPrintable(r.reason));
        QCOMPARE(took, r.latencyMs);

        c.latencyBudgetMs = 4000; // the same answer within a wider budget
        QVERIFY2(runOne(c).ok, "a slow answer within its budget passes");
    }

    void bodyLacksText() {
        m_server.setRoute(u"/degraded"_qs,
                          LoopbackHttpServer::answer(200, R"({"status":"DEGRADED"})"));
        HealthCheck c = check(m_server.url(u"/degraded"_qs));
        c.expectBody = u"UP"_qs;
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.reason, u"body lacks \"UP\""_qs);
        QCOMPARE(r.excerpt, u"{\"status\":\"DEGRADED\"}"_qs);
    }

    // A server that accepts the connection and never answers: the check gives up at its
    // timeout, not later.
    void timeout() {
        LoopbackHttpServer::Response hang;
        hang.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/hang"_qs, hang);
        HealthCheck c = check(m_server.url(u"/hang"_qs));
        c.timeoutMs = 300;
        QElapsedTimer clock;
        clock.start();
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"timed out after 300 ms"_qs);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY(r.latencyMs >= 300);
        QVERIFY2(clock.elapsed() < 3000, "the timeout bounds the check");
    }

    // Headers sent, then the body stops half-way: still bounded by the timeout.
    void bodyNeverEnds() {
        LoopbackHttpServer::Response partial = LoopbackHttpServer::answer(200, "OK, all good");
        partial.sendBodyBytes = 2;
        m_server.setRoute(u"/partial"_qs, partial);
        HealthCheck c = check(m_server.url(u"/partial"_qs));
        c.timeoutMs = 400;
        c.expectBody = u"OK"_qs;
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"timed out after 400 ms"_qs);
    }

    void refused() {
        const quint16 port = LoopbackHttpServer::unusedPort();
        QVERIFY(port != 0);
        const auto r = runOne(check(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"connection refused"_qs);
        QCOMPARE(r.httpStatus, 0);
    }

    void closedWithoutAnswer() {
        LoopbackHttpServer::Response close;
        close.behaviour = LoopbackHttpServer::Behaviour::CloseWithoutAnswer;
        m_server.setRoute(u"/close"_qs, close);
        const auto r = runOne(check(m_server.url(u"/close"_qs)));
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"the server closed the connection without an answer"_qs);
    }

    void redirects() {
        m_server.setRoute(u"/ok"_qs, LoopbackHttpServer::answer(200, "OK"));
        LoopbackHttpServer::Response moved = LoopbackHttpServer::answer(301, {});
        moved.headers.append(qMakePair(QByteArray("Location"), QByteArray("/ok")));
        m_server.setRoute(u"/moved"_qs, moved);
        LoopbackHttpServer::Response loop = LoopbackHttpServer::answer(302, {});
        loop.headers.append(qMakePair(QByteArray("Location"), QByteArray("/loop")));
        m_server.setRoute(u"/loop"_qs, loop);

        m_server.clearRecords();
        const auto followed = runOne(check(m_server.url(u"/moved"_qs)));
        QVERIFY2(followed.ok, qPrintable(followed.reason));
        QCOMPARE(m_server.hits(u"/ok"_qs), 1);

        m_server.clearRecords();
        const auto looping = runOne(check(m_server.url(u"/loop"_qs)));
        QVERIFY(!looping.ok);
        QCOMPARE(looping.reason, u"more than 3 redirects"_qs);
        QCOMPARE(m_server.hits(u"/loop"_qs), 4); // the first request and three redirects
    }

    // At most 64 KB of a body is read: text past it is not seen, the excerpt stays short.
    void boundedBody() {
        QByteArray big = "HEAD " + QByteArray(1024 * 1024, 'x') + " NEEDLE";
        m_server.setRoute(u"/big"_qs, LoopbackHttpServer::answer(200, big));
        HealthCheck c = check(m_server.url(u"/big"_qs));
        c.expectBody = u"NEEDLE"_qs;
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"the first 64 KB of the body lack \"NEEDLE\""_qs);
        QVERIFY(r.excerpt.startsWith(u"HEAD xxx"_qs));
        QCOMPARE(r.excerpt.size(), HealthProbe::kExcerptChars + 1); // with the ellipsis

        c.expectBody = u"HEAD"_qs;
        QVERIFY2(runOne(c).ok, "text within the first 64 KB is found");
    }

    void htmlExcerpt() {
        LoopbackHttpServer::Response page = LoopbackHttpServer::answer(
            200, "<!DOCTYPE html>\n<html><head><style>body{color:red}</style>"
                 "<script>var a = '<b>';</script><title>Status</title></head>\n"
                 "<body><h1>All\tsystems</h1><!-- build 7 --><p>operational</p></body></html>");
        page.contentType = "text/html; charset=utf-8";
        m_server.setRoute(u"/status.html"_qs, page);
        const auto r = runOne(check(m_server.url(u"/status.html"_qs)));
        QVERIFY2(r.ok, qPrintable(r.reason));
        QCOMPARE(r.excerpt, u"Status All systems operational"_qs);
        // The same text as plain text keeps its characters (only white space is folded).
        QCOMPARE(HealthProbe::excerptOf("a <b>\r\n\x01 c", u"text/plain"_qs), u"a <b> c"_qs);
    }

    void notHttp() {
        HealthCheck c;
        c.url = u"ftp://example.org/health"_qs;
        const auto r = runOne(c);
        QVERIFY(!r.ok);
        QCOMPARE(r.reason, u"not an http or https URL: \"ftp://example.org/health\""_qs);
        c.url = u"not a url"_qs;
        QVERIFY(runOne(c).reason.startsWith(u"not an http or https URL"_qs));
    }

    // Many checks at once, against good, failing, slow and silent paths: each reports once,
    // with its own id and verdict. (Qt opens at most six connections to one host and port, so
    // only a few paths hang: the others must not wait behind them past their timeout.)
    void manyAtOnce() {
        m_server.setRoute(u"/ok"_qs, LoopbackHttpServer::answer(200, "OK"));
        m_server.setRoute(u"/error"_qs, LoopbackHttpServer::answer(500, "boom"));
        m_server.setRoute(u"/slow"_qs, LoopbackHttpServer::answer(200, "OK", 300));
        LoopbackHttpServer::Response hang;
        hang.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/hang"_qs, hang);
        // By id % 8: four good, two errors, one slow, one silent.
        const QStringList paths{u"/ok"_qs,    u"/ok"_qs,    u"/ok"_qs,   u"/ok"_qs,
                                u"/error"_qs, u"/error"_qs, u"/slow"_qs, u"/hang"_qs};
        QList<HealthCheck> checks;
        for (int i = 0; i < 24; ++i) {
            HealthCheck c = check(m_server.url(paths[i % 8]), i);
            c.timeoutMs = 2000;
            c.latencyBudgetMs = 250;
            checks.append(c);
        }
        const auto results = runAll(checks);
        QCOMPARE(results.size(), 24);
        QSet<qint64> ids;
        for (const auto& r : results) {
            ids.insert(r.id);
            const QString path = paths[r.id % 8];
            QCOMPARE(r.ok, path == u"/ok" && r.latencyMs <= 250);
            if (path == u"/error")
                QVERIFY2(r.reason.startsWith(u"HTTP 500 after"_qs), qPrintable(r.reason));
            if (path == u"/slow")
                QVERIFY2(r.reason.startsWith(u"took "_qs), qPrintable(r.reason));
            if (path == u"/hang")
                QCOMPARE(r.reason, u"timed out after 2000 ms"_qs);
        }
        QCOMPARE(ids.size(), 24);
    }

    void abortAll() {
        LoopbackHttpServer::Response hang;
        hang.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/hang"_qs, hang);
        HealthProbe probe;
        int reports = 0;
        connect(&probe, &HealthProbe::checked, this, [&reports] { ++reports; });
        HealthCheck c = check(m_server.url(u"/hang"_qs), 3);
        c.timeoutMs = 200;
        probe.run(c);
        QVERIFY(probe.isRunning(3));
        probe.abortAll();
        QVERIFY(!probe.isRunning(3));
        QTest::qWait(400);
        QCOMPARE(reports, 0);
    }
};

QTEST_GUILESS_MAIN(tst_HealthProbe)
#include "tst_HealthProbe.moc"
