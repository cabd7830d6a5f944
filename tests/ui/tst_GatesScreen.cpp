// SPDX-License-Identifier: GPL-3.0-or-later
// The Gates screen through the real main window: the checklist tree with statuses and
// progress, a JUnit file dropped onto a criterion, a SARIF finding marked false positive,
// a manual check ticked, promotion refused then allowed, undo and redo of each, and the
// empty state of a file without releases.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "gates/GateTemplateDialog.h"
#include "gates/GateTree.h"
#include "gates/GatesScreen.h"
#include "services/Document.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace slipway;
using namespace slipway::ui;
using test::openDocument;

class tst_GatesScreen : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"gates-ui"_qs};

    // A new document holding `release`, whose id comes back in `id`; null (failing the test)
    // when either cannot be made.
    std::unique_ptr<Document> documentWith(const Release& release, qint64& id) {
        auto doc = openDocument(m_files.newFile());
        id = doc ? test::createRelease(doc->releases(), release) : 0;
        return id ? std::move(doc) : nullptr;
    }

    // Gives the window `doc` and shows its Gates screen, wide enough for the tree's columns;
    // the document, now the window's, comes back (null, failing the test, without a screen).
    static Document* showGates(MainWindow& w, std::unique_ptr<Document> doc) {
        Document* document = doc.get();
        w.setDocument(std::move(doc));
        w.resize(1280, 800);
        w.show();
        if (!w.showScreen(u"gates"_qs)) {
            test::helperFailed(u"the window has no gates screen"_qs);
            return nullptr;
        }
        return document;
    }

    static QTreeWidgetItem* itemNamed(QTreeWidget* tree, const QString& text) {
        const auto found = tree->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
        return found.isEmpty() ? nullptr : found.first();
    }

    static void drop(GateTree* tree, QTreeWidgetItem* item, const QString& path) {
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at = tree->visualItemRect(item).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &move);
        QDropEvent dropped(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(tree->viewport(), &dropped);
    }

    static QStringList gateNames(Document& doc, qint64 releaseId) {
        QStringList names;
        const QList<ReleaseGate> gates = doc.gates().gatesOf(releaseId).value();
        for (const ReleaseGate& g : gates)
            names << g.name;
        return names;
    }

    static QStringList templateNames(Document& doc, ReleaseType type) {
        QStringList names;
        const QList<GateTemplate> all = doc.gates().templates().value();
        for (const GateTemplate& t : all)
            if (t.releaseType == type)
                names << t.name;
        return names;
    }

    static QString lastAudit(Document& doc) {
        const auto page = AuditLog(doc.database()).page({}, 0, 1).value();
        return page.isEmpty() ? QString() : page.first().entity + u'/' + page.first().action;
    }

