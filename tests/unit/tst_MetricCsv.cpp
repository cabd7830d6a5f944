// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MetricCsv.h"

#include "TestSupport.h"

#include <QTest>

#include <cmath>

using namespace slipway;

namespace {

Result<MetricCsv::Parsed> parse(const QByteArray& text, QStringList* problems = nullptr) {
    return MetricCsv::parse(text, u"m.csv"_qs, problems);
}

qint64 utcMs(const char* iso) {
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class tst_MetricCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every form the file may take, in one file: BOM, CRLF, a quoted header, ISO times with Z,
    // z, +01:00 and -0030, a space for the T, a millisecond fraction, Unix seconds with one,
    // exponent, NaN, ±Inf in several spellings, a comment and a blank line, and a repeated line.
    void goodMixedFile() {
        QStringList problems{u"left over"_qs};
        const auto r = MetricCsv::read(test::testDataPath(u"metrics/good_mixed.csv"_qs), &problems);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QVERIFY(problems.isEmpty());
        QVERIFY(r->header);
        QCOMPARE(r->repeated, 1);
        const auto& s = r->samples;
        QCOMPARE(s.size(), 6);
        QCOMPARE(s[0].atMs, utcMs("2026-11-01T00:00:00Z"));
        QCOMPARE(s[0].value, 212.5);
        QCOMPARE(s[1].atMs, utcMs("2026-11-01T00:00:00.250Z")); // 01:00:00.250+01:00
        QCOMPARE(s[1].value, 150.0);
        QCOMPARE(s[2].atMs, qint64(1793491800500));
        QVERIFY(std::isinf(s[2].value) && s[2].value < 0);
        QCOMPARE(s[3].atMs, qint64(1793491900000));
        QCOMPARE(s[3].value, -0.25);
        QCOMPARE(s[4].atMs, utcMs("2026-11-01T00:15:00Z"));
        QVERIFY(std::isinf(s[4].value) && s[4].value > 0);
        QCOMPARE(s[5].atMs, utcMs("2026-11-01T00:40:00Z")); // 00:10 at -00:30
        QVERIFY(std::isnan(s[5].value));
    }

    // The generated files the service tests import: every line read, in order.
    void generatedFiles() {
        const auto shifted =
            MetricCsv::read(test::testDataPath(u"metrics/error_rate_shifted.csv"_qs));
        QVERIFY2(shifted.ok(), qPrintable(shifted.error().message));
        QVERIFY(shifted->header);
        QCOMPARE(shifted->samples.size(), 4320);
        QCOMPARE(shifted->samples.first().atMs, utcMs("2026-11-01T00:01:00Z"));
        QCOMPARE(shifted->samples.first().value, 0.5848);
        QCOMPARE(shifted->samples.last().atMs, utcMs("2026-11-04T00:00:00Z"));
        const auto flat =
            MetricCsv::read(test::testDataPath(u"metrics/latency_p95_unchanged.csv"_qs));
        QVERIFY2(flat.ok(), qPrintable(flat.error().message));
        QVERIFY(!flat->header);
        QCOMPARE(flat->samples.size(), 4320);
        QCOMPARE(flat->samples.first().value, 197.1);
    }

    // Each refused line is named with its number and what is wrong with it.
    void badLinesAreEachNamed() {
        QStringList problems;
        const auto r = MetricCsv::read(test::testDataPath(u"metrics/bad_many.csv"_qs), &problems);
        QVERIFY(test::isOneLineRefusal(r, u"bad_many.csv:3: "_qs));
        QVERIFY2(r.error().message.contains(u"and 7 more problems"_qs),
                 qPrintable(r.error().message));
        QCOMPARE(problems.size(), 8);
        const QStringList expected{
            u"bad_many.csv:3: \"oops\" is not a number"_qs,
            u"bad_many.csv:4: no value (write NaN for a missing one)"_qs,
            u"bad_many.csv:5: \"2026-11-01T00:04:00\" has no UTC offset"_qs,
            u"bad_many.csv:6: 1793491440000 is too large for Unix seconds"_qs,
            u"bad_many.csv:7: expected 2 fields (timestamp,value), found 3"_qs,
            u"bad_many.csv:8: a quote is not closed"_qs,
            u"bad_many.csv:9: 2026-11-01T00:00:00Z already has the value 1 at line 1"_qs,
            u"bad_many.csv:10: \"2026-02-30T00:00:00Z\" is not a date and time that exists"_qs,
        };
        for (int i = 0; i < expected.size(); ++i) {
            QVERIFY2(problems[i].startsWith(expected[i]),
                     qPrintable(problems[i] + u" ≠ "_qs + expected[i]));
            QVERIFY(!problems[i].contains(u'\n'));
        }
    }

    // One time with two values: which is meant cannot be known, so the file is refused; the same
    // instant written in another offset is the same time.
    void duplicateWithAnotherValue() {
        const auto r = MetricCsv::read(test::testDataPath(u"metrics/bad_duplicate.csv"_qs));
        QVERIFY(test::isOneLineRefusal(
            r,
            u"bad_duplicate.csv:4: 2026-11-01T00:00:00Z already has the value 0.5 at line 2"_qs));
    }

    void notUtf8() {
        const auto r = MetricCsv::read(test::testDataPath(u"metrics/bad_utf8.csv"_qs));
        QVERIFY(test::isOneLineRefusal(r, u"bad_utf8.csv:3: not UTF-8 text"_qs));
    }

    void emptyAndHeaderOnly() {
        QVERIFY(test::isOneLineRefusal(parse(""), u"m.csv: no samples"_qs));
        QVERIFY(test::isOneLineRefusal(parse("timestamp,value\n"), u"m.csv: no samples"_qs));
        QVERIFY(test::isOneLineRefusal(parse("\n# only a comment\n"), u"m.csv: no samples"_qs));
    }

    // Only the first line may be a header, and only when neither field reads as data.
    void headerOnlyFirst() {
        QVERIFY(test::isOneLineRefusal(parse("1793491200,1\ntimestamp,value\n"), u"m.csv:2: "_qs));
        QVERIFY(test::isOneLineRefusal(parse("time,1\n"), u"m.csv:1: \"time\" is not"_qs));
        QVERIFY(test::isOneLineRefusal(parse("1793491200,value\n"), u"m.csv:1: \"value\""_qs));
    }

    void times() {
        qint64 ms = 0;
        QVERIFY(MetricCsv::parseTime(u"1793491200", &ms));
        QCOMPARE(ms, qint64(1793491200000));
        QVERIFY(MetricCsv::parseTime(u"1793491200.0015", &ms)); // rounded to the millisecond
        QCOMPARE(ms, qint64(1793491200002));
        QVERIFY(MetricCsv::parseTime(u"2026-11-01T00:00:00.123456789Z", &ms));
        QCOMPARE(ms, utcMs("2026-11-01T00:00:00.123Z"));
        QVERIFY(MetricCsv::parseTime(u"2026-11-01T05:30+05:30", &ms));
        QCOMPARE(ms, utcMs("2026-11-01T00:00:00Z"));
        QVERIFY(MetricCsv::parseTime(u"2026-11-01T00:00:00-01", &ms));
        QCOMPARE(ms, utcMs("2026-11-01T01:00:00Z"));
        QString why;
        QVERIFY(!MetricCsv::parseTime(u"2026-11-01T24:00:00Z", &ms, &why));
        QVERIFY(!MetricCsv::parseTime(u"-5", &ms, &why));
        QVERIFY(!MetricCsv::parseTime(u"2026-11-01T00:00:00+25:00", &ms, &why));
        QVERIFY(why.contains(u"offset"_qs));
        QVERIFY(!MetricCsv::parseTime(u"01/11/2026 00:00", &ms, &why));
    }

    void values() {
        double v = 0;
        for (const char* text : {"NaN", "nan", "NAN"}) {
            QVERIFY(MetricCsv::parseValue(QString::fromLatin1(text), &v));
            QVERIFY(std::isnan(v));
        }
        for (const char* text : {"Inf", "+Inf", "inf", "+infinity"}) {
            QVERIFY(MetricCsv::parseValue(QString::fromLatin1(text), &v));
            QVERIFY(std::isinf(v) && v > 0);
        }
        QVERIFY(MetricCsv::parseValue(u"-INF", &v));
        QVERIFY(std::isinf(v) && v < 0);
        QVERIFY(MetricCsv::parseValue(u"1.5E-3", &v));
        QCOMPARE(v, 0.0015);
        QVERIFY(MetricCsv::parseValue(u" 42 ", &v));
        QCOMPARE(v, 42.0);
        for (const char* text : {"", "1,5", "0x10", "1e999", "12 ms", "nanx", "--1"})
            QVERIFY2(!MetricCsv::parseValue(QString::fromLatin1(text), &v), text);
    }

    // More problems than are worth listing: the first kMaxProblems, and how many more.
    void problemsAreBounded() {
        QByteArray text;
        for (int i = 0; i < 500; ++i)
            text += "x" + QByteArray::number(i) + ",1\n";
        QStringList problems;
        const auto r = parse("timestamp,value\n" + text, &problems);
        QVERIFY(test::isOneLineRefusal(r, u"m.csv:2: \"x0\""_qs));
        QVERIFY2(r.error().message.contains(u"and 499 more problems"_qs),
                 qPrintable(r.error().message));
        QCOMPARE(problems.size(), MetricCsv::kMaxProblems);
    }

    void tooLargeIsRefusedBeforeReading() {
        const QByteArray big(int(MetricCsv::kMaxBytes + 1), '\n');
        QVERIFY(test::isOneLineRefusal(parse(big), u"m.csv: 67108865 bytes"_qs));
    }

    void missingFile() {
        const auto r = MetricCsv::read(u"/nonexistent/samples.csv"_qs);
        QVERIFY(test::isRefusal(r, Error::Kind::Io, u"/nonexistent/samples.csv"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_MetricCsv)
#include "tst_MetricCsv.moc"
