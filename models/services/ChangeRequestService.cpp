// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRequestService.h"

#include "AuditedWrite.h"
#include "storage/ChangeRequestRepository.h"

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("change_request");

Session under(Session session, const QString& ticket) {
    session.changeTicket = ticket;
    return session;
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
    reassessRisk(change);
    if (const auto problems = validateChangeRequest(change); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ChangeRequest stored;
    auto done =
        AuditedWrite::run(m_db, under(m_session, change.ticket), Action::EditChangeRequest,
                          auditAction, kEntity, [&](qint64 now) -> Result<AuditedWrite::Logged> {
                              ChangeRequest row = change;
                              if (row.requestedAt <= 0)
                                  row.requestedAt = now;
                              auto written =
                                  ChangeRequestRepository(m_db).insert(row, m_session.actor, now);
                              if (!written)
                                  return written.error();
                              stored = written.value();
                              return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                          });
    if (!done)
        return done.error();
    Q_EMIT changed(stored.id);
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
    reassessRisk(change);
    if (const auto problems = validateChangeRequest(change); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    ChangeRequest stored;
    auto done = AuditedWrite::run(
        m_db, under(m_session, change.ticket), Action::EditChangeRequest, QStringLiteral("update"),
        kEntity, [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ChangeRequestRepository repo(m_db);
            auto before = repo.find(change.id);
            if (!before)
                return before.error();
            auto written = repo.update(change, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT changed(stored.id);
    return stored;
}

Result<void> ChangeRequestService::remove(qint64 id, qint64 rowVersion) {
    auto current = find(id);
    if (!current)
        return current.error();
    auto done = AuditedWrite::run(m_db, under(m_session, current->ticket),
                                  Action::EditChangeRequest, QStringLiteral("delete"), kEntity,
                                  [&](qint64) -> Result<AuditedWrite::Logged> {
                                      ChangeRequestRepository repo(m_db);
                                      auto before = repo.find(id);
                                      if (!before)
                                          return before.error();
                                      if (auto removed = repo.remove(id, rowVersion); !removed)
                                          return removed.error();
                                      return AuditedWrite::Logged{id, toJson(before.value()), {}};
                                  });
    if (done)
        Q_EMIT changed(id);
    return done;
}

} // namespace slipway
