// SPDX-License-Identifier: GPL-3.0-or-later
// slipway check --db postgresql://… through the binary against a real PostgreSQL 15: a fresh
// demo checks clean; a protecting trigger disabled or dropped, an audit entry rewritten with
// the triggers bypassed, a history table's UPDATE (of the table or a column) granted to a role
// after admin init and row security switched off are each named in one line, and the exit
// code says so.
#include "PgServer.h"
#include "TestSupport.h"
#include "storage/ConnectionSpec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_ServerCheck : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void freshDemoChecksClean();
    void disabledOrMissingTriggerIsNamed();
    void rewrittenEntryIsNamed();
    void grantAfterAdminInitIsNamed();

private:
    // A database of its own holding the demo.
    QString demoDatabase();
    // Statements on one plain connection as the superuser, behind Slipway's back; the first
    // error, or empty.
    QString run(const QString& url, const QStringList& statements);
    // The lines of a check's output that report findings.
    static QStringList findingLines(const Run& check);

    PgServer m_pg;
};

void tst_ServerCheck::initTestCase() {
    dropLoginSession();
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error())); // ./dev.sh installs PostgreSQL 15
}

QString tst_ServerCheck::demoDatabase() {
    const QString url = m_pg.newDatabase();
    if (url.isEmpty())
        return {};
    const Run demo = runSlipway({u"demo"_qs, u"--db"_qs, url});
    if (demo.exitCode != 0) {
        qWarning("demo: %s", qPrintable(demo.errText()));
        return {};
    }
    return url;
}

QString tst_ServerCheck::run(const QString& url, const QStringList& statements) {
    static int serial = 0;
    const QString name = QStringLiteral("server-check-%1").arg(++serial);
    QString error;
    {
        const auto settings = ConnectionSpec::parse(url).value().driverSettings();
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        c.setHostName(settings.hostName);
        c.setPort(settings.port);
        c.setDatabaseName(settings.databaseName);
        c.setUserName(settings.userName);
        if (!c.open()) {
            error = c.lastError().text();
        } else {
            QSqlQuery q(c);
            for (const QString& sql : statements) {
                if (!q.exec(sql)) {
                    error = sql + u": "_qs + q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QStringList tst_ServerCheck::findingLines(const Run& check) {
    QStringList lines;
    for (const QString& line : check.outText().split(u'\n'))
        if (line.startsWith(u"Finding ["_qs))
            lines << line;
    return lines;
}

void tst_ServerCheck::freshDemoChecksClean() {
    const QString url = demoDatabase();
    QVERIFY(!url.isEmpty());
    const Run check = runSlipway({u"check"_qs, u"--db"_qs, url, u"--integrity-only"_qs});
    QVERIFY2(check.exitCode == 0, qPrintable(check.errText() + check.outText()));
    QVERIFY2(check.outText().contains(u"page structure: the server's own; not checked"_qs),
             qPrintable(check.outText()));
    QVERIFY2(findingLines(check).isEmpty(), qPrintable(check.outText()));

    // With the schedule: the demo's planted conflicts, as the same demo in a file has them.
    const Run whole = runSlipway({u"check"_qs, u"--db"_qs, url});
    QCOMPARE(whole.exitCode, 1);
    QVERIFY2(whole.outText().contains(u"No problems found in the file."_qs),
             qPrintable(whole.outText()));
    TempFiles files(u"server-check"_qs);
    const QString file = files.newFile();
    QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, file}).exitCode, 0);
    const Run onFile = runSlipway({u"check"_qs, u"--db"_qs, file});
    const auto conflictsLine = [](const Run& r) {
        const QStringList lines = r.outText().split(u'\n').filter(u"Conflicts:"_qs);
        return lines.isEmpty() ? QString() : lines.first();
    };
    QVERIFY(!conflictsLine(whole).isEmpty());
    QCOMPARE(conflictsLine(whole), conflictsLine(onFile));
    // --full adds the row-state comparison; the server's pages stay unchecked.
    const Run full = runSlipway({u"check"_qs, u"--db"_qs, url, u"--full"_qs});
    QVERIFY2(full.exitCode == 1 && full.err.isEmpty(), qPrintable(full.errText()));
    QVERIFY2(full.outText().contains(u"No problems found in the file."_qs),
             qPrintable(full.outText()));

    const Run json =
        runSlipway({u"check"_qs, u"--db"_qs, url, u"--json"_qs, u"--integrity-only"_qs});
    QVERIFY2(json.exitCode == 0, qPrintable(json.errText()));
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"ok"_qs).toBool(), true);
    QCOMPARE(o.value(u"server"_qs).toBool(), true);
    QVERIFY(o.value(u"audit_chain"_qs).toObject().value(u"entries"_qs).toInt() > 0);
    QVERIFY(o.value(u"file"_qs).toString().startsWith(u"postgresql://"_qs));
}

