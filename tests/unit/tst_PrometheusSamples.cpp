// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/PrometheusSamples.h"

#include "TestSupport.h"

#include <QTest>

#include <cmath>

using namespace slipway;

namespace {

const QString kRealMatrix =
    u"prometheus/prometheus_api_client_python_range_vector_matrix_result_array_9_series.json"_qs;
const QString kSpecial = u"metrics/prometheus_special_values_envelope.json"_qs;

Result<PrometheusSamples::Picked> fromFile(const QString& relative, const QString& selector) {
    const QByteArray bytes = test::fileBytes(test::testDataPath(relative));
    return PrometheusSamples::fromBytes(bytes, selector, relative.section(u'/', -1));
}

} // namespace

class tst_PrometheusSamples : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The real range query of `up` on a production Prometheus (tests/data/README.md): nine
    // series, millisecond fractions, uneven steps. Without a selector it is refused, listing
    // the series; each selector picks its series exactly.
    void realMatrixNeedsASelector() {
        const auto r = fromFile(kRealMatrix, {});
        QVERIFY(test::isOneLineRefusal(
            r,
            kRealMatrix.section(u'/', -1) +
                u": 9 series; pick one with --series label=value,…: {__name__=\"up\","
                "instance=\"metrics-exporter-thoth-frontend-stage.cloud.paas.psi.redhat.com:80\","_qs));
        QVERIFY2(r.error().message.endsWith(u" and 1 more"_qs), qPrintable(r.error().message));
    }

    void realMatrixSeries_data() {
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("firstMs");
        QTest::addColumn<double>("firstValue");
        QTest::addColumn<qint64>("lastMs");
        QTest::addColumn<double>("lastValue");
        QTest::newRow("stage exporter")
            << u"job=Thoth Metrics (stage)"_qs << 1079 << qint64(1564308009804) << 1.0
            << qint64(1564329589804) << 1.0;
        QTest::newRow("test core, PromQL form")
            << u"{job=\"Thoth Dgraph aggregate-exporter (test)\"}"_qs << 1080
            << qint64(1564308004347) << 1.0 << qint64(1564329584346) << 1.0;
        QTest::newRow("prophet-0, down")
            << u"job=prophet, instance='prometheus-anomaly-detector-"
               "prophet-0.cloud.paas.psi.redhat.com:80'"_qs
            << 360 << qint64(1564308045785) << 0.0 << qint64(1564329585785) << 0.0;
        QTest::newRow("prophet-2, two-digit fraction")
            << u"instance=prometheus-anomaly-detector-prophet-2.cloud.paas.psi.redhat.com:80"_qs
            << 360 << qint64(1564308016841) << 1.0 << qint64(1564329556840) << 1.0;
        QTest::newRow("fourier") << u"job=fourier"_qs << 360 << qint64(1564308010543) << 1.0
                                 << qint64(1564329550543) << 1.0;
    }

    void realMatrixSeries() {
        QFETCH(QString, selector);
        QFETCH(int, count);
        QFETCH(qint64, firstMs);
        QFETCH(double, firstValue);
        QFETCH(qint64, lastMs);
        QFETCH(double, lastValue);
        const auto r = fromFile(kRealMatrix, selector);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->seriesCount, 9);
        QCOMPARE(r->samples.size(), count);
        QCOMPARE(r->samples.first().atMs, firstMs);
        QCOMPARE(r->samples.first().value, firstValue);
        QCOMPARE(r->samples.last().atMs, lastMs);
        QCOMPARE(r->samples.last().value, lastValue);
        for (qsizetype i = 1; i < r->samples.size(); ++i)
            QVERIFY(r->samples[i - 1].atMs < r->samples[i].atMs);
    }

    // prophet-1 was down 13 times; the samples keep that.
    void realMatrixValues() {
        const auto r = fromFile(kRealMatrix, u"instance=prometheus-anomaly-detector-prophet-1."
                                             "cloud.paas.psi.redhat.com:80"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        int down = 0;
        for (const auto& s : r->samples)
            down += s.value == 0.0 ? 1 : 0;
        QCOMPARE(down, 13);
        QCOMPARE(r->series, u"{__name__=\"up\",instance=\"prometheus-anomaly-detector-prophet-1."
                            "cloud.paas.psi.redhat.com:80\",job=\"prophet\"}"_qs);
    }

    void selectorMatchingSeveral() {
        const auto r = fromFile(kRealMatrix, u"job=prophet"_qs);
        QVERIFY(
            test::isOneLineRefusal(r, kRealMatrix.section(u'/', -1) +
                                          u": 3 series match; narrow --series down to one: "_qs));
    }

    void selectorMatchingNone() {
        const auto r = fromFile(kRealMatrix, u"job=nope"_qs);
        QVERIFY(
            test::isOneLineRefusal(r, kRealMatrix.section(u'/', -1) +
                                          u": no series matches {job=\"nope\"}; there are 9: "_qs));
    }

    // The hand-written envelope with NaN, +Inf and -Inf (tests/data/README.md).
    void specialValues() {
        const auto r = fromFile(kSpecial, u"job=api,instance=a:9100"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->seriesCount, 3);
        QCOMPARE(r->samples.size(), 5);
        QCOMPARE(r->samples[0].atMs, qint64(1793491200000));
        QCOMPARE(r->samples[0].value, 0.0051);
        QCOMPARE(r->samples[1].atMs, qint64(1793491260500));
        QVERIFY(std::isnan(r->samples[1].value));
        QCOMPARE(r->samples[2].atMs, qint64(1793491320125));
        QVERIFY(std::isinf(r->samples[2].value) && r->samples[2].value > 0);
        QVERIFY(std::isinf(r->samples[3].value) && r->samples[3].value < 0);
        QCOMPARE(r->samples[4].value, 0.005);
        const auto batch = fromFile(kSpecial, u"job=batch"_qs);
        QVERIFY2(batch.ok(), qPrintable(batch.error().message));
        QCOMPARE(batch->samples.size(), 1);
        QCOMPARE(batch->samples[0].value, 0.2);
    }

    void scalarAndVector() {
        const auto scalar = PrometheusSamples::fromBytes(
            R"({"status":"success","data":{"resultType":"scalar","result":[1793491200.5,"7"]}})",
            {}, u"s.json"_qs);
        QVERIFY2(scalar.ok(), qPrintable(scalar.error().message));
        QCOMPARE(scalar->samples.size(), 1);
        QCOMPARE(scalar->samples[0].atMs, qint64(1793491200500));
        QCOMPARE(scalar->samples[0].value, 7.0);
        const auto vector = PrometheusSamples::fromBytes(
            R"({"status":"success","data":{"resultType":"vector","result":[
                {"metric":{"job":"a"},"value":[1793491200,"1"]},
                {"metric":{"job":"b"},"value":[1793491200,"2"]}]}})",
            u"job=b"_qs, u"v.json"_qs);
        QVERIFY2(vector.ok(), qPrintable(vector.error().message));
        QCOMPARE(vector->samples.size(), 1);
        QCOMPARE(vector->samples[0].value, 2.0);
        const auto text = PrometheusSamples::fromBytes(
            R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})", {},
            u"t.json"_qs);
        QVERIFY(test::isOneLineRefusal(text, u"t.json: the query gave a string"_qs));
        const auto empty = PrometheusSamples::fromBytes(
            R"({"status":"success","data":{"resultType":"matrix","result":[]}})", {}, u"e.json"_qs);
        QVERIFY(test::isOneLineRefusal(empty, u"e.json: the response has no series"_qs));
    }

    void badTimes() {
        const auto r = PrometheusSamples::fromBytes(R"([{"metric":{},"values":[[1e300,"1"]]}])", {},
                                                    u"x.json"_qs);
        QVERIFY(test::isOneLineRefusal(r, u"x.json: {}, sample 1: the time"_qs));
        const auto negative = PrometheusSamples::fromBytes(R"([{"metric":{},"values":[[-1,"1"]]}])",
                                                           {}, u"x.json"_qs);
        QVERIFY(test::isOneLineRefusal(negative, u"x.json: {}, sample 1"_qs));
    }

    void selectors() {
        auto s = PrometheusSamples::parseSelector(u" job = api , instance=\"a,b\" "_qs);
        QVERIFY2(s.ok(), qPrintable(s.error().message));
        QCOMPARE(s->value(u"job"_qs), u"api"_qs);
        QCOMPARE(s->value(u"instance"_qs), u"a,b"_qs);
        QVERIFY(PrometheusSamples::parseSelector(u"{}"_qs)->isEmpty());
        QVERIFY(test::isOneLineRefusal(PrometheusSamples::parseSelector(u"job!=api"_qs),
                                       u"--series: \"job!=api\" is not label=value"_qs));
        QVERIFY(test::isOneLineRefusal(PrometheusSamples::parseSelector(u"job=~a.*"_qs),
                                       u"--series: \"job=~a.*\""_qs));
        QVERIFY(test::isOneLineRefusal(PrometheusSamples::parseSelector(u"api"_qs),
                                       u"--series: \"api\""_qs));
        QVERIFY(test::isOneLineRefusal(PrometheusSamples::parseSelector(u"job=\"a"_qs),
                                       u"--series \"job=\"a\": a quote is not closed"_qs));
        QVERIFY(test::isOneLineRefusal(PrometheusSamples::parseSelector(u"job=a,job=b"_qs),
                                       u"--series: the label job is given twice"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_PrometheusSamples)
#include "tst_PrometheusSamples.moc"
