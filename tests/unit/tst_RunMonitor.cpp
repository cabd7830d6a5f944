// SPDX-License-Identifier: GPL-3.0-or-later
// The live monitor of a run against a real HTTP server on the loopback interface: failed
// health checks counted in a row and reset by a success, metric values read on their own
// interval, nothing checked after stop().
#include "services/RunMonitor.h"

#include "LoopbackHttpServer.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace slipway;
using test::LoopbackHttpServer;

namespace {

RunbookTrigger healthTrigger(qint64 id, const QUrl& url) {
    RunbookTrigger t;
    t.id = id;
    t.kind = TriggerKind::HealthCheck;
    t.name = QStringLiteral("Health %1").arg(id);
    t.failures = 3;
    t.url = url.toString();
    t.expectBody = u"OK"_qs;
    return t;
}

RunbookTrigger metricTrigger(qint64 id, const QUrl& base, bool above) {
    RunbookTrigger t;
    t.id = id;
    t.kind = TriggerKind::Metric;
    t.name = u"Error rate"_qs;
    t.url = base.toString();
    t.query = u"sum(rate(errors_total[1m]))"_qs;
    t.above = above;
    t.threshold = 0.05;
    return t;
}

QByteArray vector(const QByteArray& a, const QByteArray& b) {
    return R"({"status":"success","data":{"resultType":"vector","result":[)"
           R"({"metric":{"pod":"a"},"value":[1,")" +
           a + R"("]},{"metric":{"pod":"b"},"value":[1,")" + b + R"("]}]}})";
}

} // namespace

class tst_RunMonitor : public QObject {
    Q_OBJECT

