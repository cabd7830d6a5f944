// SPDX-License-Identifier: GPL-3.0-or-later
#include "DistributionListService.h"

#include "AuditedWrite.h"
#include "storage/DistributionListRepository.h"

namespace slipway {
namespace {
const QString kEntity = QStringLiteral("distribution_list");
}

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
    if (const auto problems = validateDistributionList(list); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    DistributionList stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditDistributionLists, auditAction,
                                  kEntity, [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      auto written = DistributionListRepository(m_db).insert(
                                          list, m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
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
    if (const auto problems = validateDistributionList(list); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    DistributionList stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditDistributionLists, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            DistributionListRepository repo(m_db);
            auto before = repo.find(list.id);
            if (!before)
                return before.error();
            auto written = repo.update(list, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT listsChanged();
    return stored;
}

Result<void> DistributionListService::remove(qint64 id, qint64 rowVersion) {
    auto done =
        AuditedWrite::run(m_db, m_session, Action::EditDistributionLists, QStringLiteral("delete"),
                          kEntity, [&](qint64) -> Result<AuditedWrite::Logged> {
                              DistributionListRepository repo(m_db);
                              auto before = repo.find(id);
                              if (!before)
                                  return before.error();
                              if (auto r = repo.remove(id, rowVersion); !r)
                                  return r.error();
                              return AuditedWrite::Logged{id, toJson(before.value()), {}};
                          });
    if (done)
        Q_EMIT listsChanged();
    return done;
}

} // namespace slipway
