// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy screen's Runbook tab through the real window on a real file: a runbook created
// from the pattern guide (answers, live recommendation, rationale as typed), steps added and
// refused (a dependency cycle named in the dialog), undo and redo of each edit, marking ready
// refused with the blocking findings and accepted once a migration is rehearsed, a ready
// runbook that asks before an edit takes it back to draft (undo locks it again), and undo
// refused, naming who, when someone else saved the runbook in between.
#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "deploy/DeployScreen.h"
#include "deploy/PatternGuideDialog.h"
#include "deploy/RehearsalDialog.h"
#include "deploy/RunbookEditor.h"
#include "deploy/StepDialog.h"
#include "deploy/TriggerDialog.h"
#include "rules/PatternTemplates.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RunbookService.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <functional>

using namespace slipway;
using namespace slipway::ui;
using namespace slipway::test;

namespace {

// Runs `act` on the modal dialog of type T once it is open (a button's exec() is waiting for
// it); one that never opens fails the test.
template <typename T> void whenOpen(std::function<void(T*)> act, int tries = 300) {
    QTimer::singleShot(10, [act, tries] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            act(dialog);
            return;
        }
        if (tries == 0) {
            helperFailed(u"no dialog opened"_qs);
            return;
        }
        whenOpen<T>(act, tries - 1);
    });
}

void click(QWidget* button) {
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName() + u" is disabled"_qs));
    QTest::mouseClick(button, Qt::LeftButton);
}

// A runbook of our own: a notice, a migration with its rollback, a health check.
QList<RunbookStep> migrationSteps() {
    RunbookStep notice;
    notice.key = u"S1"_qs;
    notice.title = u"Announce the window"_qs;
    notice.kind = StepKind::Communication;
    notice.owner = u"release_manager"_qs;
    notice.durationMin = 5;
    RunbookStep migrate;
    migrate.key = u"S2"_qs;
    migrate.title = u"Migrate the ledger schema"_qs;
    migrate.kind = StepKind::Migration;
    migrate.owner = u"dba"_qs;
    migrate.durationMin = 30;
    migrate.dependsOn = {u"S1"_qs};
    RunbookStep back;
    back.key = u"R2"_qs;
    back.title = u"Restore the schema"_qs;
    back.kind = StepKind::Migration;
    back.direction = StepDirection::Rollback;
    back.rollbackOf = u"S2"_qs;
    back.durationMin = 20;
    RunbookStep check;
    check.key = u"S3"_qs;
    check.title = u"Check the ledger API"_qs;
    check.kind = StepKind::HealthCheck;
    check.durationMin = 10;
    check.dependsOn = {u"S2"_qs};
    return {notice, migrate, back, check};
}

} // namespace

class tst_RunbookEditor : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"runbook-editor"_qs};
    QString m_path;
    qint64 m_release = 0;
    std::unique_ptr<MainWindow> m_window;

    Document& doc() { return *m_window->document(); }
    RunbookEditor* editor() { return m_window->deployScreen()->runbookEditor(); }
    std::optional<Runbook> stored() {
        auto read = doc().runbooks().forRelease(m_release);
        if (!read)
            helperFailed(read.error().message);
        return read ? read.value() : std::nullopt;
    }
    QString message() { return child<MessageBar>(*editor(), u"runbookMessages"_qs)->text(); }
    QTableView* table() { return child<QTableView>(*editor(), u"runbookStepsTable"_qs); }

    // A runbook of `steps` made behind the window, as another tool would.
    void seed(const QList<RunbookStep>& steps) {
        auto made = doc().runbooks().create(m_release, DeploymentPattern::Custom,
                                            u"Hand-written for the ledger"_qs, {}, steps);
        QVERIFY2(made, qPrintable(made.error().message));
        editor()->reload();
    }

    // Fills the next step dialog with `key` and `title` (15 minutes, waiting on the last
    // forward step) and saves it.
    static void queueStepDialog(const QString& key, const QString& title) {
        whenOpen<StepDialog>([key, title](StepDialog* dialog) {
            typeInto(dialog->findChild<QLineEdit*>(u"stepKey"_qs), key);
            typeInto(dialog->findChild<QLineEdit*>(u"stepTitle"_qs), title);
            dialog->findChild<QSpinBox*>(u"stepDuration"_qs)->setValue(15);
            shoot(dialog, u"step-dialog"_qs);
            click(dialog->findChild<QPushButton*>(u"stepOkButton"_qs));
        });
    }

    void addStepThroughDialog(const QString& key, const QString& title) {
        queueStepDialog(key, title);
        click(child<QPushButton>(*editor(), u"addStepButton"_qs));
    }

