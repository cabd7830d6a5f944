// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionService.h"

#include "AuditedWrite.h"
#include "storage/AssumptionRepository.h"

namespace slipway {
namespace {

RecordStore<Assumption> store(Database& db) {
    RecordStore<Assumption> s;
    s.entity = QStringLiteral("assumption");
    s.action = Action::EditScope;
    s.find = [&db](qint64 id) {
        return AssumptionRepository(db).find(id);
    };
    s.insert = [&db](const Assumption& record, const QString& actor, qint64 now) {
        return AssumptionRepository(db).insert(record, actor, now);
    };
    s.update = [&db](const Assumption& record, const QString& actor, qint64 now) {
        return AssumptionRepository(db).update(record, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return AssumptionRepository(db).remove(id, version);
    };
    s.validate = validateAssumption;
    return s;
}

} // namespace

AssumptionService::AssumptionService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Assumption>> AssumptionService::forRelease(qint64 releaseId) const {
    return AssumptionRepository(m_db).forRelease(releaseId);
}

Result<QList<Assumption>> AssumptionService::all() const {
    return AssumptionRepository(m_db).all();
}

Result<Assumption> AssumptionService::find(qint64 id) const {
    return AssumptionRepository(m_db).find(id);
}

Result<Assumption> AssumptionService::create(const Assumption& record) {
    Assumption fresh = record;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<Assumption> AssumptionService::restore(const Assumption& record) {
    return insert(record, QStringLiteral("restore"));
}

Result<Assumption> AssumptionService::insert(const Assumption& record, const QString& auditAction) {
    auto stored = AuditedWrite::insert(m_db, m_session, store(m_db), record, auditAction);
    if (stored)
        Q_EMIT assumptionsChanged(stored->releaseId);
    return stored;
}

Result<Assumption> AssumptionService::update(const Assumption& record) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), record);
    if (stored)
        Q_EMIT assumptionsChanged(stored->releaseId);
    return stored;
}

Result<void> AssumptionService::remove(qint64 id, qint64 rowVersion) {
    Assumption removed;
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion, &removed);
    if (done)
        Q_EMIT assumptionsChanged(removed.releaseId);
    return done;
}

} // namespace slipway
