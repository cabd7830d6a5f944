// SPDX-License-Identifier: GPL-3.0-or-later
// The After release screen on real files: the picker lists the releases that reached
// production, newest first, with their validation badge; a check added through the undo stack
// is undone and redone under its id; "Run now" calls a real loopback server and a 500 turns
// the release failing (result stored, badge, header); the metric chart draws the deployment
// marker and the baseline band and its caption names the Mann–Whitney U test and the p-value;
// the Releases table's Validation column and the calendar's tooltip say the release fails.
#include "Fixtures.h"
#include "LoopbackHttpServer.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "calendar/CalendarToolTip.h"
#include "itemmodels/CalendarModel.h"
#include "itemmodels/ReleaseTableModel.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/ValidationCheckService.h"
#include "services/ValidationScheduler.h"
#include "storage/Database.h"
#include "validation/CheckChart.h"
#include "validation/CheckCommands.h"
#include "validation/CheckDialog.h"
#include "validation/ChecksPanel.h"
#include "validation/MetricChart.h"
#include "validation/MetricCommands.h"
#include "validation/MetricsPanel.h"
#include "validation/ReleasePicker.h"
#include "validation/ValidationScreen.h"

#include <QAreaSeries>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
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

void settle() {
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

} // namespace

class tst_ValidationScreen : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"validate"_qs};
    QString m_path;
    std::unique_ptr<Document> m_doc;
    qint64 m_now = 0;
    qint64 m_production = 0;
    qint64 m_service = 0;

    // A new file with a production environment and one service.
    void prepare() {
        m_doc.reset();
        m_path = m_files.newFile();
        m_doc = openDocument(m_path);
        QVERIFY(m_doc);
        m_now = QDateTime::currentSecsSinceEpoch();
        Database& db = m_doc->database();
        exec(db, u"INSERT INTO environments (name, kind, created_by, created_at, updated_by, "
                 "updated_at) VALUES ('Production', 'prod', 't', 1, 't', 1)"_qs);
        m_production = queryValue(m_path, u"SELECT id FROM environments"_qs).toLongLong();
        exec(db, u"INSERT INTO services (name, created_by, created_at, updated_by, updated_at) "
                 "VALUES ('Payments API', 't', 1, 't', 1)"_qs);
        m_service = queryValue(m_path, u"SELECT id FROM services"_qs).toLongLong();
        QVERIFY(m_production > 0 && m_service > 0);
    }

    // A release of the service whose window opened `hoursAgo` hours ago, deployed to
    // production then.
    qint64 deployedRelease(const QString& name, int hoursAgo) {
        const qint64 at = m_now - qint64(hoursAgo) * 3600;
        const qint64 id =
            createRelease(m_doc->releases(), releaseBetween(name, at - 600, at + 3 * 3600));
        if (!id)
            return 0;
        exec(
            m_doc->database(),
            u"INSERT INTO release_services (release_id, service_id) VALUES (%1, %2)"_qs.arg(id).arg(
                m_service));
        exec(m_doc->database(),
             u"INSERT INTO deployments (release_id, environment_id, outcome, deployed_by, "
             "deployed_at, created_by, created_at) VALUES (%1, %2, 'succeeded', 'ops', %3, 't', "
             "%3)"_qs.arg(id)
                 .arg(m_production)
                 .arg(at));
        return id;
    }

    ValidationCheck httpCheck(qint64 releaseId, const QString& name, const QString& url) {
        ValidationCheck c;
        c.releaseId = releaseId;
        c.name = name;
        TransactionStep s;
        s.name = name;
        s.url = url;
        s.expectStatus = 200;
        s.latencyBudgetMs = 500;
        c.steps = {s};
        return c;
    }

    qint64 addCheck(qint64 releaseId, const QString& name, const QString& url) {
        auto made = m_doc->validationChecks().create(httpCheck(releaseId, name, url));
        if (!made) {
            helperFailed(made.error().message);
            return 0;
        }
        return made->id;
    }

    void recordResult(qint64 checkId, qint64 releaseId, bool ok, int status) {
        CheckResult r;
        r.checkId = checkId;
        r.releaseId = releaseId;
        r.runAtMs = QDateTime::currentMSecsSinceEpoch();
        r.ok = ok;
        r.latencyMs = 42;
        r.httpStatus = status;
        r.reason = ok ? QString() : u"status %1, expected 200"_qs.arg(status);
        r.runBy = u"tester"_qs;
        auto done = m_doc->validationChecks().record({r});
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
    }

    static QString stateText(ReleasePicker* picker, qint64 releaseId) {
        auto* model = picker->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, ReleasePicker::LabelColumn).data(Qt::UserRole).toLongLong() ==
                releaseId)
                return model->index(row, ReleasePicker::StateColumn).data().toString();
        return u"(not listed)"_qs;
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        Theme::apply();
    }

    void pickerListsDeployedReleasesWithBadges() {
        prepare();
        const qint64 older = deployedRelease(u"Ledger"_qs, 30);
        const qint64 newer = deployedRelease(u"Payments"_qs, 5);
        const qint64 planned = createRelease(m_doc->releases(), newRelease(u"Later"_qs));
        QVERIFY(older && newer && planned);
        const qint64 failing = addCheck(newer, u"health"_qs, u"https://example.com/health"_qs);
        addCheck(older, u"health"_qs, u"https://example.com/health"_qs);
        recordResult(failing, newer, false, 500);

        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        settle();
        QCOMPARE(screen.picker()->releaseIds(), (QList<qint64>{newer, older}));
        QCOMPARE(stateText(screen.picker(), newer), u"Failing"_qs);
        QCOMPARE(stateText(screen.picker(), older), u"Pending"_qs);
        QCOMPARE(stateText(screen.picker(), planned), u"(not listed)"_qs);
        // The newest is shown, with its deployment and its countdown.
        QCOMPARE(screen.currentReleaseId(), newer);
        QVERIFY2(screen.deploymentLine().contains(
                     QRegularExpression(u"^Deployed 20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC · "
                                        "feedback window: 6[67] h left$"_qs)),
                 qPrintable(screen.deploymentLine()));
        QCOMPARE(child<QLabel>(screen, u"validationStateBadge"_qs)->text(), u"Failing"_qs);
        // The filter box narrows the list.
        typeInto(child<QLineEdit>(screen, u"validationReleaseFilter"_qs), u"ledger"_qs);
        QCOMPARE(screen.picker()->view()->model()->rowCount(), 1);
    }

    // The window keeps the 1280 pixels it was given on every tab, showing the demo's busiest
    // release (a tab wider than that scrolls): screenshots and small screens.
    void fitsTheWindow() {
        QTemporaryDir dir;
        const QString demo = makeDemo(dir, u"demo.slipway"_qs);
        QVERIFY(!demo.isEmpty());
        auto doc = openDocument(demo);
        QVERIFY(doc);
        MainWindow window;
        window.setAttribute(Qt::WA_DontShowOnScreen);
        window.setDocument(std::move(doc));
        QVERIFY(window.showScreen(u"validate"_qs));
        window.resize(1280, 800);
        window.show();
        ValidationScreen* screen = window.validationScreen();
        screen->showBusiestRelease();
        QVERIFY(screen->currentReleaseId() > 0);
        for (const QString& tab : ValidationScreen::tabNames()) {
            QVERIFY(screen->showTab(tab));
            settle();
            QVERIFY2(window.width() == 1280,
                     qPrintable(u"%1: the window grew to %2"_qs.arg(tab).arg(window.width())));
        }
    }

    void emptyStatesGuide() {
        prepare();
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        settle();
        QCOMPARE(screen.currentReleaseId(), 0);
        auto* nothing = child<QWidget>(screen, u"validationEmptyState"_qs);
        QVERIFY(nothing->isVisibleTo(&screen));
        const qint64 id = deployedRelease(u"Payments"_qs, 1);
        QVERIFY(id);
        screen.picker()->reload();
        settle();
        QCOMPARE(screen.currentReleaseId(), id);
        QVERIFY(!nothing->isVisibleTo(&screen));
        auto* empty = child<QWidget>(*screen.checksPanel(), u"checksEmptyState"_qs);
        const QString text = child<QLabel>(*empty, u"emptyStateText"_qs)->text();
        QVERIFY2(text.contains(u"slipway validate import-checks"_qs), qPrintable(text));
    }

    void addCheckThroughTheDialogThenUndoRedo() {
        prepare();
        const qint64 id = deployedRelease(u"Payments"_qs, 2);
        QVERIFY(id);
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        settle();
        ChecksPanel* panel = screen.checksPanel();
        whenShown<CheckDialog>([](CheckDialog* dialog) {
            typeInto(child<QLineEdit>(*dialog, u"checkName"_qs), u"Payments health"_qs);
            typeInto(child<QLineEdit>(*dialog, u"stepUrl"_qs),
                     u"https://payments.example.com/h"_qs);
            shoot(dialog, u"check-dialog"_qs);
            auto* kind = child<QComboBox>(*dialog, u"checkKind"_qs);
            kind->setCurrentIndex(1); // the steps of a transaction, then back
            shoot(dialog, u"check-dialog-transaction"_qs);
            kind->setCurrentIndex(0);
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            if (dialog->isVisible()) { // refused: say why rather than wait forever
                qWarning() << dialog->problems();
                dialog->reject();
            }
        });
        panel->addCheck();
        settle();
        QCOMPARE(panel->checks().size(), 1);
        const ValidationCheck added = panel->checks().first();
        QCOMPARE(added.name, u"Payments health"_qs);
        QCOMPARE(added.steps.value(0).url, u"https://payments.example.com/h"_qs);
        QCOMPARE(panel->currentCheckId(), added.id);
        QCOMPARE(m_doc->undoStack()->count(), 1);

        m_doc->undoStack()->undo();
        settle();
        QCOMPARE(panel->checks().size(), 0);
        QCOMPARE(queryValue(m_path, u"SELECT count(*) FROM validation_checks"_qs).toInt(), 0);
        m_doc->undoStack()->redo();
        settle();
        QCOMPARE(panel->checks().size(), 1);
        QCOMPARE(panel->checks().first().id, added.id); // back under its id

        // An edit through the stack, undone to the earlier image.
        ValidationCheck edited = panel->checks().first();
        edited.name = u"Payments health (EU)"_qs;
        QVERIFY(pushCommand(
            m_doc->undoStack(),
            new EditCheckCommand(m_doc->validationChecks(), panel->checks().first(), edited, {})));
        settle();
        QCOMPARE(panel->checks().first().name, u"Payments health (EU)"_qs);
        m_doc->undoStack()->undo();
        settle();
        QCOMPARE(panel->checks().first().name, u"Payments health"_qs);

        // Hidden, the screen reads the file again only when it is shown.
        screen.hide();
        m_doc->undoStack()->undo();
        settle();
        QCOMPARE(panel->checks().size(), 1);
        screen.show();
        settle();
        QCOMPARE(panel->checks().size(), 0);
    }

    // OK is refused, the problems listed, until the check meets the rules; a transaction's
    // lines are read back as steps.
    void checkDialogRefusesUntilValid() {
        ValidationCheck fresh;
        fresh.releaseId = 7;
        CheckDialog dialog(fresh, 7, {{3, u"Payments API"_qs}});
        QVERIFY(!dialog.problems().isEmpty());
        dialog.accept();
        QVERIFY(child<QLabel>(dialog, u"checkProblems"_qs)->isVisibleTo(&dialog));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        typeInto(child<QLineEdit>(dialog, u"checkName"_qs), u"Checkout journey"_qs);
        child<QComboBox>(dialog, u"checkKind"_qs)->setCurrentIndex(1);
        child<QComboBox>(dialog, u"checkScope"_qs)->setCurrentIndex(1); // every release of it
        typeInto(child<QLineEdit>(dialog, u"stepName"_qs), u"log in"_qs);
        typeInto(child<QLineEdit>(dialog, u"stepUrl"_qs), u"https://shop.example.com/login"_qs);
        child<QPlainTextEdit>(dialog, u"stepExtract"_qs)->setPlainText(u"token = data.token"_qs);
        child<QPlainTextEdit>(dialog, u"stepExpectJson"_qs)
            ->setPlainText(u"status == ok\ndata.token exists"_qs);
        QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u" | "_qs)));
        const ValidationCheck check = dialog.check();
        QCOMPARE(check.kind, CheckKind::Transaction);
        QCOMPARE(check.serviceId, qint64(3));
        QCOMPARE(check.releaseId, qint64(0));
        QCOMPARE(check.steps.size(), 1);
        QCOMPARE(check.steps.first().extract.value(0).first, u"token"_qs);
        QCOMPARE(check.steps.first().expectJson.size(), 2);
        QCOMPARE(check.steps.first().expectJson.value(1).op, JsonExpectation::Op::Exists);
        // A line that does not read is named.
        child<QPlainTextEdit>(dialog, u"stepExtract"_qs)->setPlainText(u"token data.token"_qs);
        QVERIFY2(dialog.problems().join(u" "_qs).contains(u"token data.token"_qs),
                 qPrintable(dialog.problems().join(u" | "_qs)));
    }

    void metricDefinedEditedAndUndone() {
        prepare();
        QVERIFY(deployedRelease(u"Payments"_qs, 2));
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        QVERIFY(screen.showTab(u"metrics"_qs));
        settle();
        MetricsPanel* panel = screen.metricsPanel();
        QCOMPARE(panel->metrics().size(), 0);
        ServiceMetric metric;
        metric.serviceId = m_service;
        metric.name = u"error_rate"_qs;
        metric.unit = u"%"_qs;
        auto* define = new DefineMetricCommand(m_doc->metrics(), metric, {});
        QVERIFY(pushCommand(m_doc->undoStack(), define));
        const qint64 id = define->created().id;
        settle();
        QCOMPARE(panel->metrics().size(), 1);
        ServiceMetric edited = panel->metrics().first();
        edited.threshold = 25;
        QVERIFY(pushCommand(
            m_doc->undoStack(),
            new EditMetricCommand(m_doc->metrics(), panel->metrics().first(), edited, {})));
        settle();
        QCOMPARE(panel->metrics().first().threshold, 25.0);
        m_doc->undoStack()->undo(); // the edit
        m_doc->undoStack()->undo(); // the definition, though its row version moved twice
        settle();
        QCOMPARE(panel->metrics().size(), 0);
        m_doc->undoStack()->redo();
        m_doc->undoStack()->redo();
        settle();
        QCOMPARE(panel->metrics().size(), 1);
        QCOMPARE(panel->metrics().first().id, id);
        QCOMPARE(panel->metrics().first().threshold, 25.0);
    }

    void runNowStoresTheResultAndTheBadgeTurnsFailing() {
        prepare();
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/health"_qs, LoopbackHttpServer::answer(500, "boom", 150));
        const qint64 id = deployedRelease(u"Payments"_qs, 2);
        QVERIFY(id);
        const qint64 check = addCheck(id, u"health"_qs, server.url(u"/health"_qs).toString());
        QVERIFY(check);
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        settle();
        QCOMPARE(child<QLabel>(screen, u"validationStateBadge"_qs)->text(), u"Pending"_qs);
        ChecksPanel* panel = screen.checksPanel();
        auto* run = child<QPushButton>(*panel, u"runChecksButton"_qs);
        QVERIFY(run->isEnabled());
        QSignalSpy finished(panel, &ChecksPanel::runFinished);
        run->click();
        // The window stays responsive and the button waits for the answer.
        QVERIFY(!run->isEnabled());
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(10000));
        settle();
        QCOMPARE(server.hits(u"/health"_qs), 1);
        QCOMPARE(queryValue(m_path, u"SELECT count(*) FROM validation_results WHERE ok = 0 AND "
                                    "http_status = 500"_qs)
                     .toInt(),
                 1);
        QVERIFY(run->isEnabled());
        QCOMPARE(
            panel->checkTable()->model()->index(0, ChecksPanel::LatestColumn).data().toString(),
            u"Fail"_qs);
        QCOMPARE(panel->resultTable()->model()->rowCount(), 1);
        QCOMPARE(panel->chart()->failureSeries()->count(), 1);
        QCOMPARE(stateText(screen.picker(), id), u"Failing"_qs);
        QCOMPARE(child<QLabel>(screen, u"validationStateBadge"_qs)->text(), u"Failing"_qs);
    }

    // The scheduler the window starts runs a due check and the open screen shows its result.
    void scheduledChecksRunWhileTheScreenIsOpen() {
        prepare();
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        server.setRoute(u"/up"_qs, LoopbackHttpServer::answer(200, "ok"));
        const qint64 id = deployedRelease(u"Payments"_qs, 1);
        QVERIFY(id);
        ValidationCheck scheduled = httpCheck(id, u"up"_qs, server.url(u"/up"_qs).toString());
        scheduled.scheduleHours = 72;
        scheduled.intervalMin = 5;
        auto made = m_doc->validationChecks().create(scheduled);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        settle();
        QVERIFY(!screen.scheduler()); // only a window someone works in starts it
        QCOMPARE(child<QLabel>(screen, u"validationStateBadge"_qs)->text(), u"Pending"_qs);
        screen.startScheduler();
        QVERIFY(screen.scheduler());
        QSignalSpy ran(screen.scheduler(), &ValidationScheduler::ran);
        QVERIFY(ran.count() > 0 || ran.wait(10000));
        settle();
        QCOMPARE(server.hits(u"/up"_qs), 1);
        QCOMPARE(child<QLabel>(screen, u"validationStateBadge"_qs)->text(), u"Passing"_qs);
        QCOMPARE(screen.checksPanel()->resultTable()->model()->rowCount(), 1);
    }

    void metricChartHasMarkerBandAndCaption() {
        prepare();
        const qint64 id = deployedRelease(u"Payments"_qs, 10);
        QVERIFY(id);
        ServiceMetric metric;
        metric.serviceId = m_service;
        metric.name = u"p95_latency_ms"_qs;
        metric.unit = u"ms"_qs;
        metric.windowHours = 10;
        auto made = m_doc->metrics().create(metric);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        const qint64 deployedMs = (m_now - 10 * 3600) * 1000;
        QList<MetricSample> samples;
        for (int i = 1; i <= 40; ++i) { // every 15 minutes: 200 ms before, 260 ms after
            const double wobble = std::sin(i) * 4;
            samples.append({deployedMs - qint64(i) * 15 * 60 * 1000, 200 + wobble});
            samples.append({deployedMs + qint64(i - 1) * 15 * 60 * 1000, 260 + wobble});
        }
        auto imported = m_doc->metrics().importSamples(made->id, samples, u"test"_qs, {});
        QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        QVERIFY(screen.showTab(u"metrics"_qs));
        MetricsPanel* panel = screen.metricsPanel();
        QVERIFY(panel->compareNow());
        settle();
        QVERIFY(panel->showMetric(made->id));
        MetricChart* chart = panel->chart();
        QCOMPARE(chart->deploymentMarker()->count(), 2);
        QCOMPARE(chart->deploymentMarker()->at(0).x(), qreal(deployedMs));
        QCOMPARE(chart->deploymentMarker()->at(1).x(), qreal(deployedMs));
        QVERIFY(chart->baselineBand()->upperSeries()->count() == 2);
        // The band: the baseline median (200) ± 10 %.
        QVERIFY(std::abs(chart->baselineBand()->upperSeries()->at(0).y() - 220) < 2);
        QVERIFY(std::abs(chart->baselineBand()->lowerSeries()->at(0).y() - 180) < 2);
        QCOMPARE(chart->beforeSeries()->count(), 40);
        QVERIFY(chart->afterSeries()->count() >= 39);
        const QString caption = chart->caption();
        QVERIFY2(caption.contains(u"Mann–Whitney U"_qs), qPrintable(caption));
        QVERIFY2(caption.contains(u"p < 0.0001"_qs) || caption.contains(u"p = "_qs),
                 qPrintable(caption));
        QVERIFY2(caption.contains(u"Degraded"_qs, Qt::CaseInsensitive), qPrintable(caption));
        QCOMPARE(
            panel->metricTable()->model()->index(0, MetricsPanel::VerdictColumn).data().toString(),
            displayName(BaselineVerdict::Degraded));
        QCOMPARE(stateText(screen.picker(), id), u"Failing"_qs); // a degraded metric fails it
    }

    // A metric naming a Prometheus query fetches the windows' samples from a real server
    // (loopback), stores them and compares: the verdict and the chart follow.
    void fetchFromPrometheusImportsAndCompares() {
        prepare();
        const qint64 id = deployedRelease(u"Payments"_qs, 6);
        QVERIFY(id);
        const qint64 deployed = m_now - 6 * 3600;
        QJsonArray values;
        for (int i = -24; i < 24; ++i) { // every 15 minutes, 6 h each side: 100 then 180
            const double v = (i < 0 ? 100 : 180) + (i % 3);
            values.append(QJsonArray{double(deployed + qint64(i) * 900), QString::number(v)});
        }
        const QJsonObject answer{
            {u"status"_qs, u"success"_qs},
            {u"data"_qs,
             QJsonObject{{u"resultType"_qs, u"matrix"_qs},
                         {u"result"_qs, QJsonArray{QJsonObject{
                                            {u"metric"_qs, QJsonObject{{u"job"_qs, u"api"_qs}}},
                                            {u"values"_qs, values}}}}}}};
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        auto response = LoopbackHttpServer::answer(200, QJsonDocument(answer).toJson());
        response.contentType = "application/json";
        server.setRoute(u"/api/v1/query_range"_qs, response);
        ServiceMetric metric;
        metric.serviceId = m_service;
        metric.name = u"error_rate"_qs;
        metric.unit = u"%"_qs;
        metric.windowHours = 6;
        metric.prometheusUrl = server.url(QString()).toString();
        metric.query = u"sum(rate(errors[5m]))"_qs;
        auto made = m_doc->metrics().create(metric);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));

        ValidationScreen screen(*m_doc);
        screen.resize(1200, 800);
        screen.show();
        QVERIFY(screen.showTab(u"metrics"_qs));
        MetricsPanel* panel = screen.metricsPanel();
        settle();
        QVERIFY(panel->showMetric(made->id));
        auto* fetch = child<QPushButton>(*panel, u"fetchMetricButton"_qs);
        QVERIFY(fetch->isVisibleTo(panel));
        QSignalSpy finished(panel, &MetricsPanel::fetchFinished);
        QVERIFY(panel->fetchFromPrometheus());
        QVERIFY(finished.wait(10000));
        settle();
        QCOMPARE(server.hits(u"/api/v1/query_range"_qs), 1);
        QVERIFY2(server.targets().value(0).contains(u"query=sum"_qs),
                 qPrintable(server.targets().value(0)));
        QCOMPARE(queryValue(m_path, u"SELECT count(*) FROM metric_samples"_qs).toInt(), 48);
        QCOMPARE(
            panel->metricTable()->model()->index(0, MetricsPanel::VerdictColumn).data().toString(),
            displayName(BaselineVerdict::Degraded));
        QCOMPARE(panel->chart()->beforeSeries()->count(), 24);
        QVERIFY2(panel->chart()->caption().contains(u"Mann–Whitney U"_qs),
                 qPrintable(panel->chart()->caption()));
    }

    void releasesTableAndCalendarSayValidationFails() {
        prepare();
        const qint64 failing = deployedRelease(u"Payments"_qs, 3);
        const qint64 passing = deployedRelease(u"Ledger"_qs, 4);
        QVERIFY(failing && passing);
        const qint64 bad = addCheck(failing, u"checkout flow"_qs, u"https://example.com/c"_qs);
        const qint64 good = addCheck(passing, u"health"_qs, u"https://example.com/h"_qs);
        recordResult(bad, failing, false, 500);
        recordResult(good, passing, true, 200);

        ReleaseTableModel table(m_doc->releases(), &m_doc->database());
        QCOMPARE(table.headerData(ReleaseTableModel::ValidationColumn, Qt::Horizontal).toString(),
                 u"Validation"_qs);
        QCOMPARE(table.index(table.rowOf(failing), ReleaseTableModel::ValidationColumn)
                     .data()
                     .toString(),
                 u"Failing"_qs);
        QCOMPARE(table.index(table.rowOf(passing), ReleaseTableModel::ValidationColumn)
                     .data()
                     .toString(),
                 u"Passing"_qs);

        CalendarModel calendar(m_doc->database(), m_doc->releases());
        calendar.setRange({m_now - 2 * 86400, m_now + 2 * 86400});
        QVERIFY(calendar.validationFailing(failing));
        QVERIFY(!calendar.validationFailing(passing));
        for (const CalendarItem& item : calendar.items()) {
            const QString tip = CalendarToolTip::forWindow(calendar, item);
            if (item.releaseId == failing) {
                QVERIFY2(tip.contains(u"Validation failing:"_qs), qPrintable(tip));
                QVERIFY2(tip.contains(u"checkout flow failed: status 500"_qs), qPrintable(tip));
            } else {
                QVERIFY2(!tip.contains(u"Validation failing"_qs), qPrintable(tip));
            }
        }
    }
};

QTEST_MAIN(tst_ValidationScreen)
#include "tst_ValidationScreen.moc"
