// SPDX-License-Identifier: GPL-3.0-or-later
// The Reporting screen on a real file: the dashboard's tiles and charts show the figures the
// service report computes for the same period and scope, and a team chosen narrows them; the
// adherence review lists the deviations the adherence service finds; a corrective action
// added through the panel's dialog goes through the undo stack (undo removes it, redo brings
// it back under its id) and closing it is undone the same way; a read-only screen offers no
// edits; the main window lists the screen and its screenshot views.
#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "ScreenshotRenderer.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "reporting/AdherencePanel.h"
#include "reporting/AdherenceTrendChart.h"
#include "reporting/CorrectiveActionDialog.h"
#include "reporting/ReportingScreen.h"
#include "reporting/ServiceCharts.h"
#include "reporting/ServiceDashboard.h"
#include "services/AdherenceService.h"
#include "services/CorrectiveActionService.h"
#include "services/Document.h"
#include "services/ServiceReportService.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

constexpr qint64 kDay = 86400;

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

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString n(qint64 v) {
    return QString::number(v);
}

// Two teams with a service each, production and staging; three releases deployed to
// production in the last 90 days: Payments API 2.1.0 approved before (clean), 2.2.0 never
// approved and rolled back, Checkout Web 3.0.0 approved only after it was deployed; an
// incident on Payments API opened after 2.2.0 and resolved six hours later.
void writeFixture(Database& db, qint64 now) {
    const qint64 t = now - now % 3600;
    exec(db, u"INSERT INTO teams (id, name, created_by, created_at, updated_by, updated_at) "
             u"VALUES (1, 'Payments', 't', 0, 't', 0), (2, 'Checkout', 't', 0, 't', 0)"_qs);
    exec(db, u"INSERT INTO services (id, name, team_id, created_by, created_at, updated_by, "
             u"updated_at) VALUES (1, 'Payments API', 1, 't', 0, 't', 0), (2, 'Checkout Web', "
             u"2, 't', 0, 't', 0)"_qs);
    exec(db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
             u"updated_at) VALUES (1, 'Production', 'prod', 't', 0, 't', 0), (2, 'Staging', "
             u"'staging', 't', 0, 't', 0)"_qs);
    struct R {
        qint64 id;
        QString name, version;
        qint64 team, service, at;
        QString outcome;
        qint64 approvedAt; // 0: never
    };
    const QList<R> releases{
        {1, u"Payments API"_qs, u"2.1.0"_qs, 1, 1, t - 40 * kDay, u"succeeded"_qs, t - 42 * kDay},
        {2, u"Payments API"_qs, u"2.2.0"_qs, 1, 1, t - 20 * kDay, u"rolled_back"_qs, 0},
        {3, u"Checkout Web"_qs, u"3.0.0"_qs, 2, 2, t - 10 * kDay, u"succeeded"_qs, t - 9 * kDay}};
    for (const R& r : releases) {
        exec(db, u"INSERT INTO releases (id, name, version, type, status, window_start, "
                 u"window_end, team_id, created_by, created_at, updated_by, updated_at) VALUES "
                 u"(%1, '%2', '%3', 'minor', 'deployed', %4, %5, %6, 't', %7, 't', %4)"_qs.arg(
                     n(r.id), r.name, r.version, n(r.at - 3600), n(r.at + 3600), n(r.team),
                     n(r.at - 60 * kDay)));
        exec(db, u"INSERT INTO release_services (release_id, service_id) VALUES (%1, %2)"_qs.arg(
                     n(r.id), n(r.service)));
        exec(db, u"INSERT INTO change_requests (id, ticket, release_id, summary, change_type, "
                 u"risk_level, requested_by, requested_at, created_by, created_at, updated_by, "
                 u"updated_at) VALUES (%1, 'CHG%1', %1, '%2', 'normal', 'low', 'alice', 0, 't', "
                 u"0, 't', 0)"_qs.arg(n(r.id), r.name));
        if (r.approvedAt)
            exec(db, u"INSERT INTO cab_decisions (change_id, outcome, approver_role, "
                     u"decided_by, decided_at) VALUES (%1, 'approve', 'cab', 'carol', %2)"_qs.arg(
                         n(r.id), n(r.approvedAt)));
        exec(db, u"INSERT INTO deployments (release_id, environment_id, version, outcome, "
                 u"deployed_by, deployed_at, created_by, created_at) VALUES (%1, 1, '%2', '%3', "
                 u"'olga', %4, 'olga', %4)"_qs.arg(n(r.id), r.version, r.outcome, n(r.at)));
    }
    exec(db, u"INSERT INTO incidents (number, source, title, service, severity, opened_at, "
             u"resolved_at, outage_min, imported_at, imported_by) VALUES ('INC1', 'other', "
             u"'Payments errors', 'Payments API', 2, %1, %2, 30, 0, 't')"_qs.arg(
                 n(t - 20 * kDay + 3600), n(t - 20 * kDay + 7 * 3600)));
}

} // namespace

