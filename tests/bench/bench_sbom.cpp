// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long SbomReader takes on generated SBOMs of 10,000 components (target: 1 s for
// CycloneDX JSON, reading and hashing the file included), in CycloneDX JSON shaped like the
// CycloneDX Maven plugin's output, the same BOM as CycloneDX XML, and SPDX 2.3 JSON.
//   bench_sbom [COMPONENTS] [RUNS]
#include "BenchTiming.h"
#include "io/SbomReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

QByteArray hexOf(int seed, int digits) {
    QByteArray out;
    out.reserve(digits);
    quint64 x = quint64(seed) * 6364136223846793005ULL + 1442695040888963407ULL;
    while (out.size() < digits) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        out += QByteArray::number(x >> 33, 16).right(8).rightJustified(8, '0');
    }
    return out.left(digits);
}

QByteArray refOf(int i) {
    return "pkg:maven/org.example.group" + QByteArray::number(i % 97) + "/artifact-" +
           QByteArray::number(i) + "@1." + QByteArray::number(i % 13) + ".0?type=jar";
}

// Components with a purl, three hashes, a licence and a property; each depends on two others.
QByteArray cycloneDxJson(int n) {
    QByteArray out = R"({"bomFormat":"CycloneDX","specVersion":"1.5","version":1,)"
                     R"("metadata":{"tools":{"components":[{"name":"generator","version":"1.0"}]},)"
                     R"("component":{"bom-ref":"root","name":"product","version":"4.0.0"}},)"
                     R"("components":[)";
    for (int i = 0; i < n; ++i) {
        out += (i ? "," : "") + QByteArray(R"({"type":"library","bom-ref":")") + refOf(i) +
               R"(","group":"org.example.group)" + QByteArray::number(i % 97) +
               R"(","name":"artifact-)" + QByteArray::number(i) + R"(","version":"1.)" +
               QByteArray::number(i % 13) + R"(.0","purl":")" + refOf(i) +
               R"(","hashes":[{"alg":"SHA-1","content":")" + hexOf(i, 40) +
               R"("},{"alg":"SHA-256","content":")" + hexOf(i + 1, 64) +
               R"("},{"alg":"SHA-512","content":")" + hexOf(i + 2, 128) +
               R"("}],"licenses":[{"license":{"id":"Apache-2.0"}}],)"
               R"("properties":[{"name":"cdx:maven:package:test","value":"false"}]})";
    }
    out += R"(],"dependencies":[{"ref":"root","dependsOn":[")" + refOf(0) + R"("]})";
    for (int i = 0; i < n; ++i) {
        out += R"(,{"ref":")" + refOf(i) + R"(","dependsOn":[)";
        if (2 * i + 1 < n)
            out += '"' + refOf(2 * i + 1) + '"';
        if (2 * i + 2 < n)
            out += ",\"" + refOf(2 * i + 2) + '"';
        out += "]}";
    }
    return out + "]}";
}

QByteArray cycloneDxXml(int n) {
    QByteArray out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\" version=\"1\">\n"
                     "<metadata><component type=\"application\" bom-ref=\"root\"><name>product"
                     "</name><version>4.0.0</version></component></metadata>\n<components>\n";
    for (int i = 0; i < n; ++i) {
        QByteArray ref = refOf(i).replace("&", "&amp;");
        out += "<component type=\"library\" bom-ref=\"" + ref + "\"><group>org.example</group>" +
               "<name><![CDATA[artifact-" + QByteArray::number(i) + "]]></name><version>1.0" +
               "</version><hashes><hash alg=\"SHA-256\">" + hexOf(i, 64) +
               "</hash><hash alg=\"SHA-512\">" + hexOf(i + 1, 128) + "</hash></hashes>" +
               "<licenses><license><id>MIT</id></license></licenses><purl>" + ref +
               "</purl></component>\n";
    }
    out += "</components>\n<dependencies>\n";
    for (int i = 0; i < n; ++i) {
        out += "<dependency ref=\"" + refOf(i) + "\">";
        if (2 * i + 1 < n)
            out += "<dependency ref=\"" + refOf(2 * i + 1) + "\"/>";
        out += "</dependency>\n";
    }
    return out + "</dependencies>\n</bom>\n";
}

QByteArray spdxJson(int n) {
    QByteArray out = R"({"spdxVersion":"SPDX-2.3","SPDXID":"SPDXRef-DOCUMENT","name":"product",)"
                     R"("creationInfo":{"creators":["Tool: generator-1.0"]},)"
                     R"("documentDescribes":["SPDXRef-root"],"packages":[)"
                     R"({"SPDXID":"SPDXRef-root","name":"product","versionInfo":"4.0.0"})";
    for (int i = 0; i < n; ++i) {
        out += R"(,{"SPDXID":"SPDXRef-p)" + QByteArray::number(i) + R"(","name":"artifact-)" +
               QByteArray::number(i) +
               R"(","versionInfo":"1.0","licenseConcluded":"MIT",)"
               R"("checksums":[{"algorithm":"SHA256","checksumValue":")" +
               hexOf(i, 64) +
               R"("}],"externalRefs":[{"referenceCategory":"PACKAGE-MANAGER",)"
               R"("referenceType":"purl","referenceLocator":")" +
               refOf(i) + R"("}]})";
    }
    out += R"(],"relationships":[)";
    for (int i = 0; i < n; ++i)
        out += (i ? "," : "") + QByteArray(R"({"spdxElementId":"SPDXRef-root",)") +
               R"("relationshipType":"DEPENDS_ON","relatedSpdxElement":"SPDXRef-p)" +
               QByteArray::number(i) + "\"}";
    return out + "]}";
}

void measure(const char* what, int runs, const std::function<bool()>& run) {
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        if (!run()) {
            std::printf("%-52s FAILED\n", what);
            return;
        }
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    std::printf("%-52s wall median %7.1f ms | cpu median %7.1f ms\n", what, median(wall),
                median(cpu));
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, std::atoi(argv[1])) : 10000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    QTemporaryDir dir;
    const struct {
        const char* label;
        QString file;
        QByteArray data;
    } inputs[] = {
        {"CycloneDX 1.5 JSON", dir.filePath(QStringLiteral("bom.cdx.json")), cycloneDxJson(n)},
        {"CycloneDX 1.5 XML", dir.filePath(QStringLiteral("bom.cdx.xml")), cycloneDxXml(n)},
        {"SPDX 2.3 JSON", dir.filePath(QStringLiteral("bom.spdx.json")), spdxJson(n)}};
    for (const auto& input : inputs) {
        QFile f(input.file);
        if (!f.open(QIODevice::WriteOnly) || f.write(input.data) != input.data.size()) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(input.file));
            return 2;
        }
        f.close();
        const auto read = SbomReader::fromFile(input.file);
        if (!read) {
            std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
            return 2;
        }
        std::printf("%s: %.1f MB, %lld components, %d hashes, %d dependency edges\n", input.label,
                    double(input.data.size()) / 1048576.0, qlonglong(read->components.size()),
                    read->hashCount(), read->dependencyEdges());
        const QByteArray what = QByteArray(input.label) + ": read, hash and parse";
        measure(what.constData(), runs, [&] { return SbomReader::fromFile(input.file).ok(); });
    }
    // What Qt alone costs: the floor under the JSON figure.
    const QByteArray json = inputs[0].data;
    measure("  of which QJsonDocument::fromJson", runs,
            [&] { return QJsonDocument::fromJson(json).isObject(); });
    std::printf("target: %d CycloneDX JSON components in 1000 ms\n", n);
    return 0;
}
