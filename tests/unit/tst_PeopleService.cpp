// SPDX-License-Identifier: GPL-3.0-or-later
// People and their availability through the service: zone, working hours, days and roles
// audited; stale edits; validation; what the schedule then reads; read-only files.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/PeopleService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ScheduleRepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::Person)

class tst_PeopleService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"people"_qs};

    static Person priya() {
        Person p;
        p.name = u"Priya Raman"_qs;
        p.zone = u"Asia/Kolkata"_qs;
        p.workStartMin = 9 * 60 + 30;
        p.workEndMin = 18 * 60;
        p.workDays = 0x1f;
        p.roles = {u"qa"_qs, u"development"_qs};
        return p;
    }

private Q_SLOTS:
    void personAndAvailabilityLifecycle() {
        auto db = test::openDatabase(m_files.newFile());
        PeopleService service(*db, Session{u"alice"_qs, {}});
        auto created = service.create(priya());
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->roles, (QStringList{u"development"_qs, u"qa"_qs}));
        QCOMPARE(created->workStartMin, 570);

        Person later = created.value();
        later.workStartMin = 11 * 60;
        later.workEndMin = 19 * 60 + 30;
        later.workDays = 0x3f; // Saturdays too
        later.roles.append(u"security"_qs);
        auto updated = service.update(later);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->rowVersion, 2);
        QCOMPARE(updated->roles.size(), 3);

        Availability leave;
        leave.personId = created->id;
        leave.kind = Availability::Kind::Leave;
        leave.startUtc = 1793491200;
        leave.endUtc = leave.startUtc + 5 * 86400;
        leave.note = u"Diwali"_qs;
        auto onLeave = service.create(leave);
        QVERIFY2(onLeave, qPrintable(onLeave.error().message));

        // What the conflict engine reads follows.
        auto schedule = ScheduleRepository(*db).people({leave.startUtc, leave.endUtc});
        QVERIFY(schedule);
        QCOMPARE(schedule->size(), 1);
        QCOMPARE(schedule->first().workStart, QTime(11, 0));
        QCOMPARE(schedule->first().workEnd, QTime(19, 30));
        QCOMPARE(schedule->first().absences.size(), 1);

        auto refused = service.removePerson(updated->id, updated->rowVersion);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);
        QVERIFY(service.removeAvailability(onLeave->id, onLeave->rowVersion));
        QVERIFY(service.removePerson(updated->id, updated->rowVersion));
        auto back = service.restore(updated.value());
        QVERIFY(back);
        QCOMPARE(back->id, created->id);
        QCOMPARE(back->roles, updated->roles);
        QCOMPARE(back->workDays, 0x3f);

        auto page = AuditLog(*db).page({}, 0, 10);
        QCOMPARE(page->size(), 6);
        QCOMPARE(page->at(4).entity, u"person"_qs);
        QVERIFY(page->at(4).beforeJson.contains(u"\"work_start_min\":570"_qs));
        QVERIFY(page->at(4).afterJson.contains(u"\"work_start_min\":660"_qs));
        QCOMPARE(page->at(3).entity, u"person_availability"_qs);
    }

    void validationErrors_data() {
        QTest::addColumn<Person>("person");
        QTest::addColumn<QString>("says");
        Person p = priya();
        p.zone = u"India/Bangalore"_qs;
        QTest::newRow("unknown zone") << p << u"India/Bangalore"_qs;
        p = priya();
        p.workEndMin = p.workStartMin;
        QTest::newRow("hours end at start") << p << u"end after"_qs;
        p = priya();
        p.workStartMin = 17 * 60;
        p.workEndMin = 17 * 60 + 30;
        QTest::newRow("half an hour") << p << u"at least an hour"_qs;
        p = priya();
        p.workEndMin = 25 * 60;
        QTest::newRow("past midnight") << p << u"within one day"_qs;
        p = priya();
        p.roles = {u"wizard"_qs};
        QTest::newRow("unknown role") << p << u"wizard"_qs;
    }
    void validationErrors() {
        QFETCH(Person, person);
        QFETCH(QString, says);
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        PeopleService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(test::isRefusal(service.create(person), Error::Kind::Validation, says));
    }

    void staleEditIsRefused() {
        auto db = test::openDatabase(m_files.newFile());
        PeopleService service(*db, Session{u"alice"_qs, {}});
        auto created = service.create(priya());
        QVERIFY(created);
        QVERIFY(service.update(created.value()));
        auto stale = service.update(created.value());
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
    }

    void readOnlyFileIsRefused() {
        QVERIFY((test::refusesToCreateReadOnly<PeopleService>(m_files.newFile(), priya())));
    }
};

QTEST_GUILESS_MAIN(tst_PeopleService)
#include "tst_PeopleService.moc"
