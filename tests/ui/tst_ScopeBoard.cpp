// SPDX-License-Identifier: GPL-3.0-or-later
// The scope board through the real screen offscreen, as a release manager uses it: drag
// cards between columns, from the backlog, and onto a second release's board; undo and
// redo; keyboard moves; the rationale a trade-off needs; capacity colours; dependency
// warnings; filters; read-only files and the empty state.
#include "ScopeFixture.h"
#include "TestSupport.h"
#include "Theme.h"
#include "itemmodels/Roles.h"
#include "itemmodels/ScopeBoardModel.h"
#include "scope/ScopeBoardPane.h"
#include "scope/ScopeBoardView.h"
#include "scope/ScopeScreen.h"
#include "scope/TradeoffDialog.h"
#include "services/Document.h"
#include "services/ScopeService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

namespace {

// Presses at `from`, moves in a few steps as a hand would, releases at `to` (all in the
// coordinates of `w`).
void drag(QWidget* w, QPoint from, QPoint to) {
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(w, from + (to - from) * i / 4);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

// Column index of a status on a board that shows the backlog first.
int columnOf(ScopeStatus status) {
    return 1 + int(status);
}

} // namespace

class tst_ScopeBoard : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"board"_qs};
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<ScopeScreen> m_screen;
    qint64 m_r1 = 0, m_r2 = 0;
    qint64 m_a = 0, m_b = 0, m_c = 0, m_d = 0;
    int m_rationaleAsked = 0;
    std::optional<QString> m_rationaleAnswer;

    std::unique_ptr<Document> newDocument() { return test::openDocument(m_files.newFile()); }

    ScopeBoardView* board() const { return m_screen->primaryBoard()->view(); }
    ScopeBoardView* second() const { return m_screen->secondaryBoard()->view(); }
    ScopeItem item(qint64 id) const { return m_doc->scope().find(id).value(); }

    QPoint columnPoint(ScopeBoardView* view, int column) const {
        const QRect r = view->columnRect(column);
        return {r.center().x(), r.bottom() - 20};
    }

