// SPDX-License-Identifier: GPL-3.0-or-later
// The audit model reads the log a page at a time, newest first, and can filter.
#include "Fixtures.h"
#include "TestSupport.h"
#include "itemmodels/AuditLogModel.h"
#include "itemmodels/Roles.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_AuditLogModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase() {
        m_db = test::openDatabase(m_dir.filePath(u"audit.slipway"_qs));
        QVERIFY(m_db);
        ReleaseService service(*m_db, Session{u"alice"_qs, u"CHG42"_qs});
        // Past one page, so paging has something to do.
        for (int i = 0; i < AuditLogModel::kPageSize + 20; ++i) {
            QVERIFY(test::createRelease(
                service, test::newRelease(u"Release %1"_qs.arg(i), u"1.0.%1"_qs.arg(i))));
        }
        ReleaseService bob(*m_db, Session{u"bob"_qs, {}});
        Release last = bob.all()->constLast();
        last.owner = u"Bob"_qs;
        QVERIFY(bob.update(last));
    }

    void pagesNewestFirst() {
        AuditLogModel model(*m_db);
        QCOMPARE(model.rowCount(), AuditLogModel::kPageSize);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, AuditLogModel::ActionColumn).data().toString(), u"update"_qs);
        QCOMPARE(model.index(0, AuditLogModel::ActorColumn).data().toString(),
                 test::recordedActor(*m_db, u"bob"_qs));
        QVERIFY(!model.index(0, 0).data(BeforeJsonRole).toString().isEmpty());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), AuditLogModel::kPageSize + 21);
        QVERIFY(!model.canFetchMore({}));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entry(row).seq < model.entry(row - 1).seq);
    }

    void filtersAndFindsAnEntry() {
        AuditLogModel model(*m_db);
        AuditFilter byBob;
        // On a server every entry is the one login's: there, the one update is the entry
        // nothing else matches.
        byBob.text = m_db->isPostgres() ? u"update"_qs : u"bob"_qs;
        model.setFilter(byBob);
        // Qt 6.4's tester fetches more from inside its own modelReset check and then flags
        // the insert as nested, so it watches this model only after the reset.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        AuditLogModel all(*m_db);
        QAbstractItemModelTester allTester(&all,
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The oldest entry is on the second page: rowOfSeq loads until it is there.
        const int row = all.rowOfSeq(1);
        QVERIFY(row >= AuditLogModel::kPageSize);
        QCOMPARE(all.entry(row).seq, qint64(1));
        QCOMPARE(all.rowOfSeq(999999), -1);
    }
};

QTEST_GUILESS_MAIN(tst_AuditLogModel)
#include "tst_AuditLogModel.moc"
