// SPDX-License-Identifier: GPL-3.0-or-later
// The incident import's bulk statements leave the table's CHECK constraints to the repository
// (PRAGMA ignore_check_constraints): every constraint of the incidents table is asked before a
// row is written, and the pragma is off again after every write, successful or not. On a server
// (new incidents through COPY) the same checks are asked first, in the same words, and the
// table's own CHECKs hold after every write.
#include "TestEngine.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/IncidentRepository.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

Incident incident(const QString& number) {
    Incident i;
    i.number = number;
    i.source = IncidentSource::ServiceNow;
    i.title = u"Payments slow"_qs;
    i.openedAt = 1793610000;
    i.severity = 2;
    return i;
}

QList<Incident> numbered(int count, int from = 0) {
    QList<Incident> out;
    for (int n = from; n < from + count; ++n)
        out << incident(u"INC%1"_qs.arg(n, 7, 10, QLatin1Char('0')));
    return out;
}

int pragmaValue(Database& db) {
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA ignore_check_constraints"_qs) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int incidents(Database& db) {
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT count(*) FROM incidents"_qs) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// A row the table's own CHECK refuses, written by a plain statement: refused, for the CHECK.
// Within a transaction under a savepoint, since on a server a refused statement would abort it.
bool checkHolds(Database& db, bool inTransaction = false) {
    QSqlQuery q(db.connection());
    if (inTransaction && !q.exec(u"SAVEPOINT check_holds"_qs))
        return false;
    const bool refused =
        !q.exec(u"INSERT INTO incidents (number, source, opened_at, severity, imported_at, "
                "imported_by) VALUES ('CHK1', 'servicenow', 0, 9, 0, 't')"_qs) &&
        q.lastError().databaseText().contains(u"check"_qs, Qt::CaseInsensitive);
    if (inTransaction && (!q.exec(u"ROLLBACK TO SAVEPOINT check_holds"_qs) ||
                          !q.exec(u"RELEASE SAVEPOINT check_holds"_qs)))
        return false;
    return refused;
}

// After a write within a transaction that has not failed: the table's CHECKs are asked again
// (on a file the pragma is off; a server never leaves them out).
bool checksBack(Database& db) {
    if (!db.isPostgres() && pragmaValue(db) != 0)
        return false;
    return checkHolds(db, true);
}

} // namespace

class tst_IncidentRepository : public QObject {
    Q_OBJECT

private:
    TempFiles m_files{u"incident-repository"_qs};

private Q_SLOTS:
    // Each CHECK of the table, broken in one row among good ones: refused naming the row and
    // the field, nothing written, the pragma off.
    void everyTableCheckAsked_data() {
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("says");
        QTest::newRow("number") << 0 << u"number"_qs;
        QTest::newRow("source") << 1 << u"source"_qs;
        QTest::newRow("severity low") << 2 << u"severity"_qs;
        QTest::newRow("severity high") << 3 << u"severity"_qs;
        QTest::newRow("outage") << 4 << u"outage"_qs;
    }
    void everyTableCheckAsked() {
        QFETCH(int, broken);
        QFETCH(QString, says);
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        for (const bool update : {false, true}) {
            QList<Incident> rows = numbered(70);
            Incident& bad = rows[65]; // past the first batch of 64
            switch (broken) {
            case 0:
                bad.number = u" \t "_qs;
                break;
            case 1:
                bad.source = IncidentSource(42);
                break;
            case 2:
                bad.severity = 0;
                break;
            case 3:
                bad.severity = 6;
                break;
            default:
                bad.outageMinutes = -1;
            }
            Transaction tx(*db);
            QVERIFY(tx.begin());
            IncidentRepository repo(*db);
            const auto written =
                update ? repo.updateAll(rows, u"olga"_qs, 1) : repo.insertAll(rows, u"olga"_qs, 1);
            QVERIFY(!written);
            const QString message = written.error().message;
            // The repository's words, not the engine's: the incident is named first.
            QVERIFY2(message.startsWith(u"Incident "_qs), qPrintable(message));
            QVERIFY2(message.contains(says), qPrintable(message));
            QVERIFY2(!message.contains(u'\n'), qPrintable(message));
            QVERIFY(checksBack(*db));
        }
        QCOMPARE(incidents(*db), 0);
    }

    // Written in batches and one by one; the pragma is off after a write that succeeded and
    // after one that failed half way (a number already stored).
    void pragmaOffAfterEveryWrite() {
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        IncidentRepository repo(*db);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin());
            QVERIFY(repo.insertAll(numbered(130), u"olga"_qs, 1));
            QVERIFY(checksBack(*db));
            QVERIFY(tx.commit());
        }
        QCOMPARE(incidents(*db), 130);
        {
            Transaction tx(*db);
            QVERIFY(tx.begin());
            const auto again = repo.insertAll(numbered(70, 100), u"olga"_qs, 2);
            QVERIFY(!again); // INC0000100 is stored: UNIQUE still holds
            // On a server the failed statement has aborted the transaction: nothing more runs
            // in it, and the CHECK is asked once it is rolled back.
            if (!db->isPostgres())
                QVERIFY(checksBack(*db));
        } // rolled back
        QVERIFY(checkHolds(*db));
        QCOMPARE(incidents(*db), 130);
        QList<Incident> changed = numbered(3);
        changed[1].severity = 5;
        QVERIFY(repo.updateAll(changed, u"olga"_qs, 3));
        if (!db->isPostgres())
            QCOMPARE(pragmaValue(*db), 0);
        QVERIFY(checkHolds(*db));
        QCOMPARE(test::queryValue(db->path(), u"SELECT severity FROM incidents WHERE number = "
                                              "'INC0000001'"_qs)
                     .toInt(),
                 5);
    }
};

QTEST_GUILESS_MAIN(tst_IncidentRepository)
#include "tst_IncidentRepository.moc"
