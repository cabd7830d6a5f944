// SPDX-License-Identifier: GPL-3.0-or-later
// The audit trail: append-only in the database, and a hash chain that exposes any edit
// made behind the application's back. On a server the chain is the server's (a trigger, its
// clock and the login), refused UPDATE, DELETE and TRUNCATE, and an edit behind its back is
// made the way one can there: by the superuser, with the table's triggers off.
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include "TestEngine.h"
#include "TestSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_AuditLog : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"audit"_qs};

    std::unique_ptr<Database> freshWithReleases(int count) {
        auto db = test::openDatabase(m_files.newFile());
        if (!db)
            return nullptr;
        ReleaseService service(*db, Session{u"alice"_qs, u"CHG0001234"_qs});
        for (int i = 0; i < count; ++i) {
            Release r;
            r.name = u"Release %1"_qs.arg(i);
            r.version = u"1.%1.0"_qs.arg(i);
            if (auto made = service.create(r); !made) {
                test::helperFailed(made.error().message);
                return nullptr;
            }
        }
        return db;
    }

    // Runs `sql` behind the application's back and answers the rows it touched (-1 when it
    // failed): on a file after dropping the refusing triggers, as any SQLite tool can; on a
    // server as the superuser, who turns them off for the statement (they refuse every login,
    // the table's owner too).
    static int tamper(Database& db, const QString& sql) {
        if (!db.isPostgres()) {
            QSqlQuery q(db.connection());
            if (!q.exec(u"DROP TRIGGER audit_log_no_update"_qs) ||
                !q.exec(u"DROP TRIGGER audit_log_no_delete"_qs) || !q.exec(sql)) {
                test::helperFailed(q.lastError().text());
                return -1;
            }
            return q.numRowsAffected();
        }
        const QString triggers = u" TRIGGER audit_log_no_update, %1 TRIGGER audit_log_no_delete"_qs;
        if (!test::pgExecSql(db.path(),
                             u"ALTER TABLE audit_log DISABLE"_qs + triggers.arg(u"DISABLE"_qs))) {
            test::helperFailed(u"the superuser could not turn the audit log's triggers off"_qs);
            return -1;
        }
        const QVariant touched = test::pgQueryValue(
            db.path(), u"WITH t AS ("_qs + sql + u" RETURNING 1) SELECT count(*) FROM t"_qs);
        if (!test::pgExecSql(db.path(),
                             u"ALTER TABLE audit_log ENABLE"_qs + triggers.arg(u"ENABLE"_qs)) ||
            !touched.isValid()) {
            test::helperFailed(u"the superuser could not run: "_qs + sql);
            return -1;
        }
        return touched.toInt();
    }

