// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway audit verify` and `slipway check` catch edits made behind Slipway's back: the
// test drops the append-only trigger, edits one entry, and expects exit 1 naming it.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway::test;

class tst_AuditCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    int m_copies = 0;

    QString copyOfDemo() {
        const QString path = m_dir.filePath(u"copy-%1.slipway"_qs.arg(++m_copies));
        QFile::copy(m_demo, path);
        return path;
    }

    // Runs statements with a plain SQLite connection, as someone editing the file would.
    static bool tamper(const QString& path, const QStringList& statements) {
        bool ok = true;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"tamper"_qs);
            db.setDatabaseName(path);
            ok = db.open();
            QSqlQuery q(db);
            for (const QString& sql : statements) {
                if (ok && !q.exec(sql)) {
                    qWarning() << sql << q.lastError().text();
                    ok = false;
                }
            }
        }
        QSqlDatabase::removeDatabase(u"tamper"_qs);
        return ok;
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void intactChainExitsZero() {
        const Run run = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, copyOfDemo()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.outText().startsWith(u"Audit chain intact"_qs));
        QVERIFY(run.err.isEmpty() || !run.errText().contains(u"slipway"_qs));
    }

    void editedEntryIsNamed() {
        const QString path = copyOfDemo();
        QVERIFY(tamper(path,
                       {u"DROP TRIGGER audit_log_no_update"_qs,
                        u"UPDATE audit_log SET after_json = after_json || ' ' WHERE seq = 17"_qs}));

        const Run verify = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.outText().contains(u"entry 17 was changed after it was written"_qs),
                 verify.out.constData());
        QVERIFY(verify.outText().contains(u"copy-"_qs)); // names the file

        const Run json = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path, u"--json"_qs});
        QCOMPARE(json.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(u"ok"_qs).toBool(), false);
        QCOMPARE(o.value(u"first_broken_seq"_qs).toInteger(), 17);

        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path, u"--json"_qs});
        QCOMPARE(check.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(report.value(u"ok"_qs).toBool(), false);
        QCOMPARE(report.value(u"integrity"_qs).toObject().value(u"ok"_qs).toBool(), true);
        QCOMPARE(
            report.value(u"audit_chain"_qs).toObject().value(u"first_broken_seq"_qs).toInteger(),
            17);
        const QJsonArray findings = report.value(u"findings"_qs).toArray();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings[0].toObject().value(u"check"_qs).toString(), u"audit_chain"_qs);
        QCOMPARE(findings[0].toObject().value(u"seq"_qs).toInteger(), 17);
        // The trigger dropped to make the edit is a finding of its own.
        QCOMPARE(findings[1].toObject().value(u"check"_qs).toString(), u"audit_protection"_qs);
        QCOMPARE(findings[1].toObject().value(u"trigger"_qs).toString(), u"audit_log_no_update"_qs);

        const Run text = runSlipway({u"check"_qs, u"--db"_qs, path});
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.outText().contains(u"entry 17"_qs));
    }

    void deletedEntryIsNamed() {
        const QString path = copyOfDemo();
        QVERIFY(tamper(path, {u"DROP TRIGGER audit_log_no_delete"_qs,
                              u"DELETE FROM audit_log WHERE seq = 40"_qs}));
        const Run verify = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.outText().contains(u"40"_qs), verify.out.constData());
    }

    void danglingReferenceIsAFinding() {
        const QString path = copyOfDemo();
        QVERIFY(tamper(path, {u"PRAGMA foreign_keys = OFF"_qs,
                              u"UPDATE scope_items SET release_id = 999999 WHERE id = 5"_qs}));
        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path, u"--json"_qs});
        QCOMPARE(check.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(check.out).object();
        QCOMPARE(report.value(u"foreign_keys"_qs).toObject().value(u"ok"_qs).toBool(), false);
        const QJsonObject finding = report.value(u"findings"_qs).toArray().first().toObject();
        QCOMPARE(finding.value(u"check"_qs).toString(), u"foreign_keys"_qs);
        QCOMPARE(finding.value(u"table"_qs).toString(), u"scope_items"_qs);
        QCOMPARE(finding.value(u"rowid"_qs).toInteger(), 5);
        QCOMPARE(finding.value(u"parent"_qs).toString(), u"releases"_qs);
    }

    void usageErrors() {
        const Run noAction = runSlipway({u"audit"_qs, u"--db"_qs, m_demo});
        QCOMPARE(noAction.exitCode, 2);
        QVERIFY(noAction.errText().contains(u"verify"_qs));
        const Run unknown = runSlipway({u"audit"_qs, u"rewrite"_qs, u"--db"_qs, m_demo});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(u"rewrite"_qs));
        const Run noDb = runSlipway({u"audit"_qs, u"verify"_qs});
        QCOMPARE(noDb.exitCode, 2);
        QVERIFY(noDb.errText().contains(u"--db"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_AuditCommand)
#include "tst_AuditCommand.moc"
