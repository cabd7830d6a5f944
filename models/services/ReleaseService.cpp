// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseService.h"

#include "AuditedWrite.h"
#include "ClosureService.h"
#include "LifecycleService.h"
#include "ProductService.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/GateTemplateRepository.h"
#include "storage/ReleaseRepository.h"

#include <QCoreApplication>
#include <QDateTime>

namespace slipway {
namespace {

// The schema that brought quality gates (0006_gates.sql).
constexpr int kGatesSchemaVersion = 6;
constexpr int kCmdbSchemaVersion = 21; // cmdb_records

// The audit log's name for a release.
const QString kEntity = QStringLiteral("release");

} // namespace

ReleaseService::ReleaseService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Release>> ReleaseService::all() const {
    return ReleaseRepository(m_db).all();
}
Result<Release> ReleaseService::find(qint64 id) const {
    return ReleaseRepository(m_db).find(id);
}

Result<Release> ReleaseService::create(const Release& release) {
    Release fresh = release;
    fresh.id = 0;
    return insertAudited(fresh, QStringLiteral("create"));
}

Result<Release> ReleaseService::restore(const Release& release) {
    return insertAudited(release, QStringLiteral("restore"));
}

Result<Release> ReleaseService::insertAudited(const Release& release, const QString& action) {
    if (auto problems = ProductService::validate(m_db, release); !problems)
        return problems.error();
    else if (!problems->isEmpty())
        return AuditedWrite::validationError(problems.value());
    Release stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::CreateRelease, action, kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            if (auto unique = ProductService::requireUniqueVersion(m_db, release); !unique)
                return unique.error();
            auto inserted = ReleaseRepository(m_db).insert(release, m_session.actor, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            // A new release gets its type's quality gates in the same transaction; its audit
            // entry stands for them, as they follow from its type. (Files are migrated on
            // open; only tests write through an older schema, without gates.)
            if (m_db.schemaVersion() >= kGatesSchemaVersion) {
                auto templates = GateTemplateRepository(m_db).forType(stored.type);
                if (!templates)
                    return templates.error();
                auto gates = GateRepository(m_db).instantiate(
                    stored, templates.value(), QStringLiteral("template"), m_session.actor, now);
                if (!gates)
                    return gates.error();
            }
            // A release created straight into a later status (an import, a copy) meets that
            // status's guards like any other move; a restored one comes back as it was.
            if (action != u"restore") {
                if (auto allowed = LifecycleService(m_db).require(stored.id, ReleaseStatus::Planned,
                                                                  stored.status);
                    !allowed)
                    return allowed.error();
            }
            // A release created closed (an import, a restore) gets its record as of now.
            if (stored.status == ReleaseStatus::Closed &&
                m_db.schemaVersion() >= kCmdbSchemaVersion) {
                if (auto recorded = writeCmdbRecord(m_db, stored.id, m_session.actor, now);
                    !recorded)
                    return recorded.error();
            }
            return AuditedWrite::Logged{stored.id, {}, toJson(stored), stored.changeTicket};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseAdded(stored.id);
    return stored;
}

Result<Release> ReleaseService::update(const Release& release) {
    if (auto problems = ProductService::validate(m_db, release); !problems)
        return problems.error();
    else if (!problems->isEmpty())
        return AuditedWrite::validationError(problems.value());
    Release stored;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditRelease, QStringLiteral("update"), kEntity,
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ReleaseRepository repo(m_db);
            auto before = repo.find(release.id);
            if (!before)
                return before.error();
            if (auto unique = ProductService::requireUniqueVersion(m_db, release); !unique)
                return unique.error();
            auto updated = repo.update(release, m_session.actor, now);
            if (!updated)
                return updated.error();
            stored = updated.value();
            // Read after the write, so a window moved in the same edit
            // is the one the guards see.
            if (auto allowed =
                    LifecycleService(m_db).require(stored.id, before->status, stored.status);
                !allowed)
                return allowed.error();
            // Closing writes the configuration-management record with the move.
            if (stored.status == ReleaseStatus::Closed && before->status != ReleaseStatus::Closed &&
                m_db.schemaVersion() >= kCmdbSchemaVersion) {
                if (auto recorded = writeCmdbRecord(m_db, stored.id, m_session.actor, now);
                    !recorded)
                    return recorded.error();
            }
            return AuditedWrite::Logged{release.id, toJson(before.value()), toJson(stored),
                                        stored.changeTicket};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseChanged(release.id);
    return stored;
}

Result<void> ReleaseService::remove(qint64 id, qint64 rowVersion) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::DeleteRelease, QStringLiteral("delete"), kEntity,
        [&](qint64) -> Result<AuditedWrite::Logged> {
            ReleaseRepository repo(m_db);
            auto before = repo.find(id);
            if (!before)
                return before.error();
            if (auto removed = repo.remove(id, rowVersion); !removed)
                return removed.error();
            return AuditedWrite::Logged{id, toJson(before.value()), {}, before->changeTicket};
        });
    if (!done)
        return done.error();
    Q_EMIT releaseRemoved(id);
    return {};
}

} // namespace slipway
