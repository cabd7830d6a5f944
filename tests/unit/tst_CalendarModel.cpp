// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar's rows from a real file: grouped by team or service with an environments
// group, overlapping windows on their own sub-rows, blackouts on exactly the rows they
// cover, conflict counts, filters, following edits, and Qt's model tester throughout.
#include "Fixtures.h"
#include "TestSupport.h"
#include "itemmodels/CalendarModel.h"
#include "itemmodels/Roles.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

namespace {

qint64 at(int day, int hour) {
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

QStringList laneNames(const CalendarModel& m) {
    QStringList names;
    for (const auto& lane : m.lanes())
        names << lane.name;
    return names;
}

const CalendarModel::Lane* laneNamed(const CalendarModel& m, const QString& name) {
    for (const auto& lane : m.lanes()) {
        if (lane.name == name)
            return &lane;
    }
    return nullptr;
}

QStringList bandNames(const CalendarModel& m, const QString& lane) {
    QStringList names;
    const auto* l = laneNamed(m, lane);
    for (int b : l->bands)
        names << m.bands()[b].name;
    names.sort();
    return names;
}

} // namespace

class tst_CalendarModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ReleaseService> m_releases;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0;

    void exec(const QString& sql) { test::exec(*m_db, sql); }

    qint64 release(const QString& name, qint64 team, qint64 service, qint64 start, qint64 end,
                   ReleaseType type = ReleaseType::Minor) {
        Release r = test::releaseBetween(name, start, end, type);
        r.teamId = team;
        if (service > 0)
            r.serviceIds = {service};
        r.windowZone = u"Europe/Berlin"_qs;
        return test::createRelease(*m_releases, r);
    }

    std::unique_ptr<CalendarModel> model() {
        auto m = std::make_unique<CalendarModel>(*m_db, *m_releases);
        m->setRange({at(1, 0), at(20, 0)});
        return m;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = test::openDatabase(m_dir.filePath(u"calendar.slipway"_qs));
        QVERIFY(m_db);
        m_releases = std::make_unique<ReleaseService>(*m_db, Session{u"tester"_qs, {}});
        test::addTwoTeams(*m_db);
        const QString stamp = u"'t', 0, 't', 0"_qs;
        exec(
            u"INSERT INTO environments (id, name, kind, shared, created_by, created_at, updated_by, updated_at) VALUES (1, 'staging', 'staging', 1, %1)"_qs
                .arg(stamp));
        m_a = release(u"Ledger"_qs, 1, 1, at(2, 10), at(2, 14));
        m_c = release(u"Refunds"_qs, 1, 1, at(2, 12), at(2, 16), ReleaseType::Patch);
        m_b = release(u"Basket"_qs, 2, 2, at(3, 10), at(3, 12));
        m_d = release(u"Orphan"_qs, 0, 0, at(4, 6), at(4, 8), ReleaseType::Major);
        QVERIFY(m_a && m_b && m_c && m_d);
        // A hard blackout for everyone on the 4th, a soft one for Checkout Web on the 3rd,
        // an incident freeze on the 6th, and a booking of staging by Ledger.
        exec(
            u"INSERT INTO blackouts (id, name, start_utc, end_utc, time_zone, severity, all_services, created_by, created_at, updated_by, updated_at) VALUES (1, 'Year-end', %1, %2, 'UTC', 'hard', 1, %3)"_qs
                .arg(at(4, 0))
                .arg(at(5, 0))
                .arg(stamp));
        exec(
            u"INSERT INTO blackouts (id, name, start_utc, end_utc, time_zone, severity, all_services, created_by, created_at, updated_by, updated_at) VALUES (2, 'Web freeze', %1, %2, 'UTC', 'soft', 0, %3)"_qs
                .arg(at(3, 0))
                .arg(at(3, 23))
                .arg(stamp));
        exec(u"INSERT INTO blackout_services VALUES (2, 2)"_qs);
        exec(
            u"INSERT INTO incident_freezes (id, name, start_utc, end_utc, created_by, created_at, updated_by, updated_at) VALUES (1, 'INC-7 outage', %1, %2, %3)"_qs
                .arg(at(6, 0))
                .arg(at(6, 12))
                .arg(stamp));
        exec(
            u"INSERT INTO environment_bookings (environment_id, release_id, start_utc, end_utc, created_by, created_at, updated_by, updated_at) VALUES (1, %1, %2, %3, %4)"_qs
                .arg(m_a)
                .arg(at(2, 9))
                .arg(at(2, 15))
                .arg(stamp));
    }

