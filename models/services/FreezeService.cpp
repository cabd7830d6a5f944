// SPDX-License-Identifier: GPL-3.0-or-later
#include "FreezeService.h"

#include "AuditedWrite.h"
#include "rules/ScheduleValidation.h"
#include "storage/FreezeRepository.h"

namespace slipway {
namespace {

RecordStore<FreezePeriod> store(Database& db) {
    RecordStore<FreezePeriod> s;
    s.entity = QStringLiteral("incident_freeze");
    s.find = [&db](qint64 id) {
        return FreezeRepository(db).find(id);
    };
    s.insert = [&db](const FreezePeriod& b, const QString& actor, qint64 now) {
        return FreezeRepository(db).insert(b, actor, now);
    };
    s.update = [&db](const FreezePeriod& b, const QString& actor, qint64 now) {
        return FreezeRepository(db).update(b, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return FreezeRepository(db).remove(id, version);
    };
    s.validate = [](const FreezePeriod& b) {
        return ScheduleValidation::check(b);
    };
    return s;
}

} // namespace

FreezeService::FreezeService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<FreezePeriod>> FreezeService::all() const {
    return FreezeRepository(m_db).all();
}
Result<FreezePeriod> FreezeService::find(qint64 id) const {
    return FreezeRepository(m_db).find(id);
}

Result<FreezePeriod> FreezeService::create(const FreezePeriod& freeze) {
    FreezePeriod fresh = freeze;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT freezeAdded(stored->id);
    return stored;
}

Result<FreezePeriod> FreezeService::restore(const FreezePeriod& freeze) {
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), freeze, QStringLiteral("restore"));
    if (stored)
        Q_EMIT freezeAdded(stored->id);
    return stored;
}

Result<FreezePeriod> FreezeService::update(const FreezePeriod& freeze) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), freeze);
    if (stored)
        Q_EMIT freezeChanged(stored->id);
    return stored;
}

Result<void> FreezeService::remove(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion);
    if (removed)
        Q_EMIT freezeRemoved(id);
    return removed;
}

} // namespace slipway