private Q_SLOTS:
    void initTestCase() { test::dropLoginSession(); }

    void emptyFileSaysWhatToDo() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        QVERIFY(w.showScreen(u"gates"_qs));
        auto* pages = w.gatesScreen()->findChild<QStackedWidget*>();
        QVERIFY(pages);
        QVERIFY(pages->currentWidget()->findChildren<QLabel*>().size() >= 2);
        QVERIFY(!w.findChild<QPushButton*>(u"promoteButton"_qs)->isEnabled());
    }

    void checklistDropReviewTickPromoteAndUndo() {
        qint64 id = 0;
        auto doc = documentWith(
            test::releaseFromNow(u"Billing Engine"_qs, u"3.1.0"_qs, ReleaseType::Patch, 20, 7200),
            id);
        QVERIFY(doc);
        MainWindow w;
        Document* document = showGates(w, std::move(doc));
        QVERIFY(document);
        GatesScreen* screen = w.gatesScreen();
        QCOMPARE(screen->currentReleaseId(), id);
        auto* tree = w.findChild<GateTree*>(u"gateTree"_qs);
        QVERIFY(tree);
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem* gate = tree->topLevelItem(0);
        QCOMPARE(gate->text(0), u"Tests and scan → Staging"_qs);
        QCOMPARE(gate->text(1), u"Pending"_qs);
        QVERIFY(gate->text(2).startsWith(u"0/2"_qs));
        auto* promote = w.findChild<QPushButton*>(u"promoteButton"_qs);
        QVERIFY(!promote->isEnabled());
        QVERIFY(promote->toolTip().contains(u"Tests and scan is pending"_qs));

        // A JUnit report dropped onto "Regression tests" evaluates it.
        QTreeWidgetItem* tests = itemNamed(tree, u"Regression tests"_qs);
        QVERIFY(tests);
        drop(tree, tests, test::testDataPath(u"junit/gtest_1.12_sample.xml"_qs));
        tests = itemNamed(tree, u"Regression tests"_qs);
        QCOMPARE(tests->text(1), u"Failed"_qs);
        QCOMPARE(tests->text(2), u"gtest_1.12_sample.xml"_qs);
        QVERIFY(
            w.findChild<QLabel*>(u"criterionReason"_qs)->text().contains(u"Only 50 % passed"_qs));
        QVERIFY(w.findChild<QLabel*>(u"criterionEvidence"_qs)->text().contains(u"SHA-256"_qs));
        QUndoStack* stack = document->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QCOMPARE(itemNamed(tree, u"Regression tests"_qs)->text(1), u"Pending"_qs);
        stack->redo();
        QCOMPARE(itemNamed(tree, u"Regression tests"_qs)->text(1), u"Failed"_qs);
        // A file of the wrong kind is refused with a message and changes nothing.
        drop(tree, itemNamed(tree, u"Regression tests"_qs),
             test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs));
        QCOMPARE(stack->count(), 1);
        QVERIFY(!w.findChild<QWidget*>(u"gatesMessages"_qs)->isHidden());

        // A passing run, then the SARIF log: medium findings only, so the gate passes.
        const QString green = m_files.filePath(u"green.xml"_qs);
        {
            QFile f(green);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                "<testsuite name=\"s\"><testcase name=\"a\"/><testcase name=\"b\"/></testsuite>");
        }
        screen->importEvidence(
            itemNamed(tree, u"Regression tests"_qs)->data(0, GateTree::kCriterionRole).toLongLong(),
            green);
        QTreeWidgetItem* scan = itemNamed(tree, u"Security scan"_qs);
        drop(tree, scan, test::testDataPath(u"sarif/clang14_analyzer_sample.sarif"_qs));
        QCOMPARE(itemNamed(tree, u"Security scan"_qs)->text(1), u"Passed"_qs);
        tree->setCurrentItem(itemNamed(tree, u"Security scan"_qs));
        auto* findings = w.findChild<QTableView*>(u"findingsTable"_qs);
        const auto text = [findings](int row, int column) {
            return findings->model()->index(row, column).data().toString();
        };
        QCOMPARE(findings->model()->rowCount(), 6);
        QCOMPARE(text(0, 1), u"core.NullDereference"_qs);
        auto* review = w.findChild<QPushButton*>(u"falsePositiveButton"_qs);
        QVERIFY(!review->isEnabled());
        findings->selectRow(0);
        QVERIFY(review->isEnabled());
        QCOMPARE(review->text(), u"Mark false positive…"_qs);
        screen->markFalsePositive(0, u"The pointer is checked by the caller"_qs);
        QVERIFY(text(0, 3).startsWith(u"False positive"_qs));
        // The reviewed finding stays selected and can be made to count again.
        QCOMPARE(findings->selectionModel()->selectedRows().value(0).row(), 0);
        QCOMPARE(review->text(), u"Count again"_qs);
        QCOMPARE(document->gates().criterion(screen->currentCriterionId())->findings.falsePositive,
                 1);
        stack->undo();
        QCOMPARE(document->gates().criterion(screen->currentCriterionId())->findings.falsePositive,
                 0);
        stack->redo();

        gate = tree->topLevelItem(0);
        QCOMPARE(gate->text(1), u"Passed"_qs);
        QVERIFY(promote->isEnabled());
        QTest::mouseClick(promote, Qt::LeftButton);
        QVERIFY(document->gates().gatesOf(id)->first().isPromoted());
        QVERIFY(!promote->isEnabled()); // the approval gate is pending
        QVERIFY(w.findChild<QLabel*>(u"gateStage"_qs)->text().startsWith(u"In Staging"_qs));

        // The approval: ticked, promoted through, and all of it undone step by step.
        tree->setCurrentItem(itemNamed(tree, u"Release manager approval"_qs));
        auto* tick = w.findChild<QPushButton*>(u"tickButton"_qs);
        QVERIFY(tick->isVisible());
        QCOMPARE(tick->text(), u"Approve"_qs);
        QTest::mouseClick(tick, Qt::LeftButton);
        QCOMPARE(itemNamed(tree, u"Release manager approval"_qs)->text(1), u"Passed"_qs);
        QTest::mouseClick(promote, Qt::LeftButton);
        QVERIFY(!document->gates().promotionCheck(id)->allowed);
        QCOMPARE(promote->text(), u"Promoted through every gate"_qs);
        stack->undo(); // second promotion
        stack->undo(); // approval
        QCOMPARE(itemNamed(tree, u"Release manager approval"_qs)->text(1), u"Pending"_qs);
        stack->undo(); // first promotion
        QVERIFY(!document->gates().gatesOf(id)->first().isPromoted());
        QVERIFY(promote->isEnabled());
    }

    void addGatesFromRigourUndoAndRedo() {
        qint64 id = 0;
        auto doc = documentWith(
            test::releaseFromNow(u"Ledger"_qs, u"5.2.0"_qs, ReleaseType::Minor, 30, 3600), id);
        QVERIFY(doc);
        QVERIFY(doc->riskAssessments().save(
            test::riskiestAssessment(id, ReleaseType::Minor, u"Scope is one service"_qs)));
        MainWindow w;
        Document* document = showGates(w, std::move(doc));
        QVERIFY(document);
        auto* tree = w.findChild<GateTree*>(u"gateTree"_qs);
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QStringList before = gateNames(*document, id);

        auto* add = w.findChild<QPushButton*>(u"addMissingGatesButton"_qs);
        QVERIFY(add && add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(tree->topLevelItemCount(), 6);
        const QStringList expected =
            before +
            QStringList{u"Security review"_qs, u"Staging verified"_qs, u"Required approvals"_qs};
        QCOMPARE(gateNames(*document, id), expected);
        // Rigour gates say where they came from.
        QTreeWidgetItem* review = tree->topLevelItem(3);
        QCOMPARE(review->text(0), u"Security review → CAB (risk)"_qs);
        QVERIFY(review->toolTip(0).contains(u"risk assessment"_qs));
        QVERIFY(!tree->topLevelItem(0)->text(0).contains(u"risk"_qs));
        tree->setCurrentItem(review);
        QVERIFY(w.findChild<QLabel*>(u"criterionRequirement"_qs)
                    ->text()
                    .contains(u"risk assessment"_qs));
        QCOMPARE(lastAudit(*document), u"release_gates/instantiate"_qs);
        const qint64 reviewId = document->gates().gatesOf(id)->at(3).id;

        QUndoStack* stack = document->undoStack();
        QCOMPARE(stack->count(), 1);
        QCOMPARE(stack->undoText(), u"Add the release's gates"_qs);
        stack->undo();
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(gateNames(*document, id), before);
        QCOMPARE(lastAudit(*document), u"release_gates/remove_gates"_qs);
        stack->redo();
        QCOMPARE(tree->topLevelItemCount(), 6);
        QCOMPARE(document->gates().gatesOf(id)->at(3).id, reviewId);
        QCOMPARE(lastAudit(*document), u"release_gates/restore_gates"_qs);
        // Nothing more to add: a message, and nothing lands on the stack.
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(stack->count(), 1);
        QVERIFY(!w.findChild<QWidget*>(u"gatesMessages"_qs)->isHidden());
    }

    void emptyStateAddsItsGatesUndoably() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        // No emergency template: a new emergency release starts without gates.
        const GateTemplate emergency = doc->gates().templateById(10).value();
        QVERIFY(doc->gates().removeTemplate(emergency.id, emergency.rowVersion));
        const qint64 id = test::createRelease(
            doc->releases(), test::newRelease(u"Hotfix"_qs, u"1.0.1"_qs, ReleaseType::Emergency));
        QVERIFY(id);
        QVERIFY(doc->gates().gatesOf(id)->isEmpty());
        QVERIFY(doc->gates().restoreTemplate(emergency));
        MainWindow w;
        Document* document = showGates(w, std::move(doc));
        QVERIFY(document);
        auto* pages = w.gatesScreen()->findChild<QStackedWidget*>();
        auto* button = w.findChild<QPushButton*>(u"addGatesButton"_qs);
        QVERIFY(pages->currentWidget()->isAncestorOf(button));
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(gateNames(*document, id), QStringList{u"Emergency checks"_qs});
        QVERIFY(!pages->currentWidget()->isAncestorOf(button));
        QCOMPARE(w.findChild<GateTree*>(u"gateTree"_qs)->topLevelItemCount(), 1);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undoStack()->undo();
        QVERIFY(document->gates().gatesOf(id)->isEmpty());
        QVERIFY(pages->currentWidget()->isAncestorOf(button));
        document->undoStack()->redo();
        QCOMPARE(gateNames(*document, id), QStringList{u"Emergency checks"_qs});
    }

    void templateEditorThroughTheWindow() {
        const Release r = test::newRelease(u"Portal"_qs, u"7.0.1"_qs, ReleaseType::Patch);
        qint64 old = 0;
        auto doc = documentWith(r, old);
        QVERIFY(doc);
        const QStringList oldGates = gateNames(*doc, old);
        MainWindow w;
        Document* document = showGates(w, std::move(doc));
        QVERIFY(document);
        QTest::mouseClick(w.findChild<QPushButton*>(u"editTemplatesButton"_qs), Qt::LeftButton);
        auto* dialog = w.findChild<GateTemplateDialog*>(u"gateTemplateDialog"_qs);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentType(), ReleaseType::Patch); // the selected release's type
        auto* list = dialog->findChild<QListWidget*>(u"templateGateList"_qs);
        QCOMPARE(list->count(), 2);
        QUndoStack* stack = document->undoStack();
        const auto settle = [] {
            QCoreApplication::processEvents();
        };

        // Add a gate, rename it, give it a test criterion with a threshold.
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addTemplateGateButton"_qs),
                          Qt::LeftButton);
        settle();
        QCOMPARE(list->count(), 3);
        QCOMPARE(list->currentRow(), 2);
        QCOMPARE(lastAudit(*document), u"gate_template/create"_qs);
        auto* name = dialog->findChild<QLineEdit*>(u"templateGateName"_qs);
        QCOMPARE(name->text(), u"New gate"_qs);
        name->selectAll();
        QTest::keyClicks(name, u"Performance"_qs);
        QTest::keyClick(name, Qt::Key_Return);
        settle();
        QCOMPARE(templateNames(*document, ReleaseType::Patch),
                 (QStringList{u"Tests and scan"_qs, u"Release approval"_qs, u"Performance"_qs}));
        QCOMPARE(lastAudit(*document), u"gate_template/update"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addCriterionButton"_qs),
                          Qt::LeftButton);
        settle();
        auto* table = dialog->findChild<QTableWidget*>(u"templateCriteriaTable"_qs);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"New check"_qs);
        auto* kind = table->findChild<QComboBox*>(u"criterionKind_1"_qs);
        QVERIFY(kind);
        // Every kind is offered, the two judged from artifacts and contract tests too.
        QCOMPARE(kind->count(), int(allCriterionKinds().size()));
        QCOMPARE(kind->itemText(kind->findData(u"artifact_integrity"_qs)),
                 u"Artifact integrity"_qs);
        QCOMPARE(kind->itemText(kind->findData(u"contract_tests"_qs)), u"Contract tests"_qs);
        kind->setCurrentIndex(kind->findData(u"test_pass_rate"_qs));
        settle();
        GateTemplate perf = dialog->currentGate() ? *dialog->currentGate() : GateTemplate{};
        QCOMPARE(perf.name, u"Performance"_qs);
        QCOMPARE(perf.criteria[1].kind, CriterionKind::TestPassRate);
        QCOMPARE(perf.criteria[1].threshold.value(), 100.0);
        table->item(1, 2)->setText(u"97.5"_qs);
        settle();
        QCOMPARE(dialog->currentGate()->criteria[1].threshold.value(), 97.5);
        table->item(1, 0)->setText(u"Load tests"_qs);
        settle();
        QCOMPARE(dialog->currentGate()->criteria[1].name, u"Load tests"_qs);
        // Reorder: criterion up, gate up.
        table->setCurrentCell(1, 0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveCriterionUpButton"_qs),
                          Qt::LeftButton);
        settle();
        QCOMPARE(dialog->currentGate()->criteria[0].name, u"Load tests"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"moveGateUpButton"_qs), Qt::LeftButton);
        settle();
        QCOMPARE(templateNames(*document, ReleaseType::Patch),
                 (QStringList{u"Tests and scan"_qs, u"Performance"_qs, u"Release approval"_qs}));
        QCOMPARE(lastAudit(*document), u"gate_template/reorder"_qs);
        QCOMPARE(list->currentRow(), 1);
        // A refused change (an empty name) says why and changes nothing.
        const int commands = stack->count();
        table->item(0, 0)->setText(QString());
        settle();
        QCOMPARE(stack->count(), commands);
        QVERIFY(!dialog->findChild<QWidget*>(u"templateMessages"_qs)->isHidden());
        QCOMPARE(dialog->currentGate()->criteria[0].name, u"Load tests"_qs);

        // The release made before keeps its gates; a new one gets the edited template.
        QCOMPARE(gateNames(*document, old), oldGates);
        Release next = r;
        next.version = u"7.0.2"_qs;
        const qint64 fresh = document->releases().create(next)->id;
        QCOMPARE(gateNames(*document, fresh),
                 (QStringList{u"Tests and scan"_qs, u"Performance"_qs, u"Release approval"_qs}));

        // Undo all of it, step by step, then redo it.
        QCOMPARE(stack->count(), 8);
        for (int i = 0; i < 8; ++i) {
            stack->undo();
            settle();
        }
        QCOMPARE(templateNames(*document, ReleaseType::Patch),
                 (QStringList{u"Tests and scan"_qs, u"Release approval"_qs}));
        QCOMPARE(list->count(), 2);
        for (int i = 0; i < 8; ++i) {
            stack->redo();
            settle();
        }
        QCOMPARE(templateNames(*document, ReleaseType::Patch),
                 (QStringList{u"Tests and scan"_qs, u"Performance"_qs, u"Release approval"_qs}));
        const QList<GateTemplate> all = document->gates().templates().value();
        for (const GateTemplate& t : all)
            if (t.name == u"Performance") {
                QCOMPARE(t.criteria.size(), 2);
                QCOMPARE(t.criteria[0].name, u"Load tests"_qs);
                QCOMPARE(t.criteria[0].threshold.value(), 97.5);
            }
        // Remove the gate, and undo the removal.
        dialog->selectGate(1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"removeTemplateGateButton"_qs),
                          Qt::LeftButton);
        settle();
        QCOMPARE(list->count(), 2);
        QCOMPARE(lastAudit(*document), u"gate_template/delete"_qs);
        stack->undo();
        settle();
        QCOMPARE(list->count(), 3);
        QCOMPARE(lastAudit(*document), u"gate_template/restore"_qs);
        // Other types are listed too.
        dialog->selectType(ReleaseType::Major);
        QCOMPARE(list->count(), 4);
        dialog->close();
    }
};

QTEST_MAIN(tst_GatesScreen)
#include "tst_GatesScreen.moc"
