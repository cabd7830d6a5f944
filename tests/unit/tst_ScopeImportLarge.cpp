// SPDX-License-Identifier: GPL-3.0-or-later
// Imports large enough to take the fast paths (rows mapped on two threads, multi-row
// inserts, the rollback journal for the write): the items as the file says, one audit entry
// naming every new item and the file's SHA-256, an intact chain, a file back in WAL, one
// entry per updated item on re-import, a bad row still refuses the whole file, and the
// schema (the (release_id, status) index rebuilt after the rows) ends as it began, also
// when the write fails.
#include "Fixtures.h"
#include "TestSupport.h"
#include "domain/ScopeItem.h"
#include "io/CsvReader.h"
#include "io/CsvTable.h"
#include "io/ScopeCsvMapping.h"
#include "services/ReleaseService.h"
#include "services/ScopeImportService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <utility>

using namespace slipway;

namespace {

QByteArray csv(int rows, int badRow = -1) {
    QByteArray out = "external_key,title,kind,priority,status,stakeholder,effort,labels\r\n";
    for (int i = 0; i < rows; ++i) {
        const QByteArray n = QByteArray::number(i);
        out += "BIG-" + n + ",\"Step " + n + ", \"\"quoted\"\"\"," +
               (i == badRow ? "widget"
                : i % 2     ? "fix"
                            : "feature") +
               ",high,committed,Ops," + QByteArray::number(i % 7) + ",a; b\r\n";
    }
    return out;
}

} // namespace

class tst_ScopeImportLarge : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    static Result<ScopeImportService::Outcome> run(Database& db, const QByteArray& bytes) {
        auto table = CsvReader::parse(bytes, u"big.csv"_qs);
        if (!table)
            return table.error();
        auto mapping = ScopeCsvMapping::forTable(table.value(), {}, u"big.csv"_qs);
        if (!mapping)
            return mapping.error();
        return ScopeImportService(db, Session{u"tester"_qs, u"CHG-9"_qs})
            .import(table.value(), mapping.value(), u"big.csv"_qs, {});
    }

    static QString scalar(Database& db, const QString& sql) {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
    }

    // Every table, index and trigger with its SQL, and scope_items' index list, by name.
    static QString schema(Database& db) {
        return scalar(db, u"SELECT group_concat(type || ' ' || name || ' ' || coalesce(sql, ''), "
                          "'\n') FROM (SELECT * FROM sqlite_master ORDER BY name)"_qs) +
               u"\n"_qs +
               scalar(db, u"SELECT group_concat(name || ' ' || \"unique\" || origin || partial, "
                          "'\n') FROM (SELECT * FROM pragma_index_list('scope_items') "
                          "ORDER BY name)"_qs);
    }

