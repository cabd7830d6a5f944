// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway deploy record` and `slipway lifecycle` through the binary: refusals leave the file
// byte for byte as it was and name every guard; overrides need a second person; a production
// record that passes moves the release and lands in the CSV and the audit log. `lifecycle
// settings` prints and sets the emergency approval days: a bad number changes nothing.
#include "Fixtures.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_DeployCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() { return copyFile(m_demo, m_dir, u"copy-%1.slipway"_qs.arg(++m_copies)); }

    // A release of the demo at `status` with a window, as "ID".
    QString releaseAt(const QString& path, const QString& status) {
        const QVariant id = queryValue(
            path, u"SELECT min(id) FROM releases WHERE status = '%1' AND window_start IS NOT "
                  "NULL"_qs.arg(status));
        if (!id.isValid() || id.isNull())
            helperFailed(u"the demo has no %1 release"_qs.arg(status));
        return id.toString();
    }

    static Run as(const QByteArray& login, const QStringList& args) {
        const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
        qputenv("SLIPWAY_TEST_USER", login);
        Run run = runSlipway(args);
        qputenv("SLIPWAY_TEST_USER", before);
        return run;
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void refusalsLeaveTheFileUntouched_data() {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("not approved")
            << QStringList{u"--environment"_qs, u"Production"_qs, u"--outcome"_qs, u"succeeded"_qs}
            << 1 << u"Change approval"_qs;
        QTest::newRow("unknown environment")
            << QStringList{u"--environment"_qs, u"Moon"_qs, u"--outcome"_qs, u"succeeded"_qs} << 1
            << u"“Moon” is not known"_qs;
        QTest::newRow("bad outcome")
            << QStringList{u"--environment"_qs, u"Production"_qs, u"--outcome"_qs, u"great"_qs} << 2
            << u"--outcome"_qs;
        QTest::newRow("bad time") << QStringList{u"--environment"_qs, u"Staging"_qs,
                                                 u"--outcome"_qs,     u"failed"_qs,
                                                 u"--at"_qs,          u"yesterday"_qs}
                                  << 2 << u"ISO 8601"_qs;
    }

    void refusalsLeaveTheFileUntouched() {
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const QString path = copyOfDemo();
        const QString release = releaseAt(path, u"scheduled"_qs);
        const QByteArray before = fileBytes(path);
        const Run run = runSlipway(
            QStringList{u"deploy"_qs, u"record"_qs, u"--db"_qs, path, u"--release"_qs, release} +
            extra);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        QVERIFY(fileBytes(path) == before);
    }

    void statusChangeRefusedOneLinePerGuard() {
        const QString path = copyOfDemo();
        const QString release = releaseAt(path, u"scheduled"_qs);
        const QByteArray before = fileBytes(path);
        const Run run = runSlipway({u"lifecycle"_qs, u"set"_qs, u"--db"_qs, path, u"--release"_qs,
                                    release, u"--status"_qs, u"deploying"_qs});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.errText().split(u'\n');
        QVERIFY2(lines.size() >= 3, qPrintable(run.errText()));
        QVERIFY(lines.first().contains(u"cannot become Deploying"_qs));
        QVERIFY(run.errText().contains(u"  - Change approval"_qs));
        QVERIFY(fileBytes(path) == before);
    }

    // Overrides of every failing guard, each approved by a second person, let the production
    // deployment through; the release moves to Deployed, and the record is in the CSV.
    void overriddenGuardsLetAProductionDeploymentThrough() {
        const QString path = copyOfDemo();
        const QString release = releaseAt(path, u"scheduled"_qs);
        // Samples of the release's service, imported before the deployment is recorded: a
        // day either side of 22:30, the error rate doubling after it.
        const QString service =
            queryValue(path, u"SELECT s.name FROM services s JOIN releases r ON r.product_id = "
                             "s.id WHERE r.id = "_qs +
                                 release)
                .toString();
        QByteArray samples = "timestamp,value\n";
        const qint64 deployedAt = 1795213800; // 2026-11-20T22:30:00Z
        for (qint64 at = deployedAt - 86400 + 600; at <= deployedAt + 86400; at += 600)
            samples += QByteArray::number(at) + ',' +
                       QByteArray::number((at < deployedAt ? 0.5 : 1.0) + (at / 600 % 7) * 0.01) +
                       '\n';
        const Run metrics = runSlipway({u"import"_qs, u"metrics"_qs, u"--db"_qs, path,
                                        u"--service"_qs, service, u"--metric"_qs, u"error_rate"_qs,
                                        writeFile(m_dir, u"errors.csv"_qs, samples)});
        QVERIFY2(metrics.exitCode == 0, qPrintable(metrics.errText()));
        const QString verdicts =
            u"SELECT count(*) FROM metric_verdicts WHERE release_id = "_qs + release;
        QCOMPARE(queryValue(path, verdicts).toInt(), 0); // not in production yet
        const int entries = auditEntries(path);
        for (const QString& guard :
             {u"conflicts"_qs, u"approval"_qs, u"gates"_qs, u"exit_criteria"_qs,
              u"runbook"_qs,     // the demo's scheduled release has a draft runbook
              u"controls"_qs}) { // … and is tagged PCI DSS without a scan or a security approval
            const Run asked = as("alice", {u"lifecycle"_qs, u"override"_qs, u"--db"_qs, path,
                                           u"--release"_qs, release, u"--guard"_qs, guard,
                                           u"--reason"_qs, u"Vendor fix for an outage"_qs});
            QCOMPARE(asked.exitCode, 0);
            const QString id =
                queryValue(path, u"SELECT max(id) FROM lifecycle_overrides"_qs).toString();
            // The requester cannot approve it, in any spelling of the login.
            const Run self = as(
                "ALICE", {u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, path, u"--override"_qs, id});
            QCOMPARE(self.exitCode, 1);
            QVERIFY2(self.errText().contains(u"second person"_qs), qPrintable(self.errText()));
            const Run other =
                as("bob", {u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, path, u"--override"_qs, id});
            QCOMPARE(other.exitCode, 0);
        }
        const Run deployed =
            as("carol", {u"deploy"_qs, u"record"_qs, u"--db"_qs, path, u"--release"_qs, release,
                         u"--environment"_qs, u"production"_qs, u"--outcome"_qs, u"succeeded"_qs,
                         u"--ticket"_qs, u"CHG7"_qs, u"--at"_qs, u"2026-11-20T22:30:00Z"_qs});
        QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.errText()));
        QCOMPARE(
            queryValue(path, u"SELECT status FROM releases WHERE id = "_qs + release).toString(),
            u"deployed"_qs);
        QCOMPARE(
            queryValue(path, u"SELECT deployed_by FROM deployments ORDER BY id DESC"_qs).toString(),
            u"carol"_qs);
        // The samples imported before are judged around the deployment as it is recorded.
        QCOMPARE(queryValue(path, verdicts + u" AND deployed_at = 1795213800 AND verdict = "
                                             "'degraded'"_qs)
                     .toInt(),
                 1);
        // Six overrides asked and approved, the record, and the release's move.
        QCOMPARE(auditEntries(path), entries + 6 * 2 + 2);

        const QString csv = m_dir.filePath(u"deployments-%1.csv"_qs.arg(m_copies));
        const Run exported = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, path, u"--table"_qs,
                                         u"deployments"_qs, u"--out"_qs, csv});
        QCOMPARE(exported.exitCode, 0);
        const QString text = QString::fromUtf8(fileBytes(csv));
        QVERIFY(text.startsWith(u"id,deployed_at_utc,release_id"_qs));
        QVERIFY2(text.contains(u"2026-11-20T22:30:00Z,"_qs + release), qPrintable(text));
        QVERIFY(text.contains(u",Production,yes,succeeded,carol,CHG7,"_qs));

        // The overrides stay visible in check until settled.
        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path});
        QVERIFY(check.outText().contains(u"approved by bob, not yet settled"_qs));
        const Run show =
            runSlipway({u"lifecycle"_qs, u"show"_qs, u"--db"_qs, path, u"--release"_qs, release});
        QVERIFY2(show.outText().contains(u"is Deployed"_qs), qPrintable(show.outText()));
    }

    // A rollback puts back what ran before: an incident freeze (perhaps the one the failed
    // change caused) holds a deployment, never its rollback.
    void aFreezeHoldsADeploymentButNotItsRollback() {
        const QString path = copyOfDemo();
        const QString release = releaseAt(path, u"approved"_qs);
        QVERIFY(execSql(path, u"INSERT INTO incident_freezes (name, start_utc, end_utc, "
                              "created_by, created_at, updated_by, updated_at) VALUES "
                              "('Checkout outage', 1795212000, 1795226400, 't', 0, 't', 0)"_qs));
        for (const QString& guard : {u"approval"_qs, u"gates"_qs, u"exit_criteria"_qs}) {
            QCOMPARE(as("alice",
                        {u"lifecycle"_qs, u"override"_qs, u"--db"_qs, path, u"--release"_qs,
                         release, u"--guard"_qs, guard, u"--reason"_qs, u"Bridge call decision"_qs})
                         .exitCode,
                     0);
            const QString id =
                queryValue(path, u"SELECT max(id) FROM lifecycle_overrides"_qs).toString();
            QCOMPARE(
                as("bob", {u"lifecycle"_qs, u"approve"_qs, u"--db"_qs, path, u"--override"_qs, id})
                    .exitCode,
                0);
        }
        const QStringList record{u"deploy"_qs,        u"record"_qs,
                                 u"--db"_qs,          path,
                                 u"--release"_qs,     release,
                                 u"--environment"_qs, u"production"_qs,
                                 u"--at"_qs,          u"2026-11-20T22:30:00Z"_qs,
                                 u"--outcome"_qs};
        const Run held = as("carol", record + QStringList{u"succeeded"_qs});
        QCOMPARE(held.exitCode, 1);
        QVERIFY2(held.errText().contains(u"Checkout outage"_qs), qPrintable(held.errText()));
        const Run rolledBack = as("carol", record + QStringList{u"rolled-back"_qs});
        QVERIFY2(rolledBack.exitCode == 0, qPrintable(rolledBack.errText()));
        QCOMPARE(
            queryValue(path, u"SELECT status FROM releases WHERE id = "_qs + release).toString(),
            u"rolled_back"_qs);
    }

    // check --full compares each audited row with its newest audit entry: an edit made with
    // another tool is named with its table, id and columns; a row added behind the app too.
    void rowsChangedBehindTheAppAreNamed() {
        const QString path = copyOfDemo();
        const QString release = releaseAt(path, u"scheduled"_qs);
        const Run clean = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QVERIFY2(clean.outText().contains(u"Row state:     0 row(s)"_qs),
                 qPrintable(clean.outText()));
        QVERIFY(execSql(path, u"UPDATE releases SET owner = 'Mallory', status = 'deployed' "
                              "WHERE id = "_qs +
                                  release));
        QVERIFY(execSql(path, u"INSERT INTO change_requests (ticket, summary, requested_by, "
                              "requested_at, created_by, created_at, updated_by, updated_at) "
                              "VALUES ('CHG-SNEAK', 'x', 'x', 0, 'x', 0, 'x', 0)"_qs));
        const Run run = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QCOMPARE(run.exitCode, 1);
        const QString text = run.outText();
        QVERIFY2(text.contains(u"Row state:     2 row(s)"_qs), qPrintable(text));
        QVERIFY(text.contains(u"releases row %1 differs from its audit entry"_qs.arg(release)));
        QVERIFY(text.contains(u"in owner, status"_qs));
        QVERIFY(text.contains(u"change_requests row"_qs));
        QVERIFY(text.contains(u"has no audit entry"_qs));
        // The lifecycle also sees the deployed status it never earned.
        QVERIFY(text.contains(u"is Deployed without"_qs));
    }

    // The calendar's records too: an environment added with another tool has no entry; a
    // blackout Slipway saved whole (here through its own import) and then edited behind its
    // back differs. The demo's own descriptions of its rows raise nothing.
    void calendarRowsChangedBehindTheAppAreNamed() {
        const QString path = copyOfDemo();
        const QString ics =
            writeFile(m_dir, u"one-blackout.ics"_qs,
                      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n"
                      "BEGIN:VEVENT\r\nUID:row-state@test\r\nDTSTAMP:20260101T000000Z"
                      "\r\nDTSTART:20270105T000000Z\r\nDTEND:20270106T000000Z\r\n"
                      "SUMMARY:Row state freeze\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        const Run imported = runSlipway(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, path, u"--as"_qs, u"blackouts"_qs, ics});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY(runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs})
                    .outText()
                    .contains(u"Row state:     0 row(s)"_qs));
        QVERIFY(execSql(path, u"UPDATE blackouts SET name = 'Quietly moved' WHERE name = "
                              "'Row state freeze'"_qs));
        QVERIFY(execSql(path,
                        u"INSERT INTO environments (name, kind, created_by, created_at, "
                        "updated_by, updated_at) VALUES ('Shadow', 'test', 'x', 1, 'x', 1)"_qs));
        const Run run = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QCOMPARE(run.exitCode, 1);
        const QString text = run.outText();
        QVERIFY2(text.contains(u"Row state:     2 row(s)"_qs), qPrintable(text));
        QVERIFY(text.contains(u"blackouts row"_qs) && text.contains(u"in name"_qs));
        QVERIFY(text.contains(u"environments row"_qs) && text.contains(u"has no audit entry"_qs));
    }

    void settingsRefuseBadNumbers_data() {
        QTest::addColumn<QString>("days");
        QTest::newRow("zero") << u"0"_qs;
        QTest::newRow("above the limit") << u"31"_qs;
        QTest::newRow("negative") << u"-2"_qs;
        QTest::newRow("a word") << u"three"_qs;
        QTest::newRow("a fraction") << u"2.5"_qs;
        QTest::newRow("empty") << QString();
    }

    void settingsRefuseBadNumbers() {
        QFETCH(QString, days);
        const QString path = copyOfDemo();
        const QByteArray before = fileBytes(path);
        const Run run = runSlipway(
            {u"lifecycle"_qs, u"settings"_qs, u"--db"_qs, path, u"--emergency-days"_qs, days});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--emergency-days must be a whole number from 1 to 30"_qs),
                 qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY(fileBytes(path) == before);
    }

    void settingsShowAndSet() {
        const QString path = copyOfDemo();
        const QStringList settings{u"lifecycle"_qs, u"settings"_qs, u"--db"_qs, path};
        const Run shown = runSlipway(settings);
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.outText().contains(u"due within 3 day(s)"_qs), qPrintable(shown.outText()));
        const auto json = [&] {
            const Run run = runSlipway(settings + QStringList{u"--json"_qs});
            if (run.exitCode != 0)
                helperFailed(run.errText());
            return QJsonDocument::fromJson(run.out).object();
        };
        QCOMPARE(json().value(u"emergency_approval_days"_qs).toInt(), 3);

        const int entries = auditEntries(path);
        const Run set = as("alice", settings + QStringList{u"--emergency-days"_qs, u"5"_qs});
        QVERIFY2(set.exitCode == 0, qPrintable(set.errText()));
        QVERIFY2(set.outText().contains(u"now due within 5 day(s) of production (were 3)"_qs),
                 qPrintable(set.outText()));
        QCOMPARE(json().value(u"emergency_approval_days"_qs).toInt(), 5);
        QCOMPARE(
            queryValue(path, u"SELECT value FROM meta WHERE key = 'emergency_approval_days'"_qs)
                .toString(),
            u"5"_qs);
        QCOMPARE(auditEntries(path), entries + 1);
        QCOMPARE(queryValue(path, u"SELECT actor FROM audit_log WHERE entity = 'file_setting' "
                                  "ORDER BY seq DESC"_qs)
                     .toString(),
                 u"alice"_qs);
        // The same number again writes nothing.
        const QByteArray same = fileBytes(path);
        QCOMPARE(as("alice", settings + QStringList{u"--emergency-days"_qs, u"5"_qs}).exitCode, 0);
        QVERIFY(fileBytes(path) == same);

        // Once people sign in, only a release manager may change it.
        {
            auto db = openDatabase(path);
            QVERIFY(db);
            QVERIFY(addPeople(
                *db, u"alice"_qs,
                {personWithLogin(u"Alice Moreau"_qs, u"alice"_qs, {u"release_manager"_qs}),
                 personWithLogin(u"Carol Diaz"_qs, u"carol"_qs, {u"qa"_qs})}));
        }
        const QByteArray before = fileBytes(path);
        const Run refused = as("carol", settings + QStringList{u"--emergency-days"_qs, u"9"_qs});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"needs the release manager role"_qs),
                 qPrintable(refused.errText()));
        QVERIFY(fileBytes(path) == before);
        QCOMPARE(as("ALICE", settings + QStringList{u"--emergency-days"_qs, u"9"_qs}).exitCode, 0);
        QCOMPARE(json().value(u"emergency_approval_days"_qs).toInt(), 9);
    }

    void ambiguousAndUnknownReleases() {
        const QString path = copyOfDemo();
        const Run unknown = runSlipway({u"deploy"_qs, u"record"_qs, u"--db"_qs, path,
                                        u"--release"_qs, u"Nothing@9.9.9"_qs, u"--environment"_qs,
                                        u"Production"_qs, u"--outcome"_qs, u"failed"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(u"Nothing@9.9.9"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_DeployCommand)
#include "tst_DeployCommand.moc"
