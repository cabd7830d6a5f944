// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SarifReport.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace slipway;

namespace {

// A SARIF log with one run whose driver and extensions carry the given rules.
QByteArray sarifLog(const QJsonArray& results, const QJsonArray& driverRules = {},
                    const QJsonArray& extensions = {}) {
    QJsonObject driver{{u"name"_qs, u"tool"_qs}, {u"rules"_qs, driverRules}};
    QJsonObject tool{{u"driver"_qs, driver}};
    if (!extensions.isEmpty())
        tool.insert(u"extensions"_qs, extensions);
    const QJsonObject run{{u"tool"_qs, tool}, {u"results"_qs, results}};
    const QJsonObject log{{u"version"_qs, u"2.1.0"_qs}, {u"runs"_qs, QJsonArray{run}}};
    return QJsonDocument(log).toJson(QJsonDocument::Compact);
}

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

SarifFinding onlyFinding(const QByteArray& log) {
    const auto r = SarifReport::fromData(log, u"inline.sarif"_qs);
    if (!r) {
        test::helperFailed(r.error().message);
        return {};
    }
    if (r->findings.size() != 1) {
        test::helperFailed(
            QStringLiteral("expected one finding, found %1").arg(r->findings.size()));
        return {};
    }
    return r->findings[0];
}

using Counts = QList<int>; // critical, high, medium, low, none

Counts countsOf(const std::array<int, 5>& c) {
    return {c[4], c[3], c[2], c[1], c[0]};
}

} // namespace

