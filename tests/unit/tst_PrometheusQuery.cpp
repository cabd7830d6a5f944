// SPDX-License-Identifier: GPL-3.0-or-later
// Prometheus instant queries against a real HTTP server on the loopback interface that replays
// Prometheus answers: the real matrix in tests/data/prometheus, envelopes with NaN and +Inf,
// error envelopes, and servers that fail.
#include "services/PrometheusQuery.h"

#include "LoopbackHttpServer.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTest>
#include <QUrlQuery>

#include <cmath>
#include <limits>

using namespace slipway;
using test::LoopbackHttpServer;

namespace {

const QString kRealMatrix =
    u"prometheus/prometheus_api_client_python_range_vector_matrix_result_array_9_series.json"_qs;

LoopbackHttpServer::Response json(const QByteArray& body, int status = 200) {
    LoopbackHttpServer::Response r = LoopbackHttpServer::answer(status, body);
    r.contentType = "application/json";
    return r;
}

QByteArray vector(const QList<QByteArray>& values) {
    QByteArray out = R"({"status":"success","data":{"resultType":"vector","result":[)";
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        out += R"({"metric":{"instance":"web-)" + QByteArray::number(i) +
               R"(:8080","job":"web"},"value":[1733550000.5,)" + '"' + values[i] + "\"]}";
    }
    return out + "]}}";
}

} // namespace

class tst_PrometheusQuery : public QObject {
    Q_OBJECT

    LoopbackHttpServer m_server;

    MetricReading read(const QString& base, const QString& query,
                       MetricWorst worst = MetricWorst::Highest, int timeoutMs = 5000) {
        PrometheusQuery prometheus;
        QList<MetricReading> readings;
        connect(&prometheus, &PrometheusQuery::finished, this,
                [&readings](const MetricReading& r) { readings.append(r); });
        prometheus.run(42, base, query, worst, timeoutMs);
        QElapsedTimer clock;
        clock.start();
        while (readings.isEmpty() && clock.elapsed() < timeoutMs + 5000)
            QTest::qWait(10);
        QTest::qWait(20);
        if (readings.size() != 1) {
            test::helperFailed(QStringLiteral("%1 readings came back").arg(readings.size()));
            return {};
        }
        return readings[0];
    }

