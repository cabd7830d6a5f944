// SPDX-License-Identifier: GPL-3.0-or-later
#include "BlackoutService.h"

#include "AuditedWrite.h"
#include "rules/ScheduleValidation.h"
#include "storage/BlackoutRepository.h"
#include "storage/NameLookup.h"

namespace slipway {
namespace {

RecordStore<Blackout> store(Database& db) {
    RecordStore<Blackout> s;
    s.entity = QStringLiteral("blackout");
    s.find = [&db](qint64 id) {
        return BlackoutRepository(db).find(id);
    };
    s.insert = [&db](const Blackout& b, const QString& actor, qint64 now) {
        return BlackoutRepository(db).insert(b, actor, now);
    };
    s.update = [&db](const Blackout& b, const QString& actor, qint64 now) {
        return BlackoutRepository(db).update(b, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return BlackoutRepository(db).remove(id, version);
    };
    s.validate = [](const Blackout& b) {
        return ScheduleValidation::check(b);
    };
    return s;
}

} // namespace

BlackoutService::BlackoutService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Blackout>> BlackoutService::all() const {
    return BlackoutRepository(m_db).all();
}
Result<Blackout> BlackoutService::find(qint64 id) const {
    return BlackoutRepository(m_db).find(id);
}

Result<QHash<qint64, QString>> BlackoutService::serviceNames() const {
    return NameLookup(m_db).services();
}

Result<Blackout> BlackoutService::create(const Blackout& blackout) {
    Blackout fresh = blackout;
    fresh.id = 0;
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), fresh, QStringLiteral("create"));
    if (stored)
        Q_EMIT blackoutAdded(stored->id);
    return stored;
}

Result<Blackout> BlackoutService::restore(const Blackout& blackout) {
    auto stored =
        AuditedWrite::insert(m_db, m_session, store(m_db), blackout, QStringLiteral("restore"));
    if (stored)
        Q_EMIT blackoutAdded(stored->id);
    return stored;
}

Result<Blackout> BlackoutService::update(const Blackout& blackout) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), blackout);
    if (stored)
        Q_EMIT blackoutChanged(stored->id);
    return stored;
}

Result<void> BlackoutService::remove(qint64 id, qint64 rowVersion) {
    auto removed = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion);
    if (removed)
        Q_EMIT blackoutRemoved(id);
    return removed;
}

} // namespace slipway