    LoopbackHttpServer m_server;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRecords(); }

    void failuresCountedInARowAndResetBySuccess() {
        m_server.setRoute(u"/a"_qs, LoopbackHttpServer::answer(500, "down"));
        m_server.setRoute(u"/b"_qs, LoopbackHttpServer::answer(200, "OK"));
        RunMonitor monitor(nullptr);
        QSignalSpy changed(&monitor, &RunMonitor::observationsChanged);
        monitor.setTriggers(
            {healthTrigger(1, m_server.url(u"/a"_qs)), healthTrigger(2, m_server.url(u"/b"_qs))});
        monitor.start(150, 60000);
        QVERIFY(monitor.isRunning());

        const TriggerObservations& seen = monitor.observations();
        QTRY_VERIFY_WITH_TIMEOUT(seen.consecutiveFailures.value(1) >= 3, 10000);
        QVERIFY(changed.count() >= 1);
        QVERIFY2(seen.lastFailure.value(1).startsWith(u"HTTP 500 after "_qs),
                 qPrintable(seen.lastFailure.value(1)));
        QVERIFY(seen.consecutiveFailures.contains(2));
        QCOMPARE(seen.consecutiveFailures.value(2), 0);
        QVERIFY(!seen.lastFailure.contains(2));
        QCOMPARE(monitor.lastCheck(1).httpStatus, 500);
        QCOMPARE(monitor.lastCheck(1).excerpt, u"down"_qs);
        QVERIFY(monitor.lastCheck(2).ok);

        // The service recovers: one success resets the count, and failures count from 1 again.
        m_server.setRoute(u"/a"_qs, LoopbackHttpServer::answer(200, "OK"));
        QTRY_COMPARE_WITH_TIMEOUT(seen.consecutiveFailures.value(1), 0, 10000);
        QVERIFY(!seen.lastFailure.contains(1));
        m_server.setRoute(u"/a"_qs, LoopbackHttpServer::answer(200, "maintenance"));
        QTRY_VERIFY_WITH_TIMEOUT(seen.consecutiveFailures.value(1) >= 1, 10000);
        QCOMPARE(seen.lastFailure.value(1), u"body lacks \"OK\""_qs);
        QVERIFY(seen.consecutiveFailures.value(1) <= 3);

        // After stop() nothing more is asked.
        monitor.stop();
        QVERIFY(!monitor.isRunning());
        const int asked = m_server.hits(u"/a"_qs);
        const int count = seen.consecutiveFailures.value(1);
        QTest::qWait(500);
        QCOMPARE(m_server.hits(u"/a"_qs), asked);
        QCOMPARE(seen.consecutiveFailures.value(1), count);
    }

    // A check times out within its interval (at most 5 s), so rounds never pile up: a slow
    // answer inside the interval is asked once per round, a slower one fails as a timeout.
    void slowChecksWithinTheirRound() {
        m_server.setRoute(u"/slow"_qs, LoopbackHttpServer::answer(200, "OK", 600));
        RunMonitor monitor(nullptr);
        monitor.setTriggers({healthTrigger(5, m_server.url(u"/slow"_qs))});
        monitor.start(1500, 60000);
        QTest::qWait(1000);
        QCOMPARE(m_server.hits(u"/slow"_qs), 1);
        QCOMPARE(monitor.observations().consecutiveFailures.value(5, -1), 0);
        monitor.stop();

        RunMonitor hurried(nullptr);
        hurried.setTriggers({healthTrigger(6, m_server.url(u"/slow"_qs))});
        hurried.start(200, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(hurried.observations().consecutiveFailures.value(6) >= 2, 10000);
        QCOMPARE(hurried.observations().lastFailure.value(6), u"timed out after 200 ms"_qs);
        hurried.stop();
    }

    void metricValues() {
        m_server.setRoute(u"/prom/api/v1/query"_qs,
                          LoopbackHttpServer::answer(200, vector("0.02", "0.09")));
        const QUrl prom = m_server.url(u"/prom"_qs);
        RunMonitor monitor(nullptr);
        monitor.setTriggers({metricTrigger(10, prom, true), metricTrigger(11, prom, false),
                             metricTrigger(12, QUrl(u"http://127.0.0.1:1"_qs), true)});
        monitor.start(60000, 200);
        const TriggerObservations& seen = monitor.observations();
        QTRY_VERIFY_WITH_TIMEOUT(seen.metricValues.contains(10) && seen.metricValues.contains(11) &&
                                     seen.metricValues.contains(12),
                                 10000);
        QCOMPARE(seen.metricValues.value(10), 0.09); // above: the highest series
        QCOMPARE(seen.metricValues.value(11), 0.02); // below: the lowest
        QVERIFY(std::isnan(seen.metricValues.value(12)));
        QCOMPARE(monitor.metricProblem(12), u"connection refused"_qs);
        QVERIFY(monitor.metricProblem(10).isEmpty());
        QCOMPARE(monitor.lastReading(10).series, u"{pod=\"b\"}"_qs);
        QCOMPARE(monitor.lastReading(11).series, u"{pod=\"a\"}"_qs);

        // Read again on the metric interval.
        m_server.setRoute(u"/prom/api/v1/query"_qs,
                          LoopbackHttpServer::answer(200, vector("NaN", "+Inf")));
        QTRY_VERIFY_WITH_TIMEOUT(std::isinf(seen.metricValues.value(10)), 10000);
        QVERIFY(m_server.hits(u"/prom/api/v1/query"_qs) >= 4);
        // No health checks: none of the others' rounds ran.
        QVERIFY(seen.consecutiveFailures.isEmpty());
        monitor.stop();
    }

    // Triggers of other kinds are not watched; a trigger taken away loses its observations.
    void setTriggersKeepsOnlyWatchedOnes() {
        m_server.setRoute(u"/down"_qs, LoopbackHttpServer::answer(503, "no"));
        RunMonitor monitor(nullptr);
        RunbookTrigger stepFailed;
        stepFailed.id = 30;
        stepFailed.kind = TriggerKind::StepFailed;
        monitor.setTriggers({stepFailed, healthTrigger(31, m_server.url(u"/down"_qs))});
        monitor.start(100, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.observations().consecutiveFailures.value(31) >= 2, 10000);
        QVERIFY(!monitor.observations().consecutiveFailures.contains(30));

        QSignalSpy changed(&monitor, &RunMonitor::observationsChanged);
        monitor.setTriggers({stepFailed});
        QVERIFY(monitor.observations().consecutiveFailures.isEmpty());
        QVERIFY(monitor.observations().lastFailure.isEmpty());
        QVERIFY(changed.wait(1000));
        QTest::qWait(300);
        QVERIFY(monitor.observations().consecutiveFailures.isEmpty());
        monitor.stop();
    }

    void timeoutFollowsInterval() {
        QCOMPARE(RunMonitor::timeoutFor(10000), 5000);
        QCOMPARE(RunMonitor::timeoutFor(2000), 2000);
        QCOMPARE(RunMonitor::timeoutFor(0), 1);
    }
};

QTEST_GUILESS_MAIN(tst_RunMonitor)
#include "tst_RunMonitor.moc"