class tst_ReportingScreen : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"reporting"_qs};
    QString m_path;
    qint64 m_now = 0;

    std::unique_ptr<Document> fixture() {
        m_path = m_files.newFile();
        m_now = QDateTime::currentSecsSinceEpoch();
        {
            auto db = openDatabase(m_path);
            if (!db)
                return {};
            writeFixture(*db, m_now);
        }
        return openDocument(m_path);
    }

    static QString actionsCell(AdherencePanel* panel, const QString& key) {
        panel->selectDeviation(key);
        auto* model = panel->deviationTable()->model();
        const int row = panel->deviationTable()->currentIndex().row();
        return model->index(row, 4).data().toString();
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        // The screen remembers its period per file: in a settings file of the test's own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_ReportingScreen"_qs);
        QSettings().clear();
        Theme::apply();
    }

    void listedInTheWindow() {
        QVERIFY(MainWindow::screenNames().contains(u"reporting"_qs));
        QVERIFY(screenshotViewNames().contains(u"reporting"_qs));
        QVERIFY(screenshotViewNames().contains(u"reporting-adherence"_qs));
        auto doc = fixture();
        QVERIFY(doc);
        MainWindow window;
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.setDocument(std::move(doc));
        QVERIFY(window.showScreen(u"reporting"_qs));
        QVERIFY(window.reportingScreen());
        QCOMPARE(window.currentScreen(), u"reporting"_qs);
    }

    void dashboardShowsTheServiceFigures() {
        auto doc = fixture();
        QVERIFY(doc);
        ReportingScreen screen(*doc);
        screen.resize(1280, 900);
        screen.show();
        settle();
        // Last 90 days by default: whole UTC days, today included.
        QCOMPARE(screen.toUtc() - screen.fromUtc(), 90 * kDay);
        QVERIFY(screen.toUtc() > m_now && screen.toUtc() - m_now <= kDay);
        ServiceDashboard* dashboard = screen.dashboard();
        ServiceReportQuery query{screen.fromUtc(), screen.toUtc(), 0, 0};
        auto expected = ServiceReportService(doc->database()).report(query);
        QVERIFY2(expected, qPrintable(expected ? QString() : expected.error().message));
        QCOMPARE(expected->deployments, 3);
        QCOMPARE(expected->failedDeployments, 1);
        QCOMPARE(dashboard->report().deployments, expected->deployments);
        QCOMPARE(dashboard->report().failedDeployments, expected->failedDeployments);
        QVERIFY(!child<MessageBar>(*dashboard, u"dashboardMessage"_qs)->isVisible());
        QCOMPARE(dashboard->tileValue(u"failure"_qs), u"33 %"_qs);
        QCOMPARE(dashboard->tileDetail(u"failure"_qs), u"1 of 3 deployment(s) failed"_qs);
        QCOMPARE(dashboard->tileValue(u"frequency"_qs),
                 u"%1 / week"_qs.arg(QLocale().toString(expected->deploymentsPerWeek, 'f', 1)));
        QVERIFY(expected->restoreMedianHours);
        QCOMPARE(*expected->restoreMedianHours, 6.0);
        QCOMPARE(dashboard->tileValue(u"restore"_qs), u"6.0 h"_qs);
        QVERIFY(expected->availability);
        QCOMPARE(dashboard->tileValue(u"availability"_qs),
                 QLocale().toString(*expected->availability * 100, 'f', 2) + u" %"_qs);
        for (const QString& key : ServiceDashboard::tileKeys())
            QVERIFY(!child<QWidget>(*dashboard, u"tile_"_qs + key)->toolTip().isEmpty());
        // The weekly bars add up to the deployments and the failures.
        double good = 0, failed = 0;
        for (const QString& line :
             ServiceCharts::barValues(dashboard->charts()->deploymentsChart()))
            for (const QString& v : line.section(u": "_qs, 1).split(u", "_qs))
                (line.startsWith(u"Succeeded"_qs) ? good : failed) += v.toDouble();
        QCOMPARE(good, 2.0);
        QCOMPARE(failed, 1.0);

        // A team narrows the dashboard to its services.
        QComboBox* team = dashboard->teamCombo();
        QCOMPARE(team->count(), 3); // All teams, Checkout, Payments
        team->setCurrentIndex(team->findText(u"Payments"_qs));
        Q_EMIT team->activated(team->currentIndex());
        QCOMPARE(dashboard->report().query.teamId, 1);
        QCOMPARE(dashboard->report().scopeLabel, u"Team Payments"_qs);
        QCOMPARE(dashboard->report().deployments, 2);
        QCOMPARE(dashboard->tileValue(u"failure"_qs), u"50 %"_qs);
        QCOMPARE(dashboard->serviceCombo()->currentIndex(), 0);
    }

    void adherenceActionsGoThroughUndo() {
        auto doc = fixture();
        QVERIFY(doc);
        ReportingScreen screen(*doc);
        screen.resize(1280, 900);
        screen.show();
        QVERIFY(screen.showTab(u"adherence"_qs));
        settle();
        AdherencePanel* panel = screen.adherencePanel();
        auto expected = doc->adherence().deviations(screen.fromUtc(), screen.toUtc(),
                                                    QDateTime::currentSecsSinceEpoch());
        QVERIFY(expected);
        QVERIFY(expected->size() >= 2);
        QCOMPARE(panel->deviations().size(), expected->size());
        QCOMPARE(panel->deviationTable()->model()->rowCount(), int(expected->size()));
        QString withoutApproval;
        for (const Deviation& d : expected.value())
            if (d.kind == DeviationKind::DeployedWithoutApproval && d.releaseId == 2)
                withoutApproval = d.key;
        QVERIFY(!withoutApproval.isEmpty());
        QCOMPARE(actionsCell(panel, withoutApproval), u"None"_qs);
        QVERIFY(panel->summary().contains(u"without a corrective action"_qs));

        // Added through the dialog.
        whenShown<CorrectiveActionDialog>([](CorrectiveActionDialog* dialog) {
            typeInto(dialog->findChild<QLineEdit*>(u"correctiveTitle"_qs),
                     u"Block deployments without a CAB decision"_qs);
            typeInto(dialog->findChild<QLineEdit*>(u"correctiveOwner"_qs), u"Rita"_qs);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        child<QPushButton>(*panel, u"correctiveAdd"_qs)->click();
        settle();
        auto stored = doc->correctiveActions().list(withoutApproval);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const qint64 id = stored->first().id;
        QCOMPARE(stored->first().owner, u"Rita"_qs);
        QCOMPARE(stored->first().releaseId, 2);
        QCOMPARE(actionsCell(panel, withoutApproval), u"1 open"_qs);
        QCOMPARE(panel->actionTable()->model()->rowCount(), 1);

        doc->undoStack()->undo();
        settle();
        QCOMPARE(doc->correctiveActions().list(withoutApproval)->size(), 0);
        QCOMPARE(actionsCell(panel, withoutApproval), u"None"_qs);
        QCOMPARE(panel->actionTable()->model()->rowCount(), 0);

        doc->undoStack()->redo();
        settle();
        stored = doc->correctiveActions().list(withoutApproval);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->first().id, id);
        QCOMPARE(actionsCell(panel, withoutApproval), u"1 open"_qs);

        // Closed as done through the dialog, and undone.
        panel->actionTable()->selectRow(0);
        whenShown<CorrectiveActionDialog>([](CorrectiveActionDialog* dialog) {
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        child<QPushButton>(*panel, u"correctiveDone"_qs)->click();
        settle();
        QCOMPARE(doc->correctiveActions().find(id)->state, CorrectiveState::Done);
        QVERIFY(doc->correctiveActions().find(id)->closedAt > 0);
        QCOMPARE(actionsCell(panel, withoutApproval), u"1 done"_qs);
        doc->undoStack()->undo();
        settle();
        QCOMPARE(doc->correctiveActions().find(id)->state, CorrectiveState::Open);
        QCOMPARE(actionsCell(panel, withoutApproval), u"1 open"_qs);

        // The trend counts every deviation once, by team.
        double bars = 0;
        for (const QString& line : panel->trendChart()->barValues())
            for (const QString& v : line.section(u": "_qs, 1).split(u", "_qs))
                bars += v.toDouble();
        QCOMPARE(bars, double(expected->size()));

        // Read-only: nothing to edit.
        screen.setEditable(false);
        QVERIFY(!child<QPushButton>(*panel, u"correctiveAdd"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(*panel, u"correctiveEdit"_qs)->isEnabled());
        QVERIFY(!panel->addAction(stored->first()));
    }

    void emptyPeriodSaysSo() {
        auto doc = fixture();
        QVERIFY(doc);
        ReportingScreen screen(*doc);
        screen.resize(1280, 800);
        screen.show();
        screen.setPeriod(QDate(2001, 1, 1), QDate(2001, 3, 31));
        screen.refreshNow();
        QCOMPARE(screen.dashboard()->report().deployments, 0);
        QCOMPARE(screen.dashboard()->tileValue(u"failure"_qs), u"—"_qs);
        QCOMPARE(screen.dashboard()->tileDetail(u"failure"_qs), u"No deployments in the period"_qs);
        auto* hint = child<MessageBar>(*screen.dashboard(), u"dashboardMessage"_qs);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(u"record production deployments"_qs));
        QVERIFY(screen.showTab(u"adherence"_qs));
        settle();
        QVERIFY(screen.adherencePanel()->deviations().isEmpty());
        QVERIFY(child<QWidget>(*screen.adherencePanel(), u"adherenceEmptyState"_qs)->isVisible());
        // A last day before the first is read as that one day.
        screen.setPeriod(QDate(2001, 3, 31), QDate(2001, 1, 1));
        QCOMPARE(screen.toUtc() - screen.fromUtc(), kDay);
    }

    // Qt Charts lays out legends and axis labels as HTML; labels are plain text.
    void hostileNamesStayText() {
        auto doc = fixture();
        QVERIFY(doc);
        exec(doc->database(), u"UPDATE teams SET name = '<img src=x>R&D' WHERE id = 2"_qs);
        ReportingScreen screen(*doc);
        screen.resize(1280, 800);
        screen.show();
        settle();
        const QStringList legend =
            ServiceCharts::barValues(screen.dashboard()->charts()->capacityChart());
        QVERIFY2(legend.filter(u"&lt;img src=x&gt;R&amp;D: "_qs).size() == 1,
                 qPrintable(legend.join(u" | "_qs)));
        QComboBox* team = screen.dashboard()->teamCombo();
        team->setCurrentIndex(team->findText(u"<img src=x>R&D"_qs));
        Q_EMIT team->activated(team->currentIndex());
        auto* scope = child<QLabel>(*screen.dashboard(), u"dashboardScope"_qs);
        QCOMPARE(scope->textFormat(), Qt::PlainText);
        QVERIFY(scope->text().startsWith(u"Team <img src=x>R&D"_qs));
        QVERIFY(screen.showTab(u"adherence"_qs));
        settle();
        QVERIFY(screen.adherencePanel()->trendChart()->barValues().filter(u"&lt;img"_qs).size() ==
                1);
    }

    // Once the file has logins, only release managers change corrective actions: the
    // service refuses anyone else and the panel says so on one line, with nothing stored.
    void refusalShowsInTheMessageBar() {
        const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
        qputenv("SLIPWAY_TEST_USER", "rita");
        auto doc = fixture();
        QVERIFY(doc);
        QVERIFY(addPeople(doc->database(), u"rita"_qs,
                          {personWithLogin(u"Rita Lund"_qs, u"rita"_qs, {u"release_manager"_qs}),
                           personWithLogin(u"Dev Patel"_qs, u"dev"_qs, {u"development"_qs})}));
        doc.reset();
        qputenv("SLIPWAY_TEST_USER", "dev");
        doc = openDocument(m_path);
        qputenv("SLIPWAY_TEST_USER", before);
        QVERIFY(doc);
        ReportingScreen screen(*doc);
        screen.show();
        QVERIFY(screen.showTab(u"adherence"_qs));
        settle();
        AdherencePanel* panel = screen.adherencePanel();
        QVERIFY(!panel->deviations().isEmpty());
        const Deviation& d = panel->deviations().first();
        CorrectiveAction action;
        action.deviationKey = d.key;
        action.releaseId = d.releaseId;
        action.title = u"Review the release checklist"_qs;
        action.owner = u"Dev Patel"_qs;
        action.due = QDate(2030, 1, 31);
        QVERIFY(!panel->addAction(action));
        const QString said = child<MessageBar>(*panel, u"adherenceMessage"_qs)->text();
        QVERIFY2(said.contains(u"dev"_qs) && said.contains(u"release manager"_qs),
                 qPrintable(said));
        QVERIFY(!said.contains(u'\n'));
        QCOMPARE(doc->correctiveActions().list()->size(), 0);
        QVERIFY(!doc->undoStack()->canUndo());
    }

    void exportsTheReviewAndTheDashboard() {
        auto doc = fixture();
        QVERIFY(doc);
        ReportingScreen screen(*doc);
        screen.show();
        settle();
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"review.csv"_qs);
        QVERIFY(screen.showTab(u"adherence"_qs)); // where its message shows
        settle();
        QVERIFY(screen.adherencePanel()->exportTo(csv));
        const QByteArray bytes = fileBytes(csv);
        QVERIFY(bytes.startsWith("deviation_key,"));
        QVERIFY(bytes.contains("deployed_without_approval:2:"));
        // The counts by team and month beside it, and the message names both files.
        const QByteArray counts = fileBytes(dir.filePath(u"review-counts.csv"_qs));
        QVERIFY2(counts.startsWith("team,month,kind,kind_label,count\r\n"), counts.constData());
        QVERIFY(counts.contains("Payments,"));
        QVERIFY(child<MessageBar>(*screen.adherencePanel(), u"adherenceMessage"_qs)
                    ->text()
                    .contains(u"review-counts.csv"_qs));
        const QString pdf = dir.filePath(u"service.pdf"_qs);
        QVERIFY(screen.dashboard()->exportTo(pdf));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        // A folder that does not exist: refused, said in one line, nothing written.
        QVERIFY(!screen.dashboard()->exportTo(dir.filePath(u"missing/service.csv"_qs)));
        QVERIFY(!QFile::exists(dir.filePath(u"missing/service.csv"_qs)));
    }

    // The period chosen is remembered per file by a screen that remembers (as the window's
    // is, once it restores its layout): a preset as itself, custom days as those days.
    void periodIsRememberedPerFile() {
        auto first = fixture();
        QVERIFY(first);
        const QString firstPath = m_path;
        auto second = fixture();
        QVERIFY(second);
        const QDate customFirst(2025, 2, 3);
        const QDate customLast(2025, 5, 6);
        std::pair<qint64, qint64> lastQuarter;
        {
            ReportingScreen screen(*first);
            screen.rememberPeriod();
            auto* preset = child<QComboBox>(screen, u"reportingPeriodPreset"_qs);
            QCOMPARE(preset->currentIndex(), 1); // nothing remembered: the last 90 days
            preset->setCurrentIndex(3);
            Q_EMIT preset->activated(3); // as a user's choice does
            QCOMPARE(preset->currentText(), u"Last quarter"_qs);
            lastQuarter = {screen.fromUtc(), screen.toUtc()};
            ReportingScreen other(*second);
            other.rememberPeriod();
            child<QDateEdit>(other, u"reportingFirstDay"_qs)->setDate(customFirst);
            child<QDateEdit>(other, u"reportingLastDay"_qs)->setDate(customLast);
            // A screen that does not remember (a screenshot's) leaves no memory.
            ReportingScreen forgetful(*first);
            child<QComboBox>(forgetful, u"reportingPeriodPreset"_qs)->setCurrentIndex(0);
            Q_EMIT child<QComboBox>(forgetful, u"reportingPeriodPreset"_qs)->activated(0);
        }
        ReportingScreen again(*first);
        QCOMPARE(child<QComboBox>(again, u"reportingPeriodPreset"_qs)->currentIndex(), 1);
        again.rememberPeriod();
        QCOMPARE(child<QComboBox>(again, u"reportingPeriodPreset"_qs)->currentText(),
                 u"Last quarter"_qs);
        QCOMPARE(std::pair(again.fromUtc(), again.toUtc()), lastQuarter);
        ReportingScreen otherAgain(*second);
        otherAgain.rememberPeriod();
        QCOMPARE(child<QComboBox>(otherAgain, u"reportingPeriodPreset"_qs)->currentText(),
                 u"Custom"_qs);
        QCOMPARE(child<QDateEdit>(otherAgain, u"reportingFirstDay"_qs)->date(), customFirst);
        QCOMPARE(child<QDateEdit>(otherAgain, u"reportingLastDay"_qs)->date(), customLast);
        QCOMPARE(
            otherAgain.toUtc(),
            QDateTime(customLast.addDays(1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
        QVERIFY(firstPath != m_path);
    }

    // The window's screen remembers once the window restores its layout, as the application's
    // does; a window that does not (a screenshot's) shows the default period.
    void theWindowRemembersThePeriod() {
        auto doc = fixture();
        QVERIFY(doc);
        const QString path = m_path;
        const auto preset = [](MainWindow& w) {
            return child<QComboBox>(*w.reportingScreen(), u"reportingPeriodPreset"_qs);
        };
        {
            MainWindow w;
            w.setAttribute(Qt::WA_DontShowOnScreen);
            w.setDocument(std::move(doc));
            w.restoreLayout();
            QVERIFY(w.showScreen(u"reporting"_qs));
            preset(w)->setCurrentIndex(4);
            Q_EMIT preset(w)->activated(4);
            QCOMPARE(preset(w)->currentText(), u"This year"_qs);
        }
        {
            MainWindow w;
            w.setAttribute(Qt::WA_DontShowOnScreen);
            w.setDocument(openDocument(path));
            w.restoreLayout();
            QVERIFY(w.showScreen(u"reporting"_qs));
            QCOMPARE(preset(w)->currentText(), u"This year"_qs);
            QCOMPARE(QDateTime::fromSecsSinceEpoch(w.reportingScreen()->fromUtc(), Qt::UTC).date(),
                     QDate(QDateTime::currentDateTimeUtc().date().year(), 1, 1));
        }
        MainWindow screenshot;
        screenshot.setAttribute(Qt::WA_DontShowOnScreen);
        screenshot.setDocument(openDocument(path));
        QVERIFY(screenshot.showScreen(u"reporting"_qs));
        QCOMPARE(preset(screenshot)->currentText(), u"Last 90 days"_qs);
    }
};

QTEST_MAIN(tst_ReportingScreen)
#include "tst_ReportingScreen.moc"
