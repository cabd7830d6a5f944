// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeService.h"

#include "AuditedWrite.h"
#include "rules/ScopeMoveRule.h"
#include "storage/AuditLog.h"
#include "storage/ScopeReleaseRepository.h"
#include "storage/ScopeRepository.h"
#include "storage/ScopeTradeoffRepository.h"
#include "storage/StaleRow.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <QHash>

#include <algorithm>
#include <cmath>

namespace slipway {
namespace {

constexpr qsizetype kRationale = 4000;

QJsonObject dependencyJson(qint64 itemId, qint64 needsId) {
    return {{QStringLiteral("item_id"), itemId}, {QStringLiteral("needs_id"), needsId}};
}

} // namespace

ScopeService::ScopeService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<ScopeItem>> ScopeService::all() const {
    return ScopeRepository(m_db).all();
}

Result<ScopeItem> ScopeService::find(qint64 id) const {
    return ScopeRepository(m_db).find(id);
}

Result<QList<std::pair<qint64, qint64>>> ScopeService::dependencies() const {
    return ScopeRepository(m_db).dependencies();
}

Result<QList<ScopeRelease>> ScopeService::releases() const {
    return ScopeReleaseRepository(m_db).all();
}

Result<QList<ScopeTradeoff>> ScopeService::tradeoffs() const {
    return ScopeTradeoffRepository(m_db).all();
}

Result<QList<DependencyWarning>> ScopeService::dependencyWarnings() const {
    auto items = all();
    if (!items)
        return items.error();
    auto deps = dependencies();
    if (!deps)
        return deps.error();
    auto rels = releases();
    if (!rels)
        return rels.error();
    return ScopeDependencyRule::check(items.value(), deps.value(), rels.value());
}

Result<ScopeItem> ScopeService::move(const Move& move) {
    const QString rationale = move.rationale.trimmed();
    if (rationale.size() > kRationale)
        return Error{Error::Kind::Validation,
                     tr("The rationale is %1 characters long; keep it under %2.")
                         .arg(rationale.size())
                         .arg(kRationale)};
    ScopeItem stored;
    qint64 tradeoffId = 0;
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("move"), QStringLiteral("scope_item"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ScopeRepository repo(m_db);
            auto before = repo.find(move.itemId);
            if (!before)
                return before.error();
            if (before->rowVersion != move.rowVersion)
                return staleRowError(m_db, QStringLiteral("scope_items"), move.itemId,
                                     before->title);
            ScopeItem after = before.value();
            after.releaseId = move.toReleaseId > 0 ? move.toReleaseId : 0;
            after.status =
                after.releaseId > 0 ? move.toStatus : ScopeMoveRule::statusInBacklog(move.toStatus);
            if (after.releaseId > 0 && after.releaseId != before->releaseId) {
                if (auto target = ScopeReleaseRepository(m_db).find(after.releaseId); !target)
                    return target.error();
            }
            const bool tradeoff =
                ScopeMoveRule::needsRationale(before.value(), after.status, after.releaseId);
            if (tradeoff && rationale.isEmpty())
                return Error{Error::Kind::Validation,
                             tr("Moving \"%1\" out of its release or deferring it is a "
                                "trade-off: say why.")
                                 .arg(before->title)};
            auto written = repo.update(after, m_session.actor, now);
            if (!written)
                return written.error();
            stored = written.value();
            if (tradeoff) {
                ScopeTradeoff t;
                t.itemId = stored.id;
                t.itemTitle = stored.title;
                t.fromReleaseId = before->releaseId;
                t.toReleaseId = stored.releaseId;
                t.fromStatus = before->status;
                t.toStatus = stored.status;
                t.rationale = rationale;
                auto recorded = ScopeTradeoffRepository(m_db).insert(t, m_session.actor, now);
                if (!recorded)
                    return recorded.error();
                tradeoffId = recorded->id;
                AuditEntry entry;
                entry.actor = m_session.actor;
                entry.action = QStringLiteral("create");
                entry.entity = QStringLiteral("scope_tradeoff");
                entry.entityId = tradeoffId;
                entry.afterJson = QString::fromUtf8(
                    QJsonDocument(toJson(recorded.value())).toJson(QJsonDocument::Compact));
                entry.changeTicket = m_session.changeTicket;
                if (auto appended = AuditLog(m_db).append(entry); !appended)
                    return appended.error();
            }
            return AuditedWrite::Logged{stored.id, toJson(before.value()), toJson(stored)};
        });
    if (!done)
        return done.error();
    Q_EMIT itemChanged(stored.id);
    if (tradeoffId > 0)
        Q_EMIT tradeoffRecorded(tradeoffId);
    return stored;
}

