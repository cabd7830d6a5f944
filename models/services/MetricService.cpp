// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricService.h"

#include "AuditedWrite.h"
#include "MetricJudge.h"
#include "storage/Database.h"
#include "storage/MetricRepository.h"
#include "storage/MetricVerdictRepository.h"
#include "storage/NameLookup.h"
#include "storage/SuccessMetricRepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QMutex>

#include <cmath>
#include <vector>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricService)
};

constexpr qint64 kHourMs = qint64(3600) * 1000;

QString isoMs(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

// The samples of the metrics removed in this process, so that undoing a removal brings them
// back with the definition. Bounded: the most recent few, up to a total of samples.
class RemovedSamples {
public:
    static constexpr qsizetype kMaxSamples = 2000000;

    void keep(const QString& file, qint64 metricId, QList<MetricSample> samples) {
        QMutexLocker lock(&m_mutex);
        m_kept.removeIf([&](const Kept& k) { return k.file == file && k.metricId == metricId; });
        m_kept.append(Kept{file, metricId, std::move(samples)});
        qsizetype total = 0;
        for (const Kept& k : std::as_const(m_kept))
            total += k.samples.size();
        while (!m_kept.isEmpty() && (total > kMaxSamples || m_kept.size() > 8)) {
            total -= m_kept.first().samples.size();
            m_kept.removeFirst();
        }
    }
    QList<MetricSample> take(const QString& file, qint64 metricId) {
        QMutexLocker lock(&m_mutex);
        for (qsizetype i = 0; i < m_kept.size(); ++i) {
            if (m_kept[i].file == file && m_kept[i].metricId == metricId)
                return m_kept.takeAt(i).samples;
        }
        return {};
    }

private:
    struct Kept {
        QString file;
        qint64 metricId = 0;
        QList<MetricSample> samples;
    };
    QMutex m_mutex;
    QList<Kept> m_kept;
};

RemovedSamples& removedSamples() {
    static RemovedSamples kept;
    return kept;
}

// The file allows one metric of a name per service; say so before SQLite does.
Result<void> checkUnique(Database& db, const ServiceMetric& m) {
    auto existing = MetricRepository(db).findByName(m.serviceId, m.name);
    if (!existing)
        return existing.error();
    if (existing.value() && existing.value()->id != m.id)
        return Error{Error::Kind::Validation,
                     Text::tr("%1 already has a metric named “%2”.")
                         .arg(existing.value()->serviceName, existing.value()->name)};
    return {};
}

RecordStore<ServiceMetric> store(Database& db) {
    RecordStore<ServiceMetric> s;
    s.entity = QStringLiteral("service_metric");
    s.action = Action::EditValidation;
    s.find = [&db](qint64 id) {
        return MetricRepository(db).find(id);
    };
    s.insert = [&db](const ServiceMetric& record, const QString& actor, qint64 now) {
        return MetricRepository(db).insert(record, actor, now);
    };
    s.update = [&db](const ServiceMetric& record, const QString& actor, qint64 now) {
        return MetricRepository(db).update(record, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return MetricRepository(db).remove(id, version);
    };
    s.validate = [](const ServiceMetric& m) {
        return validateMetric(m);
    };
    s.prepare = [&db](const ServiceMetric& m, const ServiceMetric*,
                      qint64) -> Result<ServiceMetric> {
        if (auto unique = checkUnique(db, m); !unique)
            return unique.error();
        return m;
    };
    return s;
}

QJsonArray verdictList(const QList<MetricVerdict>& verdicts) {
    QJsonArray list;
    for (const MetricVerdict& v : verdicts)
        list.append(QJsonObject{{QStringLiteral("release_id"), v.releaseId},
                                {QStringLiteral("metric_id"), v.metricId},
                                {QStringLiteral("verdict"), toKey(v.verdict)}});
    return list;
}

Error notDeployed(qint64 releaseId) {
    return Error{Error::Kind::Validation,
                 Text::tr("Release %1 has not been deployed to production: there is no "
                          "deployment to compare its metrics around.")
                     .arg(releaseId)};
}

} // namespace

MetricService::MetricService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ServiceMetric>> MetricService::forService(qint64 serviceId) const {
    return MetricRepository(m_db).forServices({serviceId});
}

Result<QList<ServiceMetric>> MetricService::forRelease(qint64 releaseId) const {
    auto services = MetricVerdictRepository(m_db).servicesOf(releaseId);
    if (!services)
        return services.error();
    return MetricRepository(m_db).forServices(services.value());
}

Result<ServiceMetric> MetricService::find(qint64 metricId) const {
    return MetricRepository(m_db).find(metricId);
}

Result<ServiceMetric> MetricService::find(const QString& service, const QString& metric) const {
    auto names = NameLookup(m_db).services();
    if (!names)
        return names.error();
    const QString wanted = service.trimmed();
    qint64 serviceId = 0;
    for (auto it = names->constBegin(); it != names->constEnd() && serviceId == 0; ++it) {
        if (it.value().trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            serviceId = it.key();
    }
    bool isNumber = false;
    const qint64 asId = wanted.toLongLong(&isNumber);
    if (serviceId == 0 && isNumber && names->contains(asId))
        serviceId = asId;
    if (serviceId == 0)
        return Error{Error::Kind::NotFound,
                     Text::tr("There is no service “%1”.").arg(wanted.left(200))};
    auto found = MetricRepository(m_db).findByName(serviceId, metric);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{Error::Kind::NotFound,
                     Text::tr("%1 has no metric named “%2”.")
                         .arg(names->value(serviceId), metric.trimmed().left(200))};
    return *found.value();
}

Result<ServiceMetric> MetricService::create(const ServiceMetric& metric) {
    ServiceMetric fresh = metric;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT metricsChanged(stored->serviceId);
    return stored;
}

Result<ServiceMetric> MetricService::update(const ServiceMetric& metric) {
    const RecordStore<ServiceMetric> s = store(m_db);
    if (const auto problems = s.validate(metric); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ServiceMetric stored;
    QList<MetricVerdict> judged;
    auto done = AuditedWrite::run(
        m_db, m_session, s.action, QStringLiteral("update"), s.entity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto before = s.find(metric.id);
            if (!before)
                return before.error();
            if (before->serviceId != metric.serviceId)
                return Error{Error::Kind::Validation,
                             Text::tr("A metric stays with its service; define a new one for "
                                      "another service.")};
            auto prepared = s.prepare(metric, &before.value(), now);
            if (!prepared)
                return prepared.error();
            auto written = s.update(prepared.value(), m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            // A new window or threshold changes what the stored verdicts say.
            auto releases = MetricVerdictRepository(m_db).judgedBy(stored.id);
            if (!releases)
                return releases.error();
            auto again = MetricJudge::judge(m_db, stored, releases.value(), now);
            if (!again)
                return again.error();
            judged = again.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT metricsChanged(stored.serviceId);
    for (const MetricVerdict& v : std::as_const(judged))
        Q_EMIT verdictsChanged(v.releaseId);
    return stored;
}

Result<void> MetricService::remove(qint64 metricId, qint64 rowVersion) {
    auto releases = MetricVerdictRepository(m_db).judgedBy(metricId);
    if (!releases)
        return releases.error();
    auto kept = MetricRepository(m_db).samples(metricId, std::numeric_limits<qint64>::min(),
                                               std::numeric_limits<qint64>::max());
    if (!kept)
        return kept.error();
    ServiceMetric removed;
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), metricId, rowVersion, &removed);
    if (!done)
        return done;
    removedSamples().keep(m_db.path(), metricId, std::move(kept.value()));
    Q_EMIT metricsChanged(removed.serviceId);
    for (qint64 releaseId : releases.value())
        Q_EMIT verdictsChanged(releaseId);
    return {};
}

Result<ServiceMetric> MetricService::restore(const ServiceMetric& metric) {
    const RecordStore<ServiceMetric> s = store(m_db);
    if (const auto problems = s.validate(metric); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    // The samples it had, when it was removed in this run of the program.
    const QList<MetricSample> samples = removedSamples().take(m_db.path(), metric.id);
    ServiceMetric stored;
    QList<MetricVerdict> judged;
    auto done = AuditedWrite::run(
        m_db, m_session, s.action, QStringLiteral("restore"), s.entity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            auto prepared = s.prepare(metric, nullptr, now);
            if (!prepared)
                return prepared.error();
            auto written = s.insert(prepared.value(), m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            if (auto back = MetricRepository(m_db).upsertSamples(stored.id, samples); !back)
                return back.error();
            if (!samples.isEmpty()) {
                const qint64 window = stored.windowHours * qint64(3600);
                auto releases = MetricVerdictRepository(m_db).deployedBetween(
                    stored.serviceId, samples.first().atMs / 1000 - window,
                    samples.last().atMs / 1000 + window);
                if (!releases)
                    return releases.error();
                auto again = MetricJudge::judge(m_db, stored, releases.value(), now);
                if (!again)
                    return again.error();
                judged = again.value();
            }
            QJsonObject after = toJson(stored);
            after.insert(QStringLiteral("samples"), samples.size());
            return AuditedWrite::Logged{stored.id, {}, after, {}};
        });
    if (!done) {
        if (!samples.isEmpty())
            removedSamples().keep(m_db.path(), metric.id, samples);
        return done.error();
    }
    Q_EMIT metricsChanged(stored.serviceId);
    if (!samples.isEmpty())
        Q_EMIT samplesImported(stored.id);
    for (const MetricVerdict& v : std::as_const(judged))
        Q_EMIT verdictsChanged(v.releaseId);
    return stored;
}

Result<MetricService::ImportOutcome>
MetricService::importSamples(qint64 metricId, const QList<MetricSample>& samples,
                             const QString& source, const QByteArray& sourceSha256) {
    if (samples.isEmpty())
        return Error{Error::Kind::Usage, Text::tr("%1: no samples to import").arg(source)};
    ImportOutcome outcome;
    outcome.fromMs = samples.first().atMs;
    outcome.toMs = outcome.fromMs;
    for (const MetricSample& s : samples) {
        outcome.fromMs = qMin(outcome.fromMs, s.atMs);
        outcome.toMs = qMax(outcome.toMs, s.atMs);
    }
    QList<MetricVerdict> judged;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::EditValidation,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto metric = MetricRepository(m_db).find(metricId);
            if (!metric)
                return metric.error();
            auto written = MetricRepository(m_db).upsertSamples(metricId, samples);
            if (!written)
                return written.error();
            outcome.added = written->added;
            outcome.replaced = written->replaced;
            // The releases whose windows the new samples fall into.
            const qint64 window = metric->windowHours * qint64(3600);
            auto releases = MetricVerdictRepository(m_db).deployedBetween(
                metric->serviceId, outcome.fromMs / 1000 - window,
                (outcome.toMs + 999) / 1000 + window);
            if (!releases)
                return releases.error();
            auto again = MetricJudge::judge(m_db, metric.value(), releases.value(), now);
            if (!again)
                return again.error();
            judged = again.value();
            const QJsonObject after{
                {QStringLiteral("metric"), metric->name},
                {QStringLiteral("service"), metric->serviceName},
                {QStringLiteral("count"), samples.size()},
                {QStringLiteral("added"), outcome.added},
                {QStringLiteral("replaced"), outcome.replaced},
                {QStringLiteral("from"), isoMs(outcome.fromMs)},
                {QStringLiteral("to"), isoMs(outcome.toMs)},
                {QStringLiteral("source"), source},
                {QStringLiteral("sha256"), QString::fromLatin1(sourceSha256.toHex())},
                {QStringLiteral("verdicts"), verdictList(judged)},
            };
            return QList<AuditedWrite::Entry>{{QStringLiteral("import"),
                                               QStringLiteral("metric_samples"),
                                               metricId,
                                               {},
                                               after,
                                               {}}};
        });
    if (!done)
        return done.error();
    outcome.verdictsUpdated = int(judged.size());
    Q_EMIT samplesImported(metricId);
    for (const MetricVerdict& v : std::as_const(judged))
        Q_EMIT verdictsChanged(v.releaseId);
    return outcome;
}

Result<QList<MetricSample>> MetricService::samples(qint64 metricId, qint64 fromMs,
                                                   qint64 toMs) const {
    return MetricRepository(m_db).samples(metricId, fromMs, toMs);
}

Result<QList<MetricVerdict>> MetricService::compare(qint64 releaseId) {
    auto deployed = MetricVerdictRepository(m_db).firstProductionAt(releaseId);
    if (!deployed)
        return deployed.error();
    if (deployed.value() == 0)
        return notDeployed(releaseId);
    auto metrics = forRelease(releaseId);
    if (!metrics)
        return metrics.error();
    if (metrics->isEmpty())
        return QList<MetricVerdict>{};
    QList<MetricVerdict> judged;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RunValidation,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            judged.clear();
            for (const ServiceMetric& metric : std::as_const(metrics.value())) {
                auto one = MetricJudge::judge(m_db, metric, {releaseId}, now);
                if (!one)
                    return one.error();
                judged += one.value();
            }
            const QJsonObject after{{QStringLiteral("release_id"), releaseId},
                                    {QStringLiteral("verdicts"), verdictList(judged)}};
            return QList<AuditedWrite::Entry>{{QStringLiteral("compare"),
                                               QStringLiteral("metric_verdicts"),
                                               releaseId,
                                               {},
                                               after,
                                               {}}};
        });
    if (!done)
        return done.error();
    Q_EMIT verdictsChanged(releaseId);
    return verdicts(releaseId);
}