private Q_SLOTS:
    void largeImportMatchesTheSlowPath() {
        auto opened = test::openDatabase(m_dir.filePath(u"big.slipway"_qs));
        QVERIFY(opened);
        Database& db = *opened;
        // Something before the import, so ids and the chain do not start at 1.
        ReleaseService releases(db, Session{u"tester"_qs, {}});
        QVERIFY(test::createRelease(releases, test::newRelease(u"Payments"_qs)));
        const qint64 before = AuditLog(db).count().value();
        const QString schemaBefore = schema(db);
        QVERIFY(schemaBefore.contains(u"index scope_items_release CREATE INDEX"_qs));

        const QByteArray file = csv(6000);
        auto outcome = run(db, file);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(!outcome->refused);
        QCOMPARE(outcome->created, 6000);
        QCOMPARE(schema(db), schemaBefore);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QCOMPARE(AuditLog(db).count().value(), before + 1);
        QVERIFY(AuditLog(db).verify()->intact());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_qs), u"wal"_qs);

        const QList<ScopeItem> stored = ScopeRepository(db).all().value();
        QCOMPARE(stored.size(), 6000);
        QCOMPARE(stored.at(5999).title, u"Step 5999, \"quoted\""_qs);
        QCOMPARE(stored.at(5999).effort, double(5999 % 7));

        // One entry ties every new item to the import and to the exact file.
        const AuditEntry entry = AuditLog(db).page({}, 0, 1).value().first();
        QCOMPARE(entry.action, u"scope.import"_qs);
        QCOMPARE(entry.entity, u"scope_item"_qs);
        QCOMPARE(entry.entityId, stored.first().id);
        QCOMPARE(entry.changeTicket, u"CHG-9"_qs);
        const QJsonObject record = QJsonDocument::fromJson(entry.afterJson.toUtf8()).object();
        QVERIFY(test::recordsImportedFile(record, file, u"big.csv"_qs));
        QCOMPARE(record.value(u"created"_qs).toInt(), 6000);
        QCOMPARE(record.value(u"first_id"_qs).toInteger(), stored.first().id);
        QCOMPARE(record.value(u"last_id"_qs).toInteger(), stored.last().id);
        QCOMPARE(stored.last().id - stored.first().id, 5999);
        const QJsonArray keys = record.value(u"external_keys"_qs).toArray();
        const QJsonArray lines = record.value(u"lines"_qs).toArray();
        QCOMPARE(keys.size(), 6000);
        QCOMPARE(lines.size(), 6000);
        for (qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(2999), qsizetype(5999)}) {
            const ScopeItem& item = stored.at(i);
            const qsizetype k = item.id - stored.first().id;
            QCOMPARE(keys.at(k).toString(), item.externalKey);
            QCOMPARE(lines.at(k).toInt(), int(i) + 2);
        }

        // Re-importing with three rows changed logs those three, each with before and after.
        QByteArray changed = file;
        changed.replace("Step 10,", "Step ten,")
            .replace("Step 20,", "Step twenty,")
            .replace("Step 4000,", "Step four thousand,");
        const qint64 afterImport = AuditLog(db).count().value();
        auto again = run(db, changed);
        QVERIFY2(again, qPrintable(again.error().message));
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 3);
        QCOMPARE(again->unchanged, 5997);
        QCOMPARE(AuditLog(db).count().value(), afterImport + 3);
        QVERIFY(AuditLog(db).verify()->intact());
        const qint64 tenId = stored.at(10).id;
        const auto updates = AuditLog(db).page({u""_qs, u"scope_item"_qs, tenId}, 0, 1).value();
        QCOMPARE(updates.size(), 1);
        QCOMPARE(updates.first().action, u"update"_qs);
        QVERIFY(updates.first().beforeJson.contains(u"Step 10,"_qs));
        QVERIFY(updates.first().afterJson.contains(u"Step ten,"_qs));

        // One bad row among thousands refuses the file, and nothing is written.
        auto refused = run(db, csv(6000, 4321).replace("BIG-", "OTHER-"));
        QVERIFY(refused);
        QVERIFY(refused->refused);
        QCOMPARE(refused->problems.size(), 1);
        QVERIFY(refused->problems.first().contains(u"line 4323"_qs));
        QCOMPARE(AuditLog(db).count().value(), afterImport + 3);
        QCOMPARE(ScopeRepository(db).count().value(), 6000);

        // A write that fails after the index was dropped rolls everything back, index included.
        QSqlQuery trigger(db.connection());
        QVERIFY(trigger.exec(u"CREATE TEMP TRIGGER refuse_one BEFORE INSERT ON scope_items "
                             "WHEN NEW.external_key = 'OTHER-5000' "
                             "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_qs));
        auto failed = run(db, csv(6000).replace("BIG-", "OTHER-"));
        QVERIFY(!failed);
        QVERIFY(trigger.exec(u"DROP TRIGGER refuse_one"_qs));
        QCOMPARE(schema(db), schemaBefore);
        QCOMPARE(ScopeRepository(db).count().value(), 6000);
        QCOMPARE(AuditLog(db).count().value(), afterImport + 3);
        QCOMPARE(scalar(db, u"PRAGMA integrity_check"_qs), u"ok"_qs);
    }

    void tableChecksHoldWhileSqliteSkipsThem() {
        // insertAll has SQLite leave out scope_items' CHECK constraints and asks them itself:
        // a blank title or a negative or NaN effort is refused on one line, nothing written,
        // and the constraints are back for every other statement afterwards.
        auto opened = test::openDatabase(m_dir.filePath(u"checks.slipway"_qs));
        QVERIFY(opened);
        Database& db = *opened;
        ScopeRepository repo(db);
        const auto attempt = [&](const QString& title, double effort) {
            ScopeItem good;
            good.title = u"Fine"_qs;
            good.externalKey = u"OK-1"_qs;
            ScopeItem bad;
            bad.title = title;
            bad.externalKey = u"BAD-1"_qs;
            bad.effort = effort;
            QList<ScopeItem> items{good, bad};
            return repo.insertAll(items, u"tester"_qs, 1);
        };
        for (const auto& [title, effort] :
             {std::pair{u"  \t "_qs, 1.0}, std::pair{u"Negative"_qs, -1.0},
              std::pair{u"Not a number"_qs, std::nan("")}}) {
            const auto refused = attempt(title, effort);
            QVERIFY(!refused);
            QVERIFY2(refused.error().message.contains(u"BAD-1"_qs),
                     qPrintable(refused.error().message));
            QCOMPARE(refused.error().message.count(u'\n'), 0);
            QCOMPARE(repo.count().value(), 0);
        }
        QVERIFY(attempt(u"Both fine"_qs, 2).ok());
        QCOMPARE(repo.count().value(), 2);
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(u"UPDATE scope_items SET effort = -1 WHERE external_key = 'OK-1'"_qs));
        QVERIFY(q.lastError().text().contains(u"CHECK"_qs, Qt::CaseInsensitive));
    }
};

QTEST_GUILESS_MAIN(tst_ScopeImportLarge)
#include "tst_ScopeImportLarge.moc"