Result<void> ScopeService::addDependency(qint64 itemId, qint64 needsId) {
    if (itemId == needsId)
        return Error{Error::Kind::Validation, tr("An item cannot need itself.")};
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("create"),
        QStringLiteral("scope_dependency"), [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ScopeRepository repo(m_db);
            auto item = repo.find(itemId);
            if (!item)
                return item.error();
            auto needs = repo.find(needsId);
            if (!needs)
                return needs.error();
            auto existing = repo.dependencies();
            if (!existing)
                return existing.error();
            if (existing->contains(std::pair<qint64, qint64>(itemId, needsId)))
                return Error{Error::Kind::Validation,
                             tr("\"%1\" already needs \"%2\".").arg(item->title, needs->title)};
            if (ScopeDependencyRule::wouldCycle(existing.value(), itemId, needsId))
                return Error{Error::Kind::Validation,
                             tr("\"%1\" already needs \"%2\" (directly or through other items); "
                                "a loop of dependencies cannot be planned.")
                                 .arg(needs->title, item->title)};
            if (auto added = repo.addDependency(itemId, needsId, m_session.actor, now); !added)
                return added.error();
            return AuditedWrite::Logged{itemId, {}, dependencyJson(itemId, needsId)};
        });
    if (!done)
        return done.error();
    Q_EMIT dependenciesChanged();
    return {};
}

Result<void> ScopeService::removeDependency(qint64 itemId, qint64 needsId) {
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("delete"),
        QStringLiteral("scope_dependency"), [&](qint64) -> Result<AuditedWrite::Logged> {
            auto removed = ScopeRepository(m_db).removeDependency(itemId, needsId);
            if (!removed)
                return removed.error();
            if (!removed.value())
                return Error{Error::Kind::NotFound,
                             tr("That dependency was already removed — reload.")};
            return AuditedWrite::Logged{itemId, dependencyJson(itemId, needsId), {}};
        });
    if (!done)
        return done.error();
    Q_EMIT dependenciesChanged();
    return {};
}

Result<void> ScopeService::setCapacity(qint64 releaseId, std::optional<double> capacity) {
    if (capacity &&
        (!std::isfinite(*capacity) || *capacity < 0 || *capacity > ScopeLimits::kEffort))
        return Error{Error::Kind::Validation,
                     tr("The capacity must be a number of points from 0 to %1.")
                         .arg(ScopeLimits::kEffort, 0, 'f', 0)};
    const auto json = [](const ScopeRelease& r) {
        return QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("capacity"), r.capacity ? QJsonValue(*r.capacity) : QJsonValue()}};
    };
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("update"), QStringLiteral("release"),
        [&](qint64 now) -> Result<AuditedWrite::Logged> {
            ScopeReleaseRepository repo(m_db);
            auto before = repo.find(releaseId);
            if (!before)
                return before.error();
            if (auto written = repo.setCapacity(releaseId, capacity, m_session.actor, now);
                !written)
                return written.error();
            ScopeRelease after = before.value();
            after.capacity = capacity;
            return AuditedWrite::Logged{releaseId, json(before.value()), json(after)};
        });
    if (!done)
        return done.error();
    Q_EMIT capacityChanged(releaseId);
    return {};
}

Result<QList<ScopeService::Rank>> ScopeService::setRanks(qint64 movedItemId,
                                                         const QList<Rank>& ranks) {
    for (const auto& [id, rank] : ranks) {
        if (!std::isfinite(rank))
            return Error{Error::Kind::Validation, tr("A card's place must be a number.")};
    }
    QList<Rank> previous;
    previous.reserve(ranks.size());
    auto done = AuditedWrite::run(
        m_db, m_session, Action::EditScope, QStringLiteral("reorder"), QStringLiteral("scope_item"),
        [&](qint64) -> Result<AuditedWrite::Logged> {
            ScopeRepository repo(m_db);
            auto moved = repo.find(movedItemId);
            if (!moved)
                return moved.error();
            double movedAfter = moved->rank;
            // Every old rank in one read: a renumbered column can hold the whole backlog.
            QHash<qint64, double> before;
            if (auto all = repo.ranks(); all)
                before = std::move(all.value());
            else
                return all.error();
            for (const auto& [id, rank] : ranks) {
                const auto it = before.constFind(id);
                if (it == before.constEnd())
                    return Error{Error::Kind::NotFound,
                                 tr("Scope item %1 no longer exists — reload.").arg(id)};
                previous.append({id, it.value()});
                if (id == movedItemId)
                    movedAfter = rank;
            }
            if (auto written = repo.setRanks(ranks); !written)
                return written.error();
            const auto json = [&](double rank, qsizetype others) {
                QJsonObject o{{QStringLiteral("id"), movedItemId},
                              {QStringLiteral("title"), moved->title},
                              {QStringLiteral("board_rank"), rank}};
                if (others > 0)
                    o.insert(QStringLiteral("renumbered"), others);
                return o;
            };
            const qsizetype others =
                ranks.size() - std::count_if(ranks.cbegin(), ranks.cend(),
                                             [&](const Rank& r) { return r.first == movedItemId; });
            return AuditedWrite::Logged{movedItemId, json(moved->rank, 0),
                                        json(movedAfter, others)};
        });
    if (!done)
        return done.error();
    Q_EMIT ranksChanged(ranks);
    return previous;
}

} // namespace slipway
