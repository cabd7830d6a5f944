// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessMetricService.h"

#include "AuditedWrite.h"
#include "storage/SuccessMetricRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

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

RecordStore<SuccessMetric> store(Database& db) {
    RecordStore<SuccessMetric> s;
    s.entity = QStringLiteral("success_metric");
    s.action = Action::EditScope;
    s.find = [&db](qint64 id) {
        return SuccessMetricRepository(db).find(id);
    };
    s.insert = [&db](const SuccessMetric& record, const QString& actor, qint64 now) {
        return SuccessMetricRepository(db).insert(record, actor, now);
    };
    s.update = [&db](const SuccessMetric& record, const QString& actor, qint64 now) {
        return SuccessMetricRepository(db).update(record, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return SuccessMetricRepository(db).remove(id, version);
    };
    s.validate = validateMetric;
    s.prepare = [&db](const SuccessMetric& m, const SuccessMetric* before,
                      qint64 now) -> Result<SuccessMetric> {
        if (auto unique = checkUnique(db, m); !unique)
            return unique.error();
        return stamped(m, before, now);
    };
    return s;
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

Result<SuccessMetric> SuccessMetricService::create(const SuccessMetric& record) {
    SuccessMetric fresh = record;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<SuccessMetric> SuccessMetricService::restore(const SuccessMetric& record) {
    return insert(record, QStringLiteral("restore"));
}

Result<SuccessMetric> SuccessMetricService::insert(const SuccessMetric& record,
                                                   const QString& auditAction) {
    auto stored = AuditedWrite::insert(m_db, m_session, store(m_db), record, auditAction);
    if (stored)
        Q_EMIT metricsChanged(stored->releaseId);
    return stored;
}

Result<SuccessMetric> SuccessMetricService::update(const SuccessMetric& record) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), record);
    if (stored)
        Q_EMIT metricsChanged(stored->releaseId);
    return stored;
}

Result<void> SuccessMetricService::remove(qint64 id, qint64 rowVersion) {
    SuccessMetric removed;
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT metricsChanged(removed.releaseId);
    return done;
}

} // namespace slipway
