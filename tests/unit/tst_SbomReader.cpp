// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/SbomReader.h"

#include "TestSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace slipway;

namespace {

QString sbomPath(const QString& file) {
    return test::testDataPath(u"sbom/"_qs + file);
}

Sbom readOk(const QByteArray& data, const QString& name = u"inline.json"_qs) {
    auto r = SbomReader::fromData(data, name);
    if (!r) {
        test::helperFailed(r.error().message);
        return {};
    }
    return r.value();
}

QJsonObject json(const char* text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// A CycloneDX 1.6 BOM with these components and dependencies.
QByteArray cdx(const QJsonArray& components, const QJsonArray& dependencies = {},
               const QString& spec = u"1.6"_qs) {
    QJsonObject bom{{u"bomFormat"_qs, u"CycloneDX"_qs},
                    {u"specVersion"_qs, spec},
                    {u"components"_qs, components}};
    if (!dependencies.isEmpty())
        bom.insert(u"dependencies"_qs, dependencies);
    return QJsonDocument(bom).toJson(QJsonDocument::Compact);
}

QJsonObject component(const QString& ref, const QString& name = {}) {
    return QJsonObject{{u"bom-ref"_qs, ref},
                       {u"name"_qs, name.isEmpty() ? ref : name},
                       {u"version"_qs, u"1.0.0"_qs}};
}

QJsonObject withHash(QJsonObject c, const QString& alg, const QString& content) {
    c.insert(u"hashes"_qs, QJsonArray{QJsonObject{{u"alg"_qs, alg}, {u"content"_qs, content}}});
    return c;
}

QByteArray spdx(const QJsonArray& packages, const QJsonArray& relationships = {}) {
    const QJsonObject doc{
        {u"spdxVersion"_qs, u"SPDX-2.3"_qs},
        {u"SPDXID"_qs, u"SPDXRef-DOCUMENT"_qs},
        {u"name"_qs, u"test"_qs},
        {u"creationInfo"_qs, QJsonObject{{u"creators"_qs, QJsonArray{u"Tool: maker-2.0"_qs}}}},
        {u"packages"_qs, packages},
        {u"relationships"_qs, relationships}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QJsonObject relationship(const QString& from, const QString& type, const QString& to) {
    return QJsonObject{{u"spdxElementId"_qs, from},
                       {u"relationshipType"_qs, type},
                       {u"relatedSpdxElement"_qs, to}};
}

const SbomComponent* find(const Sbom& s, const QString& name) {
    for (const SbomComponent& c : s.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// What every SBOM that reads must satisfy, whatever it came from.
void checkConsistent(const Sbom& s) {
    QSet<QString> refs;
    for (const SbomComponent& c : s.components) {
        QVERIFY(!c.name.trimmed().isEmpty());
        if (!c.ref.isEmpty())
            refs.insert(c.ref);
        for (const SbomHash& h : c.hashes)
            QVERIFY2(SbomHash::problem(h.algorithm, h.hex).isEmpty(), qPrintable(h.algorithm));
    }
    if (s.subject)
        refs.insert(s.subject->ref);
    QSet<QString> entries;
    for (const SbomDependency& d : s.dependencies) {
        QVERIFY2(refs.contains(d.ref), qPrintable(d.ref));
        QVERIFY2(!entries.contains(d.ref), qPrintable(d.ref)); // one entry per ref
        entries.insert(d.ref);
        QCOMPARE(QSet<QString>(d.dependsOn.begin(), d.dependsOn.end()).size(), d.dependsOn.size());
        for (const QString& to : d.dependsOn)
            QVERIFY2(refs.contains(to), qPrintable(to));
    }
    for (const QString& w : s.warnings)
        QVERIFY2(!w.isEmpty() && !w.contains(u'\n'), qPrintable(w));
}

} // namespace

class tst_SbomReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Counts checked with a Python script (json and xml.etree) applying the rules SbomReader
    // documents: nested components flattened, the SPDX subject taken out of the packages,
    // DEPENDS_ON/CONTAINS edges between packages, refs that name nothing left out.
    void realFiles_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("nested");
        QTest::addColumn<int>("hashes");
        QTest::addColumn<int>("purls");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("ranges");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("subject");
        QTest::newRow("cdxgen 10.7, CycloneDX 1.5")
            << u"cdxgen_10.7_cdx1.5_go_module_hashes_lifecycles_empty_group.json"_qs
            << u"CycloneDX 1.5 JSON"_qs << 12 << 0 << 11 << 12 << 12 << 27 << 0 << 0
            << u"github.com/viveksahu26/stree"_qs;
        QTest::newRow("CycloneDX Maven 2.7.1, eight algorithms")
            << u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs
            << u"CycloneDX 1.4 JSON"_qs << 94 << 0 << 752 << 94 << 81 << 206 << 0 << 0
            << u"getting-started"_qs;
        QTest::newRow("cyclonedx-npm, nested bundled")
            << u"cyclonedx_npm_cdx1.6_nested_bundled_components_no_serial.json"_qs
            << u"CycloneDX 1.6 JSON"_qs << 52 << 50 << 0 << 52 << 53 << 65 << 0 << 0
            << u"demo-bundled-deps"_qs;
        QTest::newRow("cyclonedx-php-composer XML, all CDATA")
            << u"cyclonedx_php_composer_cdx1.4_laravel_all_cdata.xml"_qs << u"CycloneDX 1.4 XML"_qs
            << 62 << 0 << 0 << 62 << 63 << 113 << 0 << 0 << u"cyclonedx-php-composer-demo"_qs;
        QTest::newRow("GitHub dependency graph, SPDX 2.3, ranges")
            << u"github_dependency_graph_spdx2.3_minified_version_ranges.json"_qs
            << u"SPDX 2.3 JSON"_qs << 22 << 0 << 0 << 10 << 1 << 22 << 7 << 0
            << u"com.github.psf/requests"_qs;
        QTest::newRow("Microsoft SBOM Tool 1.1.1, SPDX 2.2, CRLF")
            << u"microsoft_sbomtool_1.1.1_spdx2.2_crlf_no_final_newline.json"_qs
            << u"SPDX 2.2 JSON"_qs << 122 << 0 << 0 << 122 << 1 << 122 << 0 << 0 << u"SBOMTool"_qs;
        // The 84 CONTAINS relationships start at an element the document never defines.
        QTest::newRow("Syft 0.60, SPDX 2.2 in a .sbom file")
            << u"syft_0.60_spdx2.2_release_sbom_dot_sbom_extension.sbom"_qs << u"SPDX 2.2 JSON"_qs
            << 84 << 0 << 83 << 84 << 0 << 0 << 0 << 1 << QString();
        QTest::newRow("Syft 0.63, CycloneDX 1.4, no dependencies")
            << u"syft_0.63_cdx1.4_go_modules_no_dependencies.json"_qs << u"CycloneDX 1.4 JSON"_qs
            << 30 << 0 << 0 << 30 << 0 << 0 << 0 << 0 << u"../sbomqs"_qs;
        QTest::newRow("Syft 0.63, SPDX 2.3, no relationships")
            << u"syft_0.63_spdx2.3_no_relationships.json"_qs << u"SPDX 2.3 JSON"_qs << 30 << 0 << 14
            << 30 << 0 << 0 << 0 << 0 << QString();
        QTest::newRow("Trivy 0.36, CycloneDX 1.4")
            << u"trivy_0.36_cdx1.4_gomod_directory_scan.json"_qs << u"CycloneDX 1.4 JSON"_qs << 16
            << 0 << 0 << 15 << 2 << 16 << 0 << 0 << u"../sbomqs"_qs;
        QTest::newRow("Trivy 0.36, SPDX 2.2, CONTAINS")
            << u"trivy_0.36_spdx2.2_unversioned_tool_nanosecond_created.json"_qs
            << u"SPDX 2.2 JSON"_qs << 16 << 0 << 0 << 15 << 2 << 16 << 0 << 0 << u"../sbomqs"_qs;
        QTest::newRow("Trivy dev, CycloneDX 1.6")
            << u"trivy_dev_cdx1.6_npm_lockfile_with_vulnerabilities.json"_qs
            << u"CycloneDX 1.6 JSON"_qs << 13 << 0 << 0 << 12 << 14 << 18 << 0 << 0
            << u"testdata/fixtures/repo/npm"_qs;
    }
    void realFiles() {
        QFETCH(QString, file);
        const QString path = sbomPath(file);
        const auto r = SbomReader::fromFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QTEST(r->formatName(), "format");
        QTEST(int(r->components.size()), "components");
        QTEST(r->nestedComponents, "nested");
        QTEST(r->hashCount(), "hashes");
        int purls = 0, ranges = 0;
        for (const SbomComponent& c : r->components) {
            purls += c.purl.isEmpty() ? 0 : 1;
            ranges += c.versionIsRange ? 1 : 0;
        }
        QTEST(purls, "purls");
        QTEST(int(r->dependencies.size()), "entries");
        QTEST(r->dependencyEdges(), "edges");
        QTEST(ranges, "ranges");
        QTEST(int(r->warnings.size()), "warnings");
        QTEST(r->subject ? r->subject->name : QString(), "subject");
        QVERIFY(!r->tools.isEmpty());
        checkConsistent(r.value());
        test::verifyEvidence(r->evidence, path);
    }

    void realFileDetails() {
        const auto load = [](const QString& file) {
            auto r = SbomReader::fromFile(sbomPath(file));
            if (!r)
                test::helperFailed(r.error().message);
            return r ? r.value() : Sbom{};
        };

        // Eight algorithms per component under their CycloneDX names, hex kept as written.
        const Sbom maven =
            load(u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs);
        QCOMPARE(maven.tools.size(), 1);
        QCOMPARE(maven.tools[0].name, u"CycloneDX Maven plugin"_qs);
        QCOMPARE(maven.tools[0].version, u"2.7.1"_qs);
        const SbomComponent& resteasy = maven.components[0];
        QCOMPARE(resteasy.name, u"quarkus-resteasy-reactive"_qs);
        QCOMPARE(resteasy.group, u"io.quarkus"_qs);
        QCOMPARE(resteasy.version, u"2.13.4.Final"_qs);
        QCOMPARE(resteasy.type, u"library"_qs);
        QCOMPARE(resteasy.purl,
                 u"pkg:maven/io.quarkus/quarkus-resteasy-reactive@2.13.4.Final?type=jar"_qs);
        QCOMPARE(resteasy.licences, QStringList{u"Apache-2.0"_qs});
        QStringList algorithms;
        for (const SbomHash& h : resteasy.hashes)
            algorithms << h.algorithm;
        algorithms.sort();
        QCOMPARE(algorithms,
                 (QStringList{u"MD5"_qs, u"SHA-1"_qs, u"SHA-256"_qs, u"SHA-384"_qs, u"SHA-512"_qs,
                              u"SHA3-256"_qs, u"SHA3-384"_qs, u"SHA3-512"_qs}));
        QCOMPARE(resteasy.hash(u"SHA-256"_qs),
                 u"53edb9a7897bdd168335f3d011087205d6dfc416d8e325d1c4eeebcfc6875880"_qs);
        QCOMPARE(resteasy.location, u"/components/0"_qs);
        QCOMPARE(maven.dependencies[0].ref, maven.subject->ref);
        QCOMPARE(maven.dependencies[0].dependsOn, QStringList{resteasy.ref});

        // Bundled packages sit inside their parent: flattened after it, the parent named.
        const Sbom npm = load(u"cyclonedx_npm_cdx1.6_nested_bundled_components_no_serial.json"_qs);
        QCOMPARE(npm.components[0].name, u"bundle-dependencies"_qs);
        QCOMPARE(npm.components[0].parentRef, QString());
        QCOMPARE(npm.components[1].name, u"ansi-regex"_qs);
        QCOMPARE(npm.components[1].parentRef, npm.components[0].ref);
        QCOMPARE(npm.components[1].location, u"/components/0/components/0"_qs);
        QCOMPARE(npm.components.last().name, u"is-obj"_qs);
        QCOMPARE(npm.tools.size(), 3); // npm, cyclonedx-library, cyclonedx-npm (1.5+ form)
        QCOMPARE(npm.tools[2].name, u"cyclonedx-npm"_qs);

        // Every value in CDATA, read as plain text.
        const Sbom php = load(u"cyclonedx_php_composer_cdx1.4_laravel_all_cdata.xml"_qs);
        const SbomComponent& cors = php.components[0];
        QCOMPARE(cors.ref, u"asm89/stack-cors-1.3.0.0"_qs);
        QCOMPARE(cors.group, u"asm89"_qs);
        QCOMPARE(cors.name, u"stack-cors"_qs);
        QCOMPARE(cors.version, u"1.3.0"_qs);
        QCOMPARE(cors.purl, u"pkg:composer/asm89/stack-cors@1.3.0"_qs);
        QCOMPARE(cors.licences, QStringList{u"MIT"_qs});
        QCOMPARE(cors.location, u"line 41"_qs);
        QCOMPARE(php.subject->version, u"dev-master"_qs);
        QCOMPARE(php.tools[0].name, u"cyclonedx-php-composer"_qs);
        QCOMPARE(php.tools[0].version, u"in-dev"_qs);

        // Ranges kept as text and flagged; empty versions stay empty; the subject's purl.
        const Sbom github =
            load(u"github_dependency_graph_spdx2.3_minified_version_ranges.json"_qs);
        const SbomComponent* charset = find(github, u"pip:charset-normalizer"_qs);
        QVERIFY(charset);
        QCOMPARE(charset->version, u">= 2,< 4"_qs);
        QVERIFY(charset->versionIsRange);
        QVERIFY(find(github, u"pip:pysocks"_qs)->versionIsRange);
        QVERIFY(!find(github, u"pip:httpbin"_qs)->versionIsRange);
        QCOMPARE(find(github, u"pip:wheel"_qs)->version, QString());
        QCOMPARE(github.subject->purl, u"pkg:github/psf/requests"_qs);
        QCOMPARE(github.subject->licences, QStringList{u"Apache-2.0"_qs});
        QCOMPARE(github.tools[0].name, u"GitHub.com-Dependency-Graph"_qs);
        QCOMPARE(github.tools[0].version, QString());

        // SPDX algorithm names are normalised; the unknown source element is one warning.
        const Sbom jx = load(u"syft_0.60_spdx2.2_release_sbom_dot_sbom_extension.sbom"_qs);
        QCOMPARE(jx.components[0].hashes.size(), 1);
        QCOMPARE(jx.components[0].hashes[0].algorithm, u"SHA-256"_qs);
        QCOMPARE(jx.spdxFiles, 3);
        QCOMPARE(jx.tools[0].name, u"syft"_qs);
        QCOMPARE(jx.tools[0].version, u"0.60.1"_qs);
        QVERIFY2(jx.warnings[0].startsWith(u"/relationships/0: \"SPDXRef-6f70465f"_qs),
                 qPrintable(jx.warnings[0]));
        QVERIFY2(jx.warnings[0].contains(u"84 dependencies"_qs), qPrintable(jx.warnings[0]));

        const Sbom microsoft =
            load(u"microsoft_sbomtool_1.1.1_spdx2.2_crlf_no_final_newline.json"_qs);
        QCOMPARE(microsoft.tools[0].name, u"Microsoft.SBOMTool"_qs);
        QCOMPARE(microsoft.tools[0].version, u"1.1.1"_qs);
        QCOMPARE(microsoft.spdxFiles, 1);
        QCOMPARE(microsoft.dependencies[0].ref, u"SPDXRef-RootPackage"_qs);

        const Sbom trivy = load(u"trivy_0.36_spdx2.2_unversioned_tool_nanosecond_created.json"_qs);
        QCOMPARE(trivy.tools[0].name, u"trivy"_qs);
        QCOMPARE(trivy.tools[0].version, QString());

        // Go's "(devel)" is a version, and empty groups stay empty.
        const Sbom syft = load(u"syft_0.63_cdx1.4_go_modules_no_dependencies.json"_qs);
        for (const SbomComponent& c : syft.components)
            QVERIFY2(!c.versionIsRange, qPrintable(c.version));
        const Sbom cdxgen =
            load(u"cdxgen_10.7_cdx1.5_go_module_hashes_lifecycles_empty_group.json"_qs);
        QCOMPARE(cdxgen.components[0].group, QString());
        QCOMPARE(cdxgen.tools[0].name, u"cdxgen"_qs);
        QCOMPARE(cdxgen.tools[0].version, u"10.7.1"_qs);
    }

    void hashNames() {
        for (const char* name : {"SHA-256", "SHA256", "sha256", "Sha-256", "sha_256"})
            QCOMPARE(SbomHash::canonicalAlgorithm(QString::fromLatin1(name)), u"SHA-256"_qs);
        QCOMPARE(SbomHash::canonicalAlgorithm(u"SHA1"_qs), u"SHA-1"_qs);
        QCOMPARE(SbomHash::canonicalAlgorithm(u"SHA3-512"_qs), u"SHA3-512"_qs);
        QCOMPARE(SbomHash::canonicalAlgorithm(u"BLAKE2b"_qs), u"BLAKE2b-512"_qs);
        QCOMPARE(SbomHash::canonicalAlgorithm(u"blake2b-256"_qs), u"BLAKE2b-256"_qs);
        QCOMPARE(SbomHash::canonicalAlgorithm(u"SHA512/256"_qs), QString());
        QCOMPARE(SbomHash::canonicalAlgorithm(u"CRC32"_qs), QString());
        QVERIFY(SbomHash::isWeak(u"MD5"_qs));
        QVERIFY(SbomHash::isWeak(u"SHA-1"_qs));
        QVERIFY(!SbomHash::isWeak(u"SHA-256"_qs));
        QCOMPARE(SbomHash::problem(u"SHA-256"_qs, QString(64, u'A')), QString());
        QVERIFY(!SbomHash::problem(u"SHA-256"_qs, QString(63, u'a')).isEmpty());
        QVERIFY(!SbomHash::problem(u"SHA-256"_qs, QString(64, u'g')).isEmpty());
        QVERIFY(!SbomHash::problem(u"BLAKE3"_qs, QString(63, u'a')).isEmpty());
        QCOMPARE(SbomHash::problem(u"BLAKE3"_qs, QString(64, u'a')), QString());
    }

    void versionRanges() {
        for (const char* v : {">= 2,< 4", "^1.2.0", "~1.4", "1.x", "1.2.X", "*", "[1.0,2.0)",
                              "(,1.0]", "1.0 - 2.0", ">=1.0.0 <2.0.0", "1.0 || 2.0", "x"})
            QVERIFY2(SbomComponent::looksLikeRange(QString::fromLatin1(v)), v);
        for (const char* v : {"1.2.3", "v1.10.0", "2.0.0-rc.1+build.5", "dev-master", "(devel)",
                              "2.13.4.Final", "1:2.3-4", "", "0.0.0-20220101-abcdef"})
            QVERIFY2(!SbomComponent::looksLikeRange(QString::fromLatin1(v)), v);
    }

    void dependencyRules() {
        // A ref no component has is left out with a warning naming where it first appeared;
        // a repeated entry for one ref is merged and repeated edges are kept once.
        const Sbom s = readOk(
            cdx(QJsonArray{component(u"a"_qs), component(u"b"_qs), component(u"c"_qs)},
                QJsonArray{json(R"({"ref":"a","dependsOn":["b","ghost","b"]})"),
                           json(R"({"ref":"phantom","dependsOn":["a","b"]})"),
                           json(R"({"ref":"a","dependsOn":["c"]})"), json(R"({"ref":"c"})")}));
        QCOMPARE(s.dependencies.size(), 2);
        QCOMPARE(s.dependencies[0].ref, u"a"_qs);
        QCOMPARE(s.dependencies[0].dependsOn, (QStringList{u"b"_qs, u"c"_qs}));
        QCOMPARE(s.dependencies[1].ref, u"c"_qs);
        QVERIFY(s.dependencies[1].dependsOn.isEmpty());
        QCOMPARE(s.warnings.size(), 2);
        QVERIFY2(s.warnings[0].startsWith(u"/dependencies/0/dependsOn/1: \"ghost\""_qs),
                 qPrintable(s.warnings[0]));
        QVERIFY2(s.warnings[1].startsWith(u"/dependencies/1/ref: \"phantom\""_qs),
                 qPrintable(s.warnings[1]));
        QVERIFY2(s.warnings[1].contains(u"2 dependencies"_qs), qPrintable(s.warnings[1]));

        // SPDX: DEPENDENCY_OF and CONTAINED_BY point the other way; build and dev
        // dependencies, DESCRIBES and relationships with files are not dependencies.
        const auto pkg = [](const char* id) {
            return QJsonObject{{u"SPDXID"_qs, QLatin1String(id)}, {u"name"_qs, QLatin1String(id)}};
        };
        const Sbom t = readOk(
            spdx(QJsonArray{pkg("SPDXRef-app"), pkg("SPDXRef-lib"), pkg("SPDXRef-tool"),
                            pkg("SPDXRef-zlib")},
                 QJsonArray{
                     relationship(u"SPDXRef-DOCUMENT"_qs, u"DESCRIBES"_qs, u"SPDXRef-app"_qs),
                     relationship(u"SPDXRef-lib"_qs, u"DEPENDENCY_OF"_qs, u"SPDXRef-app"_qs),
                     relationship(u"SPDXRef-zlib"_qs, u"CONTAINED_BY"_qs, u"SPDXRef-lib"_qs),
                     relationship(u"SPDXRef-tool"_qs, u"BUILD_DEPENDENCY_OF"_qs, u"SPDXRef-app"_qs),
                     relationship(u"SPDXRef-app"_qs, u"DEPENDS_ON"_qs,
                                  u"DocumentRef-other:SPDXRef-x"_qs),
                     relationship(u"SPDXRef-app"_qs, u"DEPENDS_ON"_qs, u"NOASSERTION"_qs)}));
        QCOMPARE(t.subject->name, u"SPDXRef-app"_qs);
        QCOMPARE(t.components.size(), 3);
        QCOMPARE(t.dependencies.size(), 2);
        QCOMPARE(t.dependencies[0].ref, u"SPDXRef-app"_qs);
        QCOMPARE(t.dependencies[0].dependsOn, QStringList{u"SPDXRef-lib"_qs});
        QCOMPARE(t.dependencies[1].ref, u"SPDXRef-lib"_qs);
        QCOMPARE(t.dependencies[1].dependsOn, QStringList{u"SPDXRef-zlib"_qs});
        QCOMPARE(t.warnings, QStringList());
        QCOMPARE(t.tools[0].name, u"maker"_qs);
        QCOMPARE(t.tools[0].version, u"2.0"_qs);
    }

    void hashesInDocuments() {
        // Same digest twice is one; an algorithm no format knows is a warning, not a refusal.
        QJsonObject c = component(u"a"_qs);
        c.insert(
            u"hashes"_qs,
            QJsonArray{
                json(
                    R"({"alg":"SHA-256","content":"ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789"})"),
                json(
                    R"({"alg":"sha256","content":"abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"})"),
                json(R"({"alg":"CRC-99","content":"00"})")});
        const Sbom s = readOk(cdx(QJsonArray{c}));
        QCOMPARE(s.components[0].hashes.size(), 1);
        QCOMPARE(s.components[0].hash(u"SHA-256"_qs),
                 u"abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789"_qs);
        QCOMPARE(s.warnings.size(), 1);
        QVERIFY2(s.warnings[0].startsWith(u"/components/0/hashes/2: \"CRC-99\""_qs),
                 qPrintable(s.warnings[0]));
    }

    // Each refused in one line that names the file and where the problem is.
    void refusals_data() {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // the start of the message, after "x.json"

        const QByteArray maven = test::fileBytes(
            sbomPath(u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs));
        const QByteArray php =
            test::fileBytes(sbomPath(u"cyclonedx_php_composer_cdx1.4_laravel_all_cdata.xml"_qs));
        QTest::newRow("empty") << QByteArray() << u": the file is empty"_qs;
        QTest::newRow("white space")
            << QByteArray(" \r\n\t\n") << u": the file holds only white"_qs;
        QTest::newRow("truncated JSON")
            << maven.left(1000) << u":32:12: not valid JSON: unterminated object"_qs;
        QTest::newRow("truncated XML")
            << php.left(2000) << u":42:35: not well-formed XML: Premature end of document"_qs;
        QTest::newRow("binary garbage") << QByteArray("\x7f"
                                                      "ELF\x02\x01\x01\0\0\0",
                                                      10)
                                        << u":1:1: neither JSON nor XML: expected \"{\" or \"<\", "
                                           "found the byte 0x7f"_qs;
        QTest::newRow("NUL inside JSON") << QByteArray("{\n\"a\":\0}", 8) << u":2: a NUL byte"_qs;
        QTest::newRow("Latin-1 inside JSON")
            << QByteArray("{\"name\":\"caf\xe9\"}") << u":1: not valid UTF-8 text"_qs;
        QTest::newRow("UTF-16") << QByteArray("\xff\xfe{\0}\0", 6) << u": the file is UTF-16"_qs;
        QTest::newRow("plain text") << QByteArray("\n  hello") << u":2:3: neither JSON nor XML"_qs;
        QTest::newRow("SPDX tag-value")
            << QByteArray("SPDXVersion: SPDX-2.3\n") << u":1:1: SPDX tag-value is not supported"_qs;
        QTest::newRow("a JSON array") << QByteArray("[]") << u": not an SBOM: the top level"_qs;
        QTest::newRow("SARIF") << QByteArray(R"({"version":"2.1.0","runs":[]})")
                               << u": JSON, but neither CycloneDX nor SPDX"_qs;
        QTest::newRow("SPDX 3")
            << QByteArray("{\"@context\":\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\"}")
            << u": SPDX 3 JSON-LD is not supported"_qs;
        QTest::newRow("bomFormat") << QByteArray(R"({"bomFormat":"SWID"})")
                                   << u": /bomFormat: \"SWID\" is not CycloneDX"_qs;
        QTest::newRow("CycloneDX 1.3")
            << cdx({}, {}, u"1.3"_qs) << u": /specVersion: CycloneDX 1.3 is not supported"_qs;
        QTest::newRow("specVersion a number")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":1.5})")
            << u": /specVersion: expected a string"_qs;
        QTest::newRow("SPDX 2.1") << QByteArray(R"({"spdxVersion":"SPDX-2.1"})")
                                  << u": /spdxVersion: \"SPDX-2.1\" is not supported"_qs;
        QTest::newRow("CycloneDX XML 1.3")
            << QByteArray(
                   "<?xml version=\"1.0\"?>\n<bom xmlns=\"http://cyclonedx.org/schema/bom/1.3\"/>")
            << u":2: CycloneDX 1.3 is not supported"_qs;
        QTest::newRow("XML, not a BOM")
            << QByteArray("<testsuites/>")
            << u":1: not a CycloneDX BOM: the root element is <testsuites>"_qs;
        QTest::newRow("XML entities")
            << QByteArray("<!DOCTYPE bom [<!ENTITY a \"aaaa\">]>\n<bom "
                          "xmlns=\"http://cyclonedx.org/schema/bom/1.4\">&a;</bom>")
            << u":1: the document type declares entities"_qs;
        QTest::newRow("components not an array")
            << QByteArray(R"({"bomFormat":"CycloneDX","specVersion":"1.6","components":{}})")
            << u": /components: expected an array"_qs;
        QTest::newRow("name a number") << cdx(QJsonArray{component(u"a"_qs), json(R"({"name":7})")})
                                       << u": /components/1/name: expected a string"_qs;
        QTest::newRow("component without a name")
            << cdx(QJsonArray{component(u"a"_qs), json(R"({"bom-ref":"b","version":"1"})")})
            << u": /components/1: the component has no name"_qs;
        QJsonObject parent = component(u"p"_qs);
        parent.insert(u"components"_qs, QJsonArray{json(R"({"name":"  "})")});
        QTest::newRow("nested component without a name")
            << cdx(QJsonArray{parent})
            << u": /components/0/components/0: the component has no name"_qs;
        QTest::newRow("XML component without a name")
            << QByteArray("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.5\">\n<components>\n"
                          "<component type=\"library\"><version>1</version></component>\n"
                          "</components></bom>")
            << u":3: the component has no name"_qs;
        QTest::newRow("hash not hex")
            << cdx(QJsonArray{withHash(component(u"a"_qs), u"SHA-256"_qs, QString(64, u'z'))})
            << u": /components/0/hashes/0/content: the SHA-256 hash is not hexadecimal"_qs;
        QTest::newRow("hash too short")
            << cdx(QJsonArray{withHash(component(u"a"_qs), u"SHA-512"_qs, QString(64, u'a'))})
            << u": /components/0/hashes/0/content: the SHA-512 hash has 64 hex digits; SHA-512 "
               "has 128"_qs;
        QTest::newRow("XML hash too long")
            << QByteArray("<bom xmlns=\"http://cyclonedx.org/schema/bom/1.6\"><components>\n"
                          "<component type=\"library\"><name>a</name><hashes>\n"
                          "<hash alg=\"SHA-1\">" +
                          QByteArray(41, 'a') +
                          "</hash>\n"
                          "</hashes></component></components></bom>")
            << u":3: the SHA-1 hash has 41 hex digits; SHA-1 has 40"_qs;
        QTest::newRow("SPDX checksum wrong length")
            << spdx(QJsonArray{json(
                   R"({"SPDXID":"SPDXRef-a","name":"a","checksums":[{"algorithm":"SHA1","checksumValue":"abc"}]})")})
            << u": /packages/0/checksums/0/checksumValue: the SHA-1 hash has 3 hex digits"_qs;
        QJsonObject twice = component(u"a"_qs);
        twice.insert(
            u"hashes"_qs,
            QJsonArray{json(R"({"alg":"MD5","content":"00000000000000000000000000000000"})"),
                       json(R"({"alg":"MD5","content":"11111111111111111111111111111111"})")});
        QTest::newRow("two different digests")
            << cdx(QJsonArray{twice}) << u": /components/0/hashes/1/content: two different MD5"_qs;
        QTest::newRow("a ref used twice")
            << cdx(QJsonArray{component(u"a"_qs), component(u"a"_qs, u"other"_qs)})
            << u": /components/1: the ref \"a\" is already the ref of the component at "
               "/components/0"_qs;
        QTest::newRow("SPDX package without SPDXID")
            << spdx(QJsonArray{json(R"({"name":"a"})")}) << u": /packages/0/SPDXID: missing"_qs;
        QTest::newRow("dependency without ref")
            << cdx(QJsonArray{component(u"a"_qs)}, QJsonArray{json(R"({"dependsOn":["a"]})")})
            << u": /dependencies/0/ref: missing"_qs;
        QTest::newRow("dependsOn holds a number")
            << cdx(QJsonArray{component(u"a"_qs)},
                   QJsonArray{json(R"({"ref":"a","dependsOn":[1]})")})
            << u": /dependencies/0/dependsOn/0: expected a string"_qs;
        QTest::newRow("relationship without a type")
            << spdx(QJsonArray{},
                    QJsonArray{json(R"({"spdxElementId":"a","relatedSpdxElement":"b"})")})
            << u": /relationships/0/relationshipType: missing"_qs;
        // One line of 5 MB: a runaway name, refused without quoting it whole.
        QTest::newRow("huge name")
            << cdx(QJsonArray{component(u"a"_qs, QString(5000000, u'n'))})
            << u": /components/0: name is 5000000 characters long; at most 4000 are allowed"_qs;
    }
    void refusals() {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const auto r = SbomReader::fromData(data, u"x.json"_qs);
        QVERIFY(test::isOneLineRefusal(r, u"x.json"_qs + expected));
        QVERIFY2(r.error().message.size() < 400, qPrintable(r.error().message));
    }

    void deepNesting() {
        QJsonObject inner = component(u"leaf"_qs);
        for (int i = 0; i < 70; ++i) {
            QJsonObject outer = component(QStringLiteral("c%1").arg(i));
            outer.insert(u"components"_qs, QJsonArray{inner});
            inner = outer;
        }
        QVERIFY(test::isOneLineRefusal(SbomReader::fromData(cdx(QJsonArray{inner}), u"d.json"_qs),
                                       u"d.json: /components/0/components/0"_qs));

        QByteArray xml = "<bom xmlns=\"http://cyclonedx.org/schema/bom/1.4\"><components>";
        for (int i = 0; i < 100; ++i)
            xml += "<component><name>n</name><components>";
        const auto r = SbomReader::fromData(xml, u"d.xml"_qs);
        QVERIFY(test::isOneLineRefusal(r, u"d.xml:1: components nested more than 64 deep"_qs));
    }

    // The figure the import benchmark prints; here only that 10,000 components read right.
    void tenThousandComponents() {
        QJsonArray components, dependencies;
        for (int i = 0; i < 10000; ++i) {
            const QString ref = QStringLiteral("pkg:npm/package-%1@1.%2.0").arg(i).arg(i % 7);
            components.append(withHash(component(ref, QStringLiteral("package-%1").arg(i)),
                                       u"SHA-512"_qs, QString(128, u"0123456789abcdef"[i % 16])));
            if (i > 0)
                dependencies.append(QJsonObject{
                    {u"ref"_qs, ref},
                    {u"dependsOn"_qs, QJsonArray{QStringLiteral("pkg:npm/package-%1@1.%2.0")
                                                     .arg(i / 2)
                                                     .arg((i / 2) % 7)}}});
        }
        const Sbom s = readOk(cdx(components, dependencies));
        QCOMPARE(s.components.size(), 10000);
        QCOMPARE(s.hashCount(), 10000);
        QCOMPARE(s.dependencies.size(), 9999);
        QCOMPARE(s.dependencyEdges(), 9999);
        QVERIFY(s.warnings.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SbomReader)
#include "tst_SbomReader.moc"
