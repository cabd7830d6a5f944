// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL test fixture and the way Slipway connects: a real server started from
// scratch, reached through Qt's QPSQL driver with what ConnectionSpec makes of its URL.
#include "PgServer.h"
#include "storage/ConnectionSpec.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <pwd.h>
#include <signal.h>
#include <unistd.h>

using namespace slipway;
using slipway::test::PgServer;

class TestPgServer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void connectsThroughConnectionSpec();
    void stopsAndCleansUp();
    void saysWhatToInstall();

private:
    QElapsedTimer m_total;
};

namespace {

// Opens a QPSQL connection named `name` the way Slipway will: from --db's text.
QSqlDatabase openFromSpec(const QString& text, const QString& name) {
    const auto spec = ConnectionSpec::parse(text);
    if (!spec.ok()) {
        QTest::qFail(qPrintable(spec.error().message), __FILE__, __LINE__);
        return {};
    }
    const ConnectionSpec::DriverSettings s = spec->driverSettings();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(s.hostName);
    db.setPort(s.port);
    db.setDatabaseName(s.databaseName);
    db.setUserName(s.userName);
    db.setConnectOptions(s.connectOptions);
    if (!db.open())
        QTest::qFail(qPrintable(QStringLiteral("cannot open %1: %2")
                                    .arg(spec->displayName(), db.lastError().text())),
                     __FILE__, __LINE__);
    return db;
}

} // namespace

void TestPgServer::connectsThroughConnectionSpec() {
    m_total.start();
    {
        PgServer pg(QStringLiteral("release_manager"), QStringLiteral("slipway_test"));
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        qInfo("PostgreSQL up in %lld ms (initdb %lld ms), port %u", pg.startupMs(), pg.initdbMs(),
              unsigned(pg.port()));
        QCOMPARE(pg.url(), QStringLiteral("postgresql://release_manager@127.0.0.1:%1/slipway_test")
                               .arg(pg.port()));
        QVERIFY(QFileInfo::exists(
            QStringLiteral("%1/.s.PGSQL.%2").arg(pg.socketDirectory()).arg(pg.port())));

        // An option beyond host/port/dbname/user travels through the connect options.
        const QString url =
            pg.url() + QStringLiteral("?application_name=slipway-test&sslmode=disable");
        {
            QSqlDatabase db = openFromSpec(url, QStringLiteral("pg"));
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("SELECT version()")), qPrintable(q.lastError().text()));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toString().startsWith(QLatin1String("PostgreSQL 15.")),
                     qPrintable(q.value(0).toString()));

            QVERIFY(q.exec(QStringLiteral("SELECT session_user, current_database(), "
                                          "current_setting('application_name'), "
                                          "(SELECT rolsuper FROM pg_roles WHERE rolname = "
                                          "session_user), current_setting('fsync')")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("release_manager"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("slipway_test"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("slipway-test"));
            QCOMPARE(q.value(3).toBool(), true);
            QCOMPARE(q.value(4).toString(), QStringLiteral("off"));

            QVERIFY2(q.exec(QStringLiteral("CREATE TABLE releases (id integer GENERATED ALWAYS "
                                           "AS IDENTITY PRIMARY KEY, name text NOT NULL, "
                                           "starts_at timestamptz NOT NULL, payload bytea)")),
                     qPrintable(q.lastError().text()));
            // Hostile text goes in bound, and comes back byte for byte.
            const QStringList names{QStringLiteral("Ledger 2.4.0"),
                                    QStringLiteral("O'Brien's \"hotfix\"; DROP TABLE releases; --"),
                                    QStringLiteral("Zürich 日本 \\ %_")};
            const QByteArray payload("\x00\x01\xff'\\", 5);
            const QDateTime when(QDate(2026, 12, 7), QTime(18, 30), Qt::UTC);
            QVERIFY(db.transaction());
            for (const QString& name : names) {
                QVERIFY(q.prepare(QStringLiteral("INSERT INTO releases (name, starts_at, payload) "
                                                 "VALUES (?, ?, ?) RETURNING id")));
                q.addBindValue(name);
                q.addBindValue(when);
                q.addBindValue(payload);
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
                QVERIFY(q.next());
                QVERIFY(q.value(0).toInt() > 0);
            }
            QVERIFY(db.commit());
            QVERIFY(q.prepare(QStringLiteral(
                "SELECT name, starts_at, payload FROM releases WHERE name <> ? ORDER BY id")));
            q.addBindValue(QStringLiteral("nothing"));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QStringList read;
            while (q.next()) {
                read.append(q.value(0).toString());
                QCOMPARE(q.value(1).toDateTime().toUTC(), when);
                QCOMPARE(q.value(2).toByteArray(), payload);
            }
            QCOMPARE(read, names);

            // A libpq connection string reaches the same server the same way.
            const QString conninfo =
                QStringLiteral("host=127.0.0.1 port=%1 dbname=slipway_test user=release_manager "
                               "application_name='a b'")
                    .arg(pg.port());
            QSqlDatabase other = openFromSpec(conninfo, QStringLiteral("pg-conninfo"));
            QSqlQuery count(other);
            QVERIFY(
                count.exec(QStringLiteral("SELECT count(*), current_setting('application_name') "
                                          "FROM releases")));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 3);
            QCOMPARE(count.value(1).toString(), QStringLiteral("a b"));

            // So does a libpq service, read from the service file libpq is pointed at: the
            // name alone travels through QPSQL's connect options to PQconnectdb.
            QTemporaryDir serviceDir;
            QVERIFY(serviceDir.isValid());
            QFile serviceFile(serviceDir.filePath(QStringLiteral("pg_service.conf")));
            QVERIFY(serviceFile.open(QIODevice::WriteOnly));
            serviceFile.write(QStringLiteral("[cab]\nhost=127.0.0.1\nport=%1\ndbname=slipway_test\n"
                                             "user=release_manager\n")
                                  .arg(pg.port())
                                  .toUtf8());
            serviceFile.close();
            qputenv("PGSERVICEFILE", QFile::encodeName(serviceFile.fileName()));
            QSqlDatabase viaService =
                openFromSpec(QStringLiteral("service=cab"), QStringLiteral("pg-service"));
            qunsetenv("PGSERVICEFILE");
            QSqlQuery who(viaService);
            QVERIFY(who.exec(QStringLiteral("SELECT session_user, count(*) FROM releases")));
            QVERIFY(who.next());
            QCOMPARE(who.value(0).toString(), QStringLiteral("release_manager"));
            QCOMPARE(who.value(1).toInt(), 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("pg"));
        QSqlDatabase::removeDatabase(QStringLiteral("pg-conninfo"));
        QSqlDatabase::removeDatabase(QStringLiteral("pg-service"));
    }
    qInfo("whole round trip, server stopped: %lld ms", m_total.elapsed());
}

