// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the evidence parsers take on large generated inputs: a 10 MB SARIF log
// and a 50,000-test JUnit report (target: 300 ms each, reading and hashing included).
#include "BenchTiming.h"
#include "io/JUnitReport.h"
#include "io/SarifReport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace slipway;
using bench::threadCpuMs;

namespace {

// A CodeQL-like log: rules in an extension with CVSS scores, results reaching them by
// toolComponent index, each with a location, fingerprints and a related location.
QByteArray generateSarif(qsizetype targetBytes) {
    QByteArray out =
        R"({"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0",)"
        R"("runs":[{"tool":{"driver":{"name":"CodeQL","rules":[]},"extensions":[{)"
        R"("name":"queries","rules":[)";
    const int rules = 200;
    for (int i = 0; i < rules; ++i) {
        out += QStringLiteral(R"(%1{"id":"rule/%2","shortDescription":{"text":"Rule number %2"},)"
                              R"("defaultConfiguration":{"level":"%3"},"properties":{"tags":)"
                              R"(["security","external/cwe/cwe-%2"],"security-severity":"%4"}})")
                   .arg(i == 0 ? QString() : QStringLiteral(","))
                   .arg(i)
                   .arg(i % 3 == 0 ? QStringLiteral("error") : QStringLiteral("warning"))
                   .arg(double(i % 100) / 10.0, 0, 'f', 1)
                   .toUtf8();
    }
    out += R"(]}]},"results":[)";
    for (int i = 0; out.size() < targetBytes; ++i) {
        out +=
            QStringLiteral(
                R"(%1{"ruleId":"rule/%2","rule":{"id":"rule/%2","index":%2,"toolComponent":)"
                R"({"index":0}},"message":{"text":"Tainted data from [a user-provided value](1) )"
                R"(reaches this sink in handler %3."},"locations":[{"physicalLocation":)"
                R"({"artifactLocation":{"uri":"src/service/module%4/handler%3.py","uriBaseId":)"
                R"("%SRCROOT%"},"region":{"startLine":%5,"startColumn":9,"endColumn":42}}}],)"
                R"("partialFingerprints":{"primaryLocationLineHash":"%6:1"},)"
                R"("relatedLocations":[{"id":1,"physicalLocation":{"artifactLocation":{"uri":)"
                R"("src/api/routes%4.py"},"region":{"startLine":%7}},"message":{"text":)"
                R"("user-provided value"}}]%8})")
                .arg(i == 0 ? QString() : QStringLiteral(","))
                .arg(i % rules)
                .arg(i)
                .arg(i % 37)
                .arg(10 + i % 900)
                .arg(qulonglong(i) * 2654435761ULL % 0xffffffffffULL, 10, 16, QLatin1Char('0'))
                .arg(1 + i % 300)
                .arg(i % 10 == 0 ? QStringLiteral(R"(,"suppressions":[{"kind":"inSource"}])")
                                 : QString())
                .toUtf8();
    }
    out += "]}]}";
    return out;
}

// A Surefire-like report: 500 suites of 100 test cases, 1 in 50 failing with a stack trace,
// 1 in 40 skipped.
QByteArray generateJUnit(int tests) {
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
    const int perSuite = 100;
    for (int s = 0; s * perSuite < tests; ++s) {
        out += QStringLiteral("  <testsuite name=\"com.example.module%1.ServiceTest\" "
                              "tests=\"%2\" time=\"1.5\">\n")
                   .arg(s)
                   .arg(perSuite)
                   .toUtf8();
        for (int t = s * perSuite; t < std::min(tests, (s + 1) * perSuite); ++t) {
            out +=
                QStringLiteral("    <testcase name=\"testCase%1\" classname=\"com.example.module%2."
                               "ServiceTest\" time=\"0.%3\"")
                    .arg(t)
                    .arg(s)
                    .arg(t % 1000, 3, 10, QLatin1Char('0'))
                    .toUtf8();
            if (t % 50 == 7) {
                out +=
                    QStringLiteral(
                        ">\n      <failure message=\"expected:&lt;%1&gt; but was:&lt;%2&gt;\" "
                        "type=\"java.lang.AssertionError\"><![CDATA[java.lang.AssertionError: "
                        "expected:<%1> but was:<%2>\n\tat org.junit.Assert.fail(Assert.java:89)\n"
                        "\tat com.example.module.ServiceTest.testCase%1(ServiceTest.java:%3)\n"
                        "]]></failure>\n      <system-out>log line one\nlog line two</system-out>\n"
                        "    </testcase>\n")
                        .arg(t)
                        .arg(t + 1)
                        .arg(40 + t % 200)
                        .toUtf8();
            } else if (t % 40 == 3) {
                out += ">\n      <skipped message=\"not on this platform\"/>\n    </testcase>\n";
            } else {
                out += "/>\n";
            }
        }
        out += "  </testsuite>\n";
    }
    out += "</testsuites>\n";
    return out;
}

