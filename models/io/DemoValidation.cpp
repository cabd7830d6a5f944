// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoValidation.h"

#include "DemoValidationParts.h"
#include "DemoValidationSeeds.h"

#include "domain/Deployment.h"
#include "domain/Person.h"
#include "domain/SuccessMetric.h"
#include "rules/BaselineComparison.h"
#include "rules/ClosureRules.h"
#include "storage/DeploymentRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/SuccessMetricRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <vector>

namespace slipway::DemoValidation {

using namespace DemoValidationSeeds;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoValidation)
};

// One metric's shape: its level, spread and daily swing, and which way is good.
struct MetricShape {
    const char* name;
    const char* unit;
    MetricDirection better;
    double threshold;
    ThresholdKind thresholdKind;
    double level;
    double noise; // relative, or absolute for availability
    bool absoluteNoise;
};
const MetricShape kShapes[] = {
    {"error_rate", "%", MetricDirection::LowerIsBetter, 25, ThresholdKind::Percent, 0.35, 0.22,
     false},
    {"p95_latency_ms", "ms", MetricDirection::LowerIsBetter, 15, ThresholdKind::Percent, 210, 0.12,
     false},
    {"availability", "%", MetricDirection::HigherIsBetter, 0.1, ThresholdKind::Absolute, 99.96,
     0.03, true},
};
constexpr int kLatencyShape = 1;
constexpr double kDegradation = 0.40;
constexpr qint64 kStep = 5 * kMinute;

// A uniform number in [0, 1) from the hash.
double unit(quint64 h) {
    return double(h >> 11) * (1.0 / 9007199254740992.0);
}

Result<void> writeChecks(Context& c, const Target& t) {
    const ValidationCheck shapes[] = {healthCheck(t.release->id, t.service),
                                      journeyCheck(t.release->id, t.service)};
    const qint64 definedAt = t.deployedAt - 2 * kHour;
    // The schedule has ended by the demo's anchor, so opening the demo does not send its
    // checks to hosts that do not exist.
    const qint64 runsUntil = std::min(c.anchor, t.deployedAt + qint64(kDemoScheduleHours) * kHour);
    const qint64 failFrom = t.failFrom;
    for (int k = 0; k < 2; ++k) {
        ValidationCheck check = shapes[k];
        auto id = c.rows.insertCheck(check, check.definition(), c.cast.qa, definedAt);
        if (!id)
            return id.error();
        check.id = id.value();
        check.rowVersion = 1;
        ++c.checkCount[t.release->id];
        if (auto a = c.audit.audit(definedAt, c.cast.qa, QStringLiteral("create"),
                                   QStringLiteral("validation_check"), check.id, toJson(check));
            !a)
            return a;
        const bool journey = check.kind == CheckKind::Transaction;
        int n = 0;
        for (qint64 at = t.deployedAt + kStep; at < runsUntil; at += kStep, ++n) {
            const quint64 h = hashOf(c.seed, quint64(check.id) << 20, quint64(n));
            CheckResult r;
            r.checkId = check.id;
            r.releaseId = t.release->id;
            r.runAtMs = at * 1000 + qint64(h % 900);
            r.runBy = QStringLiteral("scheduler");
            r.ok = true;
            const double slower = t.degraded ? 1.0 + kDegradation : 1.0;
            r.latencyMs = journey ? qint64((380 + (h >> 8) % 160) * slower)
                                  : qint64((38 + (h >> 8) % 45) * slower);
            r.httpStatus = 200;
            if (journey && failFrom > 0 && at >= failFrom) {
                r.ok = false;
                r.httpStatus = 500;
                r.failedStep = failingStep();
                r.reason = failingReason();
                r.excerpt = failingExcerpt();
                r.latencyMs = 3050 + qint64((h >> 8) % 240);
            } else if (journey && !t.failing && t.variant == 1 && n == 140) {
                // One timeout the next run did not repeat: the latest result still passes.
                r.ok = false;
                r.httpStatus = 0;
                r.failedStep = QStringLiteral("Create record");
                r.reason = timeoutReason();
                r.latencyMs = 5000;
            }
            if (auto put = c.rows.insertResult(r); !put)
                return put;
        }
    }
    return {};
}

