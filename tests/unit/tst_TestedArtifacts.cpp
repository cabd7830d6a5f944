// SPDX-License-Identifier: GPL-3.0-or-later
// Ship what was tested, through the services on real files: templates that ask for artifact
// integrity and contract tests, the integrity criterion judged from real artifact rows as
// they are verified and tampered with, contract tests from real CTest JUnit reports, the
// artifact digests evidence names (stored, undone, refused when malformed), which deployed
// digests passing evidence covers, and migration 0019 on a file an older schema wrote.
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/ArtifactService.h"
#include "services/DeploymentService.h"
#include "services/GateService.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"
#include "services/TestedArtifacts.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

const QString kAlice = QStringLiteral("alice");
const QString kDigestA = QStringLiteral(
    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"); // sha256("test")
const QString kDigestB = QStringLiteral(
    "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"); // sha256("foo")

} // namespace

class tst_TestedArtifacts : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"tested"_qs};
    QTemporaryDir m_dir;

    // The minor template "Development complete" asks for both new kinds too; a release
    // created afterwards gets them. Gives the release's id, 0 on failure.
    static qint64 releaseAskingForBoth(Database& db) {
        GateService gates(db, Session{kAlice, {}});
        auto templates = gates.templates();
        if (!templates) {
            test::helperFailed(templates.error().message);
            return 0;
        }
        for (GateTemplate t : templates.value()) {
            if (t.releaseType != ReleaseType::Minor || t.name != u"Development complete")
                continue;
            CriterionSpec integrity;
            integrity.name = u"Artifacts verify"_qs;
            integrity.kind = CriterionKind::ArtifactIntegrity;
            CriterionSpec contracts;
            contracts.name = u"Provider contracts"_qs;
            contracts.kind = CriterionKind::ContractTests;
            t.criteria << integrity << contracts;
            if (auto updated = gates.updateTemplate(t); !updated) {
                test::helperFailed(updated.error().message);
                return 0;
            }
        }
        ReleaseService releases(db, Session{kAlice, {}});
        return test::createRelease(releases,
                                   test::releaseFromNow(u"Payments API"_qs, u"2.4.0"_qs,
                                                        ReleaseType::Minor, 10, 4 * 3600));
    }

    static CriterionVerdict verdictOf(GateService& gates, qint64 criterionId) {
        auto c = gates.criterion(criterionId);
        if (!c) {
            test::helperFailed(c.error().message);
            return {};
        }
        auto g = gates.gate(c->gateId);
        const GateVerdict v = GateEvaluator::evaluate(g.value(), QDateTime::currentDateTimeUtc());
        for (int i = 0; i < g->criteria.size(); ++i)
            if (g->criteria[i].id == criterionId)
                return v.criteria[i];
        test::helperFailed(u"criterion %1 is not in its gate"_qs.arg(criterionId));
        return {};
    }

    QString artifactFile(const QString& name, const QByteArray& bytes) {
        return test::writeFile(m_dir, name, bytes);
    }

