// SPDX-License-Identifier: GPL-3.0-or-later
// The success metrics' "Measured by" choice through the real main window: it offers a
// statistic of each of the release's service metrics, a choice is stored and undoable, and the
// service then takes the actual from the window after the production deployment.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "releases/ReleasesView.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/SuccessMetricService.h"
#include "storage/Database.h"

#include <QAction>
#include <QComboBox>
#include <QTest>

using namespace slipway;
using namespace slipway::ui;
using test::child;

class tst_SuccessMetricSource : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"source"_qs};

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void measuredByAServiceMetric() {
        auto doc = test::openDocument(m_files.newFile());
        QVERIFY(doc);
        test::addTwoTeams(doc->database());
        Release r = test::newRelease(u"Payments API"_qs, u"2.4.0"_qs);
        r.serviceIds = {1};
        const qint64 id = test::createRelease(doc->releases(), r);
        QVERIFY(id > 0);
        ServiceMetric errors;
        errors.serviceId = 1;
        errors.name = u"error_rate"_qs;
        auto created = doc->metrics().create(errors);
        QVERIFY(created);
        const qint64 deployedAt = 1793577600;
        test::exec(doc->database(),
                   u"INSERT INTO environments (id, name, kind, created_by, created_at, "
                   "updated_by, updated_at) VALUES (1, 'production', 'prod', 't', 1, 't', 1)"_qs);
        test::exec(doc->database(),
                   u"INSERT INTO deployments (release_id, environment_id, outcome, deployed_by, "
                   "deployed_at, created_by, created_at) VALUES (%1, 1, 'succeeded', 't', %2, "
                   "'t', 1)"_qs.arg(id)
                       .arg(deployedAt));
        QList<MetricSample> samples;
        for (int i = 0; i < 10; ++i)
            samples.append({(deployedAt + i * 60) * 1000, double(i)});
        QVERIFY(doc->metrics().importSamples(created->id, samples, u"x"_qs, {}));
        SuccessMetric goal;
        goal.releaseId = id;
        goal.name = u"Error rate"_qs;
        goal.target = 5;
        QVERIFY(doc->successMetrics().create(goal));

        MainWindow w;
        w.setDocument(std::move(doc));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.releasesView()->selectRelease(id);
        w.releasesView()->showDefinition();
        QCoreApplication::processEvents();
        Document& d = *w.document();

        auto* source = child<QComboBox>(w, u"metricSource0"_qs);
        QVERIFY(source && source->isEnabled());
        QCOMPARE(source->count(), 6); // by hand, and five statistics of error_rate
        QCOMPARE(source->currentIndex(), 0);
        const int max = source->findText(u"max of error_rate"_qs);
        QVERIFY(max > 0);
        source->setCurrentIndex(max);
        QCoreApplication::processEvents();
        SuccessMetric stored = d.successMetrics().forRelease(id)->first();
        QCOMPARE(stored.sourceMetric, u"error_rate"_qs);
        QCOMPARE(stored.sourceStat, u"max"_qs);
        QCOMPARE(child<QComboBox>(w, u"metricSource0"_qs)->currentText(), u"max of error_rate"_qs);

        child<QAction>(w, u"undoAction"_qs)->trigger();
        QCoreApplication::processEvents();
        QVERIFY(d.successMetrics().forRelease(id)->first().sourceMetric.isEmpty());
        QTRY_COMPARE(child<QComboBox>(w, u"metricSource0"_qs)->currentIndex(), 0);
        child<QAction>(w, u"redoAction"_qs)->trigger();
        QCoreApplication::processEvents();
        QCOMPARE(d.successMetrics().forRelease(id)->first().sourceStat, u"max"_qs);

        QCOMPARE(d.metrics().refreshActuals(id).value(), 1);
        QCOMPARE(*d.successMetrics().forRelease(id)->first().actual, 9.0);
    }
};

QTEST_MAIN(tst_SuccessMetricSource)
#include "tst_SuccessMetricSource.moc"
