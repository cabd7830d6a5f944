// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy screen's Run tab on a demo file: a whole canary run through the main window ending
// in a rollback (start, mark steps, a go at a checkpoint, a step fails so the trigger banner fires
// and the firing is recorded, the rollback decided from the banner, the proposed rollback steps
// run, the run finished rolled back with its deployment record); a pipeline's
// `slipway runbook step` seen by the open window within a second, the selection kept; the war
// room marking a step with its keys.
#include "LoopbackHttpServer.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "deploy/DeployScreen.h"
#include "deploy/RunController.h"
#include "deploy/RunDecisionDialog.h"
#include "deploy/RunFinishDialog.h"
#include "deploy/RunPanel.h"
#include "deploy/RunStepModel.h"
#include "deploy/WarRoomWindow.h"
#include "io/DemoGenerator.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RunMonitor.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"
#include "storage/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

// Answers the next modal dialog of type D with `answer` once it shows.
template <typename D> void whenShown(std::function<void(D*)> answer) {
    auto* poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

void pressOk(QDialog* dialog) {
    auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

qint64 count(const QString& path, const QString& sql) {
    return queryValue(path, sql).toLongLong();
}

} // namespace

class tst_RunPanel : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"run"_qs};
    QString m_path;
    std::unique_ptr<Document> m_doc;
    qint64 m_release = 0;

    // A new demo file with a ready canary runbook, never run, on a release whose window is open
    // now and whose production deployment may be recorded as rolled back (the demo's runbook of
    // it removed behind the services' backs); any step that fails fails the test.
    void prepare() {
        m_doc.reset();
        m_path = m_files.newFile();
        auto made = DemoGenerator::generate(m_path, DemoGenerator::Scale::Small, 1);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        m_doc = openDocument(m_path);
        QVERIFY(m_doc);
        auto production = m_doc->deployments().environmentNamed(u"Production"_qs);
        QVERIFY2(production, production ? "" : qPrintable(production.error().message));
        auto releases = m_doc->releases().all();
        QVERIFY(releases);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        m_release = 0;
        QStringList why;
        for (const Release& r : releases.value()) {
            if (r.status != ReleaseStatus::Deploying && r.status != ReleaseStatus::Approved)
                continue;
            // The window around now, so the run keeps to it and no overrun fires by itself.
            exec(m_doc->database(), u"UPDATE releases SET window_start = %1, window_end = %2 "
                                    "WHERE id = %3"_qs.arg(now - 600)
                                        .arg(now + 8 * 3600)
                                        .arg(r.id));
            Deployment d;
            d.releaseId = r.id;
            d.environmentId = production->id;
            d.outcome = DeploymentOutcome::RolledBack;
            d.deployedAt = now;
            auto refusals = m_doc->deployments().refusals(d);
            if (refusals && refusals->isEmpty()) {
                m_release = r.id;
                // The demo's own runbook of it (with its run) makes way for a new one.
                exec(m_doc->database(), u"DELETE FROM runbooks WHERE release_id = %1"_qs.arg(r.id));
                break;
            }
            why << r.name + u": "_qs +
                       (refusals ? refusals->join(u"; "_qs) : refusals.error().message);
        }
        QVERIFY2(m_release > 0, qPrintable(u"no demo release may record a rolled-back "
                                           "production deployment: "_qs +
                                           why.join(u" | "_qs)));
        auto created = m_doc->runbooks().create(m_release, DeploymentPattern::Canary,
                                                u"Stateless service behind the balancer"_qs, {});
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        auto ready = m_doc->runbooks().setReady(m_release, true, created->rowVersion);
        QVERIFY2(ready, ready ? "" : qPrintable(ready.error().message));
    }

    static RunStepModel* modelOf(RunPanel& panel) {
        return qobject_cast<RunStepModel*>(child<QTableView>(panel, u"runSteps"_qs)->model());
    }

    static QString statusOf(RunPanel& panel, const QString& key) {
        RunStepModel* model = modelOf(panel);
        const int row = model->rowOf(key);
        return row < 0 ? QString()
                       : model->index(row, RunStepModel::StatusColumn).data().toString();
    }

    static void select(RunPanel& panel, const QString& key) {
        const int row = modelOf(panel)->rowOf(key);
        QVERIFY2(row >= 0, qPrintable(key));
        child<QTableView>(panel, u"runSteps"_qs)->selectRow(row);
    }

    static void mark(RunPanel& panel, const QString& key, const QString& button) {
        select(panel, key);
        auto* b = child<QPushButton>(panel, button);
        QVERIFY2(b->isEnabled(), qPrintable(key + u' ' + button + u": "_qs + b->toolTip()));
        b->click();
    }

    static QString message(RunPanel& panel) {
        return child<QLabel>(panel, u"messageText"_qs)->text();
    }

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }
    void cleanup() { m_doc.reset(); }

    void wholeRunEndsInRollback() {
        prepare();
        if (QTest::currentTestFailed())
            return;
        // The real window on the file: the Deploy screen, the release, the Run tab.
        m_doc.reset();
        MainWindow window;
        QVERIFY(window.openFile(m_path, false));
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showScreen(u"deploy"_qs));
        DeployScreen* deploy = window.deployScreen();
        QVERIFY(deploy);
        deploy->showRelease(m_release);
        QVERIFY(deploy->showTab(u"run"_qs));
        RunPanel& panel = *deploy->runPanel();
        QVERIFY(panel.isVisible());
        QCOMPARE(panel.releaseId(), m_release);
        QSignalSpy fired(&panel.controller(), &RunController::fired);
        QAbstractItemModelTester tester(modelOf(panel),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* banner = child<QWidget>(panel, u"runTriggerBanner"_qs);
        auto* headline = child<QLabel>(panel, u"runHeadline"_qs);
        QVERIFY2(headline->text().contains(u"ready to run"_qs), qPrintable(headline->text()));

        auto* start = child<QPushButton>(panel, u"startRunButton"_qs);
        QVERIFY(start->isEnabled());
        start->click();
        QVERIFY2(message(panel) == u"Run started."_qs, qPrintable(message(panel)));
        QVERIFY2(headline->text().contains(u"running since"_qs), qPrintable(headline->text()));
        // The run of this release's runbook, under way.
        const QString run = queryValue(m_path, u"SELECT r.id FROM runbook_runs r JOIN runbooks b "
                                               "ON b.id = r.runbook_id WHERE b.release_id = %1 "
                                               "AND r.outcome = 'running'"_qs.arg(m_release))
                                .toString();
        QVERIFY(!run.isEmpty());
        QVERIFY(!start->isVisible());
        QVERIFY(!banner->isVisible());

        // Steps waiting on others are greyed out and say what they wait on.
        RunStepModel* model = modelOf(panel);
        QCOMPARE(statusOf(panel, u"S3"_qs), u"Pending · waits on S2"_qs);
        QCOMPARE(model->index(model->rowOf(u"S3"_qs), RunStepModel::KeyColumn)
                     .data(Qt::ForegroundRole)
                     .value<QColor>(),
                 Theme::muted());
        QVERIFY(statusOf(panel, u"R1"_qs).contains(u"if rolling back"_qs));

        // S1 with a note, then done: who and elapsed against plan.
        select(panel, u"S1"_qs);
        typeInto(child<QLineEdit>(panel, u"stepNote"_qs), u"bridge open"_qs);
        mark(panel, u"S1"_qs, u"markRunningButton"_qs);
        QCOMPARE(statusOf(panel, u"S1"_qs), u"Running"_qs);
        const int s1 = model->rowOf(u"S1"_qs);
        QCOMPARE(model->index(s1, RunStepModel::NoteColumn).data().toString(), u"bridge open"_qs);
        QCOMPARE(model->index(s1, RunStepModel::ByColumn).data().toString(),
                 window.document()->session().actor);
        QVERIFY2(
            model->index(s1, RunStepModel::ElapsedColumn).data().toString().endsWith(u" / 5:00"_qs),
            qPrintable(model->index(s1, RunStepModel::ElapsedColumn).data().toString()));
        QVERIFY(child<QLineEdit>(panel, u"stepNote"_qs)->text().isEmpty());
        mark(panel, u"S1"_qs, u"markDoneButton"_qs);
        QCOMPARE(statusOf(panel, u"S1"_qs), u"Done"_qs);

        // S2 is the go/no-go checkpoint: done asks for the decision, a go records it.
        whenShown<RunDecisionDialog>([](RunDecisionDialog* d) {
            QVERIFY(child<QRadioButton>(*d, u"decisionGo"_qs)->isChecked());
            QTest::keyClicks(child<QPlainTextEdit>(*d, u"decisionReason"_qs),
                             u"Dashboards green, on-call present"_qs);
            pressOk(d);
        });
        mark(panel, u"S2"_qs, u"markDoneButton"_qs);
        QCOMPARE(statusOf(panel, u"S2"_qs), u"Done"_qs);
        QCOMPARE(count(m_path, u"SELECT count(*) FROM runbook_decisions WHERE decision = 'go' "
                               "AND step_key = 'S2' AND reason = 'Dashboards green, on-call "
                               "present'"_qs),
                 1);

        mark(panel, u"S3"_qs, u"markRunningButton"_qs);
        mark(panel, u"S3"_qs, u"markDoneButton"_qs);
        QCOMPARE(statusOf(panel, u"S3"_qs), u"Done"_qs);

        // S4 fails: the trigger fires, is recorded once and the banner proposes the rollback.
        auto* mute = child<QToolButton>(panel, u"muteButton"_qs);
        mute->click();
        QVERIFY(panel.controller().muted());
        mark(panel, u"S4"_qs, u"markRunningButton"_qs);
        mark(panel, u"S4"_qs, u"markFailedButton"_qs);
        QCOMPARE(statusOf(panel, u"S4"_qs), u"Failed"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 2000);
        QCOMPARE(fired.count(), 1);
        QVERIFY2(fired.first().first().toString().contains(u"S4"_qs),
                 qPrintable(fired.first().first().toString()));
        QCOMPARE(count(m_path, u"SELECT count(*) FROM runbook_trigger_firings WHERE "
                               "trigger_kind = 'step_failed' AND step_key = 'S4' AND run_id = "_qs +
                                   run),
                 1);
        const QString proposal = child<QLabel>(panel, u"runRollbackProposal"_qs)->text();
        QVERIFY2(proposal.contains(u"R1"_qs), qPrintable(proposal));
        QVERIFY2(child<QLabel>(panel, u"runTriggerText"_qs)->text().contains(u"S4"_qs),
                 qPrintable(child<QLabel>(panel, u"runTriggerText"_qs)->text()));
        shoot(&window, u"run-panel-fired"_qs);
        // A second reading records nothing more.
        panel.controller().refresh();
        QCOMPARE(
            count(m_path, u"SELECT count(*) FROM runbook_trigger_firings WHERE run_id = "_qs + run),
            1);
        QCOMPARE(fired.count(), 1);

        // Rollback steps wait for the decision; the service's refusal is shown.
        mark(panel, u"R1"_qs, u"markRunningButton"_qs);
        QVERIFY2(message(panel).contains(u"rollback decision"_qs), qPrintable(message(panel)));
        QCOMPARE(statusOf(panel, u"R1"_qs), u"Pending · if rolling back"_qs);

        // Decide the rollback from the banner.
        whenShown<RunDecisionDialog>([](RunDecisionDialog* d) {
            QVERIFY(child<QRadioButton>(*d, u"decisionRollback"_qs)->isChecked());
            auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled()); // no reason yet
            QTest::keyClicks(child<QPlainTextEdit>(*d, u"decisionReason"_qs),
                             u"Error rate doubled at 5 %"_qs);
            pressOk(d);
        });
        child<QPushButton>(panel, u"decideRollbackButton"_qs)->click();
        QCOMPARE(count(m_path, u"SELECT count(*) FROM runbook_decisions WHERE decision = "
                               "'rollback' AND reason = 'Error rate doubled at 5 %'"_qs),
                 1);
        QVERIFY(!child<QPushButton>(panel, u"decideRollbackButton"_qs)->isVisible());
        // Rolling back leaves out the rollback steps of what never started.
        QCOMPARE(statusOf(panel, u"R2"_qs), u"Pending · not needed"_qs);
        QCOMPARE(statusOf(panel, u"R1"_qs), u"Pending"_qs);

        shoot(&window, u"run-panel-rollback-decided"_qs);
        // Run the proposed rollback steps, in the proposed order.
        const QList<RunbookStep> rollback = panel.controller().status()->rollback.steps;
        QVERIFY(!rollback.isEmpty());
        for (const RunbookStep& step : rollback) {
            QVERIFY(!step.isForward());
            mark(panel, step.key, u"markRunningButton"_qs);
            QCOMPARE(statusOf(panel, step.key), u"Running"_qs);
            mark(panel, step.key, u"markDoneButton"_qs);
            QCOMPARE(statusOf(panel, step.key), u"Done"_qs);
        }

        // Finish rolled back: the deployment record is written and named.
        whenShown<RunFinishDialog>([](RunFinishDialog* d) {
            QVERIFY(child<QRadioButton>(*d, u"outcomeRolledBack"_qs)->isChecked());
            pressOk(d);
        });
        child<QPushButton>(panel, u"finishRunButton"_qs)->click();
        shoot(&window, u"run-panel-finished"_qs);
        QVERIFY2(message(panel).contains(u"Run finished: rolled back; deployment record #"_qs),
                 qPrintable(message(panel)));
        const qint64 deployment =
            count(m_path, u"SELECT deployment_id FROM runbook_runs WHERE outcome = "
                          "'rolled_back' AND id = "_qs +
                              run);
        QVERIFY(deployment > 0);
        QCOMPARE(
            queryValue(m_path, u"SELECT outcome FROM deployments WHERE id = %1"_qs.arg(deployment))
                .toString(),
            u"rolled_back"_qs);
        QCOMPARE(queryValue(m_path, u"SELECT status FROM releases WHERE id = %1"_qs.arg(m_release))
                     .toString(),
                 u"rolled_back"_qs);
        QVERIFY(message(panel).contains(u"#%1"_qs.arg(deployment)));
        QVERIFY2(headline->text().contains(u"rolled back"_qs), qPrintable(headline->text()));
        QVERIFY(!banner->isVisible());
        QVERIFY(!child<QPushButton>(panel, u"markRunningButton"_qs)->isEnabled());
        QVERIFY(!start->isEnabled());
    }

    void pipelineStepSeenWithinASecond() {
        prepare();
        if (QTest::currentTestFailed())
            return;
        RunPanel panel(*m_doc);
        panel.resize(1000, 260); // small enough that the list scrolls
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setRelease(m_release);
        child<QPushButton>(panel, u"startRunButton"_qs)->click();
        QVERIFY(panel.controller().isRunning());
        auto* table = child<QTableView>(panel, u"runSteps"_qs);
        select(panel, u"S5"_qs);
        table->scrollTo(table->model()->index(modelOf(panel)->rowOf(u"S5"_qs), 0));
        const int scrolled = table->verticalScrollBar()->value();

        const Run run =
            runSlipway({u"runbook"_qs, u"step"_qs, u"--db"_qs, m_path, u"--release"_qs,
                        QString::number(m_release), u"--step"_qs, u"S1"_qs, u"--status"_qs,
                        u"running"_qs, u"--note"_qs, u"from the pipeline"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QElapsedTimer since;
        since.start();
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel, u"S1"_qs) == u"Running"_qs, 1000);
        qInfo("seen after %lld ms", since.elapsed());
        RunStepModel* model = modelOf(panel);
        QCOMPARE(model->index(model->rowOf(u"S1"_qs), RunStepModel::NoteColumn).data().toString(),
                 u"from the pipeline"_qs);
        // The reading changed cells in place: the same step stays selected, the list where it was.
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().row(), model->rowOf(u"S5"_qs));
        QCOMPARE(table->verticalScrollBar()->value(), scrolled);

        const Run done = runSlipway({u"runbook"_qs, u"step"_qs, u"--db"_qs, m_path, u"--release"_qs,
                                     QString::number(m_release), u"--step"_qs, u"S1"_qs,
                                     u"--status"_qs, u"done"_qs});
        QVERIFY2(done.exitCode == 0, qPrintable(done.errText()));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(panel, u"S1"_qs) == u"Done"_qs, 1000);
        // S2 no longer waits once S1 is done.
        QCOMPARE(statusOf(panel, u"S2"_qs), u"Pending"_qs);
    }

    void warRoomMarksWithKeys() {
        prepare();
        if (QTest::currentTestFailed())
            return;
        RunPanel panel(*m_doc);
        panel.show();
        panel.setRelease(m_release);
        child<QPushButton>(panel, u"startRunButton"_qs)->click();
        QVERIFY(panel.controller().isRunning());
        child<QPushButton>(panel, u"warRoomButton"_qs)->click();
        WarRoomWindow* room = nullptr;
        QTRY_VERIFY((room = qobject_cast<WarRoomWindow*>(QApplication::activeWindow())) ||
                    (room = panel.findChild<WarRoomWindow*>()) || [&] {
                        for (QWidget* w : QApplication::topLevelWidgets())
                            if ((room = qobject_cast<WarRoomWindow*>(w)) && w->isVisible())
                                return true;
                        return false;
                    }());
        QVERIFY(room->isFullScreen());
        // The step free to start is chosen by itself; R marks it running, D done.
        QCOMPARE(room->selectedKey(), u"S1"_qs);
        QTest::keyClick(room, Qt::Key_R);
        QCOMPARE(statusOf(panel, u"S1"_qs), u"Running"_qs);
        QCOMPARE(room->selectedKey(), u"S1"_qs);
        QTest::keyClick(room, Qt::Key_D);
        QCOMPARE(statusOf(panel, u"S1"_qs), u"Done"_qs);
        QVERIFY2(room->statusText().contains(u"S1 marked done"_qs), qPrintable(room->statusText()));
        // The selection follows the run: S2 is next; a step waiting on others is refused.
        QCOMPARE(room->selectedKey(), u"S2"_qs);
        QTest::keyClick(room, Qt::Key_Down);
        QCOMPARE(room->selectedKey(), u"S3"_qs);
        QTest::keyClick(room, Qt::Key_R);
        QVERIFY2(room->statusText().contains(u"waits on S2"_qs), qPrintable(room->statusText()));
        QCOMPARE(statusOf(panel, u"S3"_qs), u"Pending · waits on S2"_qs);
        // M mutes the run for the panel too; Esc leaves.
        QTest::keyClick(room, Qt::Key_M);
        QVERIFY(child<QToolButton>(panel, u"muteButton"_qs)->isChecked());
        QPointer<WarRoomWindow> guard(room);
        QTest::keyClick(room, Qt::Key_Escape);
        QTRY_VERIFY(!guard);
    }

    void healthCheckFailureFiresTheBanner() {
        prepare();
        if (QTest::currentTestFailed())
            return;
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/health"_qs, LoopbackHttpServer::answer(500, "down"));
        auto book = m_doc->runbooks().forRelease(m_release);
        QVERIFY(book && book->has_value());
        Runbook edited = book->value();
        RunbookTrigger health;
        health.kind = TriggerKind::HealthCheck;
        health.name = u"Checkout health"_qs;
        health.failures = 1;
        health.url = server.url(u"/health"_qs).toString();
        health.expectStatus = 200;
        edited.triggers << health;
        auto saved = m_doc->runbooks().save(edited);
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QVERIFY(m_doc->runbooks().setReady(m_release, true, saved->rowVersion));

        RunPanel panel(*m_doc);
        panel.resize(1100, 600);
        panel.show();
        panel.setRelease(m_release);
        QVERIFY(!panel.controller().monitor().isRunning());
        child<QPushButton>(panel, u"startRunButton"_qs)->click();
        // The run's own monitor checks the URL at once; one failure is the trigger's count.
        QVERIFY(panel.controller().monitor().isRunning());
        auto* banner = child<QWidget>(panel, u"runTriggerBanner"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 6000);
        QVERIFY(server.hits(u"/health"_qs) >= 1);
        const QString text = child<QLabel>(panel, u"runTriggerText"_qs)->text();
        QVERIFY2(text.contains(u"Checkout health"_qs) && text.contains(u"500"_qs),
                 qPrintable(text));
        QCOMPARE(count(m_path, u"SELECT count(*) FROM runbook_trigger_firings WHERE trigger_kind "
                               "= 'health_check' AND trigger_name = 'Checkout health'"_qs),
                 1);
        const QString checks = child<QLabel>(panel, u"runChecks"_qs)->text();
        QVERIFY2(checks.contains(u"Checkout health: 1 failed in a row (fires at 1), HTTP 500"_qs),
                 qPrintable(checks));
        shoot(&panel, u"run-panel-health"_qs);
    }

    void standaloneWarRoomReadsTheRun() {
        prepare();
        if (QTest::currentTestFailed())
            return;
        RunbookRunService& runs = m_doc->runbookRuns();
        QVERIFY(runs.start(m_release));
        QVERIFY(runs.setStep(m_release, u"S1"_qs, StepStatus::Running));
        WarRoomWindow room(*m_doc, m_release);
        room.resize(1280, 720);
        QVERIFY(room.controller().isRunning());
        QCOMPARE(room.selectedKey(), u"S1"_qs);
        QVERIFY(room.windowTitle().contains(room.controller().status()->runbook.releaseLabel));
        // What another program records shows and fires here too.
        QVERIFY(runs.setStep(m_release, u"S1"_qs, StepStatus::Done));
        QVERIFY(runs.decide(m_release, u"S2"_qs, RunDecision::Go, u"All green"_qs));
        QVERIFY(runs.setStep(m_release, u"S3"_qs, StepStatus::Running));
        QVERIFY(runs.setStep(m_release, u"S3"_qs, StepStatus::Done));
        QVERIFY(runs.setStep(m_release, u"S4"_qs, StepStatus::Running));
        QVERIFY(runs.setStep(m_release, u"S4"_qs, StepStatus::Failed, u"5xx at 4 %"_qs));
        QSignalSpy fired(&room.controller(), &RunController::fired);
        QTRY_COMPARE(fired.count(), 1);
        QVERIFY(room.controller().firedMessages().first().contains(u"S4"_qs));
        // Nothing is free to start after the failure: the failed step is chosen.
        QCOMPARE(room.selectedKey(), u"S4"_qs);
        const QImage shot = room.grab().toImage();
        QVERIFY(!shot.isNull());
        shoot(&room, u"war-room"_qs);
    }
};

QTEST_MAIN(tst_RunPanel)
#include "tst_RunPanel.moc"