void tst_ServerCheck::disabledOrMissingTriggerIsNamed() {
    const QString url = demoDatabase();
    QVERIFY(!url.isEmpty());
    QCOMPARE(run(url, {u"ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update"_qs,
                       u"DROP TRIGGER slipway_notify ON releases"_qs}),
             QString());
    const Run check = runSlipway({u"check"_qs, u"--db"_qs, url});
    QCOMPARE(check.exitCode, 1);
    const QStringList lines = findingLines(check);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.filter(u"audit_log_no_update"_qs).size() == 1, qPrintable(check.outText()));
    QVERIFY2(lines.filter(u"audit_log_no_update"_qs).first().contains(u"disabled"_qs),
             qPrintable(check.outText()));
    QVERIFY2(lines.filter(u"table releases: trigger slipway_notify is missing"_qs).size() == 1,
             qPrintable(check.outText()));

    const Run json = runSlipway({u"check"_qs, u"--db"_qs, url, u"--json"_qs});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"audit_protection"_qs).toObject().value(u"ok"_qs).toBool(), false);
    QStringList named;
    for (const QJsonValue& f : o.value(u"findings"_qs).toArray())
        named << f.toObject().value(u"table"_qs).toString() + u'.' +
                     f.toObject().value(u"trigger"_qs).toString();
    named.sort();
    QCOMPARE(named,
             QStringList({u"audit_log.audit_log_no_update"_qs, u"releases.slipway_notify"_qs}));

    // Switched back on and restored: clean again.
    QCOMPARE(run(url, {u"ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update"_qs,
                       u"CREATE TRIGGER slipway_notify AFTER INSERT OR UPDATE OR DELETE OR "
                       u"TRUNCATE ON releases FOR EACH STATEMENT EXECUTE FUNCTION "
                       u"slipway_notify_change()"_qs}),
             QString());
    const Run again = runSlipway({u"check"_qs, u"--db"_qs, url, u"--integrity-only"_qs});
    QVERIFY2(again.exitCode == 0, qPrintable(again.outText()));
}

void tst_ServerCheck::rewrittenEntryIsNamed() {
    const QString url = demoDatabase();
    QVERIFY(!url.isEmpty());
    // As the superuser with triggers skipped for the session: nothing left disabled.
    QCOMPARE(run(url, {u"SET session_replication_role = replica"_qs,
                       u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 3"_qs}),
             QString());
    const Run check = runSlipway({u"check"_qs, u"--db"_qs, url});
    QCOMPARE(check.exitCode, 1);
    const QStringList lines = findingLines(check);
    QVERIFY2(lines.size() == 1, qPrintable(check.outText()));
    QVERIFY2(lines.first().startsWith(u"Finding [audit_chain]"_qs), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(u'3'), qPrintable(lines.first()));

    const Run json = runSlipway({u"check"_qs, u"--db"_qs, url, u"--json"_qs});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject o = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(o.value(u"audit_chain"_qs).toObject().value(u"first_broken_seq"_qs).toInt(), 3);
    QCOMPARE(o.value(u"findings"_qs).toArray().first().toObject().value(u"seq"_qs).toInt(), 3);
}

void tst_ServerCheck::grantAfterAdminInitIsNamed() {
    const QString url = demoDatabase();
    QVERIFY(!url.isEmpty());
    const Run init = runSlipway({u"admin"_qs, u"init"_qs, u"--db"_qs, url});
    QVERIFY2(init.exitCode == 0, qPrintable(init.errText()));
    const Run clean = runSlipway({u"check"_qs, u"--db"_qs, url, u"--integrity-only"_qs});
    QVERIFY2(clean.exitCode == 0, qPrintable(clean.errText() + clean.outText()));
    QVERIFY2(clean.outText().contains(u"Server roles:  ok"_qs), qPrintable(clean.outText()));

    QCOMPARE(run(url, {u"GRANT UPDATE ON audit_log TO slipway_viewer"_qs,
                       u"GRANT UPDATE (subject) ON communications TO slipway_cab"_qs,
                       u"ALTER TABLE cab_decisions DISABLE ROW LEVEL SECURITY"_qs}),
             QString());
    const Run check = runSlipway({u"check"_qs, u"--db"_qs, url});
    QCOMPARE(check.exitCode, 1);
    const QStringList lines = findingLines(check);
    QVERIFY2(lines.size() == 3, qPrintable(check.outText()));
    // A column's grant is named as such.
    QVERIFY2(
        lines.filter(u"table communications: role slipway_cab holds UPDATE (subject)"_qs).size() ==
            1,
        qPrintable(check.outText()));
    QVERIFY2(lines.filter(u"[server_roles]: table audit_log: role slipway_viewer holds UPDATE"_qs)
                     .size() == 1,
             qPrintable(check.outText()));
    QVERIFY2(lines.filter(u"table cab_decisions: row security is off"_qs).size() == 1,
             qPrintable(check.outText()));
}

QTEST_GUILESS_MAIN(tst_ServerCheck)
#include "tst_ServerCheck.moc"
