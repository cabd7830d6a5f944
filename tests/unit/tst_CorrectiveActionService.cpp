// SPDX-License-Identifier: GPL-3.0-or-later
// Corrective actions of the adherence review on real files: created, changed through their
// states (closing stamps the moment, reopening clears it), removed and restored under their
// id with who created them; each change one audit entry; bad input and stale versions refused
// with nothing written; roles enforced once the file has logins; the table's CHECKs refuse
// what the domain's validation refuses.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "services/CorrectiveActionService.h"
#include "services/Document.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kAlice = QStringLiteral("alice");

qint64 auditCount(Database& db, const QString& action = {}) {
    QString sql = u"SELECT count(*) FROM audit_log WHERE entity = 'corrective_action'"_qs;
    if (!action.isEmpty())
        sql += u" AND action = '"_qs + action + u"'"_qs;
    return queryValue(db.path(), sql).toLongLong();
}

qint64 rowCount(Database& db) {
    return queryValue(db.path(), u"SELECT count(*) FROM corrective_actions"_qs).toLongLong();
}

CorrectiveAction action(qint64 releaseId, const QString& title, const QDate& due,
                        const QString& reference = u"deployment-1"_qs) {
    CorrectiveAction a;
    a.deviationKey = u"deployed_before_approval:%1:%2"_qs.arg(releaseId).arg(reference);
    a.title = title;
    a.owner = u"Lena Fischer"_qs;
    a.due = due;
    return a;
}

} // namespace

class tst_CorrectiveActionService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"corrective"_qs};

