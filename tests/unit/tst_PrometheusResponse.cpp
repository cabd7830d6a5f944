// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PrometheusResponse.h"

#include "TestSupport.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace slipway;

namespace {

const QString kRealMatrix =
    u"prometheus/prometheus_api_client_python_range_vector_matrix_result_array_9_series.json"_qs;

Result<PrometheusResponse> parse(const char* json) {
    return PrometheusResponse::parse(QByteArray(json), u"answer.json"_qs);
}

} // namespace

class tst_PrometheusResponse : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The real data.result array a client library saved from a production Prometheus: a
    // matrix without the envelope (see tests/data/README.md).
    void realBareMatrix() {
        const auto r = PrometheusResponse::fromFile(test::testDataPath(kRealMatrix));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->type, PrometheusResponse::Type::Matrix);
        QCOMPARE(r->series.size(), 9);
        qsizetype samples = 0;
        for (const auto& series : r->series)
            samples += series.samples.size();
        QCOMPARE(samples, 6839);
        QCOMPARE(r->series[0].samples.size(), 1079);
        QCOMPARE(r->series[1].samples.size(), 1080);
        QCOMPARE(r->series[4].samples.size(), 360);
        // Labels with spaces and parentheses, read as written.
        QCOMPARE(r->series[0].labels.value(u"job"_qs), u"Thoth Metrics (stage)"_qs);
        QCOMPARE(r->series[0].labels.value(u"__name__"_qs), u"up"_qs);
        QCOMPARE(r->series[4].labels.size(), 3); // no "monitor" label on this one
        // Scrape timestamps keep their millisecond fraction.
        QCOMPARE(r->series[0].samples[1].time, 1564308029.804);
        QCOMPARE(r->series[7].samples.constLast().time, 1564329556.84);
        QCOMPARE(r->series[0].samples[0].value, 1.0);
        // prophet-0 was down the whole time; prophet-1 was down 13 times.
        QCOMPARE(r->series[5].labels.value(u"instance"_qs),
                 u"prometheus-anomaly-detector-prophet-0.cloud.paas.psi.redhat.com:80"_qs);
        QCOMPARE(r->series[5].samples[0].value, 0.0);
        int down = 0;
        for (const auto& sample : r->series[6].samples)
            down += sample.value == 0.0 ? 1 : 0;
        QCOMPARE(down, 13);
    }

    void envelopeVector() {
        const auto r = parse(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{"__name__":"http_requests_total","code":"500","job":"api"},
             "value":[1733550000.781,"0.0125"]},
            {"metric":{"job":"web"},"value":[1733550000.781,"3e-3"]}]}})");
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->type, PrometheusResponse::Type::Vector);
        QCOMPARE(r->series.size(), 2);
        QCOMPARE(r->series[0].samples.size(), 1);
        QCOMPARE(r->series[0].samples[0].time, 1733550000.781);
        QCOMPARE(r->series[0].samples[0].value, 0.0125);
        QCOMPARE(r->series[0].labels.value(u"code"_qs), u"500"_qs);
        QCOMPARE(r->series[1].samples[0].value, 0.003);
        QVERIFY(r->warnings.isEmpty());
    }

    void envelopeScalarAndString() {
        const auto scalar = parse(R"({"status":"success","data":{"resultType":"scalar",
            "result":[1733550000,"42.5"]}})");
        QVERIFY2(scalar.ok(), qPrintable(scalar.error().message));
        QCOMPARE(scalar->type, PrometheusResponse::Type::Scalar);
        QCOMPARE(scalar->series.size(), 1);
        QVERIFY(scalar->series[0].labels.isEmpty());
        QCOMPARE(scalar->series[0].samples[0].value, 42.5);

        const auto text = parse(R"({"status":"success","data":{"resultType":"string",
            "result":[1733550000,"deploy 2.4.0"]}})");
        QVERIFY2(text.ok(), qPrintable(text.error().message));
        QCOMPARE(text->type, PrometheusResponse::Type::String);
        QCOMPARE(text->text, u"deploy 2.4.0"_qs);
        QVERIFY(text->series.isEmpty());
    }

    void envelopeMatrixWithWarnings() {
        const auto r = parse(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"instance":"a:9100"},"values":[[1733550000,"1"],[1733550015,"NaN"],
                                                     [1733550030,"+Inf"]]},
            {"metric":{},"values":[]}]},
            "warnings":["PromQL info: metric might not be a counter,\nname does not end in _total"],
            "infos":["query was split"]})");
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->type, PrometheusResponse::Type::Matrix);
        QCOMPARE(r->series[0].samples.size(), 3);
        QVERIFY(std::isnan(r->series[0].samples[1].value));
        QCOMPARE(r->series[0].samples[2].value, std::numeric_limits<double>::infinity());
        QVERIFY(r->series[1].samples.isEmpty());
        // Warnings stay one line each.
        QCOMPARE(r->warnings,
                 (QStringList{u"PromQL info: metric might not be a counter,\\nname does not end "
                              u"in _total"_qs,
                              u"query was split"_qs}));
    }

    void specialValues_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("expected");
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("NaN") << u"NaN"_qs << std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("+Inf") << u"+Inf"_qs << inf;
        QTest::newRow("-Inf") << u"-Inf"_qs << -inf;
        QTest::newRow("integer") << u"17"_qs << 17.0;
        QTest::newRow("negative") << u"-0.5"_qs << -0.5;
        QTest::newRow("exponent") << u"1.5e+06"_qs << 1.5e6;
        QTest::newRow("tiny") << u"4.9e-324"_qs << 4.9e-324;
    }
    void specialValues() {
        QFETCH(QString, text);
        QFETCH(double, expected);
        const QByteArray json = R"({"status":"success","data":{"resultType":"vector",)"
                                "\"result\":[{\"metric\":{},\"value\":[1,\"" +
                                text.toUtf8() + "\"]}]}}";
        const auto r = PrometheusResponse::parse(json, u"answer.json"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const double value = r->series[0].samples[0].value;
        if (std::isnan(expected))
            QVERIFY(std::isnan(value));
        else
            QCOMPARE(value, expected);
    }

    void notValues_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("word") << u"one"_qs;
        QTest::newRow("lower-case nan") << u"nan"_qs;
        QTest::newRow("Infinity") << u"Infinity"_qs;
        QTest::newRow("hex") << u"0x10"_qs;
        QTest::newRow("overflow") << u"1e999"_qs;
        QTest::newRow("two points") << u"1.2.3"_qs;
        QTest::newRow("space") << u" 1"_qs;
    }
    void notValues() {
        QFETCH(QString, text);
        double value = 0;
        QVERIFY(!PrometheusResponse::parseValue(text, &value));
    }

    // Prometheus refuses a bad query with an error envelope; its reason comes through whole.
    void errorEnvelope() {
        // Built without raw strings: moc misreads \" inside one.
        const auto r = parse("{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":"
                             "\"invalid parameter \\\"query\\\": 1:6: parse error: "
                             "unexpected \\\"}\\\"\"}");
        QVERIFY(test::isOneLineRefusal(
            r, u"answer.json: Prometheus refused the query (bad_data): invalid parameter "
               u"\"query\": 1:6: parse error: unexpected \"}\""_qs));
        const auto timeout = parse(R"({"status":"error","errorType":"timeout",
            "error":"query timed out in expression evaluation\nafter 2m"})");
        QVERIFY(test::isOneLineRefusal(timeout, u"answer.json: Prometheus refused the query "
                                                u"(timeout): query timed out in expression "
                                                u"evaluation\\nafter 2m"_qs));
        QVERIFY(test::isOneLineRefusal(parse(R"({"status":"error"})"),
                                       u"answer.json: Prometheus refused the query (no error "
                                       u"type): no reason given"_qs));
    }

    void malformedJson_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cut short")
            << QByteArray("{\"status\":\"success\",\n\"data\":{")
            << u"answer.json:2:9 (byte 29): not valid JSON: unterminated object"_qs;
        QTest::newRow("empty") << QByteArray() << u"answer.json:1:1 (byte 0): not valid JSON"_qs;
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>")
                              << u"answer.json:1:2 (byte 1): not valid JSON: illegal value"_qs;
        QTest::newRow("no status") << QByteArray(R"({"data":{}})")
                                   << u"answer.json: status: expected \"success\" or \"error\", "
                                      u"found missing"_qs;
        QTest::newRow("odd status") << QByteArray(R"({"status":"partial"})")
                                    << u"answer.json: status: expected \"success\" or "
                                       u"\"error\", found \"partial\""_qs;
        QTest::newRow("no data") << QByteArray(R"({"status":"success"})")
                                 << u"answer.json: data: expected an object, found missing"_qs;
        QTest::newRow("unknown type")
            << QByteArray(R"({"status":"success","data":{"resultType":"table","result":[]}})")
            << u"answer.json: data.resultType: expected vector, matrix, scalar or string, found "
               u"\"table\""_qs;
        QTest::newRow("vector not array")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":{}}})")
            << u"answer.json: data.result: expected an array, found an object"_qs;
        QTest::newRow("sample not pair")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                          R"({"metric":{},"value":[1,"2"]},{"metric":{},"value":[1]}]}})")
            << u"answer.json: data.result[1].value: expected [time, \"value\"], found an array"_qs;
        QTest::newRow("value not a number")
            << QByteArray(R"([{"metric":{},"values":[[1,"1"],[2,"high"]]}])")
            << u"answer.json: result[0].values[1][1]: \"high\" is not a number, NaN, +Inf or "
               u"-Inf"_qs;
        QTest::newRow("label not text")
            << QByteArray(R"([{"metric":{"job":7},"value":[1,"1"]}])")
            << u"answer.json: result[0].metric.job: expected a string, found a number"_qs;
        QTest::newRow("scalar shape")
            << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1]}})")
            << u"answer.json: data.result: expected [time, \"value\"], found an array"_qs;
        QTest::newRow("native histogram")
            << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[)"
                          R"({"metric":{},"histogram":[1,{"count":"3"}]}]}})")
            << u"answer.json: data.result[0]: a native histogram"_qs;
    }
    void malformedJson() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QVERIFY(
            test::isOneLineRefusal(PrometheusResponse::parse(json, u"answer.json"_qs), expected));
    }

    void missingFile() {
        const auto r = PrometheusResponse::fromFile(u"/nonexistent/answer.json"_qs);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY(r.error().message.startsWith(u"/nonexistent/answer.json: cannot read"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusResponse)
#include "tst_PrometheusResponse.moc"