    QString base() const { return m_server.url(u"/"_qs).toString(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }
    void init() { m_server.clearRecords(); }

    // The query goes percent-encoded, '+' and '&' included, under the base URL's own path.
    void queryUrl() {
        const QString promql =
            uR"(sum(rate(http_requests_total{code=~"5..",path!="/a&b"}[5m])) / 1e+0 # x)"_qs;
        const QUrl url =
            PrometheusQuery::queryUrl(u"https://prom.example:9090/proxy/prom/"_qs, promql);
        QCOMPARE(url.path(), u"/proxy/prom/api/v1/query"_qs);
        const QByteArray encoded = url.toEncoded();
        QVERIFY2(!encoded.contains('+') && !encoded.contains(' ') && !encoded.contains('#'),
                 encoded.constData());
        QCOMPARE(QUrlQuery(url).queryItemValue(u"query"_qs, QUrl::FullyDecoded), promql);
        QVERIFY(!PrometheusQuery::queryUrl(u"prom.example:9090"_qs, promql).isValid());
        QVERIFY(!PrometheusQuery::queryUrl(u"ftp://prom.example/"_qs, promql).isValid());
    }

    void worstOfSeveral() {
        m_server.setRoute(u"/api/v1/query"_qs, json(vector({"0.01", "0.2", "NaN", "0.05"})));
        const QString promql = u"sum by (instance) (rate(errors_total[5m])) + 0"_qs;
        const auto r = read(base(), promql);
        QVERIFY2(r.reason.isEmpty(), qPrintable(r.reason));
        QCOMPARE(r.id, 42);
        QCOMPARE(r.value, 0.2);
        QCOMPARE(r.series, u"{instance=\"web-1:8080\",job=\"web\"}"_qs);
        QCOMPARE(r.seriesCount, 4);
        QCOMPARE(r.httpStatus, 200);
        // What the server received decodes to the query as typed.
        const QStringList targets = m_server.targets();
        QCOMPARE(targets.size(), 1);
        const QUrl received(u"http://x"_qs + targets[0]);
        QCOMPARE(received.path(), u"/api/v1/query"_qs);
        QCOMPARE(QUrlQuery(received).queryItemValue(u"query"_qs, QUrl::FullyDecoded), promql);

        // For a threshold that fires below it, the lowest counts.
        QCOMPARE(read(base(), promql, MetricWorst::Lowest).value, 0.01);
    }

    void infinityAndNaN() {
        m_server.setRoute(u"/api/v1/query"_qs, json(vector({"3", "+Inf"})));
        QCOMPARE(read(base(), u"latency"_qs).value, std::numeric_limits<double>::infinity());
        m_server.setRoute(u"/api/v1/query"_qs, json(vector({"-Inf", "3"})));
        QCOMPARE(read(base(), u"latency"_qs, MetricWorst::Lowest).value,
                 -std::numeric_limits<double>::infinity());

        m_server.setRoute(u"/api/v1/query"_qs, json(vector({"NaN", "NaN"})));
        const auto nan = read(base(), u"ratio"_qs);
        QVERIFY(std::isnan(nan.value));
        QCOMPARE(nan.reason, u"every series is NaN"_qs);
    }

    void noSeries() {
        m_server.setRoute(u"/api/v1/query"_qs, json(vector({})));
        const auto r = read(base(), u"up{job=\"gone\"}"_qs);
        QVERIFY(std::isnan(r.value));
        QCOMPARE(r.seriesCount, 0);
        QCOMPARE(r.reason, u"the query matched no series"_qs);
    }

    void scalar() {
        m_server.setRoute(u"/api/v1/query"_qs,
                          json(R"({"status":"success","data":{"resultType":"scalar",)"
                               R"("result":[1733550000.5,"0.75"]}})"));
        const auto r = read(base(), u"scalar(x)"_qs);
        QCOMPARE(r.value, 0.75);
        QVERIFY(r.series.isEmpty());
    }

    // The real saved matrix (an instant query of a range, up[6h]): each series' latest sample.
    void realMatrixReplayed() {
        const QByteArray real = test::fileBytes(test::testDataPath(kRealMatrix));
        QVERIFY(real.size() > 100000);
        m_server.setRoute(u"/prom/api/v1/query"_qs, json(real));
        const QString prom = m_server.url(u"/prom"_qs).toString();
        const auto highest = read(prom, u"up[6h]"_qs);
        QVERIFY2(highest.reason.isEmpty(), qPrintable(highest.reason));
        QCOMPARE(highest.seriesCount, 9);
        QCOMPARE(highest.value, 1.0);
        // "up" fires below 1: the one target that was down the whole time.
        const auto lowest = read(prom, u"up[6h]"_qs, MetricWorst::Lowest);
        QCOMPARE(lowest.value, 0.0);
        QVERIFY2(lowest.series.contains(u"prophet-0"_qs), qPrintable(lowest.series));
    }

    // A bad query: Prometheus answers 400 with an error envelope, whose reason comes through.
    void errorEnvelope() {
        m_server.setRoute(
            u"/api/v1/query"_qs,
            json(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error"})", 400));
        const auto r = read(base(), u"sum(("_qs);
        QVERIFY(std::isnan(r.value));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY2(r.reason.startsWith(u"HTTP 400: "_qs), qPrintable(r.reason));
        QVERIFY2(
            r.reason.endsWith(
                u"/api/v1/query: Prometheus refused the query (bad_data): 1:5: parse error"_qs),
            qPrintable(r.reason));
    }

    void notPrometheus() {
        LoopbackHttpServer::Response page =
            LoopbackHttpServer::answer(502, "<html>Bad Gateway</html>");
        m_server.setRoute(u"/api/v1/query"_qs, page);
        const auto gateway = read(base(), u"up"_qs);
        QVERIFY(std::isnan(gateway.value));
        QVERIFY2(gateway.reason.startsWith(u"HTTP 502: "_qs), qPrintable(gateway.reason));
        QVERIFY2(gateway.reason.contains(u"not valid JSON"_qs), qPrintable(gateway.reason));

        m_server.setRoute(u"/api/v1/query"_qs, json("{\"status\":\"success\",\"da"));
        const auto cut = read(base(), u"up"_qs);
        QVERIFY2(cut.reason.contains(
                     u"/api/v1/query:1:24 (byte 24): not valid JSON: unterminated string"_qs),
                 qPrintable(cut.reason));
    }

    void unreachable() {
        const quint16 port = LoopbackHttpServer::unusedPort();
        const auto refused = read(QStringLiteral("http://127.0.0.1:%1").arg(port), u"up"_qs);
        QCOMPARE(refused.reason, u"connection refused"_qs);
        QVERIFY(std::isnan(refused.value));

        LoopbackHttpServer::Response hang;
        hang.behaviour = LoopbackHttpServer::Behaviour::NeverAnswer;
        m_server.setRoute(u"/api/v1/query"_qs, hang);
        const auto silent = read(base(), u"up"_qs, MetricWorst::Highest, 300);
        QCOMPARE(silent.reason, u"timed out after 300 ms"_qs);

        const auto bad = read(u"prometheus:9090"_qs, u"up"_qs);
        QVERIFY2(bad.reason.startsWith(u"not an http or https URL"_qs), qPrintable(bad.reason));
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusQuery)
#include "tst_PrometheusQuery.moc"