// The server and its folder are gone once the fixture is; a second one starts from nothing.
void TestPgServer::stopsAndCleansUp() {
    QString folder;
    qint64 pid = 0;
    {
        PgServer pg;
        QVERIFY2(pg.start(), qPrintable(pg.error()));
        folder = pg.socketDirectory();
        // A second database on the same server starts empty.
        QElapsedTimer created;
        created.start();
        const QString second = pg.newDatabase();
        QVERIFY2(!second.isEmpty(), qPrintable(pg.error()));
        qInfo("a new database in %lld ms", created.elapsed());
        QCOMPARE(second,
                 QStringLiteral("postgresql://slipway_test@127.0.0.1:%1/slipway_2").arg(pg.port()));
        {
            QSqlDatabase db = openFromSpec(pg.url(), QStringLiteral("first"));
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE only_here (x integer)"));
            QSqlDatabase other = openFromSpec(second, QStringLiteral("second"));
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE tablename = "
                                          "'only_here'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("SELECT x FROM only_here")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("first"));
        QSqlDatabase::removeDatabase(QStringLiteral("second"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/data/postmaster.pid")));
        QFile pidFile(folder + QStringLiteral("/data/postmaster.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        pid = pidFile.readLine().trimmed().toLongLong();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), 0), 0);
        if (::geteuid() == 0) {
            // Run as root, the server is not root.
            QFileInfo data(folder + QStringLiteral("/data"));
            QCOMPARE(data.ownerId(), uint(::getpwnam(PgServer::kSystemUser)->pw_uid));
        }
    }
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(::kill(pid_t(pid), 0), -1);
    qInfo("both tests: %lld ms", m_total.elapsed());
}

// Without PostgreSQL the fixture fails, naming what to run: CI installs it, so no skipping.
void TestPgServer::saysWhatToInstall() {
    qputenv("SLIPWAY_PG_BINDIR", "/nonexistent/postgresql/bin");
    PgServer pg;
    const bool started = pg.start();
    qunsetenv("SLIPWAY_PG_BINDIR");
    QVERIFY(!started);
    QVERIFY2(pg.error().contains(QLatin1String("./dev.sh")) &&
                 pg.error().contains(QLatin1String("postgresql-15")),
             qPrintable(pg.error()));
    QVERIFY(!pg.error().contains(u'\n'));
}

QTEST_GUILESS_MAIN(TestPgServer)
#include "tst_PgServer.moc"