private Q_SLOTS:
    void init() {
        m_doc = newDocument();
        QVERIFY(m_doc);
        test::ScopeFixture fx(m_doc->database());
        m_r1 = fx.addRelease(u"Payments"_qs, u"2.4.0"_qs, 10, 10.0);
        m_r2 = fx.addRelease(u"Payments"_qs, u"2.5.0"_qs, 40);
        m_a = fx.addItem(u"Card tokens"_qs, ScopeStatus::Committed, m_r1, 5, ScopeKind::Feature,
                         u"PAY-1"_qs);
        m_b = fx.addItem(u"Refund export"_qs, ScopeStatus::Proposed, m_r1, 3, ScopeKind::Fix,
                         u"PAY-2"_qs);
        m_c = fx.addItem(u"PSD2 consent log"_qs, ScopeStatus::Proposed, 0, 2, ScopeKind::Regulatory,
                         u"PAY-3"_qs);
        m_d = fx.addItem(u"Ledger cleanup"_qs, ScopeStatus::Proposed, m_r2, 8, ScopeKind::TechDebt,
                         u"PAY-4"_qs);
        m_screen = std::make_unique<ScopeScreen>(*m_doc);
        m_rationaleAsked = 0;
        m_rationaleAnswer.reset();
        m_screen->setRationaleProvider(
            [this](const ScopeItem&, const QString&, const QString&) -> std::optional<QString> {
                ++m_rationaleAsked;
                return m_rationaleAnswer;
            });
        m_screen->resize(1700, 900);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        m_screen->primaryBoard()->setRelease(m_r1);
        QCOMPARE(board()->releaseId(), m_r1);
    }

    void cleanup() {
        m_screen.reset();
        m_doc.reset();
    }

    void dragBetweenColumnsIsUndoable() {
        const QRect card = board()->cardRect(m_b);
        QVERIFY(!card.isEmpty());
        QCOMPARE(board()->columnOf(m_b), columnOf(ScopeStatus::Proposed));
        const qint64 audited = AuditLog(m_doc->database()).count().value();
        drag(board()->viewport(), card.center(),
             columnPoint(board(), columnOf(ScopeStatus::InProgress)));
        QCOMPARE(item(m_b).status, ScopeStatus::InProgress);
        QCOMPARE(board()->columnOf(m_b), columnOf(ScopeStatus::InProgress));
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(AuditLog(m_doc->database()).count().value(), audited + 1);
        QCOMPARE(m_rationaleAsked, 0);

        m_doc->undoStack()->undo();
        QCOMPARE(item(m_b).status, ScopeStatus::Proposed);
        QCOMPARE(board()->columnOf(m_b), columnOf(ScopeStatus::Proposed));
        m_doc->undoStack()->redo();
        QCOMPARE(item(m_b).status, ScopeStatus::InProgress);
        // Undo is another audited edit, never a rollback of history.
        QCOMPARE(AuditLog(m_doc->database()).count().value(), audited + 3);
    }

    void dragFromTheBacklogIntoTheRelease() {
        QCOMPARE(board()->columnOf(m_c), 0);
        drag(board()->viewport(), board()->cardRect(m_c).center(),
             columnPoint(board(), columnOf(ScopeStatus::Committed)));
        QCOMPARE(item(m_c).releaseId, m_r1);
        QCOMPARE(item(m_c).status, ScopeStatus::Committed);
        m_doc->undoStack()->undo();
        QCOMPARE(item(m_c).releaseId, 0);
        QCOMPARE(board()->columnOf(m_c), 0);
    }

    void dragOntoASecondReleaseIsUndoable() {
        m_screen->setComparing(true);
        m_screen->secondaryBoard()->setRelease(m_r2);
        QApplication::processEvents();
        QVERIFY(second()->isVisible());
        QCOMPARE(second()->columnOf(m_d), int(ScopeStatus::Proposed)); // no backlog there
        // From the left board, onto the right board's Committed column.
        const QPoint target =
            second()->viewport()->mapToGlobal(columnPoint(second(), int(ScopeStatus::Committed)));
        drag(board()->viewport(), board()->cardRect(m_b).center(),
             board()->viewport()->mapFromGlobal(target));
        QCOMPARE(item(m_b).releaseId, m_r2);
        QCOMPARE(item(m_b).status, ScopeStatus::Committed);
        QCOMPARE(board()->columnOf(m_b), -1);
        QCOMPARE(second()->columnOf(m_b), int(ScopeStatus::Committed));
        QCOMPARE(m_rationaleAsked, 0); // a proposed item may move freely

        // And back, from the right board onto the left one's Proposed column.
        const QPoint back =
            board()->viewport()->mapToGlobal(columnPoint(board(), columnOf(ScopeStatus::Proposed)));
        m_rationaleAnswer = u"Not needed in 2.5 after all"_qs;
        drag(second()->viewport(), second()->cardRect(m_b).center(),
             second()->viewport()->mapFromGlobal(back));
        QCOMPARE(m_rationaleAsked, 1); // committed, leaving its release
        QCOMPARE(item(m_b).releaseId, m_r1);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        m_doc->undoStack()->undo();
        QCOMPARE(item(m_b).releaseId, m_r1);
        QCOMPARE(item(m_b).status, ScopeStatus::Proposed);
    }

    void aTradeoffNeedsARationale() {
        // Cancelled: nothing moves, nothing is recorded.
        m_rationaleAnswer.reset();
        drag(board()->viewport(), board()->cardRect(m_a).center(), columnPoint(board(), 0));
        QCOMPARE(m_rationaleAsked, 1);
        QCOMPARE(item(m_a).releaseId, m_r1);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(m_doc->scope().tradeoffs()->isEmpty());

        m_rationaleAnswer = u"The PSP certification slipped."_qs;
        drag(board()->viewport(), board()->cardRect(m_a).center(), columnPoint(board(), 0));
        QCOMPARE(item(m_a).releaseId, 0);
        QCOMPARE(item(m_a).status, ScopeStatus::Proposed);
        auto log = m_doc->scope().tradeoffs().value();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().rationale, u"The PSP certification slipped."_qs);
        QCOMPARE(log.first().fromReleaseId, m_r1);
        QCOMPARE(log.first().toReleaseId, 0);

        // The log view lists who, when, from where to where and why.
        auto* button = m_screen->findChild<QToolButton*>(u"scopeTradeoffButton"_qs);
        QVERIFY(button);
        button->click();
        auto* table = m_screen->findChild<QTableView*>(u"tradeoffLog"_qs);
        QVERIFY(table && table->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        const QString from = table->model()->index(0, 3).data().toString();
        const QString to = table->model()->index(0, 4).data().toString();
        QVERIFY2(from.contains(u"2.4.0"_qs) && from.contains(u"Committed"_qs), qPrintable(from));
        QVERIFY2(to.contains(u"Backlog"_qs), qPrintable(to));
        QCOMPARE(table->model()->index(0, 5).data().toString(),
                 u"The PSP certification slipped."_qs);
        QCOMPARE(table->model()->index(0, 1).data().toString(), m_doc->session().actor);

        // Deferring asks as well (Ctrl+Right from Done to Deferred).
        m_rationaleAnswer = u"Waiting for the regulator"_qs;
        QVERIFY(m_doc->scope().move({m_b, 1, ScopeStatus::Done, m_r1, {}}).ok());
        board()->selectItem(m_b);
        board()->setFocus();
        QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(item(m_b).status, ScopeStatus::Deferred);
        QCOMPARE(m_rationaleAsked, 3);
        QCOMPARE(m_doc->scope().tradeoffs()->size(), 2);
        QCOMPARE(table->model()->rowCount(), 2);
    }

    void rationaleDialogWantsText() {
        TradeoffDialog dialog(u"Card tokens"_qs, u"2.4.0"_qs, u"the backlog"_qs);
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto* text = dialog.findChild<QPlainTextEdit*>(u"tradeoffRationale"_qs);
        QTest::keyClicks(text, u"   "_qs);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(text, u"Vendor late"_qs);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.rationale(), u"Vendor late"_qs);
    }

    void keyboardMovesSelectionAndCards() {
        board()->setFocus();
        board()->selectItem(m_b);
        QTest::keyClick(board(), Qt::Key_Left); // to the backlog's card
        QCOMPARE(board()->selectedItem(), m_c);
        QTest::keyClick(board(), Qt::Key_Right);
        QCOMPARE(board()->selectedItem(), m_b);
        QTest::keyClick(board(), Qt::Key_Right); // skips nothing: Committed holds A
        QCOMPARE(board()->selectedItem(), m_a);
        QTest::keyClick(board(), Qt::Key_Left);
        QCOMPARE(board()->selectedItem(), m_b);
        QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(item(m_b).status, ScopeStatus::Committed);
        QCOMPARE(board()->selectedItem(), m_b);
        QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(item(m_b).status, ScopeStatus::InProgress);
        QCOMPARE(m_doc->undoStack()->count(), 2);
        m_doc->undoStack()->undo();
        QCOMPARE(item(m_b).status, ScopeStatus::Committed);
    }

    void cardsReorderWithinAColumn() {
        // Two more proposed items: Proposed reads B, E, F (same priority, by id).
        test::ScopeFixture fx(m_doc->database());
        const qint64 e = fx.addItem(u"Receipt e-mail"_qs, ScopeStatus::Proposed, m_r1);
        const qint64 f = fx.addItem(u"Chargeback API"_qs, ScopeStatus::Proposed, m_r1);
        m_screen->model()->reload();
        const int proposed = columnOf(ScopeStatus::Proposed);
        const auto order = [this, proposed] {
            QList<qint64> ids;
            for (int row : board()->column(proposed).rows)
                ids.append(m_screen->model()->items()[row].id);
            return ids;
        };
        QCOMPARE(order(), (QList<qint64>{m_b, e, f}));
        const qint64 audited = AuditLog(m_doc->database()).count().value();

        // Ctrl+Up: one place up.
        board()->setFocus();
        board()->selectItem(f);
        QTest::keyClick(board(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(order(), (QList<qint64>{m_b, f, e}));
        QCOMPARE(board()->selectedItem(), f);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QCOMPARE(AuditLog(m_doc->database()).count().value(), audited + 1);
        QCOMPARE(AuditLog(m_doc->database()).page({}, 0, 1).value().first().action, u"reorder"_qs);
        QCOMPARE(item(f).status, ScopeStatus::Proposed); // order only

        // Drag to the top of the column.
        const QRect top = board()->cardRect(m_b);
        drag(board()->viewport(), board()->cardRect(e).center(), top.topLeft() + QPoint(20, 2));
        QCOMPARE(order(), (QList<qint64>{e, m_b, f}));
        QCOMPARE(m_doc->undoStack()->count(), 2);

        // Undo restores each order, the renumbered neighbours too; redo puts it back.
        m_doc->undoStack()->undo();
        QCOMPARE(order(), (QList<qint64>{m_b, f, e}));
        m_doc->undoStack()->undo();
        QCOMPARE(order(), (QList<qint64>{m_b, e, f}));
        QCOMPARE(item(f).rank, 0.0);
        m_doc->undoStack()->redo();
        QCOMPARE(order(), (QList<qint64>{m_b, f, e}));

        // The order is in the file: a new screen reads it back.
        m_screen = std::make_unique<ScopeScreen>(*m_doc);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
        m_screen->primaryBoard()->setRelease(m_r1);
        QCOMPARE(order(), (QList<qint64>{m_b, f, e}));
        QVERIFY(AuditLog(m_doc->database()).verify()->intact());
    }

    void capacityTurnsAmberThenRed() {
        QLabel* label = m_screen->primaryBoard()->capacityLabel();
        // 5 of 10 committed.
        QCOMPARE(label->property("capacityState").toString(), u"fine"_qs);
        QVERIFY2(label->text().contains(u"5 of 10"_qs), qPrintable(label->text()));
        QVERIFY(m_screen->requestMove(m_b, ScopeStatus::Committed, m_r1)); // 8 of 10
        QCOMPARE(label->property("capacityState").toString(), u"fine"_qs);
        QVERIFY(m_screen->requestMove(m_c, ScopeStatus::Committed, m_r1)); // 10 of 10
        QCOMPARE(label->property("capacityState").toString(), u"near"_qs);
        QVERIFY2(label->text().contains(u"near capacity"_qs), qPrintable(label->text()));
        QVERIFY(label->styleSheet().contains(Theme::warning().name()));
        QVERIFY(m_doc->scope().setCapacity(m_r1, 9.0).ok()); // 10 of 9
        QCOMPARE(label->property("capacityState").toString(), u"over"_qs);
        QVERIFY2(label->text().contains(u"over capacity by 1"_qs), qPrintable(label->text()));
        QVERIFY(label->styleSheet().contains(Theme::danger().name()));
        m_doc->undoStack()->undo(); // C back to the backlog: 8 of 9
        QCOMPARE(label->property("capacityState").toString(), u"fine"_qs);
        // A release without capacity says so.
        m_screen->primaryBoard()->setRelease(m_r2);
        QCOMPARE(label->property("capacityState").toString(), u"unset"_qs);
        QVERIFY(label->text().contains(u"no capacity set"_qs));
    }

    void dependencyWarningsShowOnTheCard() {
        ScopeBoardModel* model = m_screen->model();
        QVERIFY(!model->hasWarning(m_a));
        QVERIFY(m_doc->scope().addDependency(m_a, m_c).ok()); // A (committed) needs C (backlog)
        QVERIFY(model->hasWarning(m_a));
        const QString message = model->warningsFor(m_a).first().message;
        QVERIFY2(message.contains(u"PAY-1"_qs) && message.contains(u"PAY-3"_qs),
                 qPrintable(message));
        QCOMPARE(model->index(model->rowOf(m_a)).data(DependencyCountRole).toInt(), 1);
        QVERIFY(!board()->cardRect(m_a).isEmpty());
        // Bringing C into the release clears it; undoing brings it back.
        drag(board()->viewport(), board()->cardRect(m_c).center(),
             columnPoint(board(), columnOf(ScopeStatus::Committed)));
        QVERIFY(!model->hasWarning(m_a));
        m_doc->undoStack()->undo();
        QVERIFY(model->hasWarning(m_a));
    }

    void filtersNarrowTheBoard() {
        QCOMPARE(board()->cardCount(), 3); // A, B and C (backlog); D is in 2.5.0
        auto* search = m_screen->findChild<QLineEdit*>(u"scopeSearch"_qs);
        QTest::keyClicks(search, u"refund"_qs);
        QTRY_COMPARE(board()->cardCount(), 1);
        search->clear();
        QTRY_COMPARE(board()->cardCount(), 3);
        m_screen->findChild<QCheckBox*>(u"scopeRegulatoryOnly"_qs)->setChecked(true);
        QCOMPARE(board()->cardCount(), 1);
        QCOMPARE(board()->columnOf(m_c), 0);
    }

    void readOnlyBoardsDoNotMove() {
        m_screen->setEditable(false);
        drag(board()->viewport(), board()->cardRect(m_b).center(),
             columnPoint(board(), columnOf(ScopeStatus::Done)));
        QCOMPARE(item(m_b).status, ScopeStatus::Proposed);
        board()->selectItem(m_b);
        QTest::keyClick(board(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(item(m_b).status, ScopeStatus::Proposed);
        QCOMPARE(m_doc->undoStack()->count(), 0);
        QVERIFY(!m_screen->primaryBoard()->capacityButton()->isEnabled());
    }

    void anEmptyFileShowsWhatToDo() {
        auto doc = newDocument();
        QVERIFY(doc);
        ScopeScreen screen(*doc);
        screen.show();
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        auto* stack = screen.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"scopeEmptyState"_qs);
    }
};

QTEST_MAIN(tst_ScopeBoard)
#include "tst_ScopeBoard.moc"
