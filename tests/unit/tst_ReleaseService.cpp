// SPDX-License-Identifier: GPL-3.0-or-later
// Release edits through the service: validation, stale edits, roles, restore after delete.
#include "TestSupport.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_ReleaseService : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"svc"_qs};

    static std::unique_ptr<Database> open(const QString& path) { return test::openDatabase(path); }

    static Release sample() {
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.4.0"_qs;
        r.type = ReleaseType::Minor;
        r.windowStart = QDateTime(QDate(2026, 12, 5), QTime(21, 0), Qt::UTC);
        r.windowEnd = r.windowStart.addSecs(3 * 3600);
        r.windowZone = u"America/New_York"_qs;
        r.changeTicket = u"CHG0042"_qs;
        return r;
    }

private Q_SLOTS:
    void validationRefusesBadReleasesAndWritesNothing_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<Release>("release");
        Release r = sample();
        r.name = u"   "_qs;
        QTest::newRow("blank name") << u"name"_qs << r;
        r = sample();
        r.version = u"2.4"_qs;
        QTest::newRow("bad version") << u"version"_qs << r;
        r = sample();
        r.windowEnd = r.windowStart.addSecs(-60);
        QTest::newRow("end before start") << u"windowEnd"_qs << r;
        r = sample();
        r.windowEnd = QDateTime();
        QTest::newRow("start without end") << u"windowEnd"_qs << r;
        r = sample();
        r.windowZone = u"Mars/Olympus_Mons"_qs;
        QTest::newRow("unknown zone") << u"windowZone"_qs << r;
    }
    void validationRefusesBadReleasesAndWritesNothing() {
        QFETCH(QString, field);
        QFETCH(Release, release);
        const auto problems = validateRelease(release);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().field, field);
        auto db = open(m_files.newFile());
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        auto created = service.create(release);
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::Validation);
        QCOMPARE(service.all()->size(), 0);
        QCOMPARE(AuditLog(*db).count().value(), qint64(0));
    }

    void roundTripKeepsEveryField() {
        auto db = open(m_files.newFile());
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        QSignalSpy added(&service, &ReleaseService::releaseAdded);
        auto created = service.create(sample());
        QVERIFY(created);
        QCOMPARE(added.count(), 1);
        const Release r = service.find(created->id).value();
        QCOMPARE(r.name, u"Payments API"_qs);
        QCOMPARE(r.version, u"2.4.0"_qs);
        QCOMPARE(r.windowStart, sample().windowStart);
        QCOMPARE(r.windowEnd, sample().windowEnd);
        QCOMPARE(r.windowZone, u"America/New_York"_qs);
        QCOMPARE(r.changeTicket, u"CHG0042"_qs);
        QCOMPARE(r.rowVersion, qint64(1));
        QCOMPARE(r.createdBy, test::recordedActor(*db, u"tester"_qs));
    }

    void staleEditIsRefusedNotOverwritten() {
        const QString file = m_files.newFile();
        auto first = open(file);
        auto second = open(file); // a colleague with the same file open
        QVERIFY(first && second);
        ReleaseService alice(*first, Session{u"alice"_qs, {}});
        ReleaseService bob(*second, Session{u"bob"_qs, {}});
        const Release original = alice.create(sample()).value();
        Release seenByBob = bob.find(original.id).value();

        Release byAlice = original;
        byAlice.version = u"2.4.1"_qs;
        QVERIFY(alice.update(byAlice));

        seenByBob.version = u"3.0.0"_qs;
        auto refused = bob.update(seenByBob);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.error().message.contains(
                     u"changed by %1 at "_qs.arg(test::recordedActor(*first, u"alice"_qs))) &&
                     refused.error().message.contains(u"— reload"_qs),
                 qPrintable(refused.error().message));
        QCOMPARE(bob.find(original.id)->version, u"2.4.1"_qs);
        // A stale delete is refused too.
        auto staleDelete = bob.remove(original.id, original.rowVersion);
        QVERIFY(!staleDelete);
        QCOMPARE(staleDelete.error().kind, Error::Kind::Stale);
        QCOMPARE(bob.all()->size(), 1);
        QCOMPARE(AuditLog(*first).count().value(), qint64(2));
    }

    void restoreBringsBackTheSameId() {
        auto db = open(m_files.newFile());
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        const Release r = service.create(sample()).value();
        QVERIFY(service.remove(r.id, r.rowVersion).ok());
        QVERIFY(!service.find(r.id));
        auto restored = service.restore(r);
        QVERIFY(restored);
        QCOMPARE(restored->id, r.id);
        QCOMPARE(restored->name, r.name);
        const auto entries = AuditLog(*db).page({}, 0, 5).value();
        QCOMPARE(entries.first().action, u"restore"_qs);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void rolesAreEnforcedInTheCore() {
        auto db = open(m_files.newFile());
        QVERIFY(db);
        {
            // People with logins turn role checks on for the whole file.
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(
                u"INSERT INTO people (id, name, login, created_by, created_at, updated_by, "
                u"updated_at) VALUES "
                "(1, 'Rita Manager', 'rita', 't', 0, 't', 0), (2, 'Quentin QA', 'quentin', 't', 0, 't', 0)"_qs));
            QVERIFY(
                q.exec(u"INSERT INTO person_roles VALUES (1, 'release_manager'), (2, 'qa')"_qs));
        }
        ReleaseService rita(*db, Session{u"rita"_qs, {}});
        ReleaseService quentin(*db, Session{u"quentin"_qs, {}});
        ReleaseService stranger(*db, Session{u"stranger"_qs, {}});
        QVERIFY(rita.create(sample()).ok());
        auto byQa = quentin.create(sample());
        QVERIFY(!byQa);
        QCOMPARE(byQa.error().kind, Error::Kind::Permission);
        QVERIFY(byQa.error().message.contains(u"release manager"_qs));
        auto byStranger = stranger.create(sample());
        QVERIFY(!byStranger);
        QVERIFY(byStranger.error().message.contains(u"not a person in this file"_qs));
        QCOMPARE(rita.all()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseService)
#include "tst_ReleaseService.moc"
