// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessMetricService.h"

#include "AuditedWrite.h"
#include "storage/SuccessMetricRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("success_metric");

// The file allows one metric of a name per release; say so before SQLite does.
Result<void> checkUnique(Database& db, const SuccessMetric& m) {
    auto existing = SuccessMetricRepository(db).forRelease(m.releaseId);
    if (!existing)
        return existing.error();
    for (const SuccessMetric& other : existing.value()) {
        if (other.id != m.id && other.name == m.name.trimmed())
            return Error{
                Error::Kind::Validation,
                QCoreApplication::translate("SuccessMetricService",
                                            "This release already has a success metric named “%1”.")
                    .arg(other.name)};
    }
    return {};
}

// An actual value is stamped with when it was recorded, unless it says so itself.
SuccessMetric stamped(SuccessMetric m, const SuccessMetric* before, qint64 now) {
    if (!m.actual)
        m.measuredAt = QDateTime();
    else if (before && before->actual == m.actual && before->measuredAt.isValid())
        m.measuredAt = before->measuredAt;
    else if (!m.measuredAt.isValid())
        m.measuredAt = QDateTime::fromSecsSinceEpoch(now, Qt::UTC);
    return m;
}

} // namespace

SuccessMetricService::SuccessMetricService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<SuccessMetric>> SuccessMetricService::forRelease(qint64 releaseId) const {
    return SuccessMetricRepository(m_db).forRelease(releaseId);
}

Result<QList<SuccessMetric>> SuccessMetricService::all() const {
    return SuccessMetricRepository(m_db).all();
}

Result<SuccessMetric> SuccessMetricService::find(qint64 id) const {
    return SuccessMetricRepository(m_db).find(id);
}

Result<SuccessMetric> SuccessMetricService::create(const SuccessMetric& metric) {
    SuccessMetric fresh = metric;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<SuccessMetric> SuccessMetricService::restore(const SuccessMetric& metric) {
    return insert(metric, QStringLiteral("restore"));
}

Result<SuccessMetric> SuccessMetricService::insert(const SuccessMetric& metric,
                                                   const QString& auditAction) {
    if (const auto problems = validateMetric(metric); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    SuccessMetric stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, auditAction, kEntity,
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      if (auto unique = checkUnique(m_db, metric); !unique)
                                          return unique.error();
                                      auto written = SuccessMetricRepository(m_db).insert(
                                          stamped(metric, nullptr, now), m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT metricsChanged(stored.releaseId);
    return stored;
}

Result<SuccessMetric> SuccessMetricService::update(const SuccessMetric& metric) {
    if (const auto problems = validateMetric(metric); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    SuccessMetric stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            SuccessMetricRepository repo(m_db);
            auto before = repo.find(metric.id);
            if (!before)
                return before.error();
            if (auto unique = checkUnique(m_db, metric); !unique)
                return unique.error();
            auto written = repo.update(stamped(metric, &before.value(), now), m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT metricsChanged(stored.releaseId);
    return stored;
}

Result<void> SuccessMetricService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, QStringLiteral("delete"),
                                  kEntity, [&](qint64) -> Result<AuditedWrite::Logged> {
                                      SuccessMetricRepository repo(m_db);
                                      auto before = repo.find(id);
                                      if (!before)
                                          return before.error();
                                      releaseId = before->releaseId;
                                      if (auto removed = repo.remove(id, rowVersion); !removed)
                                          return removed.error();
                                      return AuditedWrite::Logged{id, toJson(before.value()), {}};
                                  });
    if (!done)
        return done.error();
    Q_EMIT metricsChanged(releaseId);
    return {};
}

} // namespace slipway
