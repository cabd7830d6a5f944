// SPDX-License-Identifier: GPL-3.0-or-later
// The releases table model: row-by-row refresh on service signals, a full reload when
// another program writes, raw sort values, zone-aware times, and the filter proxy.
#include "TestSupport.h"
#include "itemmodels/ReleaseFilterModel.h"
#include "itemmodels/ReleaseTableModel.h"
#include "itemmodels/Roles.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

class tst_ReleaseTableModel : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"model"_qs};

    // Each test function gets a new file and a service on it.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReleaseService> m_service;

    static Release release(const QString& name, const QString& version) {
        Release r;
        r.name = name;
        r.version = version;
        r.windowZone = u"Europe/Berlin"_qs;
        r.windowStart = QDateTime(QDate(2026, 12, 12), QTime(21, 0), Qt::UTC);
        r.windowEnd = QDateTime(QDate(2026, 12, 13), QTime(1, 0), Qt::UTC);
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void init() {
        m_db = test::openDatabase(m_files.newFile());
        QVERIFY(m_db);
        m_service = std::make_unique<ReleaseService>(*m_db, Session{u"tester"_qs, {}});
    }
    void cleanup() {
        m_service.reset();
        m_db.reset();
    }

    void followsServiceSignalsRowByRow() {
        ReleaseTableModel model(*m_service, m_db.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        auto a = m_service->create(release(u"Payments"_qs, u"2.0.0"_qs));
        auto b = m_service->create(release(u"Ledger"_qs, u"1.9.0"_qs));
        QVERIFY(a && b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.count(), 2);

        Release edited = a.value();
        edited.status = ReleaseStatus::Cancelled; // a move no lifecycle guard stands in the way of
        QVERIFY(m_service->update(edited));
        QCOMPARE(changed.count(), 1);
        const QModelIndex status = model.index(model.rowOf(a->id), ReleaseTableModel::StatusColumn);
        QCOMPARE(status.data().toString(), displayName(ReleaseStatus::Cancelled));
        QCOMPARE(status.data(ReleaseStatusRole).toInt(), int(ReleaseStatus::Cancelled));
        QCOMPARE(status.data(RowVersionRole).toLongLong(), qint64(2));

        QVERIFY(m_service->remove(b->id, b->rowVersion).ok());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(resets.count(), 0); // nothing reloaded the whole table
    }

    void reloadsWhenAnotherProgramWrites() {
        ReleaseTableModel model(*m_service, m_db.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // A second connection stands in for another process: its service's signals do not
        // reach the model, only the file's data_version does (on a server, its notification).
        if (m_db->isPostgres())
            m_db->watchForExternalChanges(); // LISTEN: the server pushes, nothing polls
        else
            m_db->pollExternalChanges(); // the baseline, as the document's watch timer takes it
        auto other = Database::open(m_db->path(), {});
        QVERIFY(other);
        ReleaseService elsewhere(*other.value(), Session{u"someone"_qs, {}});
        QVERIFY(elsewhere.create(release(u"From elsewhere"_qs, u"1.0.0"_qs)));
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        if (m_db->isPostgres()) {
            // The server announces each table the commit changed (releases, gates, audit…),
            // and each announcement reloads: at least one, then.
            QTRY_VERIFY(resets.count() >= 1);
        } else {
            QVERIFY(m_db->pollExternalChanges());
            QCOMPARE(resets.count(), 1);
        }
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"From elsewhere"_qs);
    }

    void showsWindowInItsZoneAndSortsOnRawValues() {
        QVERIFY(m_service->create(release(u"A"_qs, u"1.10.0"_qs)));
        QVERIFY(m_service->create(release(u"B"_qs, u"1.9.0"_qs)));
        ReleaseTableModel model(*m_service, m_db.get());

        const QString start =
            model.index(0, ReleaseTableModel::WindowStartColumn).data().toString();
        QVERIFY2(start.contains(u"22:00"_qs) && start.contains(u"CET"_qs), qPrintable(start));
        QVERIFY2(start.contains(u"2026"_qs), qPrintable(start));
        QCOMPARE(model.index(0, ReleaseTableModel::ZoneColumn).data().toString(),
                 u"Europe/Berlin"_qs);
        QCOMPARE(
            model.index(0, ReleaseTableModel::WindowStartColumn).data(StartTimeRole).toDateTime(),
            QDateTime(QDate(2026, 12, 12), QTime(21, 0), Qt::UTC));
        const auto align = model.index(0, ReleaseTableModel::VersionColumn)
                               .data(Qt::TextAlignmentRole)
                               .value<Qt::Alignment>();
        QVERIFY(align & Qt::AlignRight);

        ReleaseFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ReleaseTableModel::VersionColumn, Qt::AscendingOrder);
        // As text "1.10.0" < "1.9.0"; as versions 1.9.0 comes first.
        QCOMPARE(proxy.index(0, ReleaseTableModel::VersionColumn).data().toString(), u"1.9.0"_qs);
        QCOMPARE(proxy.index(1, ReleaseTableModel::VersionColumn).data().toString(), u"1.10.0"_qs);
    }

    void filterNarrowsByTextTypeAndStatus() {
        Release pay = release(u"Payments gateway"_qs, u"3.0.0"_qs);
        pay.type = ReleaseType::Emergency;
        pay.owner = u"Dana"_qs;
        Release led = release(u"Ledger"_qs, u"1.0.0"_qs);
        led.status = ReleaseStatus::Cancelled;
        QVERIFY(m_service->create(pay) && m_service->create(led));
        ReleaseTableModel model(*m_service, m_db.get());
        ReleaseFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        proxy.setText(u"payments"_qs);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"dana gateway"_qs); // every word must match
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setText(u"dana ledger"_qs);
        QCOMPARE(proxy.rowCount(), 0);
        proxy.setText({});
        proxy.setType(ReleaseType::Emergency);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setType(std::nullopt);
        proxy.setStatus(ReleaseStatus::Cancelled);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"Ledger"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseTableModel)
#include "tst_ReleaseTableModel.moc"
