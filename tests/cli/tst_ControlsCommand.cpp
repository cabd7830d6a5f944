// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway controls` through the binary on the demo: a release tagged HIPAA is held from
// production until its two attestations are recorded; a SOX release may not be deployed by
// the person who asked for its change nor by its approver (matched by their e-mail handle in
// any case), and goes through for someone else; the control sets are listed, added, changed
// and removed, each change audited; bad input is one line, exit 2, and changes nothing.
#include "Fixtures.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_ControlsCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    // The demo's scheduled release with a window, as "ID".
    static QString scheduledRelease(const QString& path) {
        const QVariant id = queryValue(
            path, u"SELECT min(id) FROM releases WHERE status = 'scheduled' AND window_start IS "
                  "NOT NULL"_qs);
        if (!id.isValid() || id.isNull())
            helperFailed(u"the demo has no scheduled release"_qs);
        return id.toString();
    }

    static Run as(const QByteArray& login, const QStringList& args) {
        const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
        qputenv("SLIPWAY_TEST_USER", login);
        Run run = runSlipway(args);
        qputenv("SLIPWAY_TEST_USER", before);
        return run;
    }

    static Run controls(const QString& path, const QStringList& args) {
        return runSlipway(QStringList{u"controls"_qs} + args.mid(0, 1) +
                          QStringList{u"--db"_qs, path} + args.mid(1));
    }

    // Every other guard the release lacks before production, let past by approved overrides.
    static bool overrideOtherGuards(const QString& path, const QString& release) {
        for (const QString& guard :
             {u"conflicts"_qs, u"approval"_qs, u"gates"_qs, u"exit_criteria"_qs, u"runbook"_qs}) {
            if (as("alice", {u"lifecycle"_qs, u"override"_qs, u"--db"_qs, path, u"--release"_qs,
                             release, u"--guard"_qs, guard, u"--reason"_qs, u"Vendor fix"_qs})
                    .exitCode != 0)
                return false;
            const QString id =
                queryValue(path, u"SELECT max(id) FROM lifecycle_overrides"_qs).toString();
            if (as("bob", {u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, path, u"--override"_qs, id})
                    .exitCode != 0)
                return false;
        }
        return true;
    }

    // Switches off every seeded control but `kept`: the demo's change requests carry tags of
    // their own, and a test asks about one set only.
    static bool keepOnly(const QString& path, const QList<int>& kept) {
        for (int id = 1; id <= 9; ++id)
            if (!kept.contains(id) && controls(path, {u"set"_qs, u"--id"_qs, QString::number(id),
                                                      u"--enabled"_qs, u"no"_qs})
                                              .exitCode != 0)
                return false;
        return true;
    }

    static Run deploy(const QByteArray& login, const QString& path, const QString& release) {
        return as(login, {u"deploy"_qs, u"record"_qs, u"--db"_qs, path, u"--release"_qs, release,
                          u"--environment"_qs, u"production"_qs, u"--outcome"_qs, u"succeeded"_qs,
                          u"--at"_qs, u"2026-11-20T22:30:00Z"_qs});
    }

    static QString status(const QString& path, const QString& release) {
        return queryValue(path, u"SELECT status FROM releases WHERE id = "_qs + release).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void hipaaAttestationsHoldTheDeployment() {
        const QString path = copyOfDemo();
        const QString release = scheduledRelease(path);
        const QString controlEntries = u"SELECT count(*) FROM audit_log WHERE entity IN "
                                       "('release_tag', 'control_record')"_qs;
        const int entriesBefore = queryValue(path, controlEntries).toInt();
        Run run = controls(path, {u"tag"_qs, u"--release"_qs, release, u"--tag"_qs, u"HIPAA"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"tags: hipaa"_qs));
        QVERIFY(keepOnly(path, {4, 5}));
        QVERIFY(overrideOtherGuards(path, release));
        const QString deployments = u"SELECT count(*) FROM deployments"_qs;
        const int before = queryValue(path, deployments).toInt();

        run = deploy("carol", path, release);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"Regulatory controls"_qs), qPrintable(run.errText()));
        QVERIFY(run.errText().contains(u"HIPAA · Access review attached"_qs));
        QVERIFY(run.errText().contains(u"HIPAA · Protected health information checklist"_qs));
        QCOMPARE(queryValue(path, deployments).toInt(), before);
        QCOMPARE(status(path, release), u"scheduled"_qs);

        run = controls(path, {u"status"_qs, u"--release"_qs, release, u"--json"_qs});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray shown = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown[0][u"passes"_qs].toBool(true), false);
        QCOMPARE(shown[0][u"controls"_qs].toArray().size(), 2);
        QCOMPARE(shown[0][u"controls"_qs][0][u"state"_qs].toString(), u"fails"_qs);

        run = controls(path, {u"attest"_qs, u"--release"_qs, release, u"--control"_qs, u"4"_qs,
                              u"--reference"_qs, u"ACCESS-REVIEW-2026-11"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = controls(path, {u"attest"_qs, u"--release"_qs, release, u"--control"_qs, u"5"_qs,
                              u"--not-applicable"_qs, u"no health data in the warehouse"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = controls(path, {u"status"_qs, u"--release"_qs, release});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"ACCESS-REVIEW-2026-11"_qs), qPrintable(run.outText()));
        QVERIFY(run.outText().contains(u"Not applicable"_qs));

        run = deploy("carol", path, release);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(status(path, release), u"deployed"_qs);
        QCOMPARE(queryValue(path, controlEntries).toInt(), entriesBefore + 3);
        QVERIFY(auditEntries(path) > 0); // the chain still verifies
    }

    void segregationOfDutiesBarsRequesterAndApprover() {
        const QString path = copyOfDemo();
        const QString release = scheduledRelease(path);
        const QString requester = queryValue(path, u"SELECT requested_by FROM change_requests "
                                                   "WHERE release_id = "_qs +
                                                       release)
                                      .toString();
        // The demo's change has no approval yet: one recorded as another tool would.
        const QString approver = u"lena.fischer"_qs;
        QVERIFY(execSql(path, u"INSERT INTO cab_decisions (change_id, outcome, decided_by, "
                              "decided_at) SELECT id, 'approve', '%1', 1 FROM change_requests "
                              "WHERE release_id = %2"_qs.arg(approver, release)));
        QVERIFY(!requester.isEmpty() && !approver.isEmpty() && requester != approver);
        QCOMPARE(
            controls(path, {u"tag"_qs, u"--release"_qs, release, u"--tag"_qs, u"sox"_qs}).exitCode,
            0);
        // Only segregation of duties asked.
        QVERIFY(keepOnly(path, {1}));
        const Run disabled = controls(path, {u"list"_qs, u"--tag"_qs, u"sox"_qs});
        QCOMPARE(disabled.outText().count(u"(disabled)"_qs), 2);
        QVERIFY(overrideOtherGuards(path, release));

        Run run = deploy(requester.toUtf8(), path, release);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"SOX · Segregation of duties"_qs) &&
                     run.errText().contains(u"may not deploy it"_qs),
                 qPrintable(run.errText()));
        run = deploy(approver.toUpper().toUtf8(), path, release);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(u"approved"_qs), qPrintable(run.errText()));
        QCOMPARE(status(path, release), u"scheduled"_qs);

        run = deploy("carol", path, release);
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(status(path, release), u"deployed"_qs);
        run = controls(path, {u"status"_qs, u"--release"_qs, release});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"requesters, approvers and deployers are different"_qs),
                 qPrintable(run.outText()));
    }

    void controlSetsEditedAndAudited() {
        const QString path = copyOfDemo();
        Run run = controls(path, {u"list"_qs, u"--json"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().size(), 9);
        run = controls(path, {u"list"_qs, u"--tag"_qs, u"pci"_qs});
        QVERIFY2(run.outText().contains(u"PCI DSS"_qs) && !run.outText().contains(u"SOX"_qs),
                 qPrintable(run.outText()));
        const int entries = auditEntries(path);
        run = controls(path, {u"add"_qs, u"--tag"_qs, u"pci"_qs, u"--kind"_qs, u"attestation"_qs,
                              u"--name"_qs, u"Cardholder data flow diagram"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        const QString id =
            queryValue(path, u"SELECT max(id) FROM regulatory_controls"_qs).toString();
        QCOMPARE(queryValue(path, u"SELECT position FROM regulatory_controls WHERE id = "_qs + id)
                     .toInt(),
                 2);
        run = controls(path, {u"set"_qs, u"--id"_qs, u"8"_qs, u"--parameter"_qs, u"medium"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        run = controls(path, {u"remove"_qs, u"--id"_qs, id});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(auditEntries(path), entries + 3);
        QCOMPARE(queryValue(path, u"SELECT parameter FROM regulatory_controls WHERE id = 8"_qs)
                     .toString(),
                 u"medium"_qs);
    }

    void noActionIsAUsageError() {
        const Run run = runSlipway({u"controls"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"say what to do"_qs), qPrintable(run.errText()));
    }

    void badInputChangesNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("unknown action") << QStringList{u"audit"_qs} << u"unknown action"_qs;
        QTest::newRow("unknown control")
            << QStringList{u"set"_qs, u"--id"_qs, u"999"_qs, u"--name"_qs, u"X"_qs}
            << u"Control 999 no longer exists"_qs;
        QTest::newRow("bad id") << QStringList{u"remove"_qs, u"--id"_qs, u"x1"_qs}
                                << u"--id must be a positive number"_qs;
        QTest::newRow("unknown kind")
            << QStringList{u"add"_qs,   u"--tag"_qs,  u"sox"_qs, u"--kind"_qs,
                           u"magic"_qs, u"--name"_qs, u"X"_qs}
            << u"unknown --kind"_qs;
        QTest::newRow("bad severity")
            << QStringList{u"set"_qs, u"--id"_qs, u"8"_qs, u"--parameter"_qs, u"severe"_qs}
            << u"severity"_qs;
        QTest::newRow("bad enabled")
            << QStringList{u"set"_qs, u"--id"_qs, u"8"_qs, u"--enabled"_qs, u"maybe"_qs}
            << u"--enabled must be yes or no"_qs;
        QTest::newRow("bad tag") << QStringList{u"tag"_qs, u"--release"_qs, u"{R}"_qs, u"--tag"_qs,
                                                u"two words"_qs}
                                 << u"one word"_qs;
        QTest::newRow("not tagged")
            << QStringList{u"untag"_qs, u"--release"_qs, u"{R}"_qs, u"--tag"_qs, u"gdpr"_qs}
            << u"is not tagged gdpr"_qs;
        QTest::newRow("attest without reference")
            << QStringList{u"attest"_qs, u"--release"_qs, u"{R}"_qs, u"--control"_qs, u"4"_qs}
            << u"--reference or --not-applicable"_qs;
        QTest::newRow("attest a judged control")
            << QStringList{u"attest"_qs, u"--release"_qs,   u"{R}"_qs, u"--control"_qs,
                           u"1"_qs,      u"--reference"_qs, u"X"_qs}
            << u"judged from the file"_qs;
        QTest::newRow("unknown release")
            << QStringList{u"tag"_qs, u"--release"_qs, u"99999"_qs, u"--tag"_qs, u"sox"_qs}
            << u"99999"_qs;
    }

    void badInputChangesNothing() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString path = copyOfDemo();
        args.replaceInStrings(u"{R}"_qs, scheduledRelease(path));
        // What the command could change, whatever the journal mode its opening sets.
        const QString state =
            u"SELECT (SELECT count(*) FROM audit_log) || ',' || (SELECT count(*) FROM "
            "release_tags) || ',' || (SELECT count(*) FROM release_control_records) || ',' || "
            "(SELECT group_concat(id || name || parameter || enabled || row_version) FROM "
            "regulatory_controls)"_qs;
        const QString before = queryValue(path, state).toString();
        QVERIFY(!before.isEmpty());
        const Run run = controls(path, args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        QCOMPARE(queryValue(path, state).toString(), before);
    }
};

QTEST_GUILESS_MAIN(tst_ControlsCommand)
#include "tst_ControlsCommand.moc"
