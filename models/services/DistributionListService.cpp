// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistributionListService.h"

#include "AuditedWrite.h"
#include "storage/DistributionListRepository.h"

namespace slipway {
namespace {

RecordStore<DistributionList> store(Database& db) {
    RecordStore<DistributionList> s;
    s.entity = QStringLiteral("distribution_list");
    s.action = Action::EditDistributionLists;
    s.find = [&db](qint64 id) {
        return DistributionListRepository(db).find(id);
    };
    s.insert = [&db](const DistributionList& l, const QString& actor, qint64 now) {
        return DistributionListRepository(db).insert(l, actor, now);
    };
    s.update = [&db](const DistributionList& l, const QString& actor, qint64 now) {
        return DistributionListRepository(db).update(l, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return DistributionListRepository(db).remove(id, version);
    };
    s.validate = validateDistributionList;
    return s;
}

} // namespace

DistributionListService::DistributionListService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<DistributionList>> DistributionListService::all() const {
    return DistributionListRepository(m_db).all();
}
Result<DistributionList> DistributionListService::find(qint64 id) const {
    return DistributionListRepository(m_db).find(id);
}

Result<DistributionList> DistributionListService::insert(const DistributionList& list,
                                                         const QString& auditAction) {
    auto stored = AuditedWrite::insert(m_db, m_session, store(m_db), list, auditAction);
    if (stored)
        Q_EMIT listsChanged();
    return stored;
}

Result<DistributionList> DistributionListService::create(const DistributionList& list) {
    DistributionList fresh = list;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<DistributionList> DistributionListService::restore(const DistributionList& list) {
    return insert(list, QStringLiteral("restore"));
}

Result<DistributionList> DistributionListService::update(const DistributionList& list) {
    auto stored = AuditedWrite::update(m_db, m_session, store(m_db), list);
    if (stored)
        Q_EMIT listsChanged();
    return stored;
}

Result<void> DistributionListService::remove(qint64 id, qint64 rowVersion) {
    auto done = AuditedWrite::remove(m_db, m_session, store(m_db), id, rowVersion);
    if (done)
        Q_EMIT listsChanged();
    return done;
}

} // namespace slipway