Result<QList<MetricVerdict>> MetricService::verdicts(qint64 releaseId) const {
    return MetricVerdictRepository(m_db).forRelease(releaseId);
}

Result<MetricService::Comparison> MetricService::comparison(qint64 releaseId,
                                                            qint64 metricId) const {
    auto deployed = MetricVerdictRepository(m_db).firstProductionAt(releaseId);
    if (!deployed)
        return deployed.error();
    if (deployed.value() == 0)
        return notDeployed(releaseId);
    auto metric = MetricRepository(m_db).find(metricId);
    if (!metric)
        return metric.error();
    return MetricJudge::around(m_db, metric.value(), deployed.value());
}

Result<int> MetricService::refreshActuals(qint64 releaseId) {
    auto deployed = MetricVerdictRepository(m_db).firstProductionAt(releaseId);
    if (!deployed)
        return deployed.error();
    if (deployed.value() == 0)
        return 0;
    auto successMetrics = SuccessMetricRepository(m_db).forRelease(releaseId);
    if (!successMetrics)
        return successMetrics.error();
    bool anySourced = false;
    for (const SuccessMetric& m : std::as_const(successMetrics.value()))
        anySourced |= !m.sourceMetric.trimmed().isEmpty();
    if (!anySourced)
        return 0;
    auto metrics = forRelease(releaseId);
    if (!metrics)
        return metrics.error();
    int changed = 0;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RunValidation,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            changed = 0;
            QList<AuditedWrite::Entry> entries;
            SuccessMetricRepository repository(m_db);
            auto current = repository.forRelease(releaseId);
            if (!current)
                return current.error();
            for (const SuccessMetric& before : std::as_const(current.value())) {
                const QString wanted = before.sourceMetric.trimmed();
                if (wanted.isEmpty())
                    continue;
                // Of the release's services (by name), the first with a metric of that name.
                const ServiceMetric* source = nullptr;
                for (const ServiceMetric& m : std::as_const(metrics.value())) {
                    if (m.name.compare(wanted, Qt::CaseInsensitive) == 0) {
                        source = &m;
                        break;
                    }
                }
                if (!source)
                    continue;
                const qint64 fromMs = deployed.value() * 1000;
                const qint64 toMs = fromMs + source->windowHours * kHourMs;
                auto after = MetricRepository(m_db).samples(source->id, fromMs, toMs);
                if (!after)
                    return after.error();
                const std::vector<double> values = MetricJudge::valuesOf(after.value());
                const double value = statisticOf(values, before.sourceStat);
                if (!std::isfinite(value))
                    continue; // no samples yet, or only NaN or infinite ones
                const QDateTime measured =
                    QDateTime::fromSecsSinceEpoch(qMin(toMs / 1000, now), Qt::UTC);
                if (before.actual && *before.actual == value && before.measuredAt == measured)
                    continue;
                SuccessMetric next = before;
                next.actual = value;
                next.measuredAt = measured;
                auto written = repository.update(next, m_session.actor, now);
                if (!written)
                    return written.error();
                entries.append({QStringLiteral("update"),
                                QStringLiteral("success_metric"),
                                before.id,
                                toJson(before),
                                toJson(written.value()),
                                {}});
                ++changed;
            }
            return entries;
        });
    if (!done)
        return done.error();
    if (changed > 0)
        Q_EMIT verdictsChanged(releaseId);
    return changed;
}

} // namespace slipway
