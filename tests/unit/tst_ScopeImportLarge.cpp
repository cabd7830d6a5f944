// SPDX-License-Identifier: GPL-3.0-or-later
// Imports large enough to take the fast paths (rows mapped on two threads, audit entries
// hashed ahead while SQLite stores the items, the rollback journal for the write): the same
// items, the same audit entries, an intact chain, a file back in WAL, and a bad row still
// refuses the whole file.
#include "domain/ScopeItem.h"
#include "io/CsvReader.h"
#include "io/CsvTable.h"
#include "io/ScopeCsvMapping.h"
#include "services/ReleaseService.h"
#include "services/ScopeImportService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScopeRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private Q_SLOTS:
    void largeImportMatchesTheSlowPath() {
        Database::OpenOptions options;
        options.create = true;
        auto opened = Database::open(m_dir.filePath(u"big.slipway"_qs), options);
        QVERIFY(opened);
        Database& db = *opened.value();
        // Something before the import, so ids and the chain do not start at 1.
        Release r;
        r.name = u"Payments"_qs;
        r.version = u"1.0.0"_qs;
        QVERIFY(ReleaseService(db, Session{u"tester"_qs, {}}).create(r));
        const qint64 before = AuditLog(db).count().value();

        auto outcome = run(db, csv(6000));
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QVERIFY(!outcome->refused);
        QCOMPARE(outcome->created, 6000);
        QCOMPARE(AuditLog(db).count().value(), before + 6000);
        QVERIFY(AuditLog(db).verify()->intact());
        QCOMPARE(scalar(db, u"PRAGMA journal_mode"_qs), u"wal"_qs);

        // Every entry says exactly what was stored, as the one-row path would.
        const QList<ScopeItem> stored = ScopeRepository(db).all().value();
        QCOMPARE(stored.size(), 6000);
        QSqlQuery q(db.connection());
        q.prepare(u"SELECT after_json, action, change_ticket FROM audit_log "
                  "WHERE entity = 'scope_item' AND entity_id = ?"_qs);
        for (qsizetype i : {qsizetype(0), qsizetype(1), qsizetype(2999), qsizetype(5999)}) {
            const ScopeItem& item = stored.at(i);
            q.addBindValue(item.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), toAuditJson(item));
            QCOMPARE(q.value(1).toString(), u"import"_qs);
            QCOMPARE(q.value(2).toString(), u"CHG-9"_qs);
        }
        QCOMPARE(stored.at(5999).title, u"Step 5999, \"quoted\""_qs);

        // One bad row among thousands refuses the file, and nothing is written.
        auto refused = run(db, csv(6000, 4321).replace("BIG-", "OTHER-"));
        QVERIFY(refused);
        QVERIFY(refused->refused);
        QCOMPARE(refused->problems.size(), 1);
        QVERIFY(refused->problems.first().contains(u"line 4323"_qs));
        QCOMPARE(AuditLog(db).count().value(), before + 6000);
        QCOMPARE(ScopeRepository(db).count().value(), 6000);
    }
};

QTEST_GUILESS_MAIN(tst_ScopeImportLarge)
#include "tst_ScopeImportLarge.moc"