private Q_SLOTS:
    void keysAndStates() {
        QCOMPARE(releaseIdOfDeviationKey(u"gate_waived:42:waiver-7"_qs), 42);
        QCOMPARE(releaseIdOfDeviationKey(u"review_missing:3:review"_qs), 3);
        QCOMPARE(releaseIdOfDeviationKey(u"guard_overridden:9:a:b"_qs), 9); // a ':' in the ref
        for (const QString& bad :
             {u""_qs, u"gate_waived"_qs, u"gate_waived:42"_qs, u"gate_waived:42:"_qs,
              u"no_such_kind:42:x"_qs, u"gate_waived:0:x"_qs, u"gate_waived:-4:x"_qs,
              u"gate_waived:4x:x"_qs, u"gate_waived:042:x"_qs, u" gate_waived:4:x"_qs})
            QVERIFY2(releaseIdOfDeviationKey(bad) == 0, qPrintable(bad));
        for (CorrectiveState s : allCorrectiveStates()) {
            QCOMPARE(correctiveStateFromKey(toKey(s)), s);
            QVERIFY(!correctiveStateLabel(s).isEmpty());
        }
        QCOMPARE(correctiveStateFromKey(u"in-progress"_qs), CorrectiveState::InProgress);
        QVERIFY(!correctiveStateFromKey(u"closed"_qs));
        QVERIFY(isClosed(CorrectiveState::Done) && isClosed(CorrectiveState::Dropped));
        QVERIFY(!isClosed(CorrectiveState::Open) && !isClosed(CorrectiveState::InProgress));
    }

    void createChangeCloseAndRestore() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        QVERIFY(r > 0);
        CorrectiveActionService actions(db, Session{kAlice, {}});
        QSignalSpy changed(&actions, &CorrectiveActionService::actionsChanged);
        const QDate today = QDateTime::currentDateTimeUtc().date();

        // The release comes from the key; the state asked for is kept, nothing is closed.
        auto first = actions.create(action(r, u"  Record the CAB approval  "_qs, today.addDays(9)));
        QVERIFY2(first, first ? "" : qPrintable(first.error().message));
        QCOMPARE(first->releaseId, r);
        QCOMPARE(first->title, u"Record the CAB approval"_qs);
        QCOMPARE(first->state, CorrectiveState::Open);
        QCOMPARE(first->closedAt, 0);
        QCOMPARE(first->createdBy, recordedActor(db, kAlice));
        QCOMPARE(first->rowVersion, 1);
        CorrectiveAction doneAtOnce = action(r, u"Brief the team"_qs, today.addDays(2), u"x"_qs);
        doneAtOnce.state = CorrectiveState::Done;
        auto second = actions.create(doneAtOnce);
        QVERIFY(second);
        QVERIFY(qAbs(second->closedAt - kNow) < 60);
        QCOMPARE(changed.count(), 2);

        // All by due date; one deviation's own.
        auto all = actions.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, second->id);
        auto own = actions.list(first->deviationKey);
        QVERIFY(own);
        QCOMPARE(own->size(), 1);
        QCOMPARE(own->at(0).id, first->id);

        // In progress is not closed; done stamps the moment; a later edit keeps it.
        CorrectiveAction edit = first.value();
        edit.state = CorrectiveState::InProgress;
        edit.deviationKey = u"gate_waived:%1:waiver-1"_qs.arg(r); // never moves
        auto started = actions.update(edit);
        QVERIFY2(started, started ? "" : qPrintable(started.error().message));
        QCOMPARE(started->closedAt, 0);
        QCOMPARE(started->deviationKey, first->deviationKey);
        edit = started.value();
        edit.state = CorrectiveState::Done;
        edit.note = u"Approval CHG0001 recorded"_qs;
        auto done = actions.update(edit);
        QVERIFY(done);
        QVERIFY(qAbs(done->closedAt - kNow) < 60);
        QCOMPARE(done->rowVersion, 3);
        exec(db, u"UPDATE corrective_actions SET closed_at = 1000 WHERE id = %1"_qs.arg(done->id));
        edit = actions.find(done->id).value();
        edit.owner = u"Hiro Tanaka"_qs;
        auto kept = actions.update(edit);
        QVERIFY(kept);
        QCOMPARE(kept->closedAt, 1000);
        // Dropped needs a note; reopening clears the moment.
        edit = kept.value();
        edit.state = CorrectiveState::Dropped;
        edit.note = u"  "_qs;
        QVERIFY(isRefusal(actions.update(edit), Error::Kind::Validation, u"note"_qs));
        edit.state = CorrectiveState::Open;
        auto reopened = actions.update(edit);
        QVERIFY(reopened);
        QCOMPARE(reopened->closedAt, 0);
        QCOMPARE(reopened->updatedBy, recordedActor(db, kAlice));

        // Removed, then restored under its id, with who created it and when.
        QVERIFY(actions.remove(reopened->id, reopened->rowVersion));
        QCOMPARE(rowCount(db), 1);
        QVERIFY(isRefusal(actions.find(reopened->id), Error::Kind::NotFound));
        auto back = actions.restore(reopened.value());
        QVERIFY2(back, back ? "" : qPrintable(back.error().message));
        QCOMPARE(back->id, reopened->id);
        QCOMPARE(back->title, reopened->title);
        QCOMPARE(back->createdAt, first->createdAt);
        QCOMPARE(back->createdBy, recordedActor(db, kAlice));
        QCOMPARE(rowCount(db), 2);

        // One audit entry per change, none for the refusal.
        QCOMPARE(auditCount(db, u"create"_qs), 2);
        QCOMPARE(auditCount(db, u"update"_qs), 4);
        QCOMPARE(auditCount(db, u"delete"_qs), 1);
        QCOMPARE(auditCount(db, u"restore"_qs), 1);
        QCOMPARE(changed.count(), 8);
        // The entry's picture carries the state.
        const QString after =
            queryValue(db.path(), u"SELECT after_json FROM audit_log "
                                  "WHERE entity = 'corrective_action' AND action = 'update' "
                                  "ORDER BY seq LIMIT 1 OFFSET 1"_qs)
                .toString();
        QCOMPARE(QJsonDocument::fromJson(after.toUtf8()).object().value(u"state"_qs).toString(),
                 u"done"_qs);
    }

    void badInputWritesNothing() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        CorrectiveActionService actions(db, Session{kAlice, {}});
        const QDate due = QDate(2026, 12, 31);

        CorrectiveAction a = action(r, u"Fix"_qs, due);
        a.deviationKey = u"not a key"_qs;
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"not a deviation key"_qs));
        a = action(r, u"Fix"_qs, due);
        a.releaseId = r + 1; // the key names another release
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"belongs to release"_qs));
        a = action(r, u" "_qs, due);
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"title"_qs));
        a = action(r, u"Fix"_qs, due);
        a.owner.clear();
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"owner"_qs));
        a = action(r, u"Fix"_qs, QDate());
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"due date"_qs));
        a = action(r, u"Fix"_qs, due);
        a.note = QString(5000, u'n');
        QVERIFY(isRefusal(actions.create(a), Error::Kind::Validation, u"note"_qs));
        a = action(r + 99, u"Fix"_qs, due); // no such release
        QVERIFY(isRefusal(actions.create(a), Error::Kind::NotFound));
        QCOMPARE(rowCount(db), 0);
        QCOMPARE(auditCount(db), 0);
    }

    void staleVersionsRefused() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        CorrectiveActionService mine(db, Session{kAlice, {}});
        CorrectiveActionService theirs(db, Session{u"bob"_qs, {}});
        auto created = mine.create(action(r, u"Fix"_qs, QDate(2026, 12, 31)));
        QVERIFY(created);
        CorrectiveAction bobs = created.value();
        bobs.owner = u"Bob"_qs;
        QVERIFY(theirs.update(bobs));
        CorrectiveAction late = created.value(); // row version 1, as first seen
        late.title = u"Overwrite"_qs;
        QVERIFY(isRefusal(mine.update(late), Error::Kind::Stale, recordedActor(db, u"bob"_qs)));
        QVERIFY(isRefusal(mine.remove(created->id, 1), Error::Kind::Stale));
        auto stored = mine.find(created->id);
        QVERIFY(stored);
        QCOMPARE(stored->title, u"Fix"_qs);
        QCOMPARE(stored->owner, u"Bob"_qs);
        QCOMPARE(stored->rowVersion, 2);
        // Restoring an action that is still there is refused too.
        QVERIFY(!mine.restore(stored.value()));
        QCOMPARE(rowCount(db), 1);
    }

    void rolesEnforced() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        QVERIFY(addPeople(db, kAlice,
                          {personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs}),
                           personWithLogin(u"Cara"_qs, u"cara"_qs, {u"cab"_qs})}));
        for (const QString& login : {u"dee"_qs, u"cara"_qs, u"stranger"_qs}) {
            CorrectiveActionService refused(db, Session{login, {}});
            QVERIFY(isRefusal(refused.create(action(r, u"Fix"_qs, QDate(2026, 12, 31))),
                              Error::Kind::Permission, login));
        }
        QCOMPARE(rowCount(db), 0);
        CorrectiveActionService manager(db, Session{kAlice, {}});
        auto created = manager.create(action(r, u"Fix"_qs, QDate(2026, 12, 31)));
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        CorrectiveActionService deployer(db, Session{u"dee"_qs, {}});
        QVERIFY(deployer.list().value().size() == 1); // reading needs no role
        CorrectiveAction edit = created.value();
        edit.state = CorrectiveState::Done;
        QVERIFY(isRefusal(deployer.update(edit), Error::Kind::Permission, u"release manager"_qs));
        QVERIFY(isRefusal(deployer.remove(edit.id, edit.rowVersion), Error::Kind::Permission));
        QCOMPARE(manager.find(edit.id).value().state, CorrectiveState::Open);
        QCOMPARE(auditCount(db), 1);
    }

    void readOnlyFileRefused() {
        const QString path = m_files.newFile();
        QVERIFY((refusesToCreateReadOnly<CorrectiveActionService, CorrectiveAction>(
            path, action(1, u"Fix"_qs, QDate(2026, 12, 31)))));
    }

    // What the table itself refuses, behind the services' backs, mirrors the validation.
    void tableChecksMirrorValidation() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const QString path = doc->database().path();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        const auto insert = [&](const QString& title, const QString& owner, const QString& due,
                                const QString& state, const QString& note, qint64 closedAt) {
            return execSql(path, u"INSERT INTO corrective_actions (deviation_key, release_id, "
                                 "title, owner, due_date, state, note, closed_at, created_by, "
                                 "created_at, updated_by, updated_at) VALUES ('gate_waived:%1:w', "
                                 "%1, '%2', '%3', '%4', '%5', '%6', %7, 'x', 0, 'x', 0)"_qs.arg(r)
                                     .arg(title, owner, due, state, note)
                                     .arg(closedAt));
        };
        QVERIFY(insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"open"_qs, {}, 0));
        QVERIFY(insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"dropped"_qs, u"why"_qs, 5));
        QVERIFY(!insert(u" "_qs, u"Lena"_qs, u"2026-12-31"_qs, u"open"_qs, {}, 0));
        QVERIFY(!insert(u"Fix"_qs, u""_qs, u"2026-12-31"_qs, u"open"_qs, {}, 0));
        QVERIFY(!insert(u"Fix"_qs, u"Lena"_qs, u"soon"_qs, u"open"_qs, {}, 0));
        QVERIFY(!insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"closed"_qs, {}, 5));
        QVERIFY(!insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"dropped"_qs, u" "_qs, 5));
        QVERIFY(!insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"done"_qs, {}, 0));
        QVERIFY(!insert(u"Fix"_qs, u"Lena"_qs, u"2026-12-31"_qs, u"open"_qs, {}, 5));
        QCOMPARE(queryValue(path, u"SELECT count(*) FROM corrective_actions"_qs).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_CorrectiveActionService)
#include "tst_CorrectiveActionService.moc"