// The success metric of the release that the latency decides: an existing latency metric of
// its definition, or one added for it.
Result<void> linkSuccessMetric(Context& c, const Target& t, const ServiceMetric& source,
                               const BaselineOutcome& o, const std::vector<double>& after,
                               qint64 at) {
    SuccessMetricRepository repo(c.db);
    auto existing = repo.forRelease(t.release->id);
    if (!existing)
        return existing.error();
    std::optional<SuccessMetric> chosen;
    for (const SuccessMetric& m : existing.value())
        if (m.unit == u"ms")
            chosen = m;
    const qint64 definedAt = t.deployedAt - 3 * kDay;
    if (!chosen) {
        SuccessMetric m;
        m.releaseId = t.release->id;
        m.name = Text::tr("p95 API latency");
        m.unit = QStringLiteral("ms");
        m.comparator = QStringLiteral("<=");
        m.baseline = std::round(o.baselineMedian);
        m.target = std::round(o.baselineMedian * 1.1);
        auto stored = repo.insert(m, c.cast.manager, definedAt);
        if (!stored)
            return stored.error();
        if (auto a =
                c.audit.audit(definedAt, c.cast.manager, QStringLiteral("create"),
                              QStringLiteral("success_metric"), stored->id, toJson(stored.value()));
            !a)
            return a;
        chosen = stored.value();
    }
    SuccessMetric next = chosen.value();
    next.actual = std::round(statisticOf(after, QStringLiteral("median")) * 10) / 10;
    next.measuredAt =
        QDateTime::fromSecsSinceEpoch(std::min(at, t.deployedAt + 24 * kHour), Qt::UTC);
    next.sourceMetric = source.name;
    next.sourceStat = QStringLiteral("median");
    auto updated = repo.update(next, c.cast.operations, at);
    if (!updated)
        return updated.error();
    return c.audit.audit(at, c.cast.operations, QStringLiteral("update"),
                         QStringLiteral("success_metric"), updated->id, toJson(updated.value()));
}

// The service's three metrics, their samples either side of the deployment and the verdicts.
Result<void> writeMetrics(Context& c, const Target& t) {
    const qint64 window = 24 * kHour;
    const qint64 from = t.deployedAt - window;
    const qint64 to = std::min(c.anchor - 10 * kMinute, t.deployedAt + window);
    const qint64 definedAt = from - 3 * kDay;
    for (int k = 0; k < 3; ++k) {
        const MetricShape& s = kShapes[k];
        ServiceMetric m;
        m.serviceId = t.serviceId;
        m.serviceName = t.service;
        m.name = QString::fromLatin1(s.name);
        m.unit = QString::fromUtf8(s.unit);
        m.better = s.better;
        m.threshold = s.threshold;
        m.thresholdKind = s.thresholdKind;
        m.windowHours = 24;
        m.prometheusUrl = QStringLiteral("https://prometheus.example.com");
        const QString job = slugOf(t.service);
        m.query =
            k == 0 ? QStringLiteral("100 * sum(rate(http_requests_total{job=\"%1\",code=~\"5..\"}"
                                    "[5m])) / sum(rate(http_requests_total{job=\"%1\"}[5m]))")
                         .arg(job)
            : k == 1
                ? QStringLiteral("1000 * histogram_quantile(0.95, sum by (le) (rate("
                                 "http_request_duration_seconds_bucket{job=\"%1\"}[5m])))")
                      .arg(job)
                : QStringLiteral("100 * avg_over_time(probe_success{job=\"%1\"}[5m])").arg(job);
        auto id = c.rows.insertMetric(m, c.cast.operations, definedAt);
        if (!id)
            return id.error();
        m.id = id.value();
        m.rowVersion = 1;
        if (auto a = c.audit.audit(definedAt, c.cast.operations, QStringLiteral("create"),
                                   QStringLiteral("service_metric"), m.id, toJson(m));
            !a)
            return a;

        const bool shifted = t.degraded && k == kLatencyShape;
        std::vector<double> before, after;
        // Services differ in their error rate and latency; availability is near 100 % for all.
        const double level =
            s.absoluteNoise ? s.level : s.level * (1.0 + 0.15 * double(t.serviceId % 4));
        int n = 0;
        for (qint64 at = from; at < to; at += kStep, ++n) {
            const quint64 h = hashOf(c.seed, quint64(m.id) << 24, quint64(n));
            double v;
            if (n % 97 == 41) {
                v = std::nan(""); // a scrape that failed
            } else if (s.absoluteNoise) {
                v = std::min(100.0, level + (unit(h) - 0.5) * 2 * s.noise);
            } else {
                const double daily = 1.0 + 0.06 * std::sin(double(at % kDay) / kDay * 6.2831853);
                v = level * daily * (1.0 + (unit(h) - 0.5) * 2 * s.noise);
                if (shifted && at >= t.deployedAt)
                    v *= 1.0 + kDegradation;
            }
            v = std::round(v * 1000) / 1000;
            if (auto put = c.rows.insertSample(m.id, at * 1000, v); !put)
                return put;
            (at < t.deployedAt ? before : after).push_back(v);
        }
        const qint64 importedAt = to + 2 * kMinute;
        const auto iso = [](qint64 secs) {
            return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODateWithMs);
        };
        if (auto a =
                c.audit.audit(importedAt, c.cast.operations, QStringLiteral("import"),
                              QStringLiteral("metric_samples"), m.id,
                              {{QStringLiteral("count"), n},
                               {QStringLiteral("added"), n},
                               {QStringLiteral("replaced"), 0},
                               {QStringLiteral("from"), iso(from)},
                               {QStringLiteral("to"), iso(to - kStep)},
                               {QStringLiteral("source"),
                                QStringLiteral("%1/api/v1/query_range").arg(m.prometheusUrl)}});
            !a)
            return a;

        BaselineInput in;
        in.before = before;
        in.after = after;
        in.better = m.better;
        in.threshold = m.threshold;
        in.thresholdKind = m.thresholdKind;
        const BaselineOutcome o = compareBaseline(in);
        MetricVerdict v;
        v.releaseId = t.release->id;
        v.metricId = m.id;
        v.computedAt = importedAt;
        v.deployedAt = t.deployedAt;
        if (o.verdict != BaselineVerdict::Insufficient) {
            v.baselineMedian = o.baselineMedian;
            v.afterMedian = o.afterMedian;
            v.change = o.change;
            v.uStatistic = o.test.u;
            v.pValue = o.test.p;
        }
        v.nBefore = o.nBefore;
        v.nAfter = o.nAfter;
        v.verdict = o.verdict;
        if (auto put = c.rows.insertVerdict(v); !put)
            return put;
        if (shifted)
            if (auto s2 = linkSuccessMetric(c, t, m, o, after, importedAt); !s2)
                return s2;
    }
    return {};
}