bool writeFile(const QString& path, const QByteArray& data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// Best and median of several runs, in milliseconds.
void measure(const char* what, const std::function<bool()>& run) {
    std::vector<double> ms;
    std::vector<double> cpu;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        if (!run()) {
            std::printf("%-50s FAILED\n", what);
            return;
        }
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-50s wall best %6.1f median %6.1f ms | cpu best %6.1f ms\n", what, ms.front(),
                ms[ms.size() / 2], cpu.front());
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString sarifPath = dir.filePath(QStringLiteral("large.sarif"));
    const QString junitPath = dir.filePath(QStringLiteral("large.xml"));
    const QByteArray sarif = generateSarif(10 * 1024 * 1024);
    const QByteArray junit = generateJUnit(50000);
    if (!writeFile(sarifPath, sarif) || !writeFile(junitPath, junit)) {
        std::fprintf(stderr, "cannot write to %s\n", qPrintable(dir.path()));
        return 2;
    }

    const auto s = SarifReport::fromFile(sarifPath);
    const auto j = JUnitReport::fromFile(junitPath);
    if (!s || !j) {
        std::fprintf(stderr, "%s\n", qPrintable(!s ? s.error().message : j.error().message));
        return 2;
    }
    std::printf("SARIF: %.1f MB, %lld findings (%d critical, %d high, %d suppressed)\n",
                double(sarif.size()) / 1048576.0, qlonglong(s->findings.size()),
                s->count(SarifSeverity::Critical), s->count(SarifSeverity::High),
                s->suppressedTotal());
    std::printf("JUnit: %.1f MB, %d tests (%d failed, %d skipped), %d suites\n",
                double(junit.size()) / 1048576.0, j->tests, j->failures, j->skipped, j->suites);

    measure("SARIF 10 MB: read, hash and parse",
            [&] { return SarifReport::fromFile(sarifPath).ok(); });
    measure("SARIF 10 MB: parse from memory (incl. hash)",
            [&] { return SarifReport::fromData(sarif, sarifPath).ok(); });
    measure("JUnit 50,000 tests: read, hash and parse",
            [&] { return JUnitReport::fromFile(junitPath).ok(); });
    measure("JUnit 50,000 tests: parse from memory (incl. hash)",
            [&] { return JUnitReport::fromData(junit, junitPath).ok(); });
    // What Qt alone costs on the same bytes: the floor under each figure above.
    measure("  of which SHA-256 of 10 MB (EvidenceFile)",
            [&] { return EvidenceFile::describe(sarifPath, sarif).size > 0; });
    measure("  (QCryptographicHash would take)",
            [&] { return !QCryptographicHash::hash(sarif, QCryptographicHash::Sha256).isEmpty(); });
    measure("  of which QJsonDocument::fromJson of 10 MB",
            [&] { return QJsonDocument::fromJson(sarif).isObject(); });
    measure("  of which a bare QXmlStreamReader pass", [&] {
        QXmlStreamReader xml(junit);
        while (!xml.atEnd())
            xml.readNext();
        return !xml.hasError();
    });
    std::printf("target: 300 ms each\n");
    return 0;
}
