// SPDX-License-Identifier: GPL-3.0-or-later
// Support feedback through the service: audited create/update/remove/restore, stale edits,
// validation (team, what, severity, a time not in the future), roles, read-only files.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/Document.h"
#include "services/FeedbackService.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_FeedbackService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"feedback"_qs};

    static FeedbackEntry entry(qint64 releaseId) {
        FeedbackEntry e;
        e.releaseId = releaseId;
        e.team = u"Service Desk L1"_qs;
        e.what = u"Customers report declined cards since the morning."_qs;
        e.severity = FeedbackSeverity::High;
        e.reportedAt = QDateTime::currentSecsSinceEpoch() - 3600;
        return e;
    }

    static qint64 release(Document& doc) {
        return createRelease(doc.releases(), newRelease(u"Payments API"_qs, u"2.4.0"_qs));
    }

private Q_SLOTS:
    void createUpdateRemoveRestoreAreAudited() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = release(*doc);
        QVERIFY(r > 0);
        FeedbackService service(doc->database(), Session{u"alice"_qs, u"CHG0042"_qs});
        QSignalSpy changed(&service, &FeedbackService::feedbackChanged);

        auto created = service.create(entry(r));
        QVERIFY2(created, qPrintable(created.error().message));
        QVERIFY(created->id > 0);
        QCOMPARE(created->rowVersion, 1);
        QCOMPARE(created->createdBy, test::recordedActor(doc->database(), u"alice"_qs));
        QCOMPARE(created->severity, FeedbackSeverity::High);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), r);

        FeedbackEntry earlier = entry(r);
        earlier.team = u"Operations"_qs;
        earlier.reportedAt -= 7200;
        earlier.severity = FeedbackSeverity::Low;
        QVERIFY(service.create(earlier));
        auto listed = service.forRelease(r);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->first().team, u"Operations"_qs); // oldest first

        FeedbackEntry edited = created.value();
        edited.severity = FeedbackSeverity::Critical;
        edited.what = u"  Declines at 18%.  "_qs;
        auto updated = service.update(edited);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->rowVersion, 2);
        QCOMPARE(updated->what, u"Declines at 18%."_qs); // stored trimmed
        QCOMPARE(updated->severity, FeedbackSeverity::Critical);

        QVERIFY(service.remove(updated->id, updated->rowVersion));
        QCOMPARE(service.forRelease(r)->size(), 1);
        auto restored = service.restore(updated.value());
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored->id, created->id);
        QCOMPARE(restored->severity, FeedbackSeverity::Critical);
        QCOMPARE(changed.size(), 5);

        const QString path = doc->database().path();
        QCOMPARE(queryValue(path, u"SELECT count(*) FROM audit_log WHERE entity = 'feedback'"_qs)
                     .toInt(),
                 5);
        // SQLite (3.40) has no string_agg, PostgreSQL no group_concat.
        const QString actions = test::isPostgres()
                                    ? u"SELECT string_agg(action, ',' ORDER BY seq) FROM audit_log "
                                      "WHERE entity = 'feedback'"_qs
                                    : u"SELECT group_concat(action, ',') FROM (SELECT action FROM "
                                      "audit_log WHERE entity = 'feedback' ORDER BY seq)"_qs;
        QCOMPARE(queryValue(path, actions).toString(), u"create,create,update,delete,restore"_qs);
        QCOMPARE(queryValue(path, u"SELECT change_ticket FROM audit_log WHERE entity = "
                                  "'feedback' ORDER BY seq DESC LIMIT 1"_qs)
                     .toString(),
                 u"CHG0042"_qs);
        const QString updateAfter =
            queryValue(path, u"SELECT after_json FROM audit_log WHERE entity = 'feedback' AND "
                             "action = 'update'"_qs)
                .toString();
        QVERIFY2(updateAfter.contains(u"\"severity\":\"critical\""_qs), qPrintable(updateAfter));
    }

    void staleEditsAreRefused() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = release(*doc);
        FeedbackService service(doc->database(), Session{u"alice"_qs, {}});
        auto created = service.create(entry(r));
        QVERIFY(created);
        FeedbackEntry mine = created.value();
        FeedbackEntry theirs = created.value();
        theirs.what = u"Someone else's words"_qs;
        QVERIFY(service.update(theirs));
        mine.what = u"My words"_qs;
        QVERIFY(isRefusal(service.update(mine), Error::Kind::Stale));
        QVERIFY(isRefusal(service.remove(mine.id, mine.rowVersion), Error::Kind::Stale));
        QCOMPARE(service.forRelease(r)->first().what, u"Someone else's words"_qs);
    }

    void invalidEntriesAreRefusedNamingTheField() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = release(*doc);
        FeedbackService service(doc->database(), Session{u"alice"_qs, {}});
        FeedbackEntry noTeam = entry(r);
        noTeam.team = u"   "_qs;
        QVERIFY(isRefusal(service.create(noTeam), Error::Kind::Validation, u"team"_qs));
        FeedbackEntry noWhat = entry(r);
        noWhat.what.clear();
        QVERIFY(isRefusal(service.create(noWhat), Error::Kind::Validation, u"what happened"_qs));
        FeedbackEntry future = entry(r);
        future.reportedAt = QDateTime::currentSecsSinceEpoch() + 3600;
        QVERIFY(isRefusal(service.create(future), Error::Kind::Validation, u"in the future"_qs));
        // Within a minute of now is a clock's difference, not the future.
        FeedbackEntry skew = entry(r);
        skew.reportedAt = QDateTime::currentSecsSinceEpoch() + 30;
        QVERIFY(service.create(skew));
        FeedbackEntry tooLong = entry(r);
        tooLong.what = QString(5000, u'x');
        QVERIFY(isRefusal(service.create(tooLong), Error::Kind::Validation));
        FeedbackEntry noRelease = entry(0);
        QVERIFY(isRefusal(service.create(noRelease), Error::Kind::Validation, u"release"_qs));
        QCOMPARE(service.forRelease(r)->size(), 1);
        QCOMPARE(feedbackSeverityFromKey(u" Critical "_qs), FeedbackSeverity::Critical);
        QVERIFY(!feedbackSeverityFromKey(u"urgent"_qs));
    }

    void rolesDecideWhoRecords() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = release(*doc);
        QVERIFY(addPeople(doc->database(), u"alice"_qs,
                          {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                           personWithLogin(u"Omar"_qs, u"omar"_qs, {u"operations"_qs}),
                           personWithLogin(u"Carla"_qs, u"carla"_qs, {u"cab"_qs})}));
        QVERIFY(FeedbackService(doc->database(), Session{u"omar"_qs, {}}).create(entry(r)));
        FeedbackService asCab(doc->database(), Session{u"carla"_qs, {}});
        QVERIFY(isRefusal(asCab.create(entry(r)), Error::Kind::Permission));
        FeedbackService stranger(doc->database(), Session{u"mallory"_qs, {}});
        QVERIFY(isRefusal(stranger.create(entry(r)), Error::Kind::Permission));
        QCOMPARE(asCab.forRelease(r)->size(), 1);
    }

    void readOnlyFileRefuses() {
        const QString path = m_files.newFile();
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            QVERIFY(release(*doc) > 0);
        }
        auto db = openDatabase(path, true);
        QVERIFY(db);
        FeedbackService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(isRefusal(service.create(entry(1)), Error::Kind::ReadOnly));
    }
};

QTEST_GUILESS_MAIN(tst_FeedbackService)
#include "tst_FeedbackService.moc"
