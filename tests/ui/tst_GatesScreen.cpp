// SPDX-License-Identifier: GPL-3.0-or-later
// The Gates screen through the real main window: the checklist tree with statuses and
// progress, a JUnit file dropped onto a criterion, a SARIF finding marked false positive,
// a manual check ticked, promotion refused then allowed, undo and redo of each, and the
// empty state of a file without releases.
#include "MainWindow.h"
#include "TestSupport.h"
#include "gates/GateTree.h"
#include "gates/GatesScreen.h"
#include "services/Document.h"
#include "services/GateService.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace slipway;
using namespace slipway::ui;

class tst_GatesScreen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"gates-ui-%1.slipway"_qs.arg(++m_files)); }

    static std::unique_ptr<Document> openDocument(const QString& path) {
        Database::OpenOptions options;
        options.create = true;
        auto doc = Document::open(path, options);
        return doc ? std::move(doc.value()) : nullptr;
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

private Q_SLOTS:
    void initTestCase() { qunsetenv("XDG_RUNTIME_DIR"); }

    void emptyFileSaysWhatToDo() {
        MainWindow w;
        w.setDocument(openDocument(newPath()));
        QVERIFY(w.showScreen(u"gates"_qs));
        auto* pages = w.gatesScreen()->findChild<QStackedWidget*>();
        QVERIFY(pages);
        QVERIFY(pages->currentWidget()->findChildren<QLabel*>().size() >= 2);
        QVERIFY(!w.findChild<QPushButton*>(u"promoteButton"_qs)->isEnabled());
    }

    void checklistDropReviewTickPromoteAndUndo() {
        const QString path = newPath();
        auto doc = openDocument(path);
        QVERIFY(doc);
        Release r;
        r.name = u"Billing Engine"_qs;
        r.version = u"3.1.0"_qs;
        r.type = ReleaseType::Patch;
        r.windowStart = QDateTime::currentDateTimeUtc().addDays(20);
        r.windowEnd = r.windowStart.addSecs(7200);
        const qint64 id = doc->releases().create(r)->id;
        Document* document = doc.get();
        MainWindow w;
        w.setDocument(std::move(doc));
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.showScreen(u"gates"_qs));
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
        const QString green = m_dir.filePath(u"green.xml"_qs);
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
        auto* findings = w.findChild<QTableWidget*>(u"findingsTable"_qs);
        QCOMPARE(findings->rowCount(), 6);
        QCOMPARE(findings->item(0, 1)->text(), u"core.NullDereference"_qs);
        screen->markFalsePositive(0, u"The pointer is checked by the caller"_qs);
        QVERIFY(findings->item(0, 3)->text().startsWith(u"False positive"_qs));
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
};

QTEST_MAIN(tst_GatesScreen)
#include "tst_GatesScreen.moc"
