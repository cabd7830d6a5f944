// SPDX-License-Identifier: GPL-3.0-or-later
// Ship what was tested, through the binary on the demo: `import junit … --artifact` records
// the digests the evidence was produced against, a malformed one is refused in one line with
// the file byte for byte as it was; `deploy record … --artifact-digest` refuses a production
// deployment of a digest no passing evidence covers (the "tested" guard) and records a covered
// one; `check` names a deployed digest whose evidence stopped passing, and `check --full` a
// digest changed behind Slipway's back.
#include "TestSupport.h"
#include "services/GateService.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const QString kTested =
    QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
const QString kUntested =
    QStringLiteral("2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae");

QString passingJUnit() {
    return testDataPath(u"junit/ctest_3.25_slipway_gates.xml"_qs);
}
QString failingJUnit() {
    return testDataPath(u"junit/ctest_3.25_output_junit.xml"_qs);
}

} // namespace

class tst_TestedArtifactsCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    // The demo's first deployed release, as "ID", given its type's gates through the service
    // (the demo's deployed releases predate them) so it has criteria to take evidence.
    static QString deployedRelease(const QString& path) {
        const QVariant id =
            queryValue(path, u"SELECT min(id) FROM releases WHERE status = 'deployed'"_qs);
        if (!id.isValid() || id.isNull()) {
            helperFailed(u"the demo has no deployed release"_qs);
            return {};
        }
        auto db = openDatabase(path);
        if (!db)
            return {};
        auto added = GateService(*db, Session{u"tester"_qs, {}}).addGates(id.toLongLong());
        if (!added)
            helperFailed(added.error().message);
        return id.toString();
    }

    // The name of the release's first pass rate criterion.
    static QString passRateCriterion(const QString& path, const QString& release) {
        const QString name =
            queryValue(path, u"SELECT c.name FROM gate_criteria c JOIN release_gates g ON g.id = "
                             "c.gate_id WHERE g.release_id = %1 AND c.kind = 'test_pass_rate' "
                             "ORDER BY g.position, c.position LIMIT 1"_qs.arg(release))
                .toString();
        if (name.isEmpty())
            helperFailed(u"release %1 has no pass rate criterion"_qs.arg(release));
        return name;
    }

    static Run importJUnit(const QString& path, const QString& release, const QString& criterion,
                           const QString& file, const QStringList& digests) {
        QStringList args{u"import"_qs,    u"junit"_qs, u"--db"_qs,        path,
                         u"--release"_qs, release,     u"--criterion"_qs, criterion};
        for (const QString& d : digests)
            args << u"--artifact"_qs << d;
        return runSlipway(args << file);
    }

    static Run deploy(const QString& path, const QString& release, const QString& environment,
                      const QStringList& digests, bool json = false) {
        QStringList args{u"deploy"_qs,    u"record"_qs,   u"--db"_qs,          path,
                         u"--release"_qs, release,        u"--environment"_qs, environment,
                         u"--outcome"_qs, u"succeeded"_qs};
        for (const QString& d : digests)
            args << u"--artifact-digest"_qs << d;
        if (json)
            args << u"--json"_qs;
        return runSlipway(args);
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void importNamesTheArtifacts() {
        const QString path = copyOfDemo();
        const QString release = deployedRelease(path);
        const QString criterion = passRateCriterion(path, release);
        const Run run =
            importJUnit(path, release, criterion, passingJUnit(), {kUntested.toUpper(), kTested});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY2(run.outText().contains(u"Produced against 2 artifact(s): "_qs + kUntested +
                                        u", "_qs + kTested),
                 qPrintable(run.outText()));
        QCOMPARE(
            queryValue(path, u"SELECT group_concat(sha256, ' ') FROM (SELECT d.sha256 FROM "
                             "gate_evidence_digests d JOIN gate_criteria c ON c.id = "
                             "d.criterion_id WHERE c.name = '%1' ORDER BY 1)"_qs.arg(criterion))
                .toString(),
            kUntested + u' ' + kTested);
        // The audit entry of the import names them.
        QVERIFY(queryValue(path, u"SELECT after_json FROM audit_log ORDER BY seq DESC LIMIT 1"_qs)
                    .toString()
                    .contains(kTested));
        const Run status = runSlipway(
            {u"gate"_qs, u"status"_qs, u"--db"_qs, path, u"--release"_qs, release, u"--json"_qs});
        QVERIFY2(status.outText().contains(u"\"artifacts\""_qs), qPrintable(status.errText()));
    }

    void malformedDigestsChangeNothing_data() {
        QTest::addColumn<QStringList>("args");
        const QString digestOption = u"--artifact"_qs;
        const QList<std::pair<const char*, QString>> bad{
            {"import too short", u"abc"_qs},
            {"import 63 digits", kTested.left(63)},
            {"import 65 digits", kTested + u'0'},
            {"import not hex", kTested.left(63) + u'g'},
            {"import prefixed", u"sha256:"_qs + kTested}};
        for (const auto& [tag, digest] : bad)
            QTest::newRow(tag) << QStringList{u"import"_qs, u"junit"_qs, digestOption, digest};
        QTest::newRow("import checksums --artifact")
            << QStringList{u"import"_qs, u"checksums"_qs, digestOption, kTested};
        QTest::newRow("deploy short")
            << QStringList{u"deploy"_qs, u"record"_qs, u"--artifact-digest"_qs, kTested.left(40)};
        QTest::newRow("deploy non-hex") << QStringList{
            u"deploy"_qs, u"record"_qs, u"--artifact-digest"_qs, kTested.left(63) + u'z'};
    }

    void malformedDigestsChangeNothing() {
        QFETCH(QStringList, args);
        const QString path = copyOfDemo();
        const QString release = deployedRelease(path);
        const QByteArray before = fileBytes(path);
        QStringList all = args;
        all << u"--db"_qs << path << u"--release"_qs << release;
        if (args.first() == u"import")
            all << u"--criterion"_qs << passRateCriterion(path, release) << passingJUnit();
        else
            all << u"--environment"_qs << u"Production"_qs << u"--outcome"_qs << u"succeeded"_qs;
        const Run run = runSlipway(all);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(args[2]) && !run.errText().contains(u'\n'),
                 qPrintable(run.errText()));
        QVERIFY(fileBytes(path) == before);
    }

    // Production gets only what passing evidence was produced against; staging is where the
    // evidence comes from, so it is not held to it.
    void deployRecordNeedsTestedDigests() {
        const QString path = copyOfDemo();
        const QString release = deployedRelease(path);
        const QString criterion = passRateCriterion(path, release);
        QCOMPARE(importJUnit(path, release, criterion, passingJUnit(), {kTested}).exitCode, 0);

        const QByteArray before = fileBytes(path);
        const Run refused = deploy(path, release, u"Production"_qs, {kTested, kUntested});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(
            refused.errText().contains(u"Deployed artifacts tested: 1 deployed artifact(s) "
                                       "covered by no passing gate evidence: this record: "_qs +
                                       kUntested.left(16)),
            qPrintable(refused.errText()));
        QVERIFY(!refused.errText().contains(kTested.left(16)));
        QVERIFY(fileBytes(path) == before);

        const Run staging = deploy(path, release, u"Staging"_qs, {kUntested});
        QVERIFY2(staging.exitCode == 0, qPrintable(staging.errText()));

        const Run recorded = deploy(path, release, u"Production"_qs, {kTested.toUpper()}, true);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.errText()));
        const QJsonObject o = QJsonDocument::fromJson(recorded.out).object();
        QCOMPARE(o.value(u"artifact_digests"_qs).toArray(), QJsonArray{kTested});
        QCOMPARE(
            queryValue(path, u"SELECT sha256 FROM deployment_digests WHERE deployment_id = "_qs +
                                 QString::number(o.value(u"id"_qs).toInteger()))
                .toString(),
            kTested);
        // Audited with the record.
        QVERIFY(queryValue(path, u"SELECT after_json FROM audit_log WHERE entity = 'deployment' "
                                 "ORDER BY seq DESC LIMIT 1"_qs)
                    .toString()
                    .contains(kTested));
    }

    // Evidence that stops passing leaves a deployed digest untested: check names the release,
    // the deployment and the digest, and exits 1.
    void checkNamesUntestedDeployments() {
        const QString path = copyOfDemo();
        const QString release = deployedRelease(path);
        const QString criterion = passRateCriterion(path, release);
        QCOMPARE(importJUnit(path, release, criterion, passingJUnit(), {kTested}).exitCode, 0);
        const Run recorded = deploy(path, release, u"Production"_qs, {kTested}, true);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.errText()));
        const qint64 deployment =
            QJsonDocument::fromJson(recorded.out).object().value(u"id"_qs).toInteger();

        const Run clean = runSlipway({u"check"_qs, u"--db"_qs, path});
        QVERIFY2(!clean.outText().contains(u"Tested artifacts:"_qs), qPrintable(clean.outText()));

        // The same criterion's new evidence fails.
        QCOMPARE(importJUnit(path, release, criterion, failingJUnit(), {kTested}).exitCode, 1);
        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path});
        QCOMPARE(check.exitCode, 1);
        const QString label =
            queryValue(path, u"SELECT name FROM releases WHERE id = "_qs + release).toString();
        const QString expected =
            u"(%1): deployment %2 to Production put %3 in place, which no passing gate "
            "evidence of the release was produced against"_qs.arg(release)
                .arg(deployment)
                .arg(kTested);
        QVERIFY2(check.outText().contains(expected), qPrintable(check.outText()));
        QVERIFY2(check.outText().contains(u"error:   "_qs + label), qPrintable(check.outText()));

        const Run json = runSlipway({u"check"_qs, u"--db"_qs, path, u"--json"_qs});
        const QJsonArray items = QJsonDocument::fromJson(json.out)
                                     .object()
                                     .value(u"lifecycle"_qs)
                                     .toObject()
                                     .value(u"untested_artifacts"_qs)
                                     .toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().toObject().value(u"sha256"_qs).toString(), kTested);
        QCOMPARE(items.first().toObject().value(u"deployment_id"_qs).toInteger(), deployment);

        // And the lifecycle guard now refuses another production deployment of it.
        const Run again = deploy(path, release, u"Production"_qs, {kTested});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.errText().contains(u"Deployed artifacts tested"_qs),
                 qPrintable(again.errText()));
    }

    // A deployment's digest changed with another tool: check --full names the record.
    void digestChangedBehindTheAppIsNamed() {
        const QString path = copyOfDemo();
        const QString release = deployedRelease(path);
        QCOMPARE(importJUnit(path, release, passRateCriterion(path, release), passingJUnit(),
                             {kTested, kUntested})
                     .exitCode,
                 0);
        const Run recorded = deploy(path, release, u"Production"_qs, {kTested}, true);
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.errText()));
        const QString id = QString::number(
            QJsonDocument::fromJson(recorded.out).object().value(u"id"_qs).toInteger());
        QVERIFY(execSql(path, u"UPDATE deployment_digests SET sha256 = '%1' WHERE deployment_id = "
                              "%2"_qs.arg(kUntested, id)));
        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.outText().contains(u"deployments row %1 differs"_qs.arg(id)) &&
                     check.outText().contains(u"artifact_digests"_qs),
                 qPrintable(check.outText()));
        // And evidence that no longer names what it was produced against.
        const QString criterion =
            queryValue(path,
                       u"SELECT criterion_id FROM gate_evidence_digests WHERE sha256 = '%1'"_qs.arg(
                           kUntested))
                .toString();
        QVERIFY(!criterion.isEmpty());
        QVERIFY(execSql(
            path, u"DELETE FROM gate_evidence_digests WHERE sha256 = '%1'"_qs.arg(kUntested)));
        const QString full = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs}).outText();
        QVERIFY2(full.contains(u"gate_criteria row %1 differs"_qs.arg(criterion)) &&
                     full.contains(u"in artifacts"_qs),
                 qPrintable(full));
    }
};

QTEST_GUILESS_MAIN(tst_TestedArtifactsCommand)
#include "tst_TestedArtifactsCommand.moc"
