// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseService.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/GateTemplateRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

namespace slipway {
namespace {

// The schema that brought quality gates (0006_gates.sql).
constexpr int kGatesSchemaVersion = 6;

QString json(const Release& r) {
    return QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact));
}

Error validationError(const QList<FieldProblem>& problems) {
    QStringList lines;
    for (const FieldProblem& p : problems)
        lines << p.message;
    return {Error::Kind::Validation, lines.join(u' ')};
}

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

Result<void> ReleaseService::check(Action action) const {
    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    return authorize(rights.value(), action);
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
    if (auto allowed = check(Action::CreateRelease); !allowed)
        return allowed.error();
    if (const auto problems = validateRelease(release); !problems.isEmpty())
        return validationError(problems);
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    auto stored = ReleaseRepository(m_db).insert(release, m_session.actor,
                                                 QDateTime::currentSecsSinceEpoch());
    if (!stored)
        return stored.error();
    AuditEntry entry;
    entry.actor = m_session.actor;
    entry.action = action;
    entry.entity = QStringLiteral("release");
    entry.entityId = stored->id;
    entry.afterJson = json(stored.value());
    entry.changeTicket =
        stored->changeTicket.isEmpty() ? m_session.changeTicket : stored->changeTicket;
    if (auto logged = AuditLog(m_db).append(entry); !logged)
        return logged.error();
    // A new release gets its type's quality gates in the same transaction; its audit entry
    // stands for them, as they follow from its type.
    // (Files are migrated on open; only tests write through an older schema, without gates.)
    if (m_db.schemaVersion() >= kGatesSchemaVersion) {
        auto templates = GateTemplateRepository(m_db).forType(stored->type);
        if (!templates)
            return templates.error();
        auto gates = GateRepository(m_db).instantiate(stored.value(), templates.value(),
                                                      QStringLiteral("template"), m_session.actor,
                                                      QDateTime::currentSecsSinceEpoch());
        if (!gates)
            return gates.error();
    }
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    Q_EMIT releaseAdded(stored->id);
    return stored;
}

Result<Release> ReleaseService::update(const Release& release) {
    if (auto allowed = check(Action::EditRelease); !allowed)
        return allowed.error();
    if (const auto problems = validateRelease(release); !problems.isEmpty())
        return validationError(problems);
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    ReleaseRepository repo(m_db);
    auto before = repo.find(release.id);
    if (!before)
        return before.error();
    auto stored = repo.update(release, m_session.actor, QDateTime::currentSecsSinceEpoch());
    if (!stored)
        return stored.error();
    AuditEntry entry;
    entry.actor = m_session.actor;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("release");
    entry.entityId = release.id;
    entry.beforeJson = json(before.value());
    entry.afterJson = json(stored.value());
    entry.changeTicket =
        stored->changeTicket.isEmpty() ? m_session.changeTicket : stored->changeTicket;
    if (auto logged = AuditLog(m_db).append(entry); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    Q_EMIT releaseChanged(release.id);
    return stored;
}

Result<void> ReleaseService::remove(qint64 id, qint64 rowVersion) {
    if (auto allowed = check(Action::DeleteRelease); !allowed)
        return allowed.error();
    Transaction tx(m_db);
    if (auto begun = tx.begin(); !begun)
        return begun.error();
    ReleaseRepository repo(m_db);
    auto before = repo.find(id);
    if (!before)
        return before.error();
    if (auto removed = repo.remove(id, rowVersion); !removed)
        return removed.error();
    AuditEntry entry;
    entry.actor = m_session.actor;
    entry.action = QStringLiteral("delete");
    entry.entity = QStringLiteral("release");
    entry.entityId = id;
    entry.beforeJson = json(before.value());
    entry.changeTicket =
        before->changeTicket.isEmpty() ? m_session.changeTicket : before->changeTicket;
    if (auto logged = AuditLog(m_db).append(entry); !logged)
        return logged.error();
    if (auto committed = tx.commit(); !committed)
        return committed.error();
    Q_EMIT releaseRemoved(id);
    return {};
}

} // namespace slipway