class tst_SarifReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Counts verified independently with a Python script applying the same severity rules.
    void realFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("runs");
        QTest::addColumn<Counts>("counts");     // critical, high, medium, low, none
        QTest::addColumn<Counts>("suppressed"); // same order
        QTest::newRow("CodeQL, rules in extensions")
            << u"codeql_2.19_python_rules_in_extensions_codeflows.sarif"_qs << 1
            << Counts{0, 2, 0, 0, 0} << Counts{0, 0, 0, 0, 0};
        QTest::newRow("Trivy, security-severity strings")
            << u"trivy_0.56_container_security_severity.sarif"_qs << 1 << Counts{4, 42, 0, 0, 0}
            << Counts{0, 0, 0, 0, 0};
        QTest::newRow("ESLint, all suppressed")
            << u"eslint_8.56_all_results_suppressed_insource.sarif"_qs << 1 << Counts{0, 0, 0, 0, 0}
            << Counts{0, 9, 3, 0, 0};
        QTest::newRow("MegaLinter, three runs")
            << u"megalinter_6.6_three_runs_checkstyle_gitleaks_secretlint.sarif"_qs << 3
            << Counts{0, 5, 0, 0, 0} << Counts{0, 0, 0, 0, 0};
        QTest::newRow("MegaLinter, six empty runs")
            << u"megalinter_six_runs_zero_results_217_rules.sarif"_qs << 6 << Counts{0, 0, 0, 0, 0}
            << Counts{0, 0, 0, 0, 0};
        QTest::newRow("Semgrep, minified, rule default level")
            << u"semgrep_oss_1.155_minified_custom_rules.sarif"_qs << 1 << Counts{0, 0, 10, 0, 0}
            << Counts{0, 0, 0, 0, 0};
    }
    void realFiles() {
        QFETCH(QString, file);
        const QString path = test::sharedDataPath(u"sarif/"_qs + file);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const auto r = SarifReport::fromFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QTEST(int(r->toolNames.size()), "runs");
        QTEST(countsOf(r->counts), "counts");
        QTEST(countsOf(r->suppressedCounts), "suppressed");
        QCOMPARE(r->findings.size(), r->total() + r->suppressedTotal());
        QVERIFY2(r->warnings.isEmpty(), qPrintable(r->warnings.join(u'\n')));
        test::verifyEvidence(r->evidence, path);
    }

    void realFileDetails() {
        if (test::sharedDataPath(u"sarif"_qs).isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const auto load = [](const QString& file) {
            return test::readSharedReport<SarifReport>(u"sarif"_qs, file);
        };

        // The rule sits in tool.extensions[0], reached through rule.toolComponent.index.
        const auto codeql = load(u"codeql_2.19_python_rules_in_extensions_codeflows.sarif"_qs);
        QVERIFY(codeql);
        QCOMPARE(codeql->findings.size(), 2);
        const SarifFinding& sql = codeql->findings[0];
        QCOMPARE(sql.ruleId, u"py/sql-injection"_qs);
        QCOMPARE(sql.severity, SarifSeverity::High); // security-severity 8.8
        QCOMPARE(sql.severityBasis, u"security-severity"_qs);
        QCOMPARE(sql.level, u"error"_qs); // from the rule's defaultConfiguration
        QCOMPARE(sql.uri, u"server/routes.py"_qs);
        QCOMPARE(sql.line, 16);
        QCOMPARE(sql.message, u"This SQL query depends on a [user-provided value](1)."_qs);
        QCOMPARE(sql.toolName, u"CodeQL"_qs);
        QCOMPARE(codeql->countAtOrAbove(SarifSeverity::High), 2);
        QCOMPARE(codeql->countAtOrAbove(SarifSeverity::Critical), 0);

        const auto eslint = load(u"eslint_8.56_all_results_suppressed_insource.sarif"_qs);
        QVERIFY(eslint);
        QVERIFY(eslint->findings[0].suppressed);
        QCOMPARE(eslint->findings[0].suppressionKind, u"inSource"_qs);
        QCOMPARE(eslint->findings[0].suppressionJustification, QString());
        QCOMPARE(eslint->findings[0].ruleId, u"no-shadow-restricted-names"_qs);
        QCOMPARE(eslint->total(), 0);

        const auto mega =
            load(u"megalinter_6.6_three_runs_checkstyle_gitleaks_secretlint.sarif"_qs);
        QVERIFY(mega);
        QCOMPARE(mega->toolNames[0], u"Checkstyle (MegaLinter JAVA_CHECKSTYLE)"_qs);
        QCOMPARE(mega->findings[0].ruleId, u"import.unused"_qs); // no rules array at all
        QCOMPARE(mega->findings[0].line, 18);

        const auto semgrep = load(u"semgrep_oss_1.155_minified_custom_rules.sarif"_qs);
        QVERIFY(semgrep);
        QCOMPARE(semgrep->findings[0].ruleId, u"fips-crypto-memset-zeroize"_qs);
        QCOMPARE(semgrep->findings[0].severityBasis, u"rule default"_qs);
        QCOMPARE(semgrep->findings[0].level, u"warning"_qs);

        const auto trivy = load(u"trivy_0.56_container_security_severity.sarif"_qs);
        QVERIFY(trivy);
        QCOMPARE(trivy->findings[0].ruleId, u"CVE-2024-53203"_qs);
        QCOMPARE(trivy->findings[0].uri, u"ministryofjustice/hmpps-service-catalogue"_qs);
    }

    // Made here with the Clang Static Analyzer; see tests/data/README.md.
    void ownClangAnalyzerFile() {
        const auto r =
            SarifReport::fromFile(test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->findings.size(), 6);
        QCOMPARE(countsOf(r->counts), (Counts{0, 0, 6, 0, 0}));
        const SarifFinding& first = r->findings[0];
        QCOMPARE(first.ruleId, u"core.NullDereference"_qs);
        QCOMPARE(first.severityBasis, u"SARIF default"_qs); // no level anywhere
        QCOMPARE(first.uri, u"file:///tmp/slipway-sample/analyzer_sample.c"_qs);
        QCOMPARE(first.line, 9);
        QCOMPARE(first.toolName, u"clang"_qs);
        QCOMPARE(r->findings[5].ruleId, u"unix.Malloc"_qs);
        QCOMPARE(r->findings[5].message, u"Attempt to free released memory"_qs);
    }

    // The severity rules, one case each.
    void severity_data() {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("basis");
        const auto rule = [](const char* properties, const char* level = nullptr) {
            QJsonObject r{{u"id"_qs, u"R1"_qs}};
            if (properties)
                r.insert(u"properties"_qs, json(properties));
            if (level)
                r.insert(u"defaultConfiguration"_qs,
                         QJsonObject{{u"level"_qs, QString::fromLatin1(level)}});
            return QJsonArray{r};
        };
        const QJsonObject byIndex = json(R"({"ruleId":"R1","ruleIndex":0})");
        const auto result = [](const char* text) {
            return QJsonArray{json(text)};
        };

        QTest::newRow("score 9.0 is critical")
            << sarifLog({byIndex}, rule(R"({"security-severity":9.0})")) << u"critical"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score string 8.9 is high")
            << sarifLog({byIndex}, rule(R"({"security-severity":"8.9"})")) << u"high"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score 7 is high") << sarifLog({byIndex}, rule(R"({"security-severity":7})"))
                                         << u"high"_qs << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score 6.9 is medium")
            << sarifLog({byIndex}, rule(R"({"security-severity":"6.9"})")) << u"medium"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score 4.0 is medium")
            << sarifLog({byIndex}, rule(R"({"security-severity":"4.0"})")) << u"medium"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score 0.1 is low")
            << sarifLog({byIndex}, rule(R"({"security-severity":0.1})")) << u"low"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score 0 is none")
            << sarifLog({byIndex}, rule(R"({"security-severity":"0.0"})")) << u"none"_qs
            << u"warning"_qs << u"security-severity"_qs;
        QTest::newRow("score beats the result's level")
            << sarifLog(result(R"({"ruleId":"R1","level":"note"})"),
                        rule(R"({"security-severity":"9.8"})"))
            << u"critical"_qs << u"note"_qs << u"security-severity"_qs;
        QTest::newRow("empty score string is no score")
            << sarifLog(result(R"({"ruleId":"R1","level":"note"})"),
                        rule(R"({"security-severity":""})"))
            << u"low"_qs << u"note"_qs << u"level"_qs;
        QTest::newRow("level error is high")
            << sarifLog(result(R"({"ruleId":"R1","level":"error"})"), rule(nullptr, "note"))
            << u"high"_qs << u"error"_qs << u"level"_qs;
        QTest::newRow("level note is low")
            << sarifLog(result(R"({"level":"note"})")) << u"low"_qs << u"note"_qs << u"level"_qs;
        QTest::newRow("level none is none")
            << sarifLog(result(R"({"level":"none"})")) << u"none"_qs << u"none"_qs << u"level"_qs;
        QTest::newRow("rule default level")
            << sarifLog(result(R"({"ruleId":"R1"})"), rule("{}", "error")) << u"high"_qs
            << u"error"_qs << u"rule default"_qs;
        QTest::newRow("SARIF default is warning")
            << sarifLog(result(R"({"ruleId":"unknown"})"), rule(nullptr)) << u"medium"_qs
            << u"warning"_qs << u"SARIF default"_qs;
        QTest::newRow("kind pass means level none")
            << sarifLog(result(R"({"ruleId":"R1","kind":"pass"})"), rule(nullptr, "error"))
            << u"none"_qs << u"none"_qs << u"kind"_qs;
        QTest::newRow("kind fail keeps the rule default")
            << sarifLog(result(R"({"ruleId":"R1","kind":"fail"})"), rule(nullptr, "error"))
            << u"high"_qs << u"error"_qs << u"rule default"_qs;
    }
    void severity() {
        QFETCH(QByteArray, log);
        const SarifFinding f = onlyFinding(log);
        QTEST(SarifReport::severityName(f.severity), "severity");
        QTEST(f.level, "level");
        QTEST(f.severityBasis, "basis");
    }

    // How a result reaches its rule.
    void ruleLookup_data() {
        QTest::addColumn<QByteArray>("log");
        QTest::addColumn<QString>("ruleId");
        QTest::addColumn<QString>("severity");
        const QJsonArray driverRules{
            json(R"({"id":"D0"})"),
            json(R"({"id":"D1","properties":{"security-severity":"9.1"}})")};
        const QJsonArray extensions{
            json(R"({"name":"pack","rules":[{"id":"E0","defaultConfiguration":{"level":"note"}},
                    {"id":"a/b","properties":{"security-severity":5}}]})")};
        const auto log = [&](const char* result) {
            return sarifLog({json(result)}, driverRules, extensions);
        };
        QTest::newRow("ruleIndex into the driver")
            << log(R"({"ruleIndex":1})") << u"D1"_qs << u"critical"_qs;
        QTest::newRow("toolComponent index and rule index")
            << log(R"({"rule":{"index":0,"toolComponent":{"index":0}}})") << u"E0"_qs << u"low"_qs;
        QTest::newRow("rule.index beats ruleIndex")
            << log(R"({"ruleIndex":0,"rule":{"index":1}})") << u"D1"_qs << u"critical"_qs;
        QTest::newRow("ruleId found in an extension")
            << log(R"({"ruleId":"E0"})") << u"E0"_qs << u"low"_qs;
        QTest::newRow("rule.id without index")
            << log(R"({"rule":{"id":"D1"}})") << u"D1"_qs << u"critical"_qs;
        QTest::newRow("hierarchical id falls back to its parent")
            << log(R"({"ruleId":"a/b/c"})") << u"a/b/c"_qs << u"medium"_qs;
        QTest::newRow("unknown rule") << log(R"({"ruleId":"X"})") << u"X"_qs << u"medium"_qs;
        QTest::newRow("index of -1 means none")
            << log(R"({"ruleId":"D1","ruleIndex":-1})") << u"D1"_qs << u"critical"_qs;
    }
    void ruleLookup() {
        QFETCH(QByteArray, log);
        const SarifFinding f = onlyFinding(log);
        QTEST(f.ruleId, "ruleId");
        QTEST(SarifReport::severityName(f.severity), "severity");
    }

    void suppressions_data() {
        QTest::addColumn<QByteArray>("suppressions");
        QTest::addColumn<bool>("suppressed");
        QTest::newRow("none") << QByteArray("[]") << false;
        QTest::newRow("in source") << QByteArray(R"([{"kind":"inSource"}])") << true;
        QTest::newRow("accepted")
            << QByteArray(R"([{"kind":"external","status":"accepted","justification":"FP"}])")
            << true;
        QTest::newRow("under review")
            << QByteArray(R"([{"kind":"external","status":"underReview"}])") << false;
        QTest::newRow("one rejected")
            << QByteArray(R"([{"kind":"inSource"},{"kind":"external","status":"rejected"}])")
            << false;
    }
    void suppressions() {
        QFETCH(QByteArray, suppressions);
        QFETCH(bool, suppressed);
        QJsonObject result{{u"level"_qs, u"error"_qs}};
        result.insert(u"suppressions"_qs, QJsonDocument::fromJson(suppressions).array());
        const auto r = SarifReport::fromData(sarifLog({result}), u"s.sarif"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->findings[0].suppressed, suppressed);
        QCOMPARE(r->count(SarifSeverity::High), suppressed ? 0 : 1);
        QCOMPARE(r->suppressedCount(SarifSeverity::High), suppressed ? 1 : 0);
    }

    void messagesAndLocations() {
        const QJsonArray rules{json(R"({"id":"R","messageStrings":{"default":{"text":
            "Variable {0} is unused in {1}."}}})")};
        QJsonObject run{
            {u"tool"_qs,
             QJsonObject{{u"driver"_qs, QJsonObject{{u"name"_qs, u"t"_qs}, {u"rules"_qs, rules}}}}},
            {u"artifacts"_qs, QJsonArray{json(R"({"location":{"uri":"src/a.c"}})")}},
            {u"results"_qs,
             QJsonArray{json(R"({"ruleId":"R","message":{"id":"default","arguments":["x","f"]},
                "locations":[{"physicalLocation":{"artifactLocation":{"index":0},
                "region":{"startLine":42}}}]})")}}};
        const QJsonObject log{{u"version"_qs, u"2.1.0"_qs}, {u"runs"_qs, QJsonArray{run}}};
        const SarifFinding f = onlyFinding(QJsonDocument(log).toJson());
        QCOMPARE(f.message, u"Variable x is unused in f."_qs);
        QCOMPARE(f.uri, u"src/a.c"_qs);
        QCOMPARE(f.line, 42);
    }

    void nullResultsWarn() {
        const auto r = SarifReport::fromData(
            R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"scanner"}},"results":null}]})",
            u"n.sarif"_qs);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->warnings,
                 QStringList{u"runs[0].results is null: \"scanner\" did not produce results"_qs});
    }

    void severityNames() {
        QCOMPARE(SarifReport::severityFromName(u"HIGH"), SarifSeverity::High);
        QCOMPARE(SarifReport::severityFromName(u"none"), SarifSeverity::None);
        QVERIFY(!SarifReport::severityFromName(u"severe"));
        QVERIFY(SarifSeverity::Critical > SarifSeverity::High);
    }

    // Each bad input gives one line naming the file and the JSON path or position.
    void malformed_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray head = R"({"version":"2.1.0","runs":[{"tool":{"driver":{"name":"t"}},)";
        QTest::newRow("empty") << QByteArray()
                               << u"x.sarif: the file is empty, expected SARIF JSON"_qs;
        QTest::newRow("truncated") << QByteArray("{\n  \"version\": \"2.1.0\",\n  \"runs\": [")
                                   << u"x.sarif:3:12 (byte 35): not valid JSON: "_qs;
        QTest::newRow("binary garbage")
            << QByteArray("\x00\x9f\xff garbage", 12)
            << u"x.sarif line 1: a NUL byte (binary data), expected SARIF JSON in UTF-8"_qs;
        QTest::newRow("deeply nested")
            << QByteArray(100000, '[')
            << u"x.sarif:1:1026 (byte 1025): not valid JSON: too deeply nested document"_qs;
        QTest::newRow("top-level array")
            << QByteArray("[]") << u"x.sarif: not a SARIF log: the top level is not an object"_qs;
        QTest::newRow("no version")
            << QByteArray(R"({"runs":[]})") << u"x.sarif: version: missing; not a SARIF log"_qs;
        QTest::newRow("old version")
            << QByteArray(R"({"version":"2.0.0","runs":[]})")
            << u"x.sarif: version: SARIF 2.0.0 is not supported, expected 2.1.0"_qs;
        QTest::newRow("no runs") << QByteArray(R"({"version":"2.1.0"})")
                                 << u"x.sarif: runs: missing; not a SARIF log"_qs;
        QTest::newRow("runs not an array") << QByteArray(R"({"version":"2.1.0","runs":{}})")
                                           << u"x.sarif: runs: expected an array"_qs;
        QTest::newRow("run without tool") << QByteArray(R"({"version":"2.1.0","runs":[{}]})")
                                          << u"x.sarif: runs[0].tool: missing"_qs;
        QTest::newRow("level not a string")
            << QByteArray(
                   R"({"version":"2.1.0","runs":[{"tool":{"driver":{}}},{"tool":{"driver":{}}},)"
                   R"({"tool":{"driver":{}},"results":[{},{},{},{},{},{"level":3}]}]})")
            << u"x.sarif: runs[2].results[5].level: expected a string"_qs;
        QTest::newRow("unknown level")
            << head + R"("results":[{"level":"fatal"}]}]})"
            << u"x.sarif: runs[0].results[0].level: expected error, warning, note or none, found \"fatal\""_qs;
        QTest::newRow("newline in a quoted value")
            << head + R"("results":[{"level":"bad\nlevel"}]}]})"
            << u"x.sarif: runs[0].results[0].level: expected error, warning, note or none, found "
               u"\"bad\\nlevel\""_qs;
        QTest::newRow("result not an object")
            << head + R"("results":[7]}]})"
            << u"x.sarif: runs[0].results[0]: expected an object"_qs;
        QTest::newRow("ruleIndex out of range")
            << head + R"("results":[{"ruleIndex":3}]}]})"
            << u"x.sarif: runs[0].results[0].ruleIndex: 3 is out of range: the tool component has 0 rules"_qs;
        QTest::newRow("ruleIndex not a number")
            << head + R"("results":[{"ruleIndex":"1"}]}]})"
            << u"x.sarif: runs[0].results[0].ruleIndex: expected an array index"_qs;
        QTest::newRow("toolComponent out of range")
            << head + R"("results":[{"rule":{"index":0,"toolComponent":{"index":1}}}]}]})"
            << u"x.sarif: runs[0].results[0].rule.toolComponent.index: 1 is out of range: the run has 0 tool extensions"_qs;
        QTest::newRow("score not a number")
            << QByteArray(R"({"version":"2.1.0","runs":[{"tool":{"driver":{"rules":[{"id":"a"},)"
                          R"({"id":"b","properties":{"security-severity":"HIGH"}}]}}}]})")
            << u"x.sarif: runs[0].tool.driver.rules[1].properties.security-severity: expected a CVSS score, found \"HIGH\""_qs;
        QTest::newRow("score out of range")
            << QByteArray(R"({"version":"2.1.0","runs":[{"tool":{"driver":{"rules":[)"
                          R"({"properties":{"security-severity":11}}]}}}]})")
            << u"x.sarif: runs[0].tool.driver.rules[0].properties.security-severity: a CVSS score must be between 0 and 10"_qs;
        QTest::newRow("location uri not a string")
            << head +
                   R"("results":[{"locations":[{"physicalLocation":{"artifactLocation":{"uri":1}}}]}]}]})"
            << u"x.sarif: runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: expected a string"_qs;
        QTest::newRow("extension not an object")
            << QByteArray(
                   R"({"version":"2.1.0","runs":[{"tool":{"driver":{},"extensions":[null]}}]})")
            << u"x.sarif: runs[0].tool.extensions[0]: expected an object"_qs;
    }
    void malformed() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        QVERIFY(test::isOneLineRefusal(SarifReport::fromData(data, u"x.sarif"_qs), expected));
    }

    void sizeLimit() {
        const QString path = test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs);
        const auto r = SarifReport::fromFile(path, 1000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.endsWith(u"larger than the limit of 1000 bytes"_qs),
                 qPrintable(r.error().message));
    }
};

QTEST_GUILESS_MAIN(tst_SarifReport)
#include "tst_SarifReport.moc"
