// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/JUnitReport.h"

#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

JUnitReport parseOk(const QByteArray& xml) {
    auto r = JUnitReport::fromData(xml, u"inline.xml"_qs);
    if (!r) {
        test::helperFailed(r.error().message);
        return {};
    }
    return r.value();
}

const JUnitFailedCase* findFailed(const JUnitReport& r, const QString& name) {
    for (const JUnitFailedCase& f : r.failedCases) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

} // namespace

class tst_JUnitReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Counts verified independently with Python's xml.etree over the <testcase> elements.
    void realFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tests");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("passed");
        QTest::addColumn<int>("suites");
        QTest::addColumn<double>("time");
        QTest::newRow("TestNG/Surefire Pulsar")
            << u"testng_surefire_pulsar_aggregated_808_tests.xml"_qs << 808 << 1 << 0 << 14 << 793
            << 176 << 2126.531;
        QTest::newRow("Maven Surefire") << u"maven_surefire_junit4_failures_skipped_entities.xml"_qs
                                        << 5 << 2 << 0 << 1 << 2 << 1 << 0.01;
        QTest::newRow("pytest") << u"pytest_horovod_single_line_skipped.xml"_qs << 97 << 0 << 0
                                << 17 << 80 << 1 << 203.847;
        QTest::newRow("go-junit-report")
            << u"go_junit_report_subtests_cdata.xml"_qs << 11 << 4 << 0 << 1 << 6 << 1 << 0.0;
        QTest::newRow("GoogleTest valkey")
            << u"gtest_valkey_search_value_param_multi_failure.xml"_qs << 9 << 1 << 0 << 0 << 8 << 3
            << 0.005;
        QTest::newRow("jest-junit")
            << u"jest_junit_windows_paths_timeout.xml"_qs << 6 << 4 << 0 << 1 << 1 << 2 << 1.36;
        QTest::newRow("PHPUnit 11") << u"phpunit11_nested_testsuites_diff_failure.xml"_qs << 12 << 2
                                    << 0 << 0 << 10 << 4 << 0.14;
        QTest::newRow("mocha") << u"mocha_junit_reporter_root_testsuite_no_decl.xml"_qs << 109 << 0
                               << 0 << 0 << 109 << 1 << 0.29;
    }
    void realFiles() {
        QFETCH(QString, file);
        const QString path = test::sharedDataPath(u"junit/"_qs + file);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const auto r = JUnitReport::fromFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QTEST(r->tests, "tests");
        QTEST(r->failures, "failures");
        QTEST(r->errors, "errors");
        QTEST(r->skipped, "skipped");
        QTEST(r->passed, "passed");
        QTEST(r->suites, "suites");
        QCOMPARE(r->disabled, 0);
        QFETCH(double, time);
        QVERIFY2(qAbs(r->time - time) < 0.001, qPrintable(QString::number(r->time)));
        QCOMPARE(r->failedCases.size(), r->failures + r->errors);
        // Every real file's declared totals agree with its test cases.
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
        test::verifyEvidence(r->evidence, path);
    }

    void realFileDetails() {
        if (test::sharedDataPath(u"junit"_qs).isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const auto load = [](const QString& file) {
            return test::readSharedReport<JUnitReport>(u"junit"_qs, file);
        };

        // Two <failure> elements in one test case count it once.
        const auto gtest = load(u"gtest_valkey_search_value_param_multi_failure.xml"_qs);
        QVERIFY(gtest);
        QCOMPARE(gtest->failedCases.size(), 1);
        QCOMPARE(gtest->failedCases[0].problemCount, 2);
        QCOMPARE(gtest->failedCases[0].suite, u"FTInfoTests/FTInfoTest"_qs);
        QCOMPARE(gtest->failedCases[0].name, u"FTInfoTests/happy_path_hnsw"_qs);
        QVERIFY(gtest->failedCases[0].message.startsWith(
            u"/testing/ft_info_test.cc:86\nExpected equality of these values:"_qs));
        QCOMPARE(gtest->failedCases[0].firstLine, u"/testing/ft_info_test.cc:86"_qs);

        // CDATA bodies; a failure with an empty body has no first line.
        const auto go = load(u"go_junit_report_subtests_cdata.xml"_qs);
        QVERIFY(go);
        const auto* sub = findFailed(*go, u"TestSubtests/Subtest#01"_qs);
        QVERIFY(sub);
        QCOMPARE(sub->message, u"Failed"_qs);
        QCOMPARE(sub->firstLine, u"subtests_test.go:10: error message"_qs);
        QCOMPARE(findFailed(*go, u"TestSubtests"_qs)->firstLine, QString());

        // No message attribute, non-ASCII class names, backslashes in the suite name.
        const auto jest = load(u"jest_junit_windows_paths_timeout.xml"_qs);
        QVERIFY(jest);
        const auto* failing = findFailed(*jest, u"Failing test"_qs);
        QVERIFY(failing);
        QCOMPARE(failing->message, QString());
        QCOMPARE(failing->className, u"Test 1 › Test 1.1"_qs);
        QCOMPARE(failing->suite, u"__tests__\\main.test.js"_qs);
        QCOMPARE(failing->firstLine, u"Error: expect(received).toBeTruthy()"_qs);

        // Retries: the same test case name repeats and each run counts.
        const auto pulsar = load(u"testng_surefire_pulsar_aggregated_808_tests.xml"_qs);
        QVERIFY(pulsar);
        QCOMPARE(pulsar->failedCases[0].name, u"testVersionStrings"_qs);
        QCOMPARE(pulsar->failedCases[0].message, u"expected [1.2.1] but found [1.2.0]"_qs);

        // Character references in attributes are decoded.
        const auto maven = load(u"maven_surefire_junit4_failures_skipped_entities.xml"_qs);
        QVERIFY(maven);
        QVERIFY(findFailed(*maven, u"require_fail"_qs)->message.startsWith(u"\nExpected: (an"_qs));
        QCOMPARE(maven->passRate().value(), 0.5);
    }

    // Files made on this machine; see tests/data/README.md.
    void ownGoogleTestFile() {
        const auto r = JUnitReport::fromFile(test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->tests, 8);
        QCOMPARE(r->failures, 3);
        QCOMPARE(r->errors, 0);
        QCOMPARE(r->skipped, 1);  // GTEST_SKIP writes <skipped>
        QCOMPARE(r->disabled, 1); // DISABLED_ tests have status="notrun" and no <skipped>
        QCOMPARE(r->passed, 3);
        QCOMPARE(r->suites, 3);
        QCOMPARE(r->passRate().value(), 0.5);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
        const auto* two = findFailed(r.value(), u"TwoFailuresInOneTest"_qs);
        QVERIFY(two);
        QCOMPARE(two->problemCount, 2);
        QCOMPARE(two->firstLine, u"sample_test.cpp:8"_qs);
        QVERIFY(two->message.endsWith(u"first <failure> & \"quotes\""_qs));
        QVERIFY(findFailed(r.value(), u"Utf8Message"_qs)->message.contains(u"Grüße"_qs));
        QCOMPARE(findFailed(r.value(), u"Positive/2"_qs)->suite, u"Small/Widths"_qs);
    }

    void ownCTestFile() {
        const auto r =
            JUnitReport::fromFile(test::testDataPath(u"junit/ctest_3.25_output_junit.xml"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->tests, 6);
        QCOMPARE(r->failures, 2); // a failing command and a timeout
        QCOMPARE(r->skipped, 2);  // SKIP_RETURN_CODE and a missing executable
        QCOMPARE(r->disabled, 1); // DISABLED property: status="disabled"
        QCOMPARE(r->passed, 1);
        QCOMPARE(r->suites, 1);
        QCOMPARE(r->time, 1.0);
        QVERIFY(r->casesTime > 1.0);
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
        QCOMPARE(r->failedCases[1].name, u"times_out"_qs);
    }

    void ownCTestRunOfSlipwaysGateTests() {
        // CTest's report of five of Slipway's own QtTest executables, all passing: every
        // case carries its QtTest log in <system-out>, cut by CTest past 1024 bytes.
        const auto r =
            JUnitReport::fromFile(test::testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->tests, 5);
        QCOMPARE(r->failures, 0);
        QCOMPARE(r->errors, 0);
        QCOMPARE(r->skipped, 0);
        QCOMPARE(r->disabled, 0);
        QCOMPARE(r->passed, 5);
        QCOMPARE(r->suites, 1);
        QCOMPARE(r->passRate().value(), 1.0);
        QVERIFY(r->failedCases.isEmpty());
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
    }

    void shapes_data() {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("tests");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("skipped");
        QTest::addColumn<int>("suites");
        QTest::newRow("bare testsuite, no declaration")
            << QByteArray("<testsuite name='s' tests='2'><testcase name='a'/><testcase "
                          "name='b'><skipped/></testcase></testsuite>")
            << 2 << 0 << 0 << 1 << 1;
        QTest::newRow("single-quoted declaration")
            << QByteArray("<?xml version='1.0' encoding='utf-8'?>\n<testsuites><testsuite "
                          "name='s'><testcase name='a'/></testsuite></testsuites>")
            << 1 << 0 << 0 << 0 << 1;
        QTest::newRow("nested suites")
            << QByteArray("<testsuites><testsuite name='all'><testsuite name='unit'><testcase "
                          "name='a'/></testsuite><testsuite name='cli'><testcase "
                          "name='b'><failure/></testcase></testsuite></testsuite></testsuites>")
            << 2 << 1 << 0 << 0 << 3;
        QTest::newRow("error beats failure")
            << QByteArray("<testsuite><testcase name='a'><failure message='x'/><error "
                          "message='y'/></testcase></testsuite>")
            << 1 << 0 << 1 << 0 << 1;
        QTest::newRow("failure beats skipped")
            << QByteArray("<testsuite><testcase name='a'><skipped/><failure/></testcase>"
                          "</testsuite>")
            << 1 << 1 << 0 << 0 << 1;
        QTest::newRow("flaky retry that passed")
            << QByteArray("<testsuite><testcase name='a'><flakyFailure message='timeout'/>"
                          "<rerunFailure/></testcase></testsuite>")
            << 1 << 0 << 0 << 0 << 1;
        QTest::newRow("retries with one name")
            << QByteArray("<testsuite><testcase name='a'><failure/></testcase><testcase "
                          "name='a'/><testcase name='a'/></testsuite>")
            << 3 << 1 << 0 << 0 << 1;
        QTest::newRow("BOM and CRLF")
            << QByteArray("\xEF\xBB\xBF<?xml version=\"1.0\"?>\r\n<testsuites>\r\n<testsuite>"
                          "<testcase name='a'/></testsuite>\r\n</testsuites>\r\n")
            << 1 << 0 << 0 << 0 << 1;
        QTest::newRow("empty root") << QByteArray("<testsuites/>") << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("namespaced root")
            << QByteArray("<j:testsuite xmlns:j='urn:x'><j:testcase name='a'/></j:testsuite>") << 1
            << 0 << 0 << 0 << 1;
    }
    void shapes() {
        QFETCH(QByteArray, xml);
        const auto r = JUnitReport::fromData(xml, u"inline.xml"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QTEST(r->tests, "tests");
        QTEST(r->failures, "failures");
        QTEST(r->errors, "errors");
        QTEST(r->skipped, "skipped");
        QTEST(r->suites, "suites");
        QCOMPARE(r->passed + r->failures + r->errors + r->skipped + r->disabled, r->tests);
    }

    void failureDetails() {
        const JUnitReport r = parseOk(
            "<testsuites><testsuite name='outer'><testsuite name='inner'>"
            "<testcase classname='c.D' name='t' time='0.'>"
            "<system-out>noise</system-out>"
            "<failure message='a &amp; b &lt;c&gt; &#x0A;next' type='AssertionError'><![CDATA[\n"
            "\n   first line  \nsecond]]></failure>"
            "<failure message='second failure'>other</failure>"
            "</testcase></testsuite><testcase name='after' time='1,5'/></testsuite></testsuites>");
        QCOMPARE(r.tests, 2);
        QCOMPARE(r.failedCases.size(), 1);
        const JUnitFailedCase& f = r.failedCases[0];
        QCOMPARE(f.kind, JUnitFailedCase::Kind::Failure);
        QCOMPARE(f.suite, u"inner"_qs);
        QCOMPARE(f.className, u"c.D"_qs);
        QCOMPARE(f.name, u"t"_qs);
        QCOMPARE(f.message, u"a & b <c> \nnext"_qs);
        QCOMPARE(f.firstLine, u"first line"_qs);
        QCOMPARE(f.problemCount, 2);
        QCOMPARE(r.casesTime, 1.5); // "0." and a decimal comma
    }

    void times_data() {
        QTest::addColumn<QString>("time");
        QTest::addColumn<double>("seconds");
        QTest::newRow("odd float") << u"0."_qs << 0.0;
        QTest::newRow("plain") << u"2.25"_qs << 2.25;
        QTest::newRow("thousands") << u"1,234.5"_qs << 1234.5;
        QTest::newRow("decimal comma") << u"0,5"_qs << 0.5;
        QTest::newRow("garbage") << u"soon"_qs << 0.0;
        QTest::newRow("negative") << u"-3"_qs << 0.0;
        QTest::newRow("nan") << u"nan"_qs << 0.0;
        QTest::newRow("empty") << QString() << 0.0;
    }
    void times() {
        QFETCH(QString, time);
        const JUnitReport r =
            parseOk(QStringLiteral("<testsuite><testcase name='a' time='%1'/></testsuite>")
                        .arg(time)
                        .toUtf8());
        QTEST(r.time, "seconds");
    }

    void declaredTotalsMismatch() {
        const JUnitReport r =
            parseOk("<testsuites tests='3' failures='0' skipped='0'><testsuite><testcase name='a'>"
                    "<failure/></testcase><testcase name='b'/></testsuite></testsuites>");
        QCOMPARE(r.tests, 2);
        QCOMPARE(r.warnings.size(), 1);
        QCOMPARE(r.warnings[0], u"the root element's totals differ from the test cases: tests 3 "
                                u"declared, 2 counted; failures 0 declared, 1 counted"_qs);
    }

    void passRate() {
        QVERIFY(!parseOk("<testsuite/>").passRate());
        QVERIFY(
            !parseOk("<testsuite><testcase name='a'><skipped/></testcase></testsuite>").passRate());
        QCOMPARE(parseOk("<testsuite><testcase name='a'/><testcase name='b'><error/></testcase>"
                         "<testcase name='c'><skipped/></testcase></testsuite>")
                     .passRate()
                     .value(),
                 0.5);
    }

    // Each bad input gives one line naming the file and, where there is one, line and column.
    void malformed_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray()
                               << u"bad.xml: the file is empty, expected JUnit XML"_qs;
        QTest::newRow("truncated")
            << QByteArray("<testsuites>\n<testsuite name='s'>\n<testcase name='a'>\n<failure "
                          "message='boom'>stack")
            << u"bad.xml:4:29: not well-formed XML: Premature end of document"_qs;
        QTest::newRow("wrong root")
            << QByteArray("<?xml version='1.0'?>\n<html><body/></html>")
            << u"bad.xml:2:6: not a JUnit XML report: the root element is <html>, expected "
               u"<testsuites> or <testsuite>"_qs;
        QTest::newRow("only white space")
            << QByteArray("  \n ")
            << u"bad.xml:2:1: not well-formed XML: Premature end of document"_qs;
        QTest::newRow("binary garbage") << QByteArray("\x00\x01\xff\xfe garbage\x80", 13)
                                        << u"bad.xml:1:1: not well-formed XML: "_qs;
        QTest::newRow("mismatched tag")
            << QByteArray("<testsuite><testcase name='a'></testsuite>")
            << u"bad.xml:1:42: not well-formed XML: Opening and ending tag mismatch"_qs;
        QTest::newRow("content after the root")
            << QByteArray("<testsuite/><testsuite/>")
            << u"bad.xml:1:24: not well-formed XML: Extra content at end of document"_qs;
        QTest::newRow("undeclared entity")
            << QByteArray("<testsuite><testcase name='&nbsp;'/></testsuite>")
            << u"bad.xml:1:33: not well-formed XML: Entity 'nbsp' not declared"_qs;
        // Found by fuzzing: Qt quotes the encoding name, newlines and all.
        QTest::newRow("newline in the encoding name")
            << QByteArray("<?xml version='1.0' encoding='utf-\nx'?>\n<testsuite/>")
            << u"bad.xml:2:4: not well-formed XML: utf-\\nx is an invalid encoding name"_qs;
        QTest::newRow("JSON instead of XML")
            << QByteArray("{\"runs\": []}") << u"bad.xml:1:1: not well-formed XML: "_qs;
    }
    void malformed() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QVERIFY(test::isOneLineRefusal(JUnitReport::fromData(data, u"bad.xml"_qs), expected));
    }

    // Exponential entity expansion stops at Qt's limit instead of eating memory.
    void entityExpansionBomb() {
        QByteArray xml = "<?xml version='1.0'?><!DOCTYPE testsuite [<!ENTITY a0 'xxxxxxxxxx'>";
        for (int i = 1; i < 12; ++i)
            xml += QStringLiteral("<!ENTITY a%1 '&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;&a%2;'>")
                       .arg(i)
                       .arg(i - 1)
                       .toUtf8();
        xml += "]><testsuite><testcase name='&a11;'/></testsuite>";
        const auto r = JUnitReport::fromData(xml, u"bomb.xml"_qs);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(u"bomb.xml:"_qs), qPrintable(r.error().message));
    }

    void files() {
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nothing.xml"_qs);
        auto r = JUnitReport::fromFile(missing);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, missing + u": no such file"_qs);

        r = JUnitReport::fromFile(dir.path());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, dir.path() + u": not a regular file"_qs);

        const QString big = dir.filePath(u"big.xml"_qs);
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<testsuite><testcase name='a'/></testsuite>");
        f.close();
        r = JUnitReport::fromFile(big, 10);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message,
                 big + u": the file is 43 bytes, larger than the limit of 10 bytes"_qs);

        r = JUnitReport::fromFile(big);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->evidence.fileName, u"big.xml"_qs);
        QCOMPARE(r->evidence.size, 43);
        // sha256sum of the same 43 bytes.
        QCOMPARE(r->evidence.sha256,
                 u"3c544e9a1c1d98ef264863a2c0f7da0f8bc08d4d3b1237e614ea50af28817e72"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_JUnitReport)
#include "tst_JUnitReport.moc"
