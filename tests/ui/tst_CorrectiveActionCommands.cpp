// SPDX-License-Identifier: GPL-3.0-or-later
// Corrective actions undone and redone on a real QUndoStack over a real file: adding, closing
// and removing, each undo and redo an audited service call; someone else's change in between
// refuses the undo and keeps their work; a refused first redo leaves nothing on the stack.
#include "ClosureFixture.h"
#include "Fixtures.h"
#include "TestSupport.h"
#include "reporting/CorrectiveActionCommands.h"
#include "services/CorrectiveActionService.h"
#include "services/Document.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

const qint64 kNow = QDateTime::currentSecsSinceEpoch();
const qint64 kDay = 86400;
const QString kAlice = QStringLiteral("alice");

qint64 auditCount(Database& db) {
    return queryValue(db.path(),
                      u"SELECT count(*) FROM audit_log WHERE entity = 'corrective_action'"_qs)
        .toLongLong();
}

qint64 rowCount(Database& db) {
    return queryValue(db.path(), u"SELECT count(*) FROM corrective_actions"_qs).toLongLong();
}

CorrectiveAction action(qint64 releaseId, const QString& title) {
    CorrectiveAction a;
    a.deviationKey = u"gate_waived:%1:waiver-1"_qs.arg(releaseId);
    a.title = title;
    a.owner = u"Lena Fischer"_qs;
    a.due = QDate(2026, 12, 31);
    return a;
}

} // namespace

class tst_CorrectiveActionCommands : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"corrective-undo"_qs};

private Q_SLOTS:
    void addCloseRemoveUndoRedo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        CorrectiveActionService actions(db, Session{kAlice, {}});
        QStringList errors;
        const auto sink = [&errors](const QString& message) {
            errors << message;
        };
        QUndoStack stack;

        auto* add = new AddCorrectiveActionCommand(actions, action(r, u"Run the suite"_qs), sink);
        QVERIFY(pushCommand(&stack, add));
        const CorrectiveAction created = *add->stored();
        QVERIFY(created.id > 0);
        QCOMPARE(stack.undoText(), u"Add the corrective action “Run the suite”"_qs);
        QCOMPARE(rowCount(db), 1);
        stack.undo();
        QCOMPARE(rowCount(db), 0);
        stack.redo();
        QCOMPARE(rowCount(db), 1);
        QCOMPARE(actions.find(created.id).value().title, u"Run the suite"_qs); // same id back

        // Closing it: the undo text says so; undo reopens and clears the moment.
        CorrectiveAction before = actions.find(created.id).value();
        CorrectiveAction after = before;
        after.state = CorrectiveState::Done;
        after.note = u"Suite green on 2026-12-08"_qs;
        QVERIFY(pushCommand(&stack, new EditCorrectiveActionCommand(actions, before, after, sink)));
        QCOMPARE(stack.undoText(), u"Mark the corrective action “Run the suite” done"_qs);
        QCOMPARE(actions.find(created.id).value().state, CorrectiveState::Done);
        QVERIFY(actions.find(created.id).value().closedAt > 0);
        stack.undo();
        QCOMPARE(actions.find(created.id).value().state, CorrectiveState::Open);
        QCOMPARE(actions.find(created.id).value().closedAt, 0);
        QVERIFY(actions.find(created.id).value().note.isEmpty());
        stack.redo();
        QCOMPARE(actions.find(created.id).value().state, CorrectiveState::Done);

        // Removing it; undo brings it back under its id, done as it was.
        QVERIFY(pushCommand(&stack, new RemoveCorrectiveActionCommand(
                                        actions, actions.find(created.id).value(), sink)));
        QCOMPARE(rowCount(db), 0);
        stack.undo();
        QCOMPARE(rowCount(db), 1);
        QCOMPARE(actions.find(created.id).value().state, CorrectiveState::Done);
        QCOMPARE(actions.find(created.id).value().note, u"Suite green on 2026-12-08"_qs);

        // Everything back to the start, then forward again; a second later, so that undo
        // tells the stored action by its content, not by when it was last written.
        QTest::qSleep(1100);
        stack.undo(); // the close
        stack.undo(); // the add
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(rowCount(db), 0);
        while (stack.canRedo())
            stack.redo();
        QCOMPARE(rowCount(db), 0); // the removal redone last
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        // add, undo, redo; close, undo, redo; remove, undo; undo close, undo add; 3 redos
        QCOMPARE(auditCount(db), 13);
    }

    void someoneElsesChangeRefusesUndo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        CorrectiveActionService mine(db, Session{kAlice, {}});
        CorrectiveActionService theirs(db, Session{u"bob"_qs, {}});
        QStringList errors;
        const auto sink = [&errors](const QString& message) {
            errors << message;
        };
        QUndoStack stack;
        auto* add = new AddCorrectiveActionCommand(mine, action(r, u"Run the suite"_qs), sink);
        QVERIFY(pushCommand(&stack, add));
        const qint64 id = add->stored()->id;

        CorrectiveAction bobs = theirs.find(id).value();
        bobs.owner = u"Bob"_qs;
        QVERIFY(theirs.update(bobs));
        stack.undo(); // would remove Bob's version
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(u"bob"_qs), qPrintable(errors.first()));
        QCOMPARE(rowCount(db), 1);
        QCOMPARE(mine.find(id).value().owner, u"Bob"_qs);
    }

    void refusedFirstRedoLeavesNothing() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        Database& db = doc->database();
        const qint64 r = deployedRelease(*doc, kNow - 3 * kDay);
        QVERIFY(addPeople(db, kAlice,
                          {personWithLogin(u"Alice"_qs, kAlice, {u"release_manager"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs})}));
        CorrectiveActionService asDeployer(db, Session{u"dee"_qs, {}});
        QStringList errors;
        QUndoStack stack;
        QVERIFY(!pushCommand(
            &stack, new AddCorrectiveActionCommand(asDeployer, action(r, u"Anything"_qs),
                                                   [&errors](const QString& m) { errors << m; })));
        QCOMPARE(stack.count(), 0);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().contains(u"dee"_qs));
        QCOMPARE(rowCount(db), 0);
    }
};

QTEST_MAIN(tst_CorrectiveActionCommands)
#include "tst_CorrectiveActionCommands.moc"
