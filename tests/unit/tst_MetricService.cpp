// SPDX-License-Identifier: GPL-3.0-or-later
// Service metrics through the service: audited definitions, imports of real CSV files around a
// production deployment, the baseline verdicts (degraded for a shifted series, unchanged for
// noise), success metric actuals from the after-window, stale edits, roles, removal and its
// undo; and PrometheusRange against a real HTTP server on loopback.
#include "Fixtures.h"
#include "LoopbackHttpServer.h"
#include "TestEngine.h"
#include "TestSupport.h"
#include "io/MetricCsv.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/PrometheusRange.h"
#include "services/ReleaseService.h"
#include "services/SuccessMetricService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace slipway;
using namespace slipway::test;

Q_DECLARE_METATYPE(slipway::PrometheusRangeResult)

namespace {

// The generated files' deployment: 2026-11-02T00:00:00Z (tests/data/metrics/generate.py).
constexpr qint64 kDeployedAt = 1793577600;
constexpr qint64 kDay = 86400;

struct Fixture {
    std::unique_ptr<Document> doc;
    qint64 payments = 0; // a release of Payments API (service 1), deployed to production
    qint64 checkout = 0; // a release of Checkout Web (service 2), never in production

    explicit Fixture(const QString& path)
        : doc(openDocument(path)) {
        if (!doc)
            return;
        Database& db = doc->database();
        addTwoTeams(db);
        Release p = newRelease(u"Payments API"_qs, u"2.4.0"_qs);
        p.serviceIds = {1};
        payments = createRelease(doc->releases(), p);
        Release c = newRelease(u"Checkout Web"_qs, u"7.1.0"_qs);
        c.serviceIds = {2};
        checkout = createRelease(doc->releases(), c);
        exec(db, u"INSERT INTO environments (id, name, kind, created_by, created_at, updated_by, "
                 "updated_at) VALUES (1, 'staging', 'staging', 't', 1, 't', 1), (2, 'production', "
                 "'prod', 't', 1, 't', 1)"_qs);
        // Staging first (it does not count), then production twice: the first one counts.
        deploy(payments, 1, kDeployedAt - kDay);
        deploy(payments, 2, kDeployedAt, u"failed"_qs);
        deploy(payments, 2, kDeployedAt + 3600);
        deploy(checkout, 1, kDeployedAt);
    }
    void deploy(qint64 release, qint64 environment, qint64 at,
                const QString& outcome = u"succeeded"_qs) {
        exec(doc->database(), u"INSERT INTO deployments (release_id, environment_id, outcome, "
                              "deployed_by, deployed_at, created_by, created_at) VALUES "
                              "(%1, %2, '%3', 't', %4, 't', 1)"_qs.arg(release)
                                  .arg(environment)
                                  .arg(outcome)
                                  .arg(at));
    }
    Database& db() { return doc->database(); }
};

ServiceMetric metric(const QString& name, const QString& unit, qint64 serviceId = 1) {
    ServiceMetric m;
    m.serviceId = serviceId;
    m.name = name;
    m.unit = unit;
    return m;
}

// Imports one of tests/data/metrics the way the command does.
Result<MetricService::ImportOutcome> importFile(MetricService& service, qint64 metricId,
                                                const QString& file) {
    const QString path = testDataPath(u"metrics/"_qs + file);
    auto parsed = MetricCsv::read(path);
    if (!parsed)
        return parsed.error();
    return service.importSamples(
        metricId, parsed->samples, file,
        QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256));
}

QJsonObject lastAudit(Database& db, const QString& entity) {
    AuditFilter filter;
    filter.entity = entity;
    auto page = AuditLog(db).page(filter, 0, 1);
    if (!page || page->isEmpty())
        return {};
    return QJsonDocument::fromJson(page->first().afterJson.toUtf8()).object();
}

} // namespace

class tst_MetricService : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"metrics"_qs};