    void passesTheModelTester() {
        auto m = model();
        QAbstractItemModelTester tester(m.get(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m->reload();
        m->setGroupBy(CalendarModel::GroupBy::Service);
        CalendarModel::Filter filter;
        filter.types = {int(ReleaseType::Minor)};
        m->setFilter(filter);
        m->setFilter({});
        m->setGroupBy(CalendarModel::GroupBy::Team);
        QCOMPARE(m->rowCount(), 2); // Teams, Environments
    }

    void groupsByTeamThenEnvironments() {
        auto m = model();
        m->reload();
        QCOMPARE(m->loadError(), QString());
        QCOMPARE(m->groups().size(), 2);
        QCOMPARE(m->data(m->index(0, 0)).toString(), u"Teams"_qs);
        QCOMPARE(m->data(m->index(1, 0)).toString(), u"Environments"_qs);
        QCOMPARE(laneNames(*m), (QStringList{u"Checkout"_qs, u"Payments"_qs, u"No team"_qs,
                                             u"staging (shared)"_qs}));
        // Ledger and Refunds overlap: each gets its own sub-row.
        const auto* payments = laneNamed(*m, u"Payments"_qs);
        QCOMPARE(payments->items.size(), 2);
        QCOMPARE(payments->tracks, 2);
        QVERIFY(m->items()[payments->items[0]].track != m->items()[payments->items[1]].track);
        // The environment row holds Ledger's booking.
        const auto* staging = laneNamed(*m, u"staging (shared)"_qs);
        QCOMPARE(staging->items.size(), 1);
        QCOMPARE(m->items()[staging->items[0]].releaseId, m_a);
        QVERIFY(m->items()[staging->items[0]].bookingId > 0);

        // The same through roles: Payments' first window.
        const QModelIndex lane = m->index(1, 0, m->index(0, 0));
        QCOMPARE(m->data(lane).toString(), u"Payments"_qs);
        const QModelIndex first = m->index(0, 0, lane);
        QCOMPARE(m->data(first).toString(), u"Ledger 1.0.0"_qs);
        QCOMPARE(m->data(first, IdRole).toLongLong(), m_a);
        QCOMPARE(m->data(first, StartTimeRole).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(at(2, 10), Qt::UTC));
        QCOMPARE(m->data(first, EndTimeRole).toDateTime(),
                 QDateTime::fromSecsSinceEpoch(at(2, 14), Qt::UTC));
        QCOMPARE(m->data(first, TimeZoneRole).toString(), u"Europe/Berlin"_qs);
        QCOMPARE(m->data(first, ReleaseTypeRole).toInt(), int(ReleaseType::Minor));
        QVERIFY(m->data(first, RowVersionRole).toLongLong() > 0);
    }

    void bandsCoverTheRowsTheyApplyTo() {
        auto m = model();
        m->reload();
        // The soft blackout names Checkout Web: the Checkout team's row, not Payments'.
        QCOMPARE(bandNames(*m, u"Checkout"_qs),
                 (QStringList{u"INC-7 outage"_qs, u"Web freeze"_qs, u"Year-end"_qs}));
        QCOMPARE(bandNames(*m, u"Payments"_qs), (QStringList{u"INC-7 outage"_qs, u"Year-end"_qs}));
        QCOMPARE(bandNames(*m, u"staging (shared)"_qs),
                 (QStringList{u"INC-7 outage"_qs, u"Year-end"_qs}));
        m->setGroupBy(CalendarModel::GroupBy::Service);
        QCOMPARE(laneNames(*m), (QStringList{u"Checkout Web"_qs, u"Payments API"_qs,
                                             u"No service"_qs, u"staging (shared)"_qs}));
        QCOMPARE(bandNames(*m, u"Checkout Web"_qs),
                 (QStringList{u"INC-7 outage"_qs, u"Web freeze"_qs, u"Year-end"_qs}));
        QCOMPARE(bandNames(*m, u"Payments API"_qs),
                 (QStringList{u"INC-7 outage"_qs, u"Year-end"_qs}));
        bool hard = false, soft = false, freeze = false;
        for (const auto& b : m->bands()) {
            hard = hard || (b.name == u"Year-end" && b.kind == CalendarModel::Band::Kind::Hard);
            soft = soft || (b.name == u"Web freeze" && b.kind == CalendarModel::Band::Kind::Soft);
            freeze = freeze ||
                     (b.name == u"INC-7 outage" && b.kind == CalendarModel::Band::Kind::Freeze);
        }
        QVERIFY(hard && soft && freeze);
    }

    void countsConflictsAndPredictsThemForAMove() {
        auto m = model();
        m->reload();
        const auto* none = laneNamed(*m, u"No team"_qs);
        QCOMPARE(m->items()[none->items[0]].conflicts, 1); // Orphan sits in Year-end
        const auto* checkout = laneNamed(*m, u"Checkout"_qs);
        QCOMPARE(m->items()[checkout->items[0]].conflicts, 1); // Basket in the soft Web freeze
        QCOMPARE(m->conflicts().size(), 2);
        QCOMPARE(m->conflictsOf(m_d).first().kind, Conflict::Kind::HardBlackout);
        // Moving Ledger onto the 4th would hit Year-end; onto the 6th, the incident freeze.
        const auto onFourth = m->conflictsIfMoved(m_a, {at(4, 10), at(4, 14)});
        QCOMPARE(onFourth.size(), 1);
        QCOMPARE(onFourth.first().kind, Conflict::Kind::HardBlackout);
        QCOMPARE(onFourth.first().otherLabel, u"Year-end"_qs);
        QCOMPARE(m->conflictsIfMoved(m_a, {at(6, 2), at(6, 4)}).first().kind,
                 Conflict::Kind::IncidentFreeze);
        QVERIFY(m->conflictsIfMoved(m_a, {at(8, 10), at(8, 14)}).isEmpty());
    }

    void filtersHideRowsAndWindows() {
        auto m = model();
        m->reload();
        CalendarModel::Filter filter;
        filter.teams = {1};
        m->setFilter(filter);
        QCOMPARE(laneNames(*m), (QStringList{u"Payments"_qs, u"staging (shared)"_qs}));
        filter = {};
        filter.types = {int(ReleaseType::Patch)};
        m->setFilter(filter);
        QCOMPARE(laneNamed(*m, u"Payments"_qs)->items.size(), 1);
        QCOMPARE(m->items()[laneNamed(*m, u"Payments"_qs)->items[0]].releaseId, m_c);
        // Rows with nothing that passes the filter are not shown.
        QCOMPARE(laneNames(*m), (QStringList{u"Payments"_qs}));
        filter = {};
        filter.statuses = {int(ReleaseStatus::Deployed)};
        m->setFilter(filter);
        QVERIFY(m->lanes().isEmpty());
        QCOMPARE(m->groups().size(), 1); // the Teams header stays, over no rows

        // By service with a team filter: only Payments' services, not every service.
        m->setGroupBy(CalendarModel::GroupBy::Service);
        filter = {};
        filter.teams = {1};
        m->setFilter(filter);
        QCOMPARE(laneNames(*m), (QStringList{u"Payments API"_qs, u"staging (shared)"_qs}));
        m->setFilter({});
        QCOMPARE(laneNames(*m), (QStringList{u"Checkout Web"_qs, u"Payments API"_qs,
                                             u"No service"_qs, u"staging (shared)"_qs}));
    }

    void followsEditsAndKeyboardTravel() {
        auto m = model();
        m->reload();
        QSignalSpy reloaded(m.get(), &CalendarModel::reloaded);
        auto basket = m_releases->find(m_b);
        QVERIFY(basket);
        Release moved = basket.value();
        moved.windowStart = QDateTime::fromSecsSinceEpoch(at(10, 10), Qt::UTC);
        moved.windowEnd = QDateTime::fromSecsSinceEpoch(at(10, 12), Qt::UTC);
        QVERIFY(m_releases->update(moved));
        QTRY_VERIFY(reloaded.count() >= 1);
        const auto* checkout = laneNamed(*m, u"Checkout"_qs);
        QCOMPARE(m->items()[checkout->items[0]].when, (Interval{at(10, 10), at(10, 12)}));
        QCOMPARE(m->items()[checkout->items[0]].conflicts, 0); // out of the Web freeze now

        // Right moves along Payments' row; Down goes to the next row with windows.
        const int first = m->neighbour(0, 1, 0, at(2, 0));
        QCOMPARE(m->items()[first].releaseId, m_b); // Checkout is the first row
        QCOMPARE(m->items()[m->neighbour(m_a, 0, 1, 0)].releaseId, m_c);
        QCOMPARE(m->items()[m->neighbour(m_a, 1, 0, 0)].releaseId, m_d);
        QCOMPARE(m->laneOf(m_d), 2);
    }

    // An edit re-reads one release and re-checks only what it can collide with: whatever
    // it does, the result is what reading the whole file again gives.
    void editsGiveWhatAFullReadGives() {
        exec(u"INSERT INTO release_environments VALUES (%1, 1), (%2, 1)"_qs.arg(m_a).arg(m_c));
        auto m = model();
        m->reload();
        const auto snapshot = [](const CalendarModel& model) {
            QStringList conflicts;
            for (const Conflict& c : model.conflicts())
                conflicts << c.message();
            conflicts.sort();
            QStringList items;
            for (const auto& lane : model.lanes()) {
                for (int i : lane.items) {
                    const auto& item = model.items()[i];
                    items << u"%1 %2 %3-%4 !%5 %6"_qs.arg(lane.name)
                                 .arg(item.label())
                                 .arg(item.when.start)
                                 .arg(item.when.end)
                                 .arg(item.conflicts)
                                 .arg(item.bookingId > 0 ? u"booking"_qs : QString());
                }
            }
            items.sort();
            return conflicts + items;
        };
        const QList<Interval> moves{{at(9, 10), at(9, 12)},  // clear of everything
                                    {at(2, 13), at(2, 15)},  // onto Ledger and its booking
                                    {at(4, 10), at(4, 11)}}; // into Year-end
        for (const Interval& when : moves) {
            auto refunds = m_releases->find(m_c);
            QVERIFY(refunds);
            Release moved = refunds.value();
            moved.windowStart = QDateTime::fromSecsSinceEpoch(when.start, Qt::UTC);
            moved.windowEnd = QDateTime::fromSecsSinceEpoch(when.end, Qt::UTC);
            moved.version = u"1.0.%1"_qs.arg(when.start % 7);
            QVERIFY(m_releases->update(moved));
            m->applyEdits();
            auto fresh = model();
            fresh->reload();
            QCOMPARE(snapshot(*m), snapshot(*fresh));
        }
        // Ledger and Refunds share staging on the 2nd until Refunds moves to the 4th.
        QVERIFY(std::none_of(m->conflicts().cbegin(), m->conflicts().cend(), [](const Conflict& c) {
            return c.kind == Conflict::Kind::EnvironmentDoubleBooked;
        }));
    }
};

QTEST_GUILESS_MAIN(tst_CalendarModel)
#include "tst_CalendarModel.moc"