private Q_SLOTS:
    void init() {
        m_path = m_files.newFile();
        {
            auto file = openDocument(m_path);
            QVERIFY(file);
            m_release =
                createRelease(file->releases(), releaseFromNow(u"Ledger"_qs, u"2.0.0"_qs,
                                                               ReleaseType::Minor, 10, 6 * 3600));
            QVERIFY(m_release);
        }
        m_window = std::make_unique<MainWindow>();
        m_window->setDocument(openDocument(m_path));
        QVERIFY(m_window->document());
        m_window->show();
        QVERIFY(m_window->showScreen(u"deploy"_qs));
        m_window->deployScreen()->showRelease(m_release);
        QVERIFY(m_window->deployScreen()->showTab(u"runbook"_qs));
        QCOMPARE(editor()->releaseId(), m_release);
    }

    void cleanup() { m_window.reset(); }

    void createsFromTheGuide() {
        QVERIFY(child<QWidget>(*editor(), u"runbookEmptyState"_qs)->isVisible());
        shoot(m_window.get(), u"runbook-empty"_qs);
        QAbstractItemModelTester tester(table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString typed = u"Stateless API behind the balancer; blue stays up for 4 hours."_qs;
        DeploymentPattern recommended = DeploymentPattern::Custom;
        whenOpen<PatternGuideDialog>([&](PatternGuideDialog* dialog) {
            const auto pick = [dialog](const QString& name) {
                auto* radio = dialog->findChild<QRadioButton*>(name);
                QVERIFY2(radio, qPrintable(name));
                radio->click();
            };
            // Everything "don't know" to start: the rationale follows the answers.
            QCOMPARE(dialog->recommendation().unanswered, 6);
            pick(u"guideStateless_1"_qs); // yes
            pick(u"guideBalancer_1"_qs);
            pick(u"guideSchema_1"_qs);
            pick(u"guideCapacity_1"_qs);
            pick(u"guideSpeed_1"_qs);  // seconds
            pick(u"guideImpact_1"_qs); // none
            const PatternRecommendation& rec = dialog->recommendation();
            QCOMPARE(rec.unanswered, 0);
            recommended = rec.recommended;
            QVERIFY(dialog->findChild<QLabel*>(u"guideRecommendation"_qs)
                        ->text()
                        .contains(displayName(rec.recommended)));
            auto* rationale = dialog->findChild<QPlainTextEdit*>(u"guideRationale"_qs);
            QCOMPARE(rationale->toPlainText(), rec.rationale());
            QCOMPARE(dialog->pattern(), rec.recommended);
            rationale->selectAll();
            QTest::keyClicks(rationale, typed);
            // Answers changed after writing one's own rationale leave it alone.
            pick(u"guideImpact_2"_qs);
            QCOMPARE(rationale->toPlainText(), typed);
            pick(u"guideImpact_1"_qs);
            shoot(dialog, u"pattern-guide"_qs);
            click(dialog->findChild<QPushButton*>(u"guideCreateButton"_qs));
        });
        QUndoStack* undo = doc().undoStack();
        const int before = undo->count();
        click(child<QPushButton>(*editor(), u"emptyStateAction"_qs));
        QCOMPARE(undo->count(), before + 1);
        auto made = stored();
        QVERIFY(made);
        QCOMPARE(made->pattern, recommended);
        QCOMPARE(made->rationale, typed);
        QVERIFY(!made->guideAnswers.isEmpty());
        const PatternTemplate seeded = templateFor(recommended);
        QCOMPARE(made->steps.size(), seeded.steps.size());
        QCOMPARE(table()->model()->rowCount(), int(seeded.steps.size()));
        QVERIFY(table()->isVisible());
        QVERIFY(child<QLabel>(*editor(), u"runbookPattern"_qs)
                    ->text()
                    .contains(displayName(recommended)));
        QCOMPARE(child<QLabel>(*editor(), u"runbookRationale"_qs)->text(), typed);

        undo->undo();
        QVERIFY(!stored());
        QVERIFY(child<QWidget>(*editor(), u"runbookEmptyState"_qs)->isVisible());
        undo->redo();
        auto back = stored();
        QVERIFY(back);
        QCOMPARE(back->id, made->id);
        QCOMPARE(back->steps.size(), made->steps.size());
        QCOMPARE(table()->model()->rowCount(), int(seeded.steps.size()));
    }

    void addsAStepUndoably() {
        seed(migrationSteps());
        QCOMPARE(table()->model()->rowCount(), 4);
        QUndoStack* undo = doc().undoStack();
        const int before = undo->count();
        addStepThroughDialog(u"S4"_qs, u"Warm the caches"_qs);
        QCOMPARE(undo->count(), before + 1);
        auto after = stored();
        QVERIFY(after && after->step(u"S4"_qs));
        QCOMPARE(after->step(u"S4"_qs)->dependsOn, QStringList{u"S3"_qs}); // the last forward
        QCOMPARE(after->step(u"S4"_qs)->durationMin, 15);
        QCOMPARE(table()->model()->rowCount(), 5);
        QCOMPARE(editor()->selectedStep(), u"S4"_qs);

        undo->undo();
        QVERIFY(!stored()->step(u"S4"_qs));
        QCOMPARE(table()->model()->rowCount(), 4);
        undo->redo();
        QVERIFY(stored()->step(u"S4"_qs));
        QCOMPARE(table()->model()->rowCount(), 5);

        // Moving and removing are edits too.
        editor()->selectStep(u"S4"_qs);
        click(child<QPushButton>(*editor(), u"moveStepUpButton"_qs));
        QCOMPARE(stored()->steps.at(3).key, u"S4"_qs);
        editor()->selectStep(u"S2"_qs);
        click(child<QPushButton>(*editor(), u"removeStepButton"_qs));
        QVERIFY(!stored()->step(u"S2"_qs));
        QVERIFY(!stored()->step(u"R2"_qs)); // its rollback went with it
        QVERIFY(stored()->step(u"S3"_qs)->dependsOn.isEmpty());
        undo->undo();
        QVERIFY(stored()->step(u"S2"_qs) && stored()->step(u"R2"_qs));
        QCOMPARE(stored()->step(u"S3"_qs)->dependsOn, QStringList{u"S2"_qs});
    }

    void addsARollbackStepAfterItsForwardStep() {
        seed(migrationSteps());
        editor()->selectStep(u"S3"_qs);
        whenOpen<StepDialog>([](StepDialog* dialog) {
            QCOMPARE(dialog->findChild<QLineEdit*>(u"stepKey"_qs)->text(), u"R3"_qs);
            QVERIFY(!dialog->findChild<QPushButton*>(u"stepOkButton"_qs)->isEnabled()); // title
            typeInto(dialog->findChild<QLineEdit*>(u"stepTitle"_qs), u"Point the API back"_qs);
            click(dialog->findChild<QPushButton*>(u"stepOkButton"_qs));
        });
        click(child<QPushButton>(*editor(), u"addRollbackButton"_qs));
        const RunbookStep* added = nullptr;
        auto after = stored();
        QVERIFY(after);
        added = after->step(u"R3"_qs);
        QVERIFY(added);
        QVERIFY(!added->isForward());
        QCOMPARE(added->rollbackOf, u"S3"_qs);
        QCOMPARE(added->kind, StepKind::HealthCheck);
        QCOMPARE(after->steps.last().key, u"R3"_qs); // after S3, the last step
        QCOMPARE(table()->model()->index(4, 0).data().toString(), u"R3"_qs);
        QCOMPARE(table()->model()->index(3, 9).data().toString(), u"R3"_qs); // S3's pair
        // A rollback of S1 goes right after S1, before S2.
        editor()->selectStep(u"S1"_qs);
        whenOpen<StepDialog>([](StepDialog* dialog) {
            typeInto(dialog->findChild<QLineEdit*>(u"stepTitle"_qs), u"Withdraw the notice"_qs);
            click(dialog->findChild<QPushButton*>(u"stepOkButton"_qs));
        });
        click(child<QPushButton>(*editor(), u"addRollbackButton"_qs));
        QCOMPARE(stored()->steps.at(1).key, u"R1"_qs);
        doc().undoStack()->undo();
        QVERIFY(!stored()->step(u"R1"_qs));
    }

    void refusesACycleNamingTheSteps() {
        seed(migrationSteps());
        const int before = doc().undoStack()->count();
        editor()->selectStep(u"S1"_qs);
        QString refusal;
        bool okEnabled = true;
        whenOpen<StepDialog>([&](StepDialog* dialog) {
            auto* depends = dialog->findChild<QListWidget*>(u"stepDepends"_qs);
            for (int i = 0; i < depends->count(); ++i)
                if (depends->item(i)->data(Qt::UserRole).toString() == u"S3")
                    depends->item(i)->setCheckState(Qt::Checked);
            auto* error = dialog->findChild<QLabel*>(u"stepError"_qs);
            refusal = error->isVisible() ? error->text() : QString();
            shoot(dialog, u"step-dialog-cycle"_qs);
            okEnabled = dialog->findChild<QPushButton*>(u"stepOkButton"_qs)->isEnabled();
            dialog->reject();
        });
        click(child<QPushButton>(*editor(), u"editStepButton"_qs));
        QVERIFY2(refusal.contains(u"S1"_qs) && refusal.contains(u"S2"_qs) &&
                     refusal.contains(u"S3"_qs),
                 qPrintable(refusal));
        QVERIFY(!okEnabled);
        QCOMPARE(doc().undoStack()->count(), before);
        QVERIFY(stored()->step(u"S1"_qs)->dependsOn.isEmpty());
    }

    void marksReadyOnceTheMigrationIsRehearsed() {
        seed(migrationSteps());
        QUndoStack* undo = doc().undoStack();
        const int before = undo->count();
        auto* ready = child<QPushButton>(*editor(), u"runbookReadyButton"_qs);
        click(ready);
        QVERIFY(!stored()->isReady());
        QCOMPARE(undo->count(), before);
        QVERIFY2(message().contains(u"S2"_qs), qPrintable(message()));
        // The findings list the blocking one apart from the warnings.
        auto* findings = child<QTableWidget>(*editor(), u"runbookFindings"_qs);
        QVERIFY(findings->rowCount() > 0);
        QCOMPARE(findings->item(0, 0)->text(), u"Blocking"_qs);
        QCOMPARE(findings->item(0, 1)->text(), u"S2"_qs);

        whenOpen<RehearsalDialog>([](RehearsalDialog* dialog) {
            typeInto(dialog->findChild<QLineEdit*>(u"rehearsalClone"_qs), u"prod-clone-11"_qs);
            typeInto(dialog->findChild<QLineEdit*>(u"rehearsalRowsBefore"_qs), u"120000"_qs);
            typeInto(dialog->findChild<QLineEdit*>(u"rehearsalRowsAfter"_qs), u"120000"_qs);
            dialog->findChild<QSpinBox*>(u"rehearsalDuration"_qs)->setValue(25);
            shoot(dialog, u"rehearsal-dialog"_qs);
            click(dialog->findChild<QPushButton*>(u"rehearsalOkButton"_qs));
        });
        click(child<QPushButton>(*editor(), u"addRehearsalButton"_qs));
        QCOMPARE(stored()->rehearsals.size(), 1);
        QCOMPARE(stored()->rehearsals.first().rowsBefore, qint64(120000));
        QCOMPARE(stored()->rehearsals.first().cloneName, u"prod-clone-11"_qs);
        auto* rehearsals = child<QTreeWidget>(*editor(), u"runbookRehearsals"_qs);
        QCOMPARE(rehearsals->topLevelItem(0)->childCount(), 1);
        QCOMPARE(rehearsals->topLevelItem(0)->child(0)->text(2), u"prod-clone-11"_qs);
        child<QTabWidget>(*editor(), u"runbookDetailTabs"_qs)->setCurrentIndex(2);
        shoot(m_window.get(), u"runbook-rehearsals"_qs);

        click(ready);
        QVERIFY2(stored()->isReady(), qPrintable(message()));
        QVERIFY(child<QLabel>(*editor(), u"runbookState"_qs)->text().contains(u"tester"_qs));
        QCOMPARE(ready->text(), u"Back to draft"_qs);
        undo->undo();
        QVERIFY(!stored()->isReady());
        undo->redo();
        QVERIFY(stored()->isReady());
    }

    void editingAReadyRunbookAsksAndGoesBackToDraft() {
        seed(migrationSteps());
        MigrationRehearsal r;
        r.stepKey = u"S2"_qs;
        r.rehearsedBy = u"Dana"_qs;
        r.cloneName = u"prod-clone-11"_qs;
        r.passed = true;
        QVERIFY(doc().runbooks().addRehearsal(m_release, r));
        auto locked = doc().runbooks().setReady(m_release, true, stored()->rowVersion);
        QVERIFY2(locked, qPrintable(locked.error().message));
        editor()->reload();
        const QList<RunbookStep> stepsBefore = stored()->steps;

        // Cancel leaves it ready and unchanged.
        whenOpen<QMessageBox>([](QMessageBox* box) {
            QCOMPARE(box->objectName(), u"runbookUnlockConfirm"_qs);
            click(box->button(QMessageBox::Cancel));
        });
        click(child<QPushButton>(*editor(), u"addStepButton"_qs));
        QVERIFY(stored()->isReady());

        // Yes: the step dialog, then the runbook is a draft with the new step.
        whenOpen<QMessageBox>([](QMessageBox* box) {
            queueStepDialog(u"S9"_qs, u"Tell support"_qs); // for the dialog that opens next
            click(box->button(QMessageBox::Yes));
        });
        click(child<QPushButton>(*editor(), u"addStepButton"_qs));
        QVERIFY(!stored()->isReady());
        QVERIFY(stored()->step(u"S9"_qs));
        QCOMPARE(child<QPushButton>(*editor(), u"runbookReadyButton"_qs)->text(), u"Mark ready"_qs);

        // Undo puts the steps back and locks it again.
        doc().undoStack()->undo();
        QVERIFY(stored()->isReady());
        QCOMPARE(stored()->steps.size(), stepsBefore.size());
    }

    void addsAHealthCheckTrigger() {
        seed(migrationSteps());
        const qsizetype triggers = stored()->triggers.size();
        whenOpen<TriggerDialog>([](TriggerDialog* dialog) {
            auto* kind = dialog->findChild<QComboBox*>(u"triggerKind"_qs);
            kind->setCurrentIndex(kind->findData(int(TriggerKind::HealthCheck)));
            auto* ok = dialog->findChild<QPushButton*>(u"triggerOkButton"_qs);
            typeInto(dialog->findChild<QLineEdit*>(u"triggerName"_qs), u"Ledger health"_qs);
            typeInto(dialog->findChild<QLineEdit*>(u"triggerUrl"_qs), u"ledger.example"_qs);
            QVERIFY(!ok->isEnabled()); // not an http address
            typeInto(dialog->findChild<QLineEdit*>(u"triggerUrl"_qs),
                     u"https://ledger.example.com/health"_qs);
            dialog->findChild<QSpinBox*>(u"triggerFailures"_qs)->setValue(4);
            dialog->findChild<QSpinBox*>(u"triggerLatency"_qs)->setValue(800);
            QVERIFY(!dialog->findChild<QLineEdit*>(u"triggerQuery"_qs)->isVisible());
            shoot(dialog, u"trigger-dialog"_qs);
            click(ok);
        });
        click(child<QPushButton>(*editor(), u"addTriggerButton"_qs));
        QCOMPARE(stored()->triggers.size(), triggers + 1);
        const RunbookTrigger added = stored()->triggers.last();
        QCOMPARE(added.kind, TriggerKind::HealthCheck);
        QCOMPARE(added.url, u"https://ledger.example.com/health"_qs);
        QCOMPARE(added.failures, 4);
        QCOMPARE(added.latencyMs, 800);
        auto* tree = child<QTreeWidget>(*editor(), u"runbookTriggers"_qs);
        QCOMPARE(tree->topLevelItemCount(), int(triggers + 1));
        QVERIFY(tree->topLevelItem(int(triggers))->text(2).contains(u"fails 4 time"_qs));
        doc().undoStack()->undo();
        QCOMPARE(stored()->triggers.size(), triggers);
    }

    void aReadOnlyFileAllowsNoEdit() {
        seed(migrationSteps());
        m_window->setDocument(openDocument(m_path, true));
        QVERIFY(m_window->document() && m_window->document()->isReadOnly());
        m_window->deployScreen()->showRelease(m_release);
        QCOMPARE(table()->model()->rowCount(), 4);
        editor()->selectStep(u"S2"_qs);
        for (const QString& name :
             {u"addStepButton"_qs, u"editStepButton"_qs, u"removeStepButton"_qs,
              u"runbookReadyButton"_qs, u"addTriggerButton"_qs, u"addRehearsalButton"_qs})
            QVERIFY2(!child<QPushButton>(*editor(), name)->isEnabled(), qPrintable(name));
        QVERIFY(!editor()->addStep());
        QVERIFY(!editor()->toggleReady());
    }

    // A pipeline or a colleague saves while the step dialog is open: the save is refused,
    // naming them, and their change stands.
    void aSaveWhileTheDialogIsOpenIsNotOverwritten() {
        seed(migrationSteps());
        const QString path = m_path;
        const qint64 release = m_release;
        whenOpen<StepDialog>([this, path, release](StepDialog* dialog) {
            qputenv("SLIPWAY_TEST_USER", "mallory");
            auto other = openDocument(path);
            qputenv("SLIPWAY_TEST_USER", "tester");
            QVERIFY(other);
            Runbook edited = *other->runbooks().forRelease(release).value();
            edited.rationale = u"Rewritten by someone else"_qs;
            QVERIFY(other->runbooks().save(edited));
            QTest::qWait(700); // the window notices the other writer's commit
            typeInto(dialog->findChild<QLineEdit*>(u"stepTitle"_qs), u"Late step"_qs);
            click(dialog->findChild<QPushButton*>(u"stepOkButton"_qs));
        });
        click(child<QPushButton>(*editor(), u"addStepButton"_qs));
        QCOMPARE(stored()->rationale, u"Rewritten by someone else"_qs);
        QCOMPARE(stored()->steps.size(), 4);
        QVERIFY2(message().contains(u"changed by mallory"_qs), qPrintable(message()));
    }

    void undoAfterSomeoneElseSavedNamesThem() {
        seed(migrationSteps());
        addStepThroughDialog(u"S4"_qs, u"Warm the caches"_qs);
        QVERIFY(stored()->step(u"S4"_qs));
        {
            qputenv("SLIPWAY_TEST_USER", "mallory");
            auto other = openDocument(m_path);
            qputenv("SLIPWAY_TEST_USER", "tester");
            QVERIFY(other);
            auto theirs = other->runbooks().forRelease(m_release);
            QVERIFY(theirs && theirs.value());
            Runbook edited = *theirs.value();
            edited.rationale = u"Rewritten by someone else"_qs;
            QVERIFY(other->runbooks().save(edited));
        }
        doc().undoStack()->undo();
        QVERIFY(stored()->step(u"S4"_qs)); // nothing overwritten
        QVERIFY2(message().contains(u"changed by mallory"_qs) && message().contains(u"reload"_qs),
                 qPrintable(message()));
    }
};

QTEST_MAIN(tst_RunbookEditor)
#include "tst_RunbookEditor.moc"
