// SPDX-License-Identifier: GPL-3.0-or-later
// import checksums|sbom and export csv --table artifacts|components through the real binary on
// a demo file: every real checksum list and SBOM in tests/data with its exact counts, a
// re-import replacing a release's component list, refused lists and malformed manifests that
// leave the file byte-identical, a frozen set, and both CSV exports.
#include "TestSupport.h"
#include "io/CsvReader.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

QString checksumPath(const QString& relative) {
    return testDataPath(u"checksums/"_qs + relative);
}

QString sbomPath(const QString& file) {
    return testDataPath(u"sbom/"_qs + file);
}

QByteArray digestOfFile(const QString& path) {
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex();
}

// The file and whatever journal lies beside it, as bytes: "unchanged" means all of them.
QByteArray fileState(const QString& path) {
    QByteArray state = digestOfFile(path);
    for (const char* suffix : {"-wal", "-journal", "-shm"}) {
        const QString side = path + QLatin1String(suffix);
        state += '|';
        if (QFileInfo::exists(side))
            state += digestOfFile(side);
    }
    return state;
}

qint64 count(const QString& db, const QString& sql) {
    const QVariant v = queryValue(db, sql);
    if (!v.isValid())
        helperFailed(u"query failed: "_qs + sql);
    return v.isValid() ? v.toLongLong() : -1;
}

} // namespace

