// SPDX-License-Identifier: GPL-3.0-or-later
// Environments and bookings through the service: audited lifecycle, stale edits, validation,
// refusing to drop an environment that is still booked, read-only files.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/EnvironmentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_EnvironmentService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"envs"_qs};

private Q_SLOTS:
    void aTakenNameIsRefusedInWords() {
        // The same name twice (or two people adding it at once): the unique key refuses it,
        // and the message says which field is taken, not the engine's own words.
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        EnvironmentService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(service.create(Environment{0, u"Staging"_qs, u"staging"_qs, true, 0}));
        auto again = service.create(Environment{0, u"Staging"_qs, u"staging"_qs, false, 0});
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Validation);
        QVERIFY2(again.error().message.contains(u": that name is already taken (while "_qs) &&
                     again.error().message.endsWith(
                         u"choose another, or reload if someone else has just saved it."_qs),
                 qPrintable(again.error().message));
        QVERIFY(!again.error().message.contains(u'\n'));
        QCOMPARE(service.all()->size(), 1);
    }

    void environmentAndBookingLifecycle() {
        auto db = test::openDatabase(m_files.newFile());
        EnvironmentService service(*db, Session{u"alice"_qs, {}});
        auto staging = service.create(Environment{0, u"Staging"_qs, u"staging"_qs, true, 0});
        QVERIFY2(staging, qPrintable(staging.error().message));
        Booking loadTest;
        loadTest.environmentId = staging->id;
        loadTest.label = u"Load test"_qs;
        loadTest.startUtc = 1793491200;
        loadTest.endUtc = loadTest.startUtc + 6 * 3600;
        auto booked = service.create(loadTest);
        QVERIFY2(booked, qPrintable(booked.error().message));
        QCOMPARE(service.bookings(staging->id)->size(), 1);

        // Still booked: removing the environment would silently drop the booking.
        auto refused = service.removeEnvironment(staging->id, staging->rowVersion);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Validation);

        Booking moved = booked.value();
        moved.startUtc += 3600;
        moved.endUtc += 3600;
        auto updated = service.update(moved);
        QVERIFY(updated);
        QCOMPARE(updated->rowVersion, 2);
        QVERIFY(service.removeBooking(updated->id, updated->rowVersion));
        QVERIFY(service.removeEnvironment(staging->id, staging->rowVersion));
        auto back = service.restore(staging.value());
        QVERIFY(back);
        QCOMPARE(back->id, staging->id);
        QVERIFY(back->shared);
        auto bookingBack = service.restore(updated.value());
        QVERIFY(bookingBack);
        QCOMPARE(bookingBack->label, u"Load test"_qs);

        QStringList entities;
        const auto page = AuditLog(*db).page({}, 0, 20);
        QVERIFY(page);
        for (const AuditEntry& e : page.value())
            entities.prepend(e.entity + u':' + e.action);
        QCOMPARE(entities,
                 (QStringList{u"environment:create"_qs, u"environment_booking:create"_qs,
                              u"environment_booking:update"_qs, u"environment_booking:delete"_qs,
                              u"environment:delete"_qs, u"environment:restore"_qs,
                              u"environment_booking:restore"_qs}));
    }

    void staleAndInvalidAreRefused() {
        auto db = test::openDatabase(m_files.newFile());
        EnvironmentService service(*db, Session{u"alice"_qs, {}});
        auto env = service.create(Environment{0, u"Test"_qs, u"test"_qs, false, 0});
        QVERIFY(env);
        Environment renamed = env.value();
        renamed.name = u"Test A"_qs;
        QVERIFY(service.update(renamed));
        auto stale = service.update(env.value());
        QVERIFY(!stale);
        QCOMPARE(stale.error().kind, Error::Kind::Stale);
        auto badKind = service.create(Environment{0, u"QA"_qs, u"qa"_qs, false, 0});
        QVERIFY(!badKind);
        QCOMPARE(badKind.error().kind, Error::Kind::Validation);
        Booking empty;
        empty.environmentId = env->id;
        empty.startUtc = 100;
        empty.endUtc = 50;
        auto badBooking = service.create(empty);
        QVERIFY(!badBooking);
        QVERIFY(badBooking.error().message.contains(u"after the start"_qs));
        QVERIFY(badBooking.error().message.contains(u"for"_qs));
    }

    void readOnlyFileIsRefused() {
        QVERIFY((test::refusesToCreateReadOnly<EnvironmentService>(
            m_files.newFile(), Environment{0, u"Staging"_qs, u"staging"_qs, true, 0})));
    }
};

QTEST_GUILESS_MAIN(tst_EnvironmentService)
#include "tst_EnvironmentService.moc"
