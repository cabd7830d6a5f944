// SPDX-License-Identifier: GPL-3.0-or-later
// The release-definition panel through the real main window: objectives, the exit-criteria
// checklist (check, waive with a required reason, done-ness), the risk questionnaire with
// its drivers and an override that needs a reason, assumptions and metrics edited in place;
// every change undoable; a read-only file offers no edits.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "definition/ReleaseDefinitionPanel.h"
#include "releases/ReleasesView.h"
#include "services/AssumptionService.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"
#include "services/ObjectivesService.h"
#include "services/ReleaseService.h"
#include "services/RiskAssessmentService.h"
#include "services/SuccessMetricService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using test::child;
using test::openDocument;
using test::typeInto;

class tst_ReleaseDefinitionPanel : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"panel"_qs};

    static void click(MainWindow& w, const QString& name) {
        auto* button = child<QPushButton>(w, name);
        QVERIFY2(button && button->isEnabled(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
        QCoreApplication::processEvents();
    }

    static void undo(MainWindow& w) {
        child<QAction>(w, u"undoAction"_qs)->trigger();
        QCoreApplication::processEvents();
    }

    static Release paymentsApi() { return test::newRelease(u"Payments API"_qs, u"2.4.0"_qs); }

    // A window on a new file with one release, its definition panel forward.
    qint64 openWithRelease(MainWindow& w, const QString& path) {
        auto doc = openDocument(path);
        const qint64 id = doc ? test::createRelease(doc->releases(), paymentsApi()) : 0;
        if (!id)
            return 0;
        w.setDocument(std::move(doc));
        w.show();
        if (!QTest::qWaitForWindowExposed(&w)) {
            test::helperFailed(u"the window was never shown"_qs);
            return 0;
        }
        w.releasesView()->selectRelease(id);
        w.releasesView()->showDefinition();
        QCoreApplication::processEvents();
        return id;
    }

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void objectivesAndExitCriteria() {
        MainWindow w;
        const qint64 id = openWithRelease(w, m_files.newFile());
        QVERIFY(id > 0);
        Document& doc = *w.document();
        QCOMPARE(child<QTabWidget>(w, u"releaseTabs"_qs)->currentIndex(), 1);
        QCOMPARE(w.releasesView()->definitionPanel()->releaseId(), id);

        typeInto(child<QLineEdit>(w, u"newObjectiveEdit"_qs), u"Cut checkout latency"_qs);
        click(w, u"addObjectiveButton"_qs);
        QCOMPARE(doc.objectives().forRelease(id).value(), QStringList{u"Cut checkout latency"_qs});
        QCOMPARE(child<QListWidget>(w, u"objectivesList"_qs)->count(), 1);

        for (const QString& text : {u"All P1 tests pass"_qs, u"Runbook reviewed"_qs}) {
            typeInto(child<QLineEdit>(w, u"newCriterionEdit"_qs), text);
            click(w, u"addCriterionButton"_qs);
        }
        auto* table = child<QTableWidget>(w, u"exitCriteriaTable"_qs);
        QCOMPARE(table->rowCount(), 2);
        auto* done = child<QLabel>(w, u"developmentDoneLabel"_qs);
        QVERIFY(done->text().contains(u"not done"_qs));

        // Tick the first criterion.
        table->item(0, 0)->setCheckState(Qt::Checked);
        QCoreApplication::processEvents();
        QVERIFY(doc.exitCriteria().forRelease(id)->at(0).checked);

        // Waiving needs a reason: the button stays off until one is typed.
        table->selectRow(1);
        QVERIFY(!child<QPushButton>(w, u"waiveCriterionButton"_qs)->isEnabled());
        typeInto(child<QLineEdit>(w, u"waiverReasonEdit"_qs), u"Same runbook as 2.3.0"_qs);
        click(w, u"waiveCriterionButton"_qs);
        const auto criteria = doc.exitCriteria().forRelease(id).value();
        QVERIFY(criteria.at(1).waived);
        QCOMPARE(criteria.at(1).waiverReason, u"Same runbook as 2.3.0"_qs);
        QVERIFY(done->text().contains(u"Development done"_qs));
        QVERIFY(doc.exitCriteria().developmentDone(id).value());

        // Undo the waiver, the tick, the criteria and the objective, one at a time.
        undo(w);
        QVERIFY(!doc.exitCriteria().forRelease(id)->at(1).waived);
        QVERIFY(done->text().contains(u"not done"_qs));
        undo(w);
        QVERIFY(!doc.exitCriteria().forRelease(id)->at(0).checked);
        undo(w);
        undo(w);
        QCOMPARE(doc.exitCriteria().forRelease(id)->size(), 0);
        QCOMPARE(table->rowCount(), 0);
        undo(w);
        QVERIFY(doc.objectives().forRelease(id)->isEmpty());
    }

    void riskQuestionnaireShowsDriversAndOverrideNeedsReason() {
        MainWindow w;
        const qint64 id = openWithRelease(w, m_files.newFile());
        QVERIFY(id > 0);
        Document& doc = *w.document();

        auto* data = child<QComboBox>(w, u"riskDataMigration"_qs);
        data->setCurrentIndex(data->findData(u"irreversible"_qs));
        auto* users = child<QComboBox>(w, u"riskUsers"_qs);
        users->setCurrentIndex(users->findData(u"all_customers"_qs));
        QVERIFY(child<QLabel>(w, u"riskScoreLabel"_qs)->text().contains(u"36"_qs));
        QVERIFY(child<QLabel>(w, u"riskScoreLabel"_qs)->text().contains(u"high"_qs));
        QVERIFY(child<QLabel>(w, u"suggestedTypeLabel"_qs)->text().contains(u"Major"_qs));
        QVERIFY(child<QLabel>(w, u"riskGatesLabel"_qs)->text().contains(u"CAB"_qs));
        auto* drivers = child<QListWidget>(w, u"riskDriversList"_qs);
        QCOMPARE(drivers->count(), 2);
        QCOMPARE(drivers->item(0)->data(Qt::UserRole).toString(), u"users"_qs);

        // Overriding the type needs a reason before it can be saved.
        auto* type = child<QComboBox>(w, u"riskOverrideType"_qs);
        type->setCurrentIndex(type->findData(u"minor"_qs));
        QVERIFY(!child<QPushButton>(w, u"saveRiskButton"_qs)->isEnabled());
        typeInto(child<QLineEdit>(w, u"riskOverrideReason"_qs),
                 u"Migration rehearsed twice on a production copy"_qs);
        click(w, u"saveRiskButton"_qs);
        auto stored = doc.riskAssessments().forRelease(id).value();
        QVERIFY(stored);
        QCOMPARE(stored->suggestedType, ReleaseType::Major);
        QVERIFY(stored->overrideType == ReleaseType::Minor);
        QVERIFY(child<QLabel>(w, u"riskSavedInfo"_qs)->text().contains(u"rehearsed"_qs));

        undo(w);
        QVERIFY(!doc.riskAssessments().forRelease(id).value());
    }

    void assumptionsAndMetricsEditInPlace() {
        MainWindow w;
        const qint64 id = openWithRelease(w, m_files.newFile());
        QVERIFY(id > 0);
        Document& doc = *w.document();

        typeInto(child<QLineEdit>(w, u"newAssumptionEdit"_qs), u"Sandbox is up in week 48"_qs);
        click(w, u"addAssumptionButton"_qs);
        QCOMPARE(child<QTableWidget>(w, u"assumptionsTable"_qs)->rowCount(), 1);
        auto* status = child<QComboBox>(w, u"assumptionStatus0"_qs);
        status->setCurrentIndex(int(AssumptionStatus::Broken));
        QCoreApplication::processEvents();
        QCOMPARE(doc.assumptions().forRelease(id)->first().status, AssumptionStatus::Broken);
        auto* assumptions = child<QTableWidget>(w, u"assumptionsTable"_qs);
        assumptions->item(0, 2)->setText(u"2026-11-30"_qs);
        QCoreApplication::processEvents();
        QCOMPARE(doc.assumptions().forRelease(id)->first().dueDate, QDate(2026, 11, 30));

        typeInto(child<QLineEdit>(w, u"newMetricEdit"_qs), u"Checkout error rate"_qs);
        click(w, u"addMetricButton"_qs);
        auto* metrics = child<QTableWidget>(w, u"metricsTable"_qs);
        QCOMPARE(metrics->rowCount(), 1);
        metrics->item(0, 3)->setText(u"0.5"_qs); // target
        QCoreApplication::processEvents();
        metrics->item(0, 5)->setText(u"0.4"_qs); // actual
        QCoreApplication::processEvents();
        const SuccessMetric m = doc.successMetrics().forRelease(id)->first();
        QCOMPARE(m.target, 0.5);
        QCOMPARE(*m.actual, 0.4);
        QVERIFY(metrics->item(0, 6)->text().contains(u"Met"_qs));
        // A value that is not a number is refused with a message, and nothing changes.
        metrics->item(0, 4)->setText(u"lots"_qs);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QVERIFY(!doc.successMetrics().forRelease(id)->first().baseline);
        undo(w);
        QVERIFY(!doc.successMetrics().forRelease(id)->first().actual);
    }

    void readOnlyFileOffersNoEdits() {
        const QString path = m_files.newFile();
        qint64 id = 0;
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            id = test::createRelease(doc->releases(), paymentsApi());
            QVERIFY(id);
            QVERIFY(doc->exitCriteria().add(id, u"All P1 tests pass"_qs));
        }
        MainWindow w;
        w.setDocument(openDocument(path, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.releasesView()->selectRelease(id);
        w.releasesView()->showDefinition();
        QCoreApplication::processEvents();
        QCOMPARE(child<QTableWidget>(w, u"exitCriteriaTable"_qs)->rowCount(), 1);
        for (const QString& name :
             {u"addCriterionButton"_qs, u"addObjectiveButton"_qs, u"saveRiskButton"_qs,
              u"addAssumptionButton"_qs, u"addMetricButton"_qs})
            QVERIFY2(!child<QPushButton>(w, name)->isEnabled(), qPrintable(name));
        QVERIFY(!(child<QTableWidget>(w, u"exitCriteriaTable"_qs)->item(0, 0)->flags() &
                  Qt::ItemIsUserCheckable));
    }
};

QTEST_MAIN(tst_ReleaseDefinitionPanel)
#include "tst_ReleaseDefinitionPanel.moc"
