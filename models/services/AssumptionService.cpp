// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionService.h"

#include "AuditedWrite.h"
#include "storage/AssumptionRepository.h"

namespace slipway {
namespace {

const QString kEntity = QStringLiteral("assumption");

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

Result<Assumption> AssumptionService::create(const Assumption& assumption) {
    Assumption fresh = assumption;
    fresh.id = 0;
    return insert(fresh, QStringLiteral("create"));
}

Result<Assumption> AssumptionService::restore(const Assumption& assumption) {
    return insert(assumption, QStringLiteral("restore"));
}

Result<Assumption> AssumptionService::insert(const Assumption& assumption,
                                             const QString& auditAction) {
    if (const auto problems = validateAssumption(assumption); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    Assumption stored;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, auditAction, kEntity,
                                  [&](qint64 now) -> Result<AuditedWrite::Logged> {
                                      auto written = AssumptionRepository(m_db).insert(
                                          assumption, m_session.actor, now);
                                      if (!written)
                                          return written.error();
                                      stored = written.value();
                                      return AuditedWrite::Logged{stored.id, {}, toJson(stored)};
                                  });
    if (!done)
        return done.error();
    Q_EMIT assumptionsChanged(stored.releaseId);
    return stored;
}

Result<Assumption> AssumptionService::update(const Assumption& assumption) {
    if (const auto problems = validateAssumption(assumption); !problems.isEmpty())
        return AuditedWrite::validationError(problems);
    Assumption stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            AssumptionRepository repo(m_db);
            auto before = repo.find(assumption.id);
            if (!before)
                return before.error();
            auto written = repo.update(assumption, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT assumptionsChanged(stored.releaseId);
    return stored;
}

Result<void> AssumptionService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::run(m_db, m_session, Action::EditScope, QStringLiteral("delete"),
                                  kEntity, [&](qint64) -> Result<AuditedWrite::Logged> {
                                      AssumptionRepository repo(m_db);
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
    Q_EMIT assumptionsChanged(releaseId);
    return {};
}

} // namespace slipway
