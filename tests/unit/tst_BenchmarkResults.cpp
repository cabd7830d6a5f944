// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/BenchmarkResults.h"

#include "TestSupport.h"

#include <QTest>

using namespace slipway;

class tst_BenchmarkResults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Made here with Google Benchmark 1.7.1; see tests/data/README.md.
    void googleBenchmarkFile() {
        const auto r =
            BenchmarkResults::fromFile(test::testDataPath(u"bench/gbench_1.7_sample.json"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->format, BenchmarkResults::Format::GoogleBenchmarkJson);

        const auto small = r->metric(u"BM_Accumulate/64"_qs);
        QVERIFY(small);
        QCOMPARE(small->unit, u"ns"_qs);
        QCOMPARE(small->value, 27.105563550209897); // real_time
        QCOMPARE(r->metric(u"BM_Accumulate/64:cpu_time"_qs)->value, 18.68692797217699);
        QCOMPARE(r->metric(u"BM_Accumulate/64:items_per_second"_qs)->unit, u"items/s"_qs);
        QCOMPARE(r->metric(u"BM_Accumulate/64:bytes_per_second"_qs)->unit, u"B/s"_qs);

        // Aggregates keep their suffixed names; the coefficient of variation is a ratio.
        QCOMPARE(r->metric(u"BM_StringConcat/repeats:3_mean"_qs)->value, 0.08200225900776084);
        QCOMPARE(r->metric(u"BM_StringConcat/repeats:3_mean"_qs)->unit, u"us"_qs);
        QCOMPARE(r->metric(u"BM_StringConcat/repeats:3_cv"_qs)->unit, u"ratio"_qs);
        QCOMPARE(r->metric(u"BM_StringConcat/repeats:3:allocs"_qs)->value, 2.0);

        // The benchmark that called SkipWithError has no figures, only a warning.
        QVERIFY(!r->metric(u"BM_Fails"_qs));
        QCOMPARE(r->warnings,
                 (QStringList{u"BM_StringConcat/repeats:3 is repeated; its first repetition is "
                              u"used unless a _mean or _median row is named"_qs,
                              u"BM_Fails reported no figures: no test database"_qs}));
        QCOMPARE(r->evidence.fileName, u"gbench_1.7_sample.json"_qs);
        QCOMPARE(r->evidence.sha256.size(), 64);
    }

    void csvFile() {
        const auto r =
            BenchmarkResults::fromFile(test::testDataPath(u"bench/simple_metrics.csv"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->format, BenchmarkResults::Format::Csv);
        QCOMPARE(r->metrics.size(), 4);
        QCOMPARE(r->metrics[0].name, u"startup_time"_qs);
        QCOMPARE(r->metrics[0].value, 412.5);
        QCOMPARE(r->metrics[0].unit, u"ms"_qs);
        QCOMPARE(r->metrics[1].name, u"open, large file"_qs);
        QCOMPARE(r->metrics[3].unit, QString()); // the unit is optional
    }

    void csvShapes_data() {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("unit");
        QTest::newRow("no header")
            << QByteArray("latency_p95,120,ms\n") << u"latency_p95"_qs << 120.0 << u"ms"_qs;
        QTest::newRow("BOM, CRLF and spaces")
            << QByteArray("\xEF\xBB\xBFName,Value,Unit\r\n  rps , 1e4 , req/s \r\n") << u"rps"_qs
            << 10000.0 << u"req/s"_qs;
        QTest::newRow("comments and blank lines")
            << QByteArray("# from the nightly run\n\nthroughput,-2.5,%\n") << u"throughput"_qs
            << -2.5 << u"%"_qs;
        QTest::newRow("quoted quote")
            << QByteArray("\"the \"\"big\"\" one\",3,s") << u"the \"big\" one"_qs << 3.0 << u"s"_qs;
    }
    void csvShapes() {
        QFETCH(QByteArray, csv);
        const auto r = BenchmarkResults::fromData(csv, u"m.csv"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->metrics.size(), 1);
        QTEST(r->metrics[0].name, "name");
        QTEST(r->metrics[0].value, "value");
        QTEST(r->metrics[0].unit, "unit");
    }

    void repeatedCsvName() {
        const auto r = BenchmarkResults::fromData("a,1\na,2\n", u"m.csv"_qs);
        QVERIFY(r.ok());
        QCOMPARE(r->metric(u"a"_qs)->value, 1.0);
        QCOMPARE(r->warnings, QStringList{u"m.csv:2: a is repeated; the first value is used"_qs});
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray()
                               << u"b.csv: the file is empty, expected benchmark results"_qs;
        QTest::newRow("value not a number") << QByteArray("name,value,unit\nstartup,fast,ms\n")
                                            << u"b.csv:2: the value \"fast\" is not a number"_qs;
        QTest::newRow("carriage return inside a value")
            << QByteArray("a,1\r2,ms\n") << u"b.csv:1: the value \"1\\r2\" is not a number"_qs;
        QTest::newRow("too many fields") << QByteArray("a,1,ms,extra\n")
                                         << u"b.csv:1: expected name,value,unit, found 4 fields"_qs;
        QTest::newRow("one field")
            << QByteArray("ok\n") << u"b.csv:1: expected name,value,unit, found 1 fields"_qs;
        QTest::newRow("open quote")
            << QByteArray("\"a,1,ms\n") << u"b.csv:1: a quoted field is not closed"_qs;
        QTest::newRow("empty name") << QByteArray(",1,ms\n") << u"b.csv:1: the name is empty"_qs;
        QTest::newRow("header only")
            << QByteArray("name,value,unit\n")
            << u"b.csv: no figures found, expected lines of name,value,unit"_qs;
        QTest::newRow("binary garbage")
            << QByteArray("\x00\x01\x02,\x03", 5)
            << u"b.csv line 1: a NUL byte (binary data), expected Google Benchmark JSON or CSV"_qs;
        QTest::newRow("truncated JSON") << QByteArray("{\"benchmarks\": [{\"name\": \"a\"")
                                        << u"b.csv:1:29 (byte 28): not valid JSON: "_qs;
        QTest::newRow("JSON without benchmarks")
            << QByteArray("{\"context\": {}}")
            << u"b.csv: benchmarks: missing; not Google Benchmark JSON"_qs;
        QTest::newRow("row without name")
            << QByteArray("{\"benchmarks\": [{\"real_time\": 1}]}")
            << u"b.csv: benchmarks[0].name: expected a non-empty string"_qs;
        QTest::newRow("time not a number")
            << QByteArray("{\"benchmarks\": [{\"name\": \"a\", \"real_time\": \"1\"}]}")
            << u"b.csv: benchmarks[0].real_time: expected a number"_qs;
        QTest::newRow("deeply nested")
            << QByteArray("{\"benchmarks\":") + QByteArray(5000, '[')
            << u"b.csv:1:1039 (byte 1038): not valid JSON: too deeply nested document"_qs;
    }
    void malformed() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QVERIFY(test::isOneLineRefusal(BenchmarkResults::fromData(data, u"b.csv"_qs), expected));
    }
};

QTEST_GUILESS_MAIN(tst_BenchmarkResults)
#include "tst_BenchmarkResults.moc"
