// SPDX-License-Identifier: GPL-3.0-or-later
// The schedule read from a real file: recurring blackouts expanded, every conflict kind
// found from stored rows, and the window finder working from a release id.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/ReleaseService.h"
#include "services/ScheduleService.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

namespace {

qint64 utc(int d, int h) {
    return QDateTime(QDate(2026, 12, d), QTime(h, 0), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class tst_ScheduleService : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_payments = 0, m_checkout = 0;

    void exec(const QString& sql) { test::exec(*m_db, sql); }

    qint64 release(const QString& name, qint64 start, qint64 end,
                   ReleaseType type = ReleaseType::Minor) {
        ReleaseService service(*m_db, Session{u"tester"_qs, {}});
        Release r = test::releaseBetween(name, start, end, type);
        r.serviceIds = {1};
        return test::createRelease(service, r);
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = test::openDatabase(m_dir.filePath(u"schedule.slipway"_qs));
        QVERIFY(m_db);
        const QString stamp = u"'t', 0, 't', 0"_qs;
        exec(
            u"INSERT INTO services (id, name, created_by, created_at, updated_by, updated_at) VALUES (1, 'Payments', %1)"_qs
                .arg(stamp));
        exec(
            u"INSERT INTO environments (id, name, kind, shared, created_by, created_at, updated_by, updated_at) VALUES (1, 'staging-shared', 'staging', 1, %1)"_qs
                .arg(stamp));
        // A weekly hard freeze, Fridays 18:00-23:00 Berlin, with one Friday left out.
        const qint64 firstFriday =
            QDateTime(QDate(2026, 11, 6), QTime(18, 0), QTimeZone("Europe/Berlin"))
                .toSecsSinceEpoch();
        const qint64 skipped =
            QDateTime(QDate(2026, 12, 18), QTime(18, 0), QTimeZone("Europe/Berlin"))
                .toSecsSinceEpoch();
        exec(
            u"INSERT INTO blackouts (id, name, start_utc, end_utc, time_zone, rrule, severity, "
            u"all_services, exdates, created_by, created_at, updated_by, updated_at) "
            "VALUES (1, 'Friday freeze', %1, %2, 'Europe/Berlin', 'FREQ=WEEKLY;BYDAY=FR', 'hard', 1, '%3', %4)"_qs
                .arg(firstFriday)
                .arg(firstFriday + 5 * 3600)
                .arg(skipped)
                .arg(stamp));
        exec(
            u"INSERT INTO incident_freezes (id, name, incident_ref, start_utc, end_utc, created_by, created_at, updated_by, updated_at) VALUES (1, 'payments outage', 'INC-7', %1, %2, %3)"_qs
                .arg(utc(8, 6))
                .arg(utc(8, 18))
                .arg(stamp));
        exec(
            u"INSERT INTO people (id, name, time_zone, created_by, created_at, updated_by, updated_at) VALUES (1, 'Greta', 'Europe/Berlin', %1)"_qs
                .arg(stamp));
        exec(u"INSERT INTO person_roles VALUES (1, 'qa')"_qs);
        exec(
            u"INSERT INTO person_availability (person_id, kind, start_utc, end_utc, created_by, created_at, updated_by, updated_at) VALUES (1, 'leave', %1, %2, %3)"_qs
                .arg(utc(14, 0))
                .arg(utc(19, 0))
                .arg(stamp));

        m_payments = release(u"Payments"_qs, utc(11, 18), utc(11, 20)); // Friday evening
        m_checkout = release(u"Checkout"_qs, utc(8, 10), utc(8, 12));   // in the freeze
        const qint64 search = release(u"Search"_qs, utc(8, 11), utc(8, 13), ReleaseType::Emergency);
        const qint64 skippedFriday = release(u"Ledger"_qs, utc(18, 18), utc(18, 20));
        QVERIFY(m_payments && m_checkout && search && skippedFriday);
        exec(u"INSERT INTO release_environments VALUES (%1, 1), (%2, 1)"_qs.arg(m_checkout)
                 .arg(search));
        exec(u"INSERT INTO release_roles VALUES (%1, 'qa')"_qs.arg(m_checkout));
    }

    void conflictsFromTheFile() {
        ScheduleService schedule(*m_db);
        auto conflicts = schedule.conflicts({utc(1, 0), utc(31, 0)});
        QVERIFY2(conflicts, conflicts ? "" : qPrintable(conflicts.error().message));
        QStringList found;
        for (const Conflict& c : conflicts.value())
            found << Conflict::kindKey(c.kind) + u':' + c.releaseLabel + u':' + c.otherLabel;
        found.sort();
        const QStringList expected = {
            u"environment_double_booked:Checkout 1.0.0:Search 1.0.0"_qs,
            u"hard_blackout:Payments 1.0.0:Friday freeze"_qs,
            u"incident_freeze:Checkout 1.0.0:INC-7 payments outage"_qs,
        };
        QCOMPARE(found, expected); // the emergency is exempt, the left-out Friday is clear
    }

    void planCheckLeavesDoneReleasesOut() {
        auto before = ScheduleService(*m_db).allConflicts();
        QVERIFY(before);
        QCOMPARE(before->size(), 3);
        ReleaseService service(*m_db, Session{u"tester"_qs, {}});
        Release shipped = service.find(m_payments).value(); // the one in the Friday freeze
        shipped.status = ReleaseStatus::Cancelled;          // done, like a deployed one
        QVERIFY(service.update(shipped));
        auto after = ScheduleService(*m_db).allConflicts();
        QVERIFY(after);
        QCOMPARE(after->size(), 2);
        for (const Conflict& c : after.value())
            QVERIFY(c.releaseId != m_payments);
        shipped = service.find(m_payments).value();
        shipped.status = ReleaseStatus::Planned;
        QVERIFY(service.update(shipped));
    }

    void roleMissingWhileOnLeave() {
        ReleaseService service(*m_db, Session{u"tester"_qs, {}});
        Release r = service.find(m_checkout).value();
        r.windowStart = QDateTime::fromSecsSinceEpoch(utc(15, 9), Qt::UTC);
        r.windowEnd = QDateTime::fromSecsSinceEpoch(utc(15, 11), Qt::UTC);
        QVERIFY(service.update(r));
        auto conflicts = ScheduleService(*m_db).conflicts({utc(15, 0), utc(16, 0)});
        QVERIFY(conflicts);
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->first().kind, Conflict::Kind::RoleUncovered);
        QCOMPARE(conflicts->first().otherLabel, u"qa"_qs);
    }

    void findsAWindowForAStoredRelease() {
        ScheduleService::FindRequest request;
        request.releaseId = m_payments;
        request.after = utc(11, 17); // Friday 18:00 Berlin: inside the freeze
        auto proposal = ScheduleService(*m_db).findWindow(request);
        QVERIFY(proposal);
        QVERIFY(proposal->when);
        QCOMPARE(proposal->when->start, utc(11, 22)); // when the freeze ends (23:00 Berlin)
        QCOMPARE(proposal->when->length(), 2 * 3600); // the release's own window length
        QCOMPARE(proposal->rejected.first().reasons.first().otherLabel, u"Friday freeze"_qs);

        request.releaseId = 999999;
        auto missing = ScheduleService(*m_db).findWindow(request);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    }
};

QTEST_GUILESS_MAIN(tst_ScheduleService)
#include "tst_ScheduleService.moc"
