// SPDX-License-Identifier: GPL-3.0-or-later
// Blackouts through the service: audited create/update/delete/restore, stale edits,
// validation (zone, period, RRULE, EXDATE, services) and read-only files.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/BlackoutService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

Q_DECLARE_METATYPE(slipway::Blackout)

class tst_BlackoutService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"blackouts"_qs};

    static Blackout weeklyFreeze() {
        Blackout b;
        b.name = u"Friday change freeze"_qs;
        b.reason = u"Weekend support is thin."_qs;
        b.zone = u"Europe/Berlin"_qs;
        b.startUtc = QDateTime(QDate(2026, 3, 6), QTime(16, 0), QTimeZone("Europe/Berlin"))
                         .toSecsSinceEpoch();
        b.endUtc = b.startUtc + 4 * 3600;
        b.rrule = u"FREQ=WEEKLY;BYDAY=FR"_qs;
        b.hard = false;
        return b;
    }

private Q_SLOTS:
    void createUpdateDeleteRestoreAreAudited() {
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        BlackoutService service(*db, Session{u"alice"_qs, u"CHG0001"_qs});
        QSignalSpy added(&service, &BlackoutService::blackoutAdded);
        QSignalSpy changed(&service, &BlackoutService::blackoutChanged);
        QSignalSpy removed(&service, &BlackoutService::blackoutRemoved);

        Blackout b = weeklyFreeze();
        b.exdates = {b.startUtc + 7 * 86400};
        auto created = service.create(b);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->rowVersion, 1);
        QCOMPARE(created->exdates, b.exdates);
        QCOMPARE(added.size(), 1);

        Blackout edited = created.value();
        edited.hard = true;
        edited.allServices = true;
        auto updated = service.update(edited);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->rowVersion, 2);
        QVERIFY(updated->hard);
        QCOMPARE(changed.size(), 1);

        QVERIFY(service.remove(updated->id, updated->rowVersion));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(service.all()->size(), 0);

        auto restored = service.restore(updated.value());
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored->id, created->id);
        QCOMPARE(restored->name, b.name);
        QCOMPARE(restored->rrule, b.rrule);

        AuditLog log(*db);
        auto page = log.page({}, 0, 10);
        QVERIFY(page);
        QCOMPARE(page->size(), 4);
        QCOMPARE(page->at(3).action, u"create"_qs);
        QCOMPARE(page->at(2).action, u"update"_qs);
        QVERIFY(page->at(2).beforeJson.contains(u"\"severity\":\"soft\""_qs));
        QVERIFY(page->at(2).afterJson.contains(u"\"severity\":\"hard\""_qs));
        QCOMPARE(page->at(1).action, u"delete"_qs);
        QVERIFY(page->at(1).afterJson.isEmpty());
        QCOMPARE(page->at(0).action, u"restore"_qs);
        for (const AuditEntry& e : page.value()) {
            QCOMPARE(e.entity, u"blackout"_qs);
            QCOMPARE(e.actor, test::recordedActor(*db, u"alice"_qs));
            QCOMPARE(e.changeTicket, u"CHG0001"_qs);
        }
        QVERIFY(log.verify()->intact());
    }

    void staleRowVersionIsRefused() {
        auto db = test::openDatabase(m_files.newFile());
        BlackoutService mine(*db, Session{u"alice"_qs, {}});
        BlackoutService theirs(*db, Session{u"bob"_qs, {}});
        auto created = mine.create(weeklyFreeze());
        QVERIFY(created);
        Blackout bobs = created.value();
        bobs.name = u"Bob's name"_qs;
        QVERIFY(theirs.update(bobs));

        Blackout alices = created.value();
        alices.reason = u"Alice's reason"_qs;
        auto refused = mine.update(alices);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.error().message.contains(test::recordedActor(*db, u"bob"_qs)),
                 qPrintable(refused.error().message));
        auto deleted = mine.remove(created->id, created->rowVersion);
        QVERIFY(!deleted);
        QCOMPARE(deleted.error().kind, Error::Kind::Stale);
        QCOMPARE(mine.find(created->id)->name, u"Bob's name"_qs);
        QCOMPARE(AuditLog(*db).count().value(), qint64(2));
    }

    void validationErrors_data() {
        QTest::addColumn<Blackout>("blackout");
        QTest::addColumn<QString>("says");
        Blackout b = weeklyFreeze();
        b.name = u"  "_qs;
        QTest::newRow("blank name") << b << u"name"_qs;
        b = weeklyFreeze();
        b.endUtc = b.startUtc;
        QTest::newRow("end not after start") << b << u"after the start"_qs;
        b = weeklyFreeze();
        b.zone = u"Europe/Atlantis"_qs;
        QTest::newRow("unknown zone") << b << u"Europe/Atlantis"_qs;
        b = weeklyFreeze();
        b.rrule = u"FREQ=FORTNIGHTLY"_qs;
        QTest::newRow("bad rrule") << b << u"RRULE"_qs;
        b = weeklyFreeze();
        b.rrule.clear();
        b.exdates = {b.startUtc};
        QTest::newRow("exdate without rule") << b << u"recurring"_qs;
        b = weeklyFreeze();
        b.allServices = false;
        QTest::newRow("no services chosen") << b << u"service"_qs;
    }
    void validationErrors() {
        QFETCH(Blackout, blackout);
        QFETCH(QString, says);
        auto db = test::openDatabase(m_files.newFile());
        QVERIFY(db);
        BlackoutService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(test::isRefusal(service.create(blackout), Error::Kind::Validation, says));
        QCOMPARE(AuditLog(*db).count().value(), qint64(0));
    }

    void readOnlyFileIsRefused() {
        QVERIFY(
            (test::refusesToCreateReadOnly<BlackoutService>(m_files.newFile(), weeklyFreeze())));
    }
};

QTEST_GUILESS_MAIN(tst_BlackoutService)
#include "tst_BlackoutService.moc"
