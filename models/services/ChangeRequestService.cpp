// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRequestService.h"

#include "AuditedWrite.h"
#include "rules/RiskClassifier.h"
#include "storage/ChangeRequestRepository.h"

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("change_request");

// Each audit entry about a change request carries its ticket.
Session under(Session session, const QString& ticket) {
    session.changeTicket = ticket;
    return session;
}

RecordStore<ChangeRequest> store(Database& db) {
    RecordStore<ChangeRequest> s;
    s.entity = kEntity;
    s.action = Action::EditChangeRequest;
    s.find = [&db](qint64 id) {
        return ChangeRequestRepository(db).find(id);
    };
    s.insert = [&db](const ChangeRequest& c, const QString& actor, qint64 now) {
        return ChangeRequestRepository(db).insert(c, actor, now);
    };
    s.update = [&db](const ChangeRequest& c, const QString& actor, qint64 now) {
        return ChangeRequestRepository(db).update(c, actor, now);
    };
    s.remove = [&db](qint64 id, qint64 version) {
        return ChangeRequestRepository(db).remove(id, version);
    };
    s.validate = validateChangeRequest;
    // A new request is stamped with when it was raised, unless it says so itself.
    s.prepare = [](const ChangeRequest& c, const ChangeRequest* before,
                   qint64 now) -> Result<ChangeRequest> {
        ChangeRequest row = c;
        if (!before && row.requestedAt <= 0)
            row.requestedAt = now;
        return row;
    };
    return s;
}

} // namespace

ChangeRequestService::ChangeRequestService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ChangeRequest>> ChangeRequestService::all() const {
    return ChangeRequestRepository(m_db).all();
}

Result<ChangeRequest> ChangeRequestService::find(qint64 id) const {
    return ChangeRequestRepository(m_db).find(id);
}

Result<ChangeRequest> ChangeRequestService::insert(const ChangeRequest& given,
                                                   const QString& auditAction) {
    ChangeRequest change = given;
    RiskClassifier::reassess(change);
    auto stored = AuditedWrite::insert(m_db, under(m_session, change.ticket), store(m_db), change,
                                       auditAction);
    if (stored)
        Q_EMIT changed(stored->id);
    return stored;
}

Result<ChangeRequest> ChangeRequestService::create(const ChangeRequest& change) {
    ChangeRequest fresh = change;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<ChangeRequest> ChangeRequestService::restore(const ChangeRequest& change) {
    return insert(change, QStringLiteral("restore"));
}

Result<ChangeRequest> ChangeRequestService::update(const ChangeRequest& given) {
    ChangeRequest change = given;
    RiskClassifier::reassess(change);
    auto stored = AuditedWrite::update(m_db, under(m_session, change.ticket), store(m_db), change);
    if (stored)
        Q_EMIT changed(stored->id);
    return stored;
}

Result<void> ChangeRequestService::remove(qint64 id, qint64 rowVersion) {
    auto current = find(id);
    if (!current)
        return current.error();
    auto done =
        AuditedWrite::remove(m_db, under(m_session, current->ticket), store(m_db), id, rowVersion);
    if (done)
        Q_EMIT changed(id);
    return done;
}

} // namespace slipway
