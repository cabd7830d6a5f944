// SPDX-License-Identifier: GPL-3.0-or-later
// slipway migrate through the binary against a real PostgreSQL server: the demo file to the
// server and back to a file with every row equal and the audit chain verified on all three;
// refusals that leave the target as it was (it holds data, the source's chain is broken, a NUL
// byte or bytes that are not UTF-8 in a text value); a failure injected half-way leaves the
// server without rows and a new file absent.
#include "PgServer.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "storage/AuditLog.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const char* const kFailAt = "SLIPWAY_TEST_MIGRATE_FAIL_AT";

// Row counts of a server's tables, by name; a new database gets its schema (and seeds) first.
QHash<QString, qint64> serverCounts(const QString& url) {
    auto opened = Database::open(url, {});
    if (!opened)
        return {};
    QHash<QString, qint64> counts;
    QSqlQuery q(opened.value()->connection());
    q.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                          "AND tablename <> 'slipway_migrations'"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    for (const QString& t : std::as_const(tables)) {
        q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t));
        if (q.next())
            counts.insert(t, q.value(0).toLongLong());
    }
    return counts;
}

// Every table of two Slipway files compared row by row in primary-key order; the first
// difference, or empty when they are equal.
QString compareFiles(const QString& a, const QString& b, int* tableCount) {
    QSqlDatabase ca = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("a"));
    QSqlDatabase cb = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("b"));
    ca.setDatabaseName(a);
    cb.setDatabaseName(b);
    QString difference;
    if (!ca.open() || !cb.open())
        difference = QStringLiteral("cannot open");
    QSqlQuery qa(ca);
    QSqlQuery qb(cb);
    QStringList tables;
    qa.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite%' ORDER BY name"));
    while (qa.next())
        tables.append(qa.value(0).toString());
    *tableCount = int(tables.size());
    for (const QString& t : std::as_const(tables)) {
        if (!difference.isEmpty())
            break;
        QStringList key;
        QStringList all;
        qa.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(t));
        while (qa.next()) {
            all.append(u'"' + qa.value(1).toString() + u'"');
            if (qa.value(5).toInt() > 0)
                key.append(u'"' + qa.value(1).toString() + u'"');
        }
        const QString sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY %2")
                                .arg(t, (key.isEmpty() ? all : key).join(u','));
        if (!qa.exec(sql) || !qb.exec(sql)) {
            difference = t + QStringLiteral(": ") + qa.lastError().text() + qb.lastError().text();
            break;
        }
        qint64 row = 0;
        for (;;) {
            const bool na = qa.next();
            const bool nb = qb.next();
            ++row;
            if (na != nb) {
                difference = QStringLiteral("%1: row counts differ at row %2").arg(t).arg(row);
                break;
            }
            if (!na)
                break;
            for (int i = 0; i < qa.record().count(); ++i) {
                const QVariant va = qa.value(i);
                const QVariant vb = qb.value(i);
                if (va.typeId() != vb.typeId() || va != vb || va.isNull() != vb.isNull()) {
                    difference = QStringLiteral("%1 row %2 column %3: '%4' against '%5'")
                                     .arg(t)
                                     .arg(row)
                                     .arg(qa.record().fieldName(i), va.toString(), vb.toString());
                    break;
                }
            }
            if (!difference.isEmpty())
                break;
        }
    }
    qa = QSqlQuery();
    qb = QSqlQuery();
    ca = QSqlDatabase();
    cb = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("a"));
    QSqlDatabase::removeDatabase(QStringLiteral("b"));
    return difference;
}

} // namespace