private Q_SLOTS:
    void everyWriteAppendsOneEntry() {
        auto db = freshWithReleases(1);
        QVERIFY(db);
        ReleaseService service(*db, Session{u"bob"_qs, {}});
        Release r = service.all()->first();
        r.version = u"1.0.1"_qs;
        auto updated = service.update(r);
        QVERIFY(updated);
        QVERIFY(service.remove(r.id, updated->rowVersion).ok());

        AuditLog log(*db);
        QCOMPARE(log.count().value(), qint64(3));
        const QList<AuditEntry> entries = log.page({}, 0, 10).value(); // newest first
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[2].action, u"create"_qs);
        QCOMPARE(entries[2].actor, test::recordedActor(*db, u"alice"_qs));
        QCOMPARE(entries[2].changeTicket, u"CHG0001234"_qs);
        QVERIFY(entries[2].beforeJson.isEmpty());
        QCOMPARE(entries[1].action, u"update"_qs);
        QCOMPARE(entries[1].actor, test::recordedActor(*db, u"bob"_qs));
        const QJsonObject before = QJsonDocument::fromJson(entries[1].beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(entries[1].afterJson.toUtf8()).object();
        QCOMPARE(before.value(u"version"_qs).toString(), u"1.0.0"_qs);
        QCOMPARE(after.value(u"version"_qs).toString(), u"1.0.1"_qs);
        QCOMPARE(entries[0].action, u"delete"_qs);
        QVERIFY(entries[0].afterJson.isEmpty());
        QCOMPARE(entries[0].entity, u"release"_qs);
        QCOMPARE(entries[0].entityId, r.id);
        // Each entry's previous hash is the entry before it.
        QCOMPARE(entries[2].prevHash, AuditLog::genesisHash());
        QCOMPARE(entries[1].prevHash, entries[2].hash);
        QCOMPARE(entries[0].prevHash, entries[1].hash);
        QCOMPARE(log.head().value(), entries[0].hash);
    }

    void triggersRefuseUpdateAndDelete() {
        auto db = freshWithReleases(2);
        QVERIFY(db);
        QSqlQuery q(db->connection());
        QVERIFY(!q.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"_qs));
        QVERIFY(q.lastError().databaseText().contains(u"append-only"_qs));
        QVERIFY(!q.exec(u"DELETE FROM audit_log WHERE seq = 2"_qs));
        QVERIFY(q.lastError().databaseText().contains(u"append-only"_qs));
        if (db->isPostgres()) { // SQLite has no TRUNCATE; a server's would fire no row trigger
            QVERIFY(!q.exec(u"TRUNCATE audit_log"_qs));
            QVERIFY2(q.lastError().databaseText().contains(u"append-only"_qs),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(AuditLog(*db).count().value(), qint64(2));
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void chainCatchesAnEditBehindTheAppsBack_data() {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("firstBroken");
        QTest::addColumn<QString>("problemWords");
        QTest::newRow("edited content")
            << u"UPDATE audit_log SET after_json = replace(after_json, 'Release 2', 'Release X') WHERE seq = 3"_qs
            << qint64(3) << u"changed after it was written"_qs;
        QTest::newRow("other actor") << u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 4"_qs
                                     << qint64(4) << u"changed after it was written"_qs;
        QTest::newRow("deleted entry")
            << u"DELETE FROM audit_log WHERE seq = 2"_qs << qint64(2) << u"missing"_qs;
        QTest::newRow("rehashed entry")
            << u"UPDATE audit_log SET actor = 'mallory', hash = 'ab' || substr(hash, 3) WHERE seq = 2"_qs
            << qint64(2) << u"changed after it was written"_qs;
    }
    void chainCatchesAnEditBehindTheAppsBack() {
        QFETCH(QString, statement);
        QFETCH(qint64, firstBroken);
        QFETCH(QString, problemWords);
        auto db = freshWithReleases(5);
        QVERIFY(db);
        AuditLog log(*db);
        auto clean = log.verify();
        QVERIFY(clean && clean->intact());
        QCOMPARE(clean->checked, qint64(5));
        QCOMPARE(tamper(*db, statement), 1);
        auto broken = log.verify();
        QVERIFY(broken);
        QVERIFY(!broken->intact());
        QCOMPARE(*broken->firstBrokenSeq, firstBroken);
        QVERIFY2(broken->problem.contains(problemWords), qPrintable(broken->problem));
    }

    // What append() answers is what was stored, whatever the caller put in the chain's fields:
    // the next seq after the head, its hash as the previous one, and the actor the database
    // records (on a server the login, the time its clock).
    void appendAnswersWhatIsStored() {
        auto db = freshWithReleases(2);
        QVERIFY(db);
        AuditLog log(*db);
        const QString head = log.head().value();
        AuditEntry forged;
        forged.seq = 99;
        forged.atMs = 1764547200000;
        forged.actor = u"mallory"_qs;
        forged.action = u"update"_qs;
        forged.entity = u"release"_qs;
        forged.entityId = 1;
        forged.afterJson = u"{\"name\":\"Renamed\"}"_qs;
        forged.prevHash = QString(64, u'1');
        forged.hash = QString(64, u'2');
        Transaction tx(*db);
        QVERIFY(tx.begin());
        const auto appended = log.append(forged);
        QVERIFY2(appended, qPrintable(appended ? QString() : appended.error().message));
        QVERIFY(tx.commit());
        QCOMPARE(appended->seq, qint64(3));
        QCOMPARE(appended->prevHash, head);
        QCOMPARE(appended->actor, test::recordedActor(*db, u"mallory"_qs));
        const auto stored = log.entry(3);
        QVERIFY(stored);
        QCOMPARE(stored->atMs, appended->atMs);
        QCOMPARE(stored->actor, appended->actor);
        QCOMPARE(stored->afterJson, forged.afterJson);
        QCOMPARE(stored->hash, appended->hash);
        QCOMPARE(AuditLog::computeHash(stored.value()), stored->hash);
        QCOMPARE(log.head().value(), appended->hash);
        QVERIFY(log.verify()->intact());
    }

    void hashCoversEveryField() {
        AuditEntry e;
        e.seq = 7;
        e.atMs = 1764547200000;
        e.actor = u"alice"_qs;
        e.action = u"update"_qs;
        e.entity = u"release"_qs;
        e.entityId = 42;
        e.beforeJson = u"{}"_qs;
        e.afterJson = u"{\"a\":1}"_qs;
        e.changeTicket = u"CHG1"_qs;
        e.prevHash = AuditLog::genesisHash();
        const QString base = AuditLog::computeHash(e);
        QCOMPARE(base.size(), 64);
        auto differs = [&](auto mutate) {
            AuditEntry c = e;
            mutate(c);
            return AuditLog::computeHash(c) != base;
        };
        QVERIFY(differs([](AuditEntry& c) { c.seq = 8; }));
        QVERIFY(differs([](AuditEntry& c) { c.atMs += 1; }));
        QVERIFY(differs([](AuditEntry& c) { c.actor = u"alicf"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.action = u"delete"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.entity = u"scope_item"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.entityId = 43; }));
        QVERIFY(differs([](AuditEntry& c) { c.beforeJson = u"{ }"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.afterJson = u"{\"a\":2}"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.changeTicket = u"CHG2"_qs; }));
        QVERIFY(differs([](AuditEntry& c) { c.prevHash = QString(64, u'1'); }));
        // Moving a byte from one field to the next changes the hash (fields are delimited).
        QVERIFY(differs([](AuditEntry& c) {
            c.actor = u"alic"_qs;
            c.action = u"eupdate"_qs;
        }));
        QCOMPARE(AuditLog::computeHash(e), base); // and it is deterministic
    }

    void pagingAndFilter() {
        auto db = freshWithReleases(30);
        QVERIFY(db);
        AuditLog log(*db);
        const auto first = log.page({}, 0, 10).value();
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().seq, qint64(30));
        const auto second = log.page({}, first.last().seq, 10).value();
        QCOMPARE(second.first().seq, qint64(20));
        AuditFilter filter;
        filter.text = test::recordedActor(*db, u"alice"_qs);
        QCOMPARE(log.count(filter).value(), qint64(30));
        filter.text = u"nobody"_qs;
        QCOMPARE(log.count(filter).value(), qint64(0));
        filter.text = u"%"_qs; // LIKE wildcards in user text are literal
        QCOMPARE(log.count(filter).value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_AuditLog.moc"