private Q_SLOTS:
    void templatesUseTheNewKinds() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = releaseAskingForBoth(*db);
        QVERIFY(release > 0);
        GateService gates(*db, Session{kAlice, {}});
        // Read back from the file: stored under their keys, past the widened CHECK.
        bool found = false;
        auto templates = gates.templates();
        QVERIFY(templates);
        for (const GateTemplate& t : std::as_const(templates.value()))
            for (const CriterionSpec& c : t.criteria)
                if (c.name == u"Artifacts verify") {
                    QCOMPARE(c.kind, CriterionKind::ArtifactIntegrity);
                    found = true;
                }
        QVERIFY(found);
        auto integrity = gates.criterionNamed(release, u"Artifacts verify"_qs);
        auto contracts = gates.criterionNamed(release, u"Provider contracts"_qs);
        QVERIFY(integrity && contracts);
        QCOMPARE(integrity->spec.kind, CriterionKind::ArtifactIntegrity);
        QCOMPARE(contracts->spec.kind, CriterionKind::ContractTests);
        QCOMPARE(test::queryValue(db->path(), u"SELECT kind FROM gate_criteria WHERE id = "_qs +
                                                  QString::number(contracts->id))
                     .toString(),
                 u"contract_tests"_qs);
        QCOMPARE(displayName(CriterionKind::ArtifactIntegrity), u"Artifact integrity"_qs);
        QVERIFY(criterionKindFromKey(u"contract_tests"_qs) == CriterionKind::ContractTests);
        QVERIFY(allCriterionKinds().contains(CriterionKind::ContractTests));
    }

    // The criterion reads the release's artifacts by their latest verification: none is not
    // a pass, unverified waits, all verified passes, one tampered with fails naming it.
    void artifactIntegrityFollowsVerification() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = releaseAskingForBoth(*db);
        QVERIFY(release > 0);
        GateService gates(*db, Session{kAlice, {}});
        const qint64 id = test::criterionId(gates, release, u"Artifacts verify"_qs);
        QVERIFY(id > 0);

        CriterionVerdict v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Pending);
        QVERIFY2(v.reason.contains(u"no artifacts"_qs), qPrintable(v.reason));

        const QString app = artifactFile(u"app-2.4.0.tar.gz"_qs, QByteArray(4096, 'a'));
        const QString cfg = artifactFile(u"config-2.4.0.zip"_qs, QByteArray("settings\n"));
        ArtifactService artifacts(*db, Session{kAlice, {}});
        auto added = artifacts.add(release, {app, cfg});
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Pending);
        QVERIFY2(v.reason.contains(u"2 of 2 artifacts not verified yet"_qs), qPrintable(v.reason));

        QVERIFY(artifacts.verify(release));
        v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Passed);
        QCOMPARE(v.reason, u"All 2 artifacts verified."_qs);

        // Tampered: one byte more. The latest verification decides, not the first.
        {
            QFile f(app);
            QVERIFY(f.open(QIODevice::Append));
            f.write("x");
        }
        QVERIFY(artifacts.verify(release));
        v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Failed);
        QVERIFY2(v.reason.startsWith(u"1 of 2 artifacts fail verification: app-2.4.0.tar.gz: "_qs),
                 qPrintable(v.reason));
        QVERIFY2(v.reason.contains(u"mismatch"_qs), qPrintable(v.reason));

        // Gone as well: both named.
        QVERIFY(QFile::remove(cfg));
        QVERIFY(artifacts.verify(release));
        v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Failed);
        QVERIFY2(v.reason.startsWith(u"2 of 2"_qs) && v.reason.contains(u"config-2.4.0.zip"_qs),
                 qPrintable(v.reason));

        // Not read from a file.
        auto refused = gates.importFile(id, test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs));
        QVERIFY(test::isRefusal(refused, Error::Kind::Usage, u"artifact verify"_qs));
    }

    // Contract tests from real CTest reports: all passing passes, any failure fails.
    void contractTestsFromRealJUnit() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = releaseAskingForBoth(*db);
        QVERIFY(release > 0);
        GateService gates(*db, Session{kAlice, {}});
        const qint64 id = test::criterionId(gates, release, u"Provider contracts"_qs);
        QVERIFY(id > 0);
        QCOMPARE(verdictOf(gates, id).status, GateStatus::Pending);

        QVERIFY(gates.importFile(id, test::testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs),
                                 CriterionKind::ContractTests));
        CriterionVerdict v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Passed);
        QCOMPARE(v.reason, u"All 5 contract tests passed (0 skipped)."_qs);

        // 6 tests: 1 passes, 2 fail, 2 skipped, 1 disabled.
        QVERIFY(gates.importFile(id, test::testDataPath(u"junit/ctest_3.25_output_junit.xml"_qs),
                                 CriterionKind::ContractTests));
        v = verdictOf(gates, id);
        QCOMPARE(v.status, GateStatus::Failed);
        QCOMPARE(v.reason, u"2 of 3 contract tests failed or erred."_qs);

        // A pass rate criterion is not a contract tests one.
        const qint64 unit = test::criterionId(gates, release, u"Unit tests"_qs);
        QVERIFY(test::isRefusal(
            gates.importFile(unit, test::testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs),
                             CriterionKind::ContractTests),
            Error::Kind::Usage, u"not a contract tests one"_qs));
    }

    // Evidence names its artifacts: kept lower-case, sorted and once, audited with the
    // evidence, put back by undo, and a malformed digest refuses the import whole.
    void evidenceNamesItsArtifacts() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        const qint64 release = releaseAskingForBoth(*db);
        QVERIFY(release > 0);
        GateService gates(*db, Session{kAlice, {}});
        const qint64 id = test::criterionId(gates, release, u"Unit tests"_qs);
        const QString junit = test::testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs);

        auto previous = gates.importFile(id, junit, CriterionKind::TestPassRate, nullptr,
                                         {kDigestB.toUpper(), kDigestA, kDigestB});
        QVERIFY2(previous, previous ? "" : qPrintable(previous.error().message));
        auto c = gates.criterion(id);
        QCOMPARE(c->evidence->artifactDigests, (QStringList{kDigestB, kDigestA}));
        QCOMPARE(test::queryValue(db->path(), u"SELECT count(*) FROM gate_evidence_digests WHERE "
                                              "criterion_id = "_qs +
                                                  QString::number(id))
                     .toInt(),
                 2);
        QVERIFY(test::queryValue(db->path(),
                                 u"SELECT after_json FROM audit_log ORDER BY seq DESC LIMIT 1"_qs)
                    .toString()
                    .contains(kDigestA));

        auto covered = TestedArtifacts(*db).covered(release);
        QVERIFY(covered);
        QCOMPARE(covered.value(), (QSet<QString>{kDigestA, kDigestB}));

        // A malformed digest: nothing written.
        const qint64 version = gates.criterion(id)->rowVersion;
        QVERIFY(test::isRefusal(gates.importFile(id, junit, CriterionKind::TestPassRate, nullptr,
                                                 {kDigestA.left(63) + u'g'}),
                                Error::Kind::Usage, u"not a SHA-256"_qs));
        QCOMPARE(gates.criterion(id)->rowVersion, version);
        QCOMPARE(gates.criterion(id)->evidence->artifactDigests.size(), 2);

        // Undo puts back what was there: no evidence, no digests.
        QVERIFY(gates.restoreEvidence(id, previous.value()));
        QVERIFY(!gates.criterion(id)->evidence);
        QCOMPARE(
            test::queryValue(db->path(), u"SELECT count(*) FROM gate_evidence_digests"_qs).toInt(),
            0);
        QVERIFY(TestedArtifacts(*db).covered(release)->isEmpty());

        // Failing evidence covers nothing.
        QVERIFY(gates.importFile(id, test::testDataPath(u"junit/ctest_3.25_output_junit.xml"_qs),
                                 CriterionKind::TestPassRate, nullptr, {kDigestA}));
        QCOMPARE(verdictOf(gates, id).status, GateStatus::Failed);
        QVERIFY(TestedArtifacts(*db).covered(release)->isEmpty());
    }

    // Migration 0019 on a file schema 18 wrote, with gate findings, a review and waivers of
    // a criterion (which the rebuild's cascade would take): all kept under their ids.
    void migrationKeepsAnOlderFilesGates() {
        if (test::isPostgres())
            QSKIP("SQLite only: a server's schema starts at the baseline, past schema 18");
        const QDir shipped(u":/slipway/migrations"_qs);
        QTemporaryDir migrations;
        QVERIFY(migrations.isValid());
        for (const QString& name : shipped.entryList(QDir::Files, QDir::Name))
            if (name.left(4).toInt() < 19)
                QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
        const QString file = m_files.newFile();
        qint64 release = 0;
        qint64 scan = 0;
        {
            Database::OpenOptions options;
            options.create = true;
            options.migrationsDir = migrations.path();
            auto db = Database::open(file, options);
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QVERIFY(db.value()->schemaVersion() < 19);
            ReleaseService releases(*db.value(), Session{kAlice, {}});
            release = test::createRelease(releases,
                                          test::releaseFromNow(u"Payments API"_qs, u"2.4.0"_qs,
                                                               ReleaseType::Minor, 10, 4 * 3600));
            QVERIFY(release > 0);
            GateService gates(*db.value(), Session{kAlice, {}});
            scan = test::criterionId(gates, release, u"Static analysis"_qs);
            QVERIFY(scan > 0);
            QVERIFY(gates.importFile(
                scan, test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs)));
            test::exec(*db.value(),
                       u"INSERT INTO finding_reviews (criterion_id, fingerprint, reason, "
                       "reviewed_by, reviewed_at) VALUES (%1, 'fp-kept', 'test fixture', 'bob', "
                       "5)"_qs.arg(scan));
            const QString gate = QString::number(gates.criterion(scan)->gateId);
            test::exec(*db.value(),
                       u"INSERT INTO gate_waivers (id, gate_id, criterion_id, reason, controls, "
                       "requested_by, requested_at, expires_at, validation_task, updated_by, "
                       "updated_at) VALUES (41, %1, %2, 'r', 'c', 'bob', 1, 100, 'v', 'bob', 1), "
                       "(42, %1, NULL, 'r', 'c', 'bob', 1, 100, 'v', 'bob', 1)"_qs.arg(gate)
                           .arg(scan));
        }
        const auto count = [&](const QString& sql) {
            return test::queryValue(file, sql).toInt();
        };
        const int findings = count(u"SELECT count(*) FROM gate_findings"_qs);
        const int criteria = count(u"SELECT count(*) FROM gate_criteria"_qs);
        const int templateCriteria = count(u"SELECT count(*) FROM gate_template_criteria"_qs);
        const QString findingIds =
            test::queryValue(file, u"SELECT group_concat(id) FROM gate_findings"_qs).toString();
        QVERIFY(findings > 0);

        auto db = test::openDatabase(file);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::supportedSchemaVersion());
        QCOMPARE(count(u"SELECT count(*) FROM gate_findings"_qs), findings);
        QCOMPARE(
            test::queryValue(file, u"SELECT group_concat(id) FROM gate_findings"_qs).toString(),
            findingIds);
        QCOMPARE(count(u"SELECT count(*) FROM gate_criteria"_qs), criteria);
        QCOMPARE(count(u"SELECT count(*) FROM gate_template_criteria"_qs), templateCriteria);
        QCOMPARE(count(u"SELECT count(*) FROM finding_reviews WHERE criterion_id = "_qs +
                       QString::number(scan)),
                 1);
        QCOMPARE(count(u"SELECT count(*) FROM gate_waivers WHERE id IN (41, 42)"_qs), 2);
        QCOMPARE(count(u"SELECT count(*) FROM pragma_foreign_key_check"_qs), 0);
        QCOMPARE(count(u"SELECT count(*) FROM sqlite_master WHERE name = 'gate_criteria_gate'"_qs),
                 1);
        QVERIFY(AuditLog(*db).verify()->intact());
        // The evidence reads as before, and the cascade still holds after the rebuild.
        GateService gates(*db, Session{kAlice, {}});
        QVERIFY(gates.criterion(scan)->evidence);
        test::exec(*db, u"INSERT INTO gate_criteria (gate_id, name, kind, updated_by, updated_at) "
                        "SELECT gate_id, 'Integrity', 'artifact_integrity', 'bob', 1 FROM "
                        "gate_criteria WHERE id = %1"_qs.arg(scan));
        test::exec(*db, u"DELETE FROM gate_criteria WHERE id = %1"_qs.arg(scan));
        QCOMPARE(count(u"SELECT count(*) FROM gate_findings"_qs), 0);
        QCOMPARE(count(u"SELECT count(*) FROM gate_waivers WHERE id = 41"_qs), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TestedArtifacts)
#include "tst_TestedArtifacts.moc"