class tst_Migrate : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    PgServer m_pg;
    QString m_demo;
    QString m_filled; // a server holding the demo after roundTrip

    // A copy of the demo with `statements` run on it behind Slipway's back.
    QString tampered(const QString& name, const QStringList& statements) {
        const QString path = copyFile(m_demo, m_dir, name);
        for (const QString& sql : statements)
            if (!path.isEmpty() && !execSql(path, sql))
                qWarning("could not run %s", qPrintable(sql));
        return path;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
        m_demo = makeDemo(m_dir, QStringLiteral("demo.slipway"));
        QVERIFY(!m_demo.isEmpty());
    }

    void cleanup() { qunsetenv(kFailAt); }

    void roundTrip() {
        const QString url = m_pg.newDatabase();
        QVERIFY2(!url.isEmpty(), qPrintable(m_pg.error()));
        const auto source = auditChainOf(m_demo);
        QVERIFY(source.first > 0);

        const Run there = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                      QStringLiteral("--to"), url, QStringLiteral("--json")});
        QVERIFY2(there.exitCode == 0, qPrintable(there.errText()));
        const QJsonObject summary = QJsonDocument::fromJson(there.out).object();
        QCOMPARE(summary.value(QStringLiteral("audit_entries")).toInteger(), source.first);
        QCOMPARE(summary.value(QStringLiteral("head")).toString(), source.second);
        QVERIFY(summary.value(QStringLiteral("tables")).toInt() > 50);
        QVERIFY(summary.value(QStringLiteral("rows")).toInteger() > source.first);
        QCOMPARE(auditChainOf(url), source);
        m_filled = url;

        // New rows on the server continue after the copied ids.
        {
            auto db = Database::open(url, {});
            QVERIFY2(db, qPrintable(db.error().message));
            QSqlQuery q(db.value()->connection());
            QVERIFY2(q.exec(QStringLiteral(
                         "INSERT INTO teams (name, created_by, created_at, updated_by, "
                         "updated_at) VALUES ('After the move', 't', 0, 't', 0) RETURNING id")) &&
                         q.next(),
                     qPrintable(q.lastError().text()));
            const qint64 id = q.value(0).toLongLong();
            QVERIFY(q.exec(QStringLiteral("SELECT max(id) FROM teams WHERE id <> ") +
                           QString::number(id)) &&
                    q.next());
            QVERIFY(id > q.value(0).toLongLong());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM teams WHERE id = ") + QString::number(id)));
        }

        const QString back = m_dir.filePath(QStringLiteral("back.slipway"));
        const Run home = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), url,
                                     QStringLiteral("--to"), back});
        QVERIFY2(home.exitCode == 0, qPrintable(home.errText()));
        QVERIFY2(home.outText().contains(source.second), qPrintable(home.outText()));
        QCOMPARE(auditChainOf(back), source);
        int tables = 0;
        const QString difference = compareFiles(m_demo, back, &tables);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QVERIFY(tables > 50);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral(".back.slipway.partial"))));
        QCOMPARE(auditEntries(back), int(source.first));
    }

    void refusesATargetThatHoldsData() {
        QVERIFY(!m_filled.isEmpty());
        const auto before = serverCounts(m_filled);
        const Run again = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                      QStringLiteral("--to"), m_filled});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.errText().contains(QLatin1String("already holds Slipway data")),
                 qPrintable(again.errText()));
        QVERIFY(!again.errText().contains(u'\n'));
        QCOMPARE(serverCounts(m_filled), before);

        const QString file = copyFile(m_demo, m_dir, QStringLiteral("full.slipway"));
        const QByteArray bytes = fileBytes(file);
        const Run toFile = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"),
                                       m_filled, QStringLiteral("--to"), file});
        QCOMPARE(toFile.exitCode, 2);
        QVERIFY2(toFile.errText().contains(QLatin1String("already holds")),
                 qPrintable(toFile.errText()));
        QCOMPARE(fileBytes(file), bytes);
    }

    void refusesABrokenChain() {
        const QString broken =
            tampered(QStringLiteral("broken.slipway"),
                     {QStringLiteral("DROP TRIGGER audit_log_no_update"),
                      QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 7")});
        const QString url = m_pg.newDatabase();
        const Run run = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), broken,
                                    QStringLiteral("--to"), url});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errText().contains(QLatin1String("broken at entry 7")),
                 qPrintable(run.errText()));
        const auto counts = serverCounts(url);
        QCOMPARE(counts.value(QStringLiteral("audit_log"), -1), 0);
        QCOMPARE(counts.value(QStringLiteral("releases"), -1), 0);

        const QString file = m_dir.filePath(QStringLiteral("never.slipway"));
        const Run toFile = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), broken,
                                       QStringLiteral("--to"), file});
        QCOMPARE(toFile.exitCode, 1);
        QVERIFY(!QFile::exists(file));
    }

    void failureHalfWayLeavesNothing() {
        const QString url = m_pg.newDatabase();
        const auto fresh = serverCounts(url);
        QVERIFY(fresh.value(QStringLiteral("gate_templates")) > 0); // the seeds
        qputenv(kFailAt, "releases");
        const Run run = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                    QStringLiteral("--to"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(QLatin1String("injected")), qPrintable(run.errText()));
        QCOMPARE(serverCounts(url), fresh);

        QVERIFY(!m_filled.isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("half.slipway"));
        const Run back = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_filled,
                                     QStringLiteral("--to"), file});
        QCOMPARE(back.exitCode, 2);
        QVERIFY(!QFile::exists(file));
        QVERIFY(QDir(m_dir.path())
                    .entryList({QStringLiteral("*half*")}, QDir::Files | QDir::Hidden)
                    .isEmpty());
        qunsetenv(kFailAt);
        // Afterwards the same move goes through: nothing was left half-done.
        const Run again = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                      QStringLiteral("--to"), url});
        QVERIFY2(again.exitCode == 0, qPrintable(again.errText()));
    }

    void textPostgresqlCannotHoldIsRefused_data() {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("says");
        QTest::newRow("NUL")
            << QStringLiteral("UPDATE releases SET objectives = 'a' || char(0) || 'b' WHERE id = 3")
            << QStringLiteral("releases row 3 (id=3) column objectives holds a "
                              "NUL byte");
        QTest::newRow("not UTF-8")
            << QStringLiteral("UPDATE releases SET objectives = CAST(X'61FF62' AS TEXT) WHERE "
                              "id = 4")
            << QStringLiteral("releases row 4 (id=4) column objectives holds bytes that are "
                              "not UTF-8");
    }
    void textPostgresqlCannotHoldIsRefused() {
        QFETCH(QString, sql);
        QFETCH(QString, says);
        const QString file = tampered(
            QStringLiteral("text-%1.slipway").arg(QString::fromLatin1(QTest::currentDataTag())),
            {sql});
        const QString url = m_pg.newDatabase();
        const Run run = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), file,
                                    QStringLiteral("--to"), url});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        QVERIFY(!run.errText().contains(u'\n'));
        const auto counts = serverCounts(url);
        QCOMPARE(counts.value(QStringLiteral("releases"), -1), 0);
        QCOMPARE(counts.value(QStringLiteral("audit_log"), -1), 0);
    }

    // File to file and server to server take the same path.
    void otherDirections() {
        QVERIFY(!m_filled.isEmpty());
        const auto source = auditChainOf(m_demo);
        const QString copy = m_dir.filePath(QStringLiteral("copy.slipway"));
        const Run files = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                      QStringLiteral("--to"), copy});
        QVERIFY2(files.exitCode == 0, qPrintable(files.errText()));
        int tables = 0;
        QString difference = compareFiles(m_demo, copy, &tables);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(auditChainOf(copy), source);

        const QString url = m_pg.newDatabase();
        const Run servers = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"),
                                        m_filled, QStringLiteral("--to"), url});
        QVERIFY2(servers.exitCode == 0, qPrintable(servers.errText()));
        QCOMPARE(auditChainOf(url), source);
        QCOMPARE(serverCounts(url), serverCounts(m_filled));
    }

    // A role that owns its database but may not set replica mode: the user triggers are
    // switched off table by table instead, and foreign keys stay checked during the copy.
    void ownerWithoutSuperuser() {
        QVERIFY(test::pgExecSql(m_pg.url(), QStringLiteral("CREATE ROLE mover LOGIN")));
        QVERIFY(test::pgExecSql(m_pg.url(), QStringLiteral("CREATE DATABASE moved OWNER mover")));
        const QString url =
            QStringLiteral("postgresql://mover@127.0.0.1:%1/moved").arg(m_pg.port());
        const auto source = auditChainOf(m_demo);
        const Run there = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                      QStringLiteral("--to"), url});
        QVERIFY2(there.exitCode == 0, qPrintable(there.errText()));
        QCOMPARE(auditChainOf(url), source);
        // The triggers are on again: the log refuses an update.
        QVERIFY(!test::pgExecSql(url,
                                 QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE seq = 1")));

        const QString back = m_dir.filePath(QStringLiteral("from-owner.slipway"));
        const Run home = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), url,
                                     QStringLiteral("--to"), back});
        QVERIFY2(home.exitCode == 0, qPrintable(home.errText()));
        int tables = 0;
        const QString difference = compareFiles(m_demo, back, &tables);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void usage() {
        const Run missing =
            runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.errText().contains(QLatin1String("--to")), qPrintable(missing.errText()));
        const Run same = runSlipway({QStringLiteral("migrate"), QStringLiteral("--from"), m_demo,
                                     QStringLiteral("--to"), m_demo});
        QCOMPARE(same.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Migrate)
#include "tst_Migrate.moc"