Result<void> writeFeedback(Context& c, const Target& t) {
    const bool rolledBack = t.release->status == ReleaseStatus::RolledBack;
    for (const FeedbackSeed& s : feedbackFor(t.service, t.failing, rolledBack, t.variant)) {
        FeedbackEntry e;
        e.releaseId = t.release->id;
        e.team = s.team;
        e.what = s.what;
        e.severity = s.severity;
        e.reportedAt = t.deployedAt + qint64(s.minutesAfter) * kMinute;
        e.createdBy = c.cast.manager;
        const qint64 at = std::min(e.reportedAt + 10 * kMinute, c.anchor - kMinute);
        if (e.reportedAt >= at)
            continue; // not reported yet
        auto id = c.rows.insertFeedback(e, at);
        if (!id)
            return id.error();
        e.id = id.value();
        e.rowVersion = 1;
        if (auto a = c.audit.audit(at, c.cast.manager, QStringLiteral("create"),
                                   QStringLiteral("feedback"), e.id, toJson(e));
            !a)
            return a;
    }
    return {};
}

} // namespace

Result<qint64> write(Database& db, qint64 anchor, quint32 seed) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto deployments = DeploymentRepository(db).list();
    if (!deployments)
        return deployments.error();
    auto people = PeopleRepository(db).all();
    if (!people)
        return people.error();

    Transaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    Context c(db, anchor, seed);
    for (const Person& p : people.value()) {
        const QString handle = p.email.section(u'@', 0, 0);
        const auto pick = [&](const char* role, QString& into) {
            if (into.isEmpty() && p.roles.contains(QLatin1String(role)))
                into = handle.isEmpty() ? p.name : handle;
        };
        pick("release_manager", c.cast.manager);
        pick("operations", c.cast.operations);
        pick("qa", c.cast.qa);
    }
    for (QString* role : {&c.cast.manager, &c.cast.operations, &c.cast.qa})
        if (role->isEmpty())
            *role = QStringLiteral("demo");
    auto names = c.rows.serviceNames();
    if (!names)
        return names.error();
    c.serviceNames = names.value();
    QList<Deployment> production;
    for (const Deployment& d : deployments.value())
        if (d.production && d.deployedAt < anchor)
            production << d;
    std::stable_sort(
        production.begin(), production.end(), [](const Deployment& a, const Deployment& b) {
            return a.deployedAt != b.deployedAt ? a.deployedAt < b.deployedAt : a.id < b.id;
        });
    for (const Deployment& d : std::as_const(production)) {
        c.firstProduction.insert(d.releaseId, c.firstProduction.value(d.releaseId, d.deployedAt));
        c.production[d.releaseId] << TimelineRows::Deployment{d.deployedAt, d.environmentName,
                                                              d.version, toKey(d.outcome)};
    }
    c.releases = releases.value();

    const Plan plan = choose(c);
    for (const Target& t : plan.validated) {
        if (auto w = writeChecks(c, t); !w)
            return w.error();
        if (auto w = writeMetrics(c, t); !w)
            return w.error();
        if (auto w = writeFeedback(c, t); !w)
            return w.error();
    }
    if (plan.reviewedRollback)
        if (auto w = writeFeedback(c, *plan.reviewedRollback); !w)
            return w.error();
    for (const Release* r : plan.deploying) {
        // Defined before its window, not run yet: the release's validation is pending.
        ValidationCheck check = healthCheck(r->id, c.serviceOf(*r));
        const qint64 at = std::min(r->windowStart.toSecsSinceEpoch(), anchor) - 3 * kHour;
        auto id = c.rows.insertCheck(check, check.definition(), c.cast.qa, at);
        if (!id)
            return id.error();
        check.id = id.value();
        check.rowVersion = 1;
        if (auto a = c.audit.audit(at, c.cast.qa, QStringLiteral("create"),
                                   QStringLiteral("validation_check"), check.id, toJson(check));
            !a)
            return a.error();
    }
    if (auto w = writeIncidents(c, plan); !w)
        return w.error();
    if (auto w = writeClosure(c, plan); !w)
        return w.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    return c.audit.entries;
}

} // namespace slipway::DemoValidation
