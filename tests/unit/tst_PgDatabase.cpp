// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a PostgreSQL server as a Slipway database: the schema made from the baseline in one
// transaction, edits through the services with the audit chain verified, another client's
// commit announced by NOTIFY, and the refusals (not Slipway's, newer, unreachable, read-only).
#include "Fixtures.h"
#include "PgServer.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/AuditService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

using namespace slipway;
using slipway::test::PgServer;

class TestPgDatabase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsTheSchemaOnce();
    void editsThroughServicesWithTheChainIntact();
    void anotherClientsCommitIsAnnounced();
    void refusesWhatItMustNotTouch();
    void readOnlyRefusesWrites();
    void unreachableServerSaysSoInOneLine();
    void aLostConnectionComesBack();

private:
    std::unique_ptr<Database> open(const QString& url, bool readOnly = false);
    PgServer m_pg;
};

std::unique_ptr<Database> TestPgDatabase::open(const QString& url, bool readOnly) {
    FileOpenOptions options;
    options.readOnly = readOnly;
    auto db = Database::open(url, options);
    if (!db) {
        QTest::qFail(qPrintable(db.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(db.value());
}

void TestPgDatabase::initTestCase() {
    QVERIFY2(m_pg.start(), qPrintable(m_pg.error()));
}

void TestPgDatabase::createsTheSchemaOnce() {
    const QString url = m_pg.newDatabase();
    QVERIFY2(!url.isEmpty(), qPrintable(m_pg.error()));
    auto first = open(url);
    QVERIFY(first);
    QVERIFY(first->isPostgres());
    QCOMPARE(first->schemaVersion(), Database::supportedSchemaVersion());
    QVERIFY(first->handle() == nullptr);
    QVERIFY(first->pgHandle() != nullptr);
    QVERIFY(first->fileName().startsWith(QLatin1String("postgresql://")));
    QSqlQuery q(first->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM slipway_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1); // the baseline, recorded once
    QCOMPARE(q.value(1).toInt(), Database::supportedSchemaVersion());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM gate_templates")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 10); // the seeds came with it
    q.finish();
    // Opened again (a second client), nothing runs twice.
    auto second = open(url);
    QVERIFY(second);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM slipway_migrations")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestPgDatabase::editsThroughServicesWithTheChainIntact() {
    const QString url = m_pg.newDatabase();
    auto opened = Document::open(url, FileOpenOptions{});
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Document& doc = *opened.value();
    const qint64 a = test::createRelease(
        doc.releases(), test::newRelease(QStringLiteral("Payments"), QStringLiteral("4.2.0")));
    const qint64 b = test::createRelease(
        doc.releases(),
        test::newRelease(QStringLiteral("Ledger ‘Ω’ \"quoted\""), QStringLiteral("1.0.0")));
    QVERIFY(a > 0 && b > a); // identity ids come back through RETURNING
    auto fetched = doc.releases().find(b);
    QVERIFY(fetched);
    QCOMPARE(fetched->name, QStringLiteral("Ledger ‘Ω’ \"quoted\""));
    Release changed = fetched.value();
    changed.name = QStringLiteral("Ledger");
    QVERIFY2(doc.releases().update(changed), "update");
    // The same release saved from its stale copy is refused, not silently overwritten.
    Release stale = fetched.value();
    stale.name = QStringLiteral("Ledger (stale)");
    const auto refused = doc.releases().update(stale);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Stale);

    auto verified = doc.audit().verify();
    QVERIFY2(verified, qPrintable(verified ? QString() : verified.error().message));
    QVERIFY(verified->checked >= 3);
    QVERIFY2(!verified->firstBrokenSeq, qPrintable(verified->problem));

    // The chain is the same on both engines: a changed entry is found by the same walk.
    QVERIFY(test::pgExecSql(url, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER USER")));
    QVERIFY(test::pgExecSql(url, QStringLiteral("UPDATE audit_log SET actor = 'mallory' "
                                                "WHERE seq = 2")));
    auto broken = doc.audit().verify();
    QVERIFY(broken);
    QCOMPARE(broken->firstBrokenSeq.value_or(0), 2);
}

void TestPgDatabase::anotherClientsCommitIsAnnounced() {
    const QString url = m_pg.newDatabase();
    auto watcher = Document::open(url, FileOpenOptions{});
    QVERIFY(watcher);
    auto writer = Document::open(url, FileOpenOptions{});
    QVERIFY(writer);
    Database& watched = watcher.value()->database();
    QSignalSpy changed(&watched, &Database::changedElsewhere);
    watched.watchForExternalChanges();
    // Its own commits are not news to it.
    test::createRelease(watcher.value()->releases(), test::newRelease(QStringLiteral("Own")));
    QTest::qWait(200);
    QCOMPARE(changed.count(), 0);
    QElapsedTimer seen;
    seen.start();
    test::createRelease(writer.value()->releases(), test::newRelease(QStringLiteral("Other")));
    QVERIFY(changed.wait(1000));
    qInfo("another client's commit announced after %lld ms", seen.elapsed());
    // The commit touched several tables (the release, its audit entry…): one reload, not one
    // per table.
    QTest::qWait(300);
    QCOMPARE(changed.count(), 1);
}

void TestPgDatabase::refusesWhatItMustNotTouch() {
    // A database with tables of its own is not Slipway's: refused, left as it was.
    const QString foreign = m_pg.newDatabase();
    QVERIFY(test::pgExecSql(foreign, QStringLiteral("CREATE TABLE payroll (id int)")));
    auto refused = Database::open(foreign, FileOpenOptions{});
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::NotDatabase);
    QVERIFY2(refused.error().message.contains(QLatin1String("not Slipway's")),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u'\n'));
    QCOMPARE(test::pgQueryValue(foreign, QStringLiteral("SELECT to_regclass('slipway_migrations') "
                                                        "IS NULL"))
                 .toBool(),
             true);

    // A schema from a newer Slipway: refused, not downgraded.
    const QString newer = m_pg.newDatabase();
    QVERIFY(open(newer));
    QVERIFY(test::pgExecSql(newer, QStringLiteral("INSERT INTO slipway_migrations (version, file, "
                                                  "sha256) VALUES (999, 'x', 'y')")));
    auto tooNew = Database::open(newer, FileOpenOptions{});
    QVERIFY(!tooNew);
    QCOMPARE(tooNew.error().kind, Error::Kind::NewerSchema);

    // A password in the URL is refused before connecting: Slipway keeps none.
    auto withPassword = Database::open(
        QStringLiteral("postgresql://olga:secret@127.0.0.1:%1/x").arg(m_pg.port()), {});
    QVERIFY(!withPassword);
    QVERIFY(!withPassword.error().message.contains(QLatin1String("secret")));
}

void TestPgDatabase::readOnlyRefusesWrites() {
    const QString url = m_pg.newDatabase();
    {
        // A read-only open cannot create the schema.
        auto early = Database::open(url, FileOpenOptions{.readOnly = true});
        QVERIFY(!early);
        QCOMPARE(early.error().kind, Error::Kind::ReadOnly);
    }
    QVERIFY(open(url));
    FileOpenOptions options;
    options.readOnly = true;
    auto opened = Document::open(url, options);
    QVERIFY(opened);
    QVERIFY(opened.value()->database().isReadOnly());
    const auto refused =
        opened.value()->releases().create(test::newRelease(QStringLiteral("Not allowed")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::ReadOnly);
}

void TestPgDatabase::unreachableServerSaysSoInOneLine() {
    // Port 1 on loopback: nobody listens, the connection is refused at once.
    auto db = Database::open(QStringLiteral("postgresql://nobody@127.0.0.1:1/slipway"), {});
    QVERIFY(!db);
    QCOMPARE(db.error().kind, Error::Kind::Io);
    QVERIFY2(
        db.error().message.startsWith(QLatin1String("postgresql://nobody@127.0.0.1:1/slipway")),
        qPrintable(db.error().message));
    QVERIFY2(!db.error().message.contains(u'\n'), qPrintable(db.error().message));
}

QTEST_GUILESS_MAIN(TestPgDatabase)
#include "tst_PgDatabase.moc"

// The server ends the window's session (a restart, a failover, an administrator) and for a
// while takes no new connections: a save says so in one line, the window is told once, the
// connection comes back by itself once the server takes it, everything reloads, and other
// clients' commits are announced again.
void TestPgDatabase::aLostConnectionComesBack() {
    const QString url = m_pg.newDatabase();
    const QString name = QUrl(url).path().mid(1);
    auto watcher = Document::open(url, FileOpenOptions{});
    QVERIFY2(watcher, qPrintable(watcher ? QString() : watcher.error().message));
    auto writer = Document::open(url, FileOpenOptions{});
    QVERIFY(writer);
    Document& doc = *watcher.value();
    QSignalSpy lost(&doc, &Document::serverConnectionLost);
    QSignalSpy restored(&doc, &Document::serverConnectionRestored);
    QSignalSpy changed(&doc, &Document::changedElsewhere);
    QSqlQuery pid(doc.database().connection());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();

    QVERIFY(test::pgExecSql(m_pg.url(),
                            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(name)));
    QVERIFY(test::pgExecSql(m_pg.url(),
                            QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
    QTest::qWait(200);
    auto refused = doc.releases().create(test::newRelease(u"Lost"_qs));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Io);
    QVERIFY2(refused.error().message.contains(u"cannot be reached"_qs),
             qPrintable(refused.error().message));
    QVERIFY(!refused.error().message.contains(u'\n'));

    QVERIFY(lost.count() == 1 || lost.wait(10000));
    const QString why = lost.first().first().toString();
    QVERIFY2(why.contains(u"was lost"_qs) && !why.contains(u'\n'), qPrintable(why));
    // Tried again while the server refuses: not back, and said only once.
    QTest::qWait(5000);
    QCOMPARE(restored.count(), 0);
    QCOMPARE(lost.count(), 1);

    changed.clear();
    QVERIFY(test::pgExecSql(m_pg.url(),
                            QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(name)));
    QVERIFY(restored.wait(15000));
    QVERIFY(changed.count() >= 1); // every view reloads
    QVERIFY(test::createRelease(doc.releases(), test::newRelease(u"Back"_qs)) > 0);
    QCOMPARE(test::pgQueryValue(url, QStringLiteral("SELECT count(*) FROM releases WHERE name = "
                                                    "'Lost'"))
                 .toInt(),
             0);
    // Listening again: another client's commit is announced.
    changed.clear();
    test::createRelease(writer.value()->releases(), test::newRelease(u"Other"_qs));
    QVERIFY(changed.wait(3000));
}