class tst_PackageImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    qint64 m_release = 0; // a release whose artifact set may still change
    qint64 m_other = 0;   // another one
    int m_files = 0;

    QString freshCopy() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_files)); }

    static Run import(const QString& format, const QString& db, qint64 release, const QString& file,
                      bool json = true) {
        QStringList args{u"import"_qs, format,          u"--db"_qs,
                         db,           u"--release"_qs, QString::number(release)};
        if (json)
            args << u"--json"_qs;
        return runSlipway(args << file);
    }

    static QJsonObject jsonOf(const Run& run) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            helperFailed(u"not a JSON object (%1): %2"_qs.arg(error.errorString(), run.outText()));
        return doc.object();
    }

    // A refusal: the exit code, exactly one line on stderr that names `file` and says `says`,
    // and the Slipway file as it was before.
    static void verifyRefused(const Run& run, int exitCode, const QString& file,
                              const QString& says, const QByteArray& before, const QString& db) {
        QVERIFY2(run.exitCode == exitCode,
                 qPrintable(u"exit %1: %2"_qs.arg(run.exitCode).arg(run.errText())));
        const QString err = run.errText();
        QVERIFY2(!err.isEmpty() && !err.contains(u'\n'), qPrintable(err));
        if (!file.isEmpty())
            QVERIFY2(err.contains(file), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(!err.contains(u"complete"_qs), qPrintable(err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(fileState(db), before);
    }

    static QString writeList(const QTemporaryDir& dir, const QString& name,
                             const QList<std::pair<QByteArray, QString>>& lines) {
        QByteArray text;
        for (const auto& [hex, file] : lines)
            text += hex + "  " + file.toUtf8() + '\n';
        return writeFile(dir, name, text);
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
        // Artifacts change only before the freeze and before the release is deploying; the
        // counts below start from releases the demo registered nothing for.
        const QString unfrozen =
            u"SELECT id FROM releases WHERE id NOT IN (SELECT release_id FROM artifact_freezes) "
            "AND id NOT IN (SELECT release_id FROM artifacts) "
            "AND id NOT IN (SELECT release_id FROM release_components) "
            "AND status IN ('planned', 'scheduled', 'in_progress', 'approved') ORDER BY id"_qs;
        m_release = count(m_demo, unfrozen + u" LIMIT 1"_qs);
        m_other = count(m_demo, unfrozen + u" LIMIT 1 OFFSET 1"_qs);
        QVERIFY(m_release > 0 && m_other > 0);
    }

    // Entry counts from tst_ChecksumList, checked there with Python; the OpenBSD list names
    // two files twice with the same digests (kept once).
    void everyChecksumList_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("first");
        QTest::newRow("Ubuntu 20.04, binary mode")
            << u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/SHA256SUMS"_qs << 9 << 0
            << u"ubuntu-20.04-beta-desktop-amd64.iso"_qs;
        QTest::newRow("thgtoa, GNU text mode")
            << u"thgtoa_sha256sum_gnu_openpgp_ed25519_and_minisign_prehashed/sha256sum.txt"_qs << 17
            << 0 << u"about.md"_qs;
        QTest::newRow("thgtoa, 173 lines")
            << u"thgtoa_stale_minisig_does_not_match/sha256sum.txt"_qs << 173 << 0
            << u"CHANGELOG.html"_qs;
        QTest::newRow("OpenBSD 7.6, BSD tags")
            << u"openbsd_7.6_amd64_bsd_tag_signify_embedded/SHA256"_qs << 23 << 2
            << u"BOOTIA32.EFI"_qs;
        QTest::newRow("OpenBSD 7.6, signify embedded")
            << u"openbsd_7.6_amd64_bsd_tag_signify_embedded/SHA256.sig"_qs << 23 << 2
            << u"BOOTIA32.EFI"_qs;
        QTest::newRow("snap, one BSD tag")
            << u"signify_snap_single_bsd_tag_line_with_data/SHA256"_qs << 1 << 0 << u"snap"_qs;
        QTest::newRow("snap, signify embedded")
            << u"signify_snap_single_bsd_tag_line_with_data/SHA256.sig"_qs << 1 << 0 << u"snap"_qs;
    }
    void everyChecksumList() {
        QFETCH(QString, file);
        QFETCH(int, entries);
        QFETCH(int, warnings);
        QFETCH(QString, first);
        const QString db = freshCopy();
        const QString list = checksumPath(file);
        const int audited = auditEntries(db);
        const Run run = import(u"checksums"_qs, db, m_release, list);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = jsonOf(run);
        QCOMPARE(result.value(u"registered"_qs).toInt(), entries);
        QCOMPARE(result.value(u"sha256"_qs).toString(), QString::fromLatin1(digestOfFile(list)));
        QCOMPARE(result.value(u"warnings"_qs).toArray().size(), warnings);
        const QJsonArray artifacts = result.value(u"artifacts"_qs).toArray();
        QCOMPARE(artifacts.size(), entries);
        const QJsonObject head = artifacts.first().toObject();
        QCOMPARE(head.value(u"name"_qs).toString(), first);
        QCOMPARE(head.value(u"location"_qs).toString(),
                 QFileInfo(list).absoluteDir().filePath(first));
        for (const QJsonValue& a : artifacts)
            QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_qs)
                        .match(a.toObject().value(u"sha256"_qs).toString())
                        .hasMatch());
        QCOMPARE(
            count(db, u"SELECT count(*) FROM artifacts WHERE release_id = %1"_qs.arg(m_release)),
            entries);
        QCOMPARE(count(db, u"SELECT count(*) FROM artifacts"_qs),
                 count(m_demo, u"SELECT count(*) FROM artifacts"_qs) + entries);
        QCOMPARE(auditEntries(db), audited + entries); // one entry per artifact
    }

    // The one list whose file is in the set: registered beside the list, it verifies.
    void listedFileVerifies() {
        const QString db = freshCopy();
        Run run =
            import(u"checksums"_qs, db, m_release,
                   checksumPath(u"signify_snap_single_bsd_tag_line_with_data/SHA256"_qs), false);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"1 artifact(s) registered"_qs), run.out.constData());
        QVERIFY2(run.outText().contains(u"  snap  "_qs), run.out.constData());
        run = runSlipway({u"artifact"_qs, u"verify"_qs, u"--db"_qs, db, u"--release"_qs,
                          QString::number(m_release), u"--json"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray verified = jsonOf(run).value(u"artifacts"_qs).toArray();
        QCOMPARE(verified.size(), 1);
        QCOMPARE(verified[0].toObject().value(u"state"_qs).toString(), u"verified"_qs);
    }

    void emptyListRefused() {
        const QString db = freshCopy();
        const QByteArray before = fileState(db);
        const QString list =
            checksumPath(u"empty_sha256sums_with_valid_detached_signature/SHA256SUMS"_qs);
        verifyRefused(import(u"checksums"_qs, db, m_release, list), 2, list,
                      u"no entries: nothing to register"_qs, before, db);
        verifyRefused(import(u"checksums"_qs, db, m_release, list, false), 2, list,
                      u"no entries: nothing to register"_qs, before, db);
    }

    void weakOrShaTwoOnlyListsRefused() {
        const QByteArray data = "release 1.0\n";
        const QString file = u"app-1.0.tar.gz"_qs;
        const auto hex = [&](QCryptographicHash::Algorithm a) {
            return QCryptographicHash::hash(data, a).toHex();
        };
        const QString md5 = writeList(m_dir, u"MD5SUMS"_qs, {{hex(QCryptographicHash::Md5), file}});
        const QString sha1 =
            writeList(m_dir, u"SHA1SUMS"_qs, {{hex(QCryptographicHash::Sha1), file}});
        const QString sha512 =
            writeList(m_dir, u"SHA512SUMS"_qs, {{hex(QCryptographicHash::Sha512), file}});
        const QString mixed = writeList(m_dir, u"MIXEDSUMS"_qs,
                                        {{hex(QCryptographicHash::Sha256), file},
                                         {hex(QCryptographicHash::Md5), u"app-1.0.zip"_qs}});
        const QString db = freshCopy();
        const QByteArray before = fileState(db);
        verifyRefused(import(u"checksums"_qs, db, m_release, md5), 2, md5,
                      u"only MD5 digests, which prove nothing"_qs, before, db);
        verifyRefused(import(u"checksums"_qs, db, m_release, sha1), 2, sha1,
                      u"only SHA-1 digests"_qs, before, db);
        verifyRefused(import(u"checksums"_qs, db, m_release, sha512), 2, sha512,
                      u"SHA-512 digests only; an artifact is registered by its SHA-256"_qs, before,
                      db);
        // One weak entry refuses the whole list, naming its line; the good one is not written.
        verifyRefused(import(u"checksums"_qs, db, m_release, mixed), 2, mixed + u":2:"_qs,
                      u"app-1.0.zip is listed with MD5 only"_qs, before, db);
    }

    void nameAlreadyRegisteredRefused() {
        const QString db = freshCopy();
        const QString list = checksumPath(u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/"
                                          "SHA256SUMS"_qs);
        QCOMPARE(import(u"checksums"_qs, db, m_release, list).exitCode, 0);
        const QByteArray before = fileState(db);
        verifyRefused(import(u"checksums"_qs, db, m_release, list), 2, list + u":1:"_qs,
                      u"ubuntu-20.04-beta-desktop-amd64.iso is already an artifact"_qs, before, db);
        // Another release takes the same names.
        QCOMPARE(import(u"checksums"_qs, db, m_other, list).exitCode, 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM artifacts WHERE release_id IN (%1, %2)"_qs
                               .arg(m_release)
                               .arg(m_other)),
                 18);
    }

    void frozenSetRefused() {
        const QString db = freshCopy();
        QVERIFY(execSql(
            db, u"INSERT INTO artifact_freezes (release_id, stage, frozen_by, "
                "frozen_at) VALUES (%1, 'Staging', 'alice', 1793491200)"_qs.arg(m_release)));
        const QByteArray before = fileState(db);
        const QString list = checksumPath(u"thgtoa_stale_minisig_does_not_match/sha256sum.txt"_qs);
        verifyRefused(import(u"checksums"_qs, db, m_release, list), 1, {},
                      u"are frozen since it was promoted into Staging"_qs, before, db);
        QCOMPARE(
            count(db, u"SELECT count(*) FROM artifacts WHERE release_id = %1"_qs.arg(m_release)),
            0);
    }

    // Counts from tst_SbomReader (checked there with Python); the subject is stored beside the
    // components unless it is one of them, so that its own dependencies are kept.
    void everySbom_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("components");
        QTest::addColumn<int>("purls");
        QTest::addColumn<int>("edges");
        QTest::addColumn<int>("warnings");
        QTest::newRow("cdxgen 10.7, CycloneDX 1.5")
            << u"cdxgen_10.7_cdx1.5_go_module_hashes_lifecycles_empty_group.json"_qs << 12 << 12
            << 27 << 0;
        QTest::newRow("CycloneDX Maven 2.7.1")
            << u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs << 94 << 94
            << 206 << 0;
        QTest::newRow("cyclonedx-npm, nested bundled")
            << u"cyclonedx_npm_cdx1.6_nested_bundled_components_no_serial.json"_qs << 52 << 52 << 65
            << 0;
        QTest::newRow("cyclonedx-php-composer XML")
            << u"cyclonedx_php_composer_cdx1.4_laravel_all_cdata.xml"_qs << 62 << 62 << 113 << 0;
        QTest::newRow("GitHub dependency graph, SPDX 2.3")
            << u"github_dependency_graph_spdx2.3_minified_version_ranges.json"_qs << 22 << 10 << 22
            << 0;
        QTest::newRow("Microsoft SBOM Tool, SPDX 2.2")
            << u"microsoft_sbomtool_1.1.1_spdx2.2_crlf_no_final_newline.json"_qs << 122 << 122
            << 122 << 0;
        QTest::newRow("Syft 0.60, SPDX 2.2 .sbom")
            << u"syft_0.60_spdx2.2_release_sbom_dot_sbom_extension.sbom"_qs << 84 << 84 << 0 << 1;
        QTest::newRow("Syft 0.63, CycloneDX 1.4")
            << u"syft_0.63_cdx1.4_go_modules_no_dependencies.json"_qs << 30 << 30 << 0 << 0;
        QTest::newRow("Syft 0.63, SPDX 2.3")
            << u"syft_0.63_spdx2.3_no_relationships.json"_qs << 30 << 30 << 0 << 0;
        QTest::newRow("Trivy 0.36, CycloneDX 1.4")
            << u"trivy_0.36_cdx1.4_gomod_directory_scan.json"_qs << 16 << 15 << 16 << 0;
        QTest::newRow("Trivy 0.36, SPDX 2.2")
            << u"trivy_0.36_spdx2.2_unversioned_tool_nanosecond_created.json"_qs << 16 << 15 << 16
            << 0;
        QTest::newRow("Trivy dev, CycloneDX 1.6")
            << u"trivy_dev_cdx1.6_npm_lockfile_with_vulnerabilities.json"_qs << 13 << 12 << 18 << 0;
    }
    void everySbom() {
        QFETCH(QString, file);
        QFETCH(int, components);
        QFETCH(int, purls);
        QFETCH(int, edges);
        QFETCH(int, warnings);
        const QString db = freshCopy();
        const QString path = sbomPath(file);
        const int audited = auditEntries(db);
        const Run run = import(u"sbom"_qs, db, m_release, path);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject result = jsonOf(run);
        QCOMPARE(result.value(u"components"_qs).toInt(), components);
        QCOMPARE(result.value(u"with_purl"_qs).toInt(), purls);
        QCOMPARE(result.value(u"dependency_edges"_qs).toInt(), edges);
        QCOMPARE(result.value(u"warnings"_qs).toArray().size(), warnings);
        QCOMPARE(result.value(u"replaced"_qs).toInt(), 0);
        const QString where = u" FROM release_components WHERE release_id = %1"_qs.arg(m_release);
        QCOMPARE(count(db, u"SELECT count(*)"_qs + where + u" AND is_subject = 0"_qs), components);
        QCOMPARE(count(db, u"SELECT count(*)"_qs + where + u" AND is_subject = 1"_qs),
                 result.value(u"subject"_qs).isString() ? 1 : 0);
        QCOMPARE(
            count(db, u"SELECT count(*)"_qs + where + u" AND is_subject = 0 AND purl <> ''"_qs),
            purls);
        QCOMPARE(
            count(db, u"SELECT count(*) FROM component_dependencies WHERE release_id = %1"_qs.arg(
                          m_release)),
            edges);
        // One audit entry for the whole list, naming the file by its bytes.
        QCOMPARE(auditEntries(db), audited + 1);
        const QJsonObject record =
            QJsonDocument::fromJson(
                queryValue(db, u"SELECT after_json FROM audit_log WHERE action = 'import' AND "
                               "entity = 'release_components' ORDER BY seq DESC LIMIT 1"_qs)
                    .toString()
                    .toUtf8())
                .object();
        QVERIFY(recordsImportedFile(record, fileBytes(path), path));
        QCOMPARE(record.value(u"components"_qs).toInt(), components);
        QCOMPARE(record.value(u"dependency_edges"_qs).toInt(), edges);
    }

    void reimportReplaces() {
        const QString db = freshCopy();
        const QString maven =
            sbomPath(u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs);
        const QString trivy = sbomPath(u"trivy_0.36_cdx1.4_gomod_directory_scan.json"_qs);
        QCOMPARE(import(u"sbom"_qs, db, m_release, maven).exitCode, 0);
        QCOMPARE(import(u"sbom"_qs, db, m_other, maven).exitCode, 0);
        const int audited = auditEntries(db);
        const Run run = import(u"sbom"_qs, db, m_release, trivy, false);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(
                     u"components: 16 (15 with a purl, 0 with hashes); dependency edges: 16; "
                     "warnings: 0."_qs),
                 run.out.constData());
        // The Maven list had its subject, getting-started, besides its 94 components.
        QVERIFY2(
            run.outText().contains(u"replaces the release's earlier list of 95 component(s)"_qs),
            run.out.constData());
        QCOMPARE(auditEntries(db), audited + 1);
        QCOMPARE(count(db, u"SELECT count(*) FROM release_components WHERE release_id = %1 AND "
                           "is_subject = 0"_qs.arg(m_release)),
                 16);
        QCOMPARE(
            count(db, u"SELECT count(*) FROM component_dependencies WHERE release_id = %1"_qs.arg(
                          m_release)),
            16);
        QCOMPARE(count(db, u"SELECT count(*) FROM release_components WHERE release_id = %1 AND "
                           "source_sha256 <> '%2'"_qs.arg(m_release)
                               .arg(QString::fromLatin1(digestOfFile(trivy)))),
                 0);
        // The entry names what it replaced; the other release keeps its list.
        const QJsonObject replaced =
            QJsonDocument::fromJson(
                queryValue(db, u"SELECT before_json FROM audit_log WHERE action = 'import' AND "
                               "entity = 'release_components' ORDER BY seq DESC LIMIT 1"_qs)
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(replaced.value(u"sha256"_qs).toString(), QString::fromLatin1(digestOfFile(maven)));
        QCOMPARE(replaced.value(u"components"_qs).toInt(), 95);
        QCOMPARE(
            count(db, u"SELECT count(*) FROM component_dependencies WHERE release_id = %1"_qs.arg(
                          m_other)),
            206);
        // The same file again replaces the list with an identical one.
        QCOMPARE(import(u"sbom"_qs, db, m_release, trivy).exitCode, 0);
        QCOMPARE(count(db, u"SELECT count(*) FROM release_components WHERE release_id = %1"_qs.arg(
                               m_release)),
                 17);
    }

    void malformedManifests_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        const QByteArray maven = fileBytes(
            sbomPath(u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms.json"_qs));
        const QByteArray php =
            fileBytes(sbomPath(u"cyclonedx_php_composer_cdx1.4_laravel_all_cdata.xml"_qs));
        const QByteArray spdx = fileBytes(sbomPath(u"syft_0.63_spdx2.3_no_relationships.json"_qs));
        const QByteArray ubuntu = fileBytes(
            checksumPath(u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/SHA256SUMS"_qs));
        QTest::newRow("truncated CycloneDX JSON")
            << u"sbom"_qs << maven.left(1000) << u":32:12: not valid JSON"_qs;
        QTest::newRow("truncated SPDX JSON")
            << u"sbom"_qs << spdx.left(spdx.size() / 2) << u"not valid JSON"_qs;
        QTest::newRow("truncated XML")
            << u"sbom"_qs << php.left(2000) << u":42:35: not well-formed XML"_qs;
        QTest::newRow("garbage as an SBOM")
            << u"sbom"_qs << QByteArray("\x7f\x45LF\x02\x01\x01garbage")
            << u"neither JSON nor XML"_qs;
        QTest::newRow("empty SBOM") << u"sbom"_qs << QByteArray() << u"the file is empty"_qs;
        QTest::newRow("garbage as a list")
            << u"checksums"_qs << QByteArray("hello, world\n") << u":1:"_qs;
        QTest::newRow("truncated list")
            << u"checksums"_qs << ubuntu.left(ubuntu.indexOf('\n') + 41) << u":2:"_qs;
        QTest::newRow("an SBOM as a list") << u"checksums"_qs << spdx << u":1:"_qs;
    }
    void malformedManifests() {
        QFETCH(QString, format);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const QString input = writeFile(m_dir, u"bad-%1.%2"_qs.arg(++m_files).arg(format), bytes);
        const QString db = freshCopy();
        const QByteArray before = fileState(db);
        verifyRefused(import(format, db, m_release, input), 2, input, says, before, db);
        verifyRefused(import(format, db, m_release, input, false), 2, input, says, before, db);
    }

    void exportsBothTables() {
        const QString db = freshCopy();
        const QString ubuntu = checksumPath(u"ubuntu_20.04_sha256sums_binary_star_armored_gpg/"
                                            "SHA256SUMS"_qs);
        // A file name a spreadsheet would run as a formula.
        const QString formula =
            writeList(m_dir, u"FORMULASUMS"_qs,
                      {{QCryptographicHash::hash("x", QCryptographicHash::Sha256).toHex(),
                        u"=HYPERLINK(\"example.invalid\").tar.gz"_qs}});
        QCOMPARE(import(u"checksums"_qs, db, m_release, ubuntu).exitCode, 0);
        QCOMPARE(import(u"checksums"_qs, db, m_other, formula).exitCode, 0);
        QCOMPARE(import(u"sbom"_qs, db, m_release,
                        sbomPath(u"cyclonedx_maven_2.7.1_cdx1.4_quarkus_eight_hash_algorithms."
                                 "json"_qs))
                     .exitCode,
                 0);
        QCOMPARE(
            import(u"sbom"_qs, db, m_other, sbomPath(u"syft_0.63_spdx2.3_no_relationships.json"_qs))
                .exitCode,
            0);

        const qint64 artifacts = count(m_demo, u"SELECT count(*) FROM artifacts"_qs) + 10;
        const QString artifactsCsv = m_dir.filePath(u"artifacts-%1.csv"_qs.arg(++m_files));
        Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs,
                              u"artifacts"_qs, u"--out"_qs, artifactsCsv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"Wrote %1 artifact(s)"_qs.arg(artifacts)),
                 run.out.constData());
        auto table = CsvReader::read(artifactsCsv);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rowCount(), artifacts);
        QVERIFY(table->raggedRows().empty());
        QCOMPARE(table->header().mid(0, 4),
                 (QStringList{u"id"_qs, u"release_id"_qs, u"release"_qs, u"name"_qs}));
        const int name = int(table->header().indexOf(u"name"_qs));
        const int state = int(table->header().indexOf(u"state"_qs));
        QStringList names;
        const int releaseColumn = int(table->header().indexOf(u"release_id"_qs));
        for (qsizetype r = 0; r < table->rowCount(); ++r) {
            names << table->text(r, name);
            const qint64 of = table->text(r, releaseColumn).toLongLong();
            if (of == m_release || of == m_other) // registered here, never checked
                QCOMPARE(table->text(r, state), u"unverified"_qs);
        }
        // The demo's own, each in its latest state.
        QStringList states;
        for (qsizetype r = 0; r < table->rowCount(); ++r)
            states << table->text(r, state);
        for (const QString& s : {u"verified"_qs, u"digest_mismatch"_qs, u"unknown_key"_qs,
                                 u"missing_file"_qs, u"bad_signature"_qs})
            QVERIFY2(states.contains(s), qPrintable(s));
        QVERIFY(names.contains(u"ubuntu-20.04-desktop-amd64.iso"_qs));
        QVERIFY2(names.contains(u"'=HYPERLINK(\"example.invalid\").tar.gz"_qs),
                 qPrintable(names.join(u'|')));

        // Maven: 94 components and its subject; Syft's SPDX names none.
        const qint64 components =
            count(m_demo, u"SELECT count(*) FROM release_components"_qs) + 95 + 30;
        const QString componentsCsv = m_dir.filePath(u"components-%1.csv"_qs.arg(++m_files));
        run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs, u"components"_qs,
                          u"--out"_qs, componentsCsv});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"Wrote %1 component(s)"_qs.arg(components)),
                 run.out.constData());
        table = CsvReader::read(componentsCsv);
        QVERIFY2(table.ok(), qPrintable(table.error().message));
        QCOMPARE(table->rowCount(), components);
        QVERIFY(table->raggedRows().empty());
        const int subject = int(table->header().indexOf(u"subject"_qs));
        const int dependsOn = int(table->header().indexOf(u"depends_on_ids"_qs));
        const int hashes = int(table->header().indexOf(u"hashes"_qs));
        QVERIFY(subject > 0 && dependsOn > 0 && hashes > 0);
        const int componentRelease = int(table->header().indexOf(u"release_id"_qs));
        int subjects = 0, edges = 0, maxHashes = 0;
        for (qsizetype r = 0; r < table->rowCount(); ++r) {
            const qint64 of = table->text(r, componentRelease).toLongLong();
            if (of != m_release && of != m_other)
                continue; // the demo's own
            subjects += table->text(r, subject) == u"yes" ? 1 : 0;
            const QString ids = table->text(r, dependsOn);
            edges += ids.isEmpty() ? 0 : int(ids.split(u' ').size());
            maxHashes = qMax(maxHashes, int(table->text(r, hashes).split(u' ').size()));
        }
        QCOMPARE(subjects, 1);
        QCOMPARE(edges, 206);
        QCOMPARE(maxHashes, 8); // the Maven plugin's eight algorithms, all kept
    }
};

QTEST_GUILESS_MAIN(tst_PackageImport)
#include "tst_PackageImport.moc"