private Q_SLOTS:
    void defineImportAndCompare() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc && f.payments > 0);
        MetricService& service = f.doc->metrics();
        QSignalSpy imported(&service, &MetricService::samplesImported);
        QSignalSpy judged(&service, &MetricService::verdictsChanged);

        auto errors = service.create(metric(u"error_rate"_qs, u"%"_qs));
        QVERIFY2(errors, qPrintable(errors.error().message));
        QCOMPARE(errors->serviceName, u"Payments API"_qs);
        QCOMPARE(errors->rowVersion, 1);
        QVERIFY(isRefusal(service.create(metric(u"error_rate"_qs, {})), Error::Kind::Validation,
                          u"Payments API already has a metric named “error_rate”"_qs));
        QVERIFY(service.create(metric(u"error_rate"_qs, {}, 2))); // another service may

        auto outcome = importFile(service, errors->id, u"error_rate_shifted.csv"_qs);
        QVERIFY2(outcome, qPrintable(outcome.error().message));
        QCOMPARE(outcome->added, 4320);
        QCOMPARE(outcome->replaced, 0);
        QCOMPARE(outcome->fromMs, (kDeployedAt - kDay + 60) * 1000);
        QCOMPARE(outcome->toMs, (kDeployedAt + 2 * kDay) * 1000);
        QCOMPARE(outcome->verdictsUpdated, 1); // Payments only: Checkout never reached production
        QCOMPARE(imported.size(), 1);
        QCOMPARE(judged.size(), 1);
        QCOMPARE(judged.first().first().toLongLong(), f.payments);

        const QJsonObject audit = lastAudit(f.db(), u"metric_samples"_qs);
        QCOMPARE(audit.value(u"count"_qs).toInt(), 4320);
        QCOMPARE(audit.value(u"source"_qs).toString(), u"error_rate_shifted.csv"_qs);
        QCOMPARE(audit.value(u"from"_qs).toString(), u"2026-11-01T00:01:00.000Z"_qs);
        QCOMPARE(
            audit.value(u"sha256"_qs).toString(),
            QString::fromLatin1(QCryptographicHash::hash(
                                    fileBytes(testDataPath(u"metrics/error_rate_shifted.csv"_qs)),
                                    QCryptographicHash::Sha256)
                                    .toHex()));

        auto stored = service.verdicts(f.payments);
        QVERIFY(stored);
        QCOMPARE(stored->size(), 1);
        const MetricVerdict v = stored->first();
        QCOMPARE(v.verdict, BaselineVerdict::Degraded);
        QCOMPARE(v.deployedAt, kDeployedAt); // the failed production deployment counts too
        QCOMPARE(v.nBefore, 1439);
        QCOMPARE(v.nAfter, 1440);
        QVERIFY(std::abs(*v.baselineMedian - 0.50) < 0.01);
        QVERIFY(std::abs(*v.afterMedian - 0.80) < 0.01);
        QVERIFY(*v.pValue < 1e-10);
        QVERIFY(*v.uStatistic > 1439.0 * 1440.0 * 0.99);

        auto latency = service.create(metric(u"latency_p95_ms"_qs, u"ms"_qs));
        QVERIFY(latency);
        QVERIFY(importFile(service, latency->id, u"latency_p95_unchanged.csv"_qs));
        auto compared = service.compare(f.payments);
        QVERIFY2(compared, qPrintable(compared.error().message));
        QCOMPARE(compared->size(), 2);
        QCOMPARE(compared->at(0).metricName, u"error_rate"_qs);
        QCOMPARE(compared->at(0).verdict, BaselineVerdict::Degraded);
        QCOMPARE(compared->at(1).metricName, u"latency_p95_ms"_qs);
        QCOMPARE(compared->at(1).verdict, BaselineVerdict::Unchanged);
        QVERIFY(*compared->at(1).pValue > 0.01);
        QCOMPARE(lastAudit(f.db(), u"metric_verdicts"_qs).value(u"verdicts"_qs).toArray().size(),
                 2);

        auto chart = service.comparison(f.payments, errors->id);
        QVERIFY(chart);
        QCOMPARE(chart->before.size(), 1439);
        QCOMPARE(chart->after.size(), 1440);
        QCOMPARE(chart->windowMs, 24 * 3600 * qint64(1000));
        QVERIFY(chart->outcome.summary(u"%"_qs).contains(u"Mann–Whitney U"_qs));

        // The same file again replaces every value.
        auto again = importFile(service, errors->id, u"error_rate_shifted.csv"_qs);
        QVERIFY(again);
        QCOMPARE(again->added, 0);
        QCOMPARE(again->replaced, 4320);
        QVERIFY(isRefusal(service.compare(f.checkout), Error::Kind::Validation,
                          u"not been deployed to production"_qs));
        QCOMPARE(service.forRelease(f.payments)->size(), 2);
        QCOMPARE(service.find(u"payments api"_qs, u"latency_p95_ms"_qs)->id, latency->id);
        QCOMPARE(service.find(u"1"_qs, u"error_rate"_qs)->id, errors->id);
        QVERIFY(isRefusal(service.find(u"Payments API"_qs, u"nope"_qs), Error::Kind::NotFound));
        QVERIFY(isRefusal(service.find(u"Nope"_qs, u"error_rate"_qs), Error::Kind::NotFound));
    }

    // NaN is stored as NULL and the infinities as floating-point values (REAL, double precision);
    // all come back as they went in.
    void specialValuesRoundTrip() {
        const QString path = m_files.newFile();
        Fixture f(path);
        QVERIFY(f.doc);
        MetricService& service = f.doc->metrics();
        auto m = service.create(metric(u"ratio"_qs, {}));
        QVERIFY(m);
        const double inf = std::numeric_limits<double>::infinity();
        const QList<MetricSample> samples{
            {1000, std::nan("")}, {2000, inf}, {3000, -inf}, {4000, 1e-300}};
        QVERIFY(service.importSamples(m->id, samples, u"x"_qs, {}));
        auto back = service.samples(m->id, 0, 5000);
        QVERIFY(back);
        QCOMPARE(back->size(), 4);
        QVERIFY(std::isnan(back->at(0).value));
        QCOMPARE(back->at(1).value, inf);
        QCOMPARE(back->at(2).value, -inf);
        QCOMPARE(back->at(3).value, 1e-300);
        f.doc.reset();
        QCOMPARE(
            queryValue(path, u"SELECT count(*) FROM metric_samples WHERE value IS NULL"_qs).toInt(),
            1);
        if (test::isPostgres())
            QCOMPARE(queryValue(path, u"SELECT pg_typeof(value)::text FROM metric_samples "
                                      "WHERE at_ms = 2000"_qs)
                         .toString(),
                     u"double precision"_qs);
        else
            QCOMPARE(
                queryValue(path, u"SELECT typeof(value) FROM metric_samples WHERE at_ms = 2000"_qs)
                    .toString(),
                u"real"_qs);
        QCOMPARE(
            queryValue(path, u"SELECT count(*) FROM metric_samples WHERE value > 1e308"_qs).toInt(),
            1);
    }

    void tooFewSamplesGiveNoVerdict() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc);
        MetricService& service = f.doc->metrics();
        auto m = service.create(metric(u"queue_depth"_qs, {}));
        QVERIFY(m);
        QList<MetricSample> samples;
        for (int i = 1; i <= 4; ++i) { // four before, ten after
            samples.append({(kDeployedAt - i * 600) * 1000, double(i)});
        }
        for (int i = 0; i < 10; ++i)
            samples.append({(kDeployedAt + i * 600) * 1000, 100.0 + i});
        auto outcome = service.importSamples(m->id, samples, u"x"_qs, {});
        QVERIFY(outcome);
        QCOMPARE(outcome->verdictsUpdated, 1);
        const MetricVerdict v = service.verdicts(f.payments)->first();
        QCOMPARE(v.verdict, BaselineVerdict::Insufficient);
        QCOMPARE(v.nBefore, 4);
        QCOMPARE(v.nAfter, 10);
    }

    // A new threshold changes what the stored verdicts say: they are recomputed with it.
    void updateRecomputesVerdicts() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc);
        MetricService& service = f.doc->metrics();
        auto m = service.create(metric(u"error_rate"_qs, u"%"_qs));
        QVERIFY(m && importFile(service, m->id, u"error_rate_shifted.csv"_qs));
        QCOMPARE(service.verdicts(f.payments)->first().verdict, BaselineVerdict::Degraded);
        ServiceMetric looser = m.value();
        looser.threshold = 100; // +60 % is within it
        auto updated = service.update(looser);
        QVERIFY2(updated, qPrintable(updated.error().message));
        QCOMPARE(updated->rowVersion, 2);
        QCOMPARE(service.verdicts(f.payments)->first().verdict, BaselineVerdict::Unchanged);
        // Someone saved first: the older version is refused.
        QVERIFY(isRefusal(service.update(looser), Error::Kind::Stale));
        QVERIFY(isRefusal(service.remove(m->id, 1), Error::Kind::Stale));
        ServiceMetric moved = updated.value();
        moved.serviceId = 2;
        QVERIFY(isRefusal(service.update(moved), Error::Kind::Validation, u"stays with"_qs));
        ServiceMetric bad = updated.value();
        bad.windowHours = 0;
        bad.prometheusUrl = u"ftp://x"_qs;
        QVERIFY(isRefusal(service.update(bad), Error::Kind::Validation, u"720 hours"_qs));
        bad = updated.value();
        bad.prometheusUrl = u"https://ops:s3cr3t@prometheus.example.com"_qs;
        bad.query = u"up"_qs;
        QVERIFY(isRefusal(service.update(bad), Error::Kind::Validation, u"password"_qs));
    }

    // Removal takes the samples and verdicts; undoing it (restore) brings all of them back.
    void removeAndRestore() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc);
        MetricService& service = f.doc->metrics();
        auto m = service.create(metric(u"error_rate"_qs, u"%"_qs));
        QVERIFY(m && importFile(service, m->id, u"error_rate_shifted.csv"_qs));
        QVERIFY(service.remove(m->id, m->rowVersion));
        QCOMPARE(service.forService(1)->size(), 0);
        QCOMPARE(service.verdicts(f.payments)->size(), 0);
        QCOMPARE(queryValue(f.db().path(), u"SELECT count(*) FROM metric_samples"_qs).toInt(), 0);
        auto restored = service.restore(m.value());
        QVERIFY2(restored, qPrintable(restored.error().message));
        QCOMPARE(restored->id, m->id);
        QCOMPARE(service.samples(m->id, 0, std::numeric_limits<qint64>::max())->size(), 4320);
        QCOMPARE(service.verdicts(f.payments)->first().verdict, BaselineVerdict::Degraded);
        AuditFilter filter;
        filter.entity = u"service_metric"_qs;
        auto page = AuditLog(f.db()).page(filter, 0, 3);
        QVERIFY(page && page->size() == 3);
        QCOMPARE(page->at(0).action, u"restore"_qs);
        QCOMPARE(page->at(1).action, u"delete"_qs);
        QCOMPARE(page->at(2).action, u"create"_qs);
    }

    // A success metric that names a service metric takes the after-window's statistic.
    void successMetricActuals() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc);
        MetricService& service = f.doc->metrics();
        auto m = service.create(metric(u"error_rate"_qs, u"%"_qs));
        QVERIFY(m && importFile(service, m->id, u"error_rate_shifted.csv"_qs));
        SuccessMetric goal;
        goal.releaseId = f.payments;
        goal.name = u"Errors stay low"_qs;
        goal.comparator = u"<="_qs;
        goal.target = 0.6;
        goal.sourceMetric = u"error_rate"_qs;
        goal.sourceStat = u"max"_qs;
        auto created = f.doc->successMetrics().create(goal);
        QVERIFY2(created, qPrintable(created.error().message));
        QCOMPARE(created->sourceMetric, u"error_rate"_qs);
        QCOMPARE(created->sourceStat, u"max"_qs);
        SuccessMetric manual = goal;
        manual.name = u"Entered by hand"_qs;
        manual.sourceMetric.clear();
        QVERIFY(f.doc->successMetrics().create(manual));
        goal.sourceStat = u"p99"_qs;
        QVERIFY(isRefusal(f.doc->successMetrics().create(goal), Error::Kind::Validation,
                          u"median, mean, p95, max, min"_qs));

        auto refreshed = service.refreshActuals(f.payments);
        QVERIFY2(refreshed, qPrintable(refreshed.error().message));
        QCOMPARE(refreshed.value(), 1);
        auto after = f.doc->successMetrics().find(created->id);
        QVERIFY(after && after->actual);
        auto window = service.samples(m->id, kDeployedAt * 1000, (kDeployedAt + kDay) * 1000);
        double highest = -1;
        for (const MetricSample& s : window.value())
            highest = std::max(highest, s.value);
        QCOMPARE(*after->actual, highest);
        QCOMPARE(after->measuredAt.toSecsSinceEpoch(), kDeployedAt + kDay); // the window's end
        QCOMPARE(after->met(), std::optional<bool>(false));
        QCOMPARE(service.refreshActuals(f.payments).value(), 0); // nothing new
        QCOMPARE(service.refreshActuals(f.checkout).value(), 0); // not deployed
        QCOMPARE(lastAudit(f.db(), u"success_metric"_qs).value(u"actual"_qs).toDouble(), highest);
    }

    void rolesDecide() {
        Fixture f(m_files.newFile());
        QVERIFY(f.doc);
        QVERIFY(addPeople(f.db(), u"alice"_qs,
                          {personWithLogin(u"Alice"_qs, u"alice"_qs, {u"release_manager"_qs}),
                           personWithLogin(u"Omar"_qs, u"omar"_qs, {u"operations"_qs}),
                           personWithLogin(u"Dee"_qs, u"dee"_qs, {u"deployer"_qs}),
                           personWithLogin(u"Carla"_qs, u"carla"_qs, {u"cab"_qs})}));
        MetricService omar(f.db(), Session{u"omar"_qs, {}});
        auto m = omar.create(metric(u"error_rate"_qs, {}));
        QVERIFY2(m, qPrintable(m.error().message));
        MetricService carla(f.db(), Session{u"carla"_qs, {}});
        QVERIFY(isRefusal(carla.create(metric(u"other"_qs, {})), Error::Kind::Permission));
        const QList<MetricSample> some{{kDeployedAt * 1000, 1.0}};
        QVERIFY(isRefusal(carla.importSamples(m->id, some, u"x"_qs, {}), Error::Kind::Permission));
        QVERIFY(isRefusal(carla.compare(f.payments), Error::Kind::Permission));
        QCOMPARE(carla.samples(m->id, 0, std::numeric_limits<qint64>::max())->size(), 0);
        MetricService dee(f.db(), Session{u"dee"_qs, {}});
        QVERIFY(isRefusal(dee.importSamples(m->id, some, u"x"_qs, {}), Error::Kind::Permission));
        QVERIFY(dee.compare(f.payments)); // running the comparison is running validation
        QVERIFY(omar.importSamples(m->id, some, u"x"_qs, {}));
    }

    void readOnlyFileRefuses() {
        const QString path = m_files.newFile();
        {
            Fixture f(path);
            QVERIFY(f.doc);
        }
        auto db = openDatabase(path, true);
        QVERIFY(db);
        MetricService service(*db, Session{u"alice"_qs, {}});
        QVERIFY(isRefusal(service.create(metric(u"error_rate"_qs, {})), Error::Kind::ReadOnly));
        QCOMPARE(service.forService(1)->size(), 0);
    }

    // The live fetch: a real HTTP server on loopback answers query_range; the request carries
    // the query percent-encoded and the range in Unix seconds.
    void liveRangeQuery() {
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const QByteArray body =
            fileBytes(testDataPath(u"metrics/prometheus_special_values_envelope.json"_qs));
        server.setRoute(u"/prom/api/v1/query_range"_qs, LoopbackHttpServer::answer(200, body));
        PrometheusRange range;
        QSignalSpy done(&range, &PrometheusRange::finished);
        PrometheusRange::Request request;
        request.baseUrl = server.url(u"prom/"_qs).toString();
        request.query = u"sum(rate(errors{code=~\"5..\"}[5m])) + 0 & x"_qs;
        request.fromSecs = kDeployedAt;
        request.toSecs = kDeployedAt + 3600;
        request.stepSecs = 60;
        request.series = u"job=api,instance=a:9100"_qs;
        range.run(request);
        QVERIFY(range.isRunning());
        QVERIFY(done.wait(10000));
        const auto result = done.first().first().value<PrometheusRangeResult>();
        QVERIFY2(result.ok, qPrintable(result.reason));
        QCOMPARE(result.samples.size(), 5);
        QCOMPARE(result.seriesCount, 3);
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(result.sha256, QCryptographicHash::hash(body, QCryptographicHash::Sha256));
        QVERIFY(std::isnan(result.samples[1].value));
        QCOMPARE(server.targets().size(), 1);
        QCOMPARE(server.targets().first(),
                 u"/prom/api/v1/query_range?query=sum%28rate%28errors%7Bcode%3D~%225..%22%7D%5B5m"
                 "%5D%29%29%20%2B%200%20%26%20x&start=1793577600&end=1793581200&step=60"_qs);

        // Several series and none picked: the reason lists them.
        request.series.clear();
        range.run(request);
        QVERIFY(done.wait(10000));
        auto several = done.last().first().value<PrometheusRangeResult>();
        QVERIFY(!several.ok);
        QVERIFY2(several.reason.contains(u"3 series; pick one"_qs), qPrintable(several.reason));

        // Prometheus refuses a bad query with its error envelope: its reason is given.
        server.setRoute(u"/prom/api/v1/query_range"_qs,
                        LoopbackHttpServer::answer(400, R"({"status":"error","errorType":)"
                                                        R"("bad_data","error":"parse error"})"));
        range.run(request);
        QVERIFY(done.wait(10000));
        auto refused = done.last().first().value<PrometheusRangeResult>();
        QVERIFY(!refused.ok);
        QVERIFY2(refused.reason.startsWith(u"HTTP 400: "_qs) &&
                     refused.reason.contains(u"parse error"_qs),
                 qPrintable(refused.reason));

        // Too many points per series: refused before anything is sent.
        server.clearRecords();
        request.toSecs = kDeployedAt + 30 * kDay;
        range.run(request);
        QVERIFY(done.wait(10000));
        auto tooMany = done.last().first().value<PrometheusRangeResult>();
        QVERIFY2(tooMany.reason.contains(u"use a step of at least 236 s"_qs),
                 qPrintable(tooMany.reason));
        QCOMPARE(server.targets().size(), 0);

        // Nobody listening: the reason says so, within the timeout.
        request.toSecs = kDeployedAt + 3600;
        request.baseUrl = u"http://127.0.0.1:%1"_qs.arg(LoopbackHttpServer::unusedPort());
        request.timeoutMs = 3000;
        range.run(request);
        QVERIFY(done.wait(10000));
        auto unreachable = done.last().first().value<PrometheusRangeResult>();
        QVERIFY(!unreachable.ok);
        QVERIFY(!unreachable.reason.isEmpty());
        QCOMPARE(done.size(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_MetricService)
#include "tst_MetricService.moc"
