// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoScopePlanning.h"

#include "domain/ScopeItem.h"
#include "domain/ScopeRelease.h"
#include "domain/ScopeTradeoff.h"
#include "rules/ScopeDependencyRule.h"
#include "storage/AuditLog.h"
#include "storage/BulkWriter.h"
#include "storage/ScopeReleaseRepository.h"
#include "storage/ScopeRepository.h"
#include "storage/ScopeTradeoffRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <utility>

namespace slipway::demo {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoScopePlanning)
};

constexpr int kPerWarningReason = 3; // deferred, backlog, later release
constexpr int kHealthyDependencies = 27;
constexpr int kTradeoffs = 5;

const std::array<const char*, 6> kRationales{
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "Over capacity after the security fixes came in; product agreed to defer "
                      "it."),
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "The vendor API it relies on is not generally available until next "
                      "quarter."),
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "Load tests showed a regression we cannot fix before the window; "
                      "deferring rather than shipping it behind a flag."),
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "The regulatory change takes priority for this window; the stakeholder "
                      "accepted the delay at the planning review."),
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "Two of the three developers are on leave during the freeze; not enough "
                      "people left to review it."),
    QT_TRANSLATE_NOOP("DemoScopePlanning",
                      "Design is not signed off yet; committing it now would put the release "
                      "date at risk."),
};

QString compact(const QJsonObject& o) {
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool open(const ScopeRelease& r) {
    return !r.isClosed() && r.status != ReleaseStatus::Deployed;
}

// Committed or started, but not yet shipped: the promises a missing dependency can break.
bool promised(const ScopeItem& s) {
    return s.status == ScopeStatus::Committed || s.status == ScopeStatus::InProgress;
}

template <typename T> void shuffle(QList<T>& list, QRandomGenerator& rng) {
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, qsizetype(rng.bounded(quint32(i + 1))));
}

struct Tradeoff {
    const ScopeItem* item = nullptr; // deferred now
    qint64 fromReleaseId = 0;        // the release it was committed to
    int rationale = 0;
};

struct Plan {
    QList<std::pair<qint64, double>> capacities;   // release id, capacity
    QList<std::pair<qint64, qint64>> dependencies; // item, the item it needs
    QList<Tradeoff> tradeoffs;
};

} // namespace

Result<qint64> writeScopePlanning(Database& db, BulkWriter& out, const ScopePlanningInput& input) {
    if (input.planners.isEmpty())
        return qint64(0);
    auto loadedItems = ScopeRepository(db).all();
    if (!loadedItems)
        return loadedItems.error();
    auto loadedReleases = ScopeReleaseRepository(db).all();
    if (!loadedReleases)
        return loadedReleases.error();
    const QList<ScopeItem>& items = loadedItems.value();
    const QList<ScopeRelease>& releases = loadedReleases.value();
    const QHash<qint64, int> ranks = ScopeDependencyRule::releaseRanks(releases);
    QRandomGenerator rng(input.seed ^ 0x5c09e3a1u);

    QHash<qint64, bool> isOpen;
    for (const ScopeRelease& r : releases)
        isOpen.insert(r.id, open(r));
    const auto inOpen = [&](const ScopeItem& s) {
        return isOpen.value(s.releaseId, false);
    };

    // The release the scope board opens on (the open one with the most items) shows each
    // part of the plan: it is near its capacity and one of its commitments is at risk.
    qint64 busiest = 0;
    {
        QHash<qint64, int> counts;
        for (const ScopeItem& s : items)
            counts[s.releaseId] += 1;
        int most = 0;
        for (const ScopeRelease& r : releases) {
            if (open(r) && counts.value(r.id) > most) {
                most = counts.value(r.id);
                busiest = r.id;
            }
        }
    }

    Plan plan;
    // Capacities: most releases have room, some are close to it and some are over.
    for (const ScopeRelease& r : releases) {
        if (!open(r))
            continue;
        double committed = 0;
        for (const ScopeItem& s : items) {
            if (s.releaseId == r.id && ScopeDependencyRule::isCommitted(s.status))
                committed += s.effort;
        }
        int roll = int(rng.bounded(100));
        if (r.id == busiest)
            roll = 20 + roll % 25;
        double capacity = 0;
        if (committed <= 0)
            capacity = 5 + rng.bounded(11);
        else if (roll < 20) // over: the plan promised more than the team can take
            capacity = std::floor(committed * (0.75 + rng.bounded(15) / 100.0));
        else if (roll < 45) // near: 90 % to 100 % used
            capacity = std::ceil(committed * (1.0 + rng.bounded(9) / 100.0));
        else
            capacity = std::round(committed * (1.2 + rng.bounded(40) / 100.0));
        plan.capacities.append({r.id, std::max(1.0, capacity)});
    }

    // Dependencies, never closing a loop and never twice.
    const auto add = [&](qint64 item, qint64 needs) {
        const std::pair<qint64, qint64> edge(item, needs);
        if (item == needs || plan.dependencies.contains(edge) ||
            ScopeDependencyRule::wouldCycle(plan.dependencies, item, needs))
            return false;
        plan.dependencies.append(edge);
        return true;
    };
    QList<std::pair<qint64, qint64>> onDeferred, onBacklog, onLater, healthy;
    for (const ScopeItem& a : items) {
        if (!inOpen(a))
            continue;
        for (const ScopeItem& b : items) {
            if (a.id == b.id)
                continue;
            if (promised(a) && b.status == ScopeStatus::Deferred &&
                (b.releaseId == a.releaseId || b.releaseId == 0))
                onDeferred.append({a.id, b.id});
            else if (promised(a) && b.releaseId == 0 && b.status != ScopeStatus::Done)
                onBacklog.append({a.id, b.id});
            else if (promised(a) && inOpen(b) && b.releaseId != a.releaseId &&
                     ranks.value(b.releaseId) > ranks.value(a.releaseId))
                onLater.append({a.id, b.id});
            else if (b.id < a.id && b.releaseId == a.releaseId &&
                     ScopeDependencyRule::isCommitted(b.status) &&
                     ScopeDependencyRule::isCommitted(a.status))
                healthy.append({a.id, b.id});
        }
    }
    // Warnings go to different items, so each shows on the board on its own.
    QHash<qint64, bool> warned;
    QHash<qint64, qint64> releaseOf;
    for (const ScopeItem& s : items)
        releaseOf.insert(s.id, s.releaseId);
    for (QList<std::pair<qint64, qint64>>* pairs : {&onDeferred, &onBacklog, &onLater}) {
        shuffle(*pairs, rng);
        if (pairs == &onBacklog) {
            const auto first = std::find_if(pairs->begin(), pairs->end(), [&](const auto& edge) {
                return releaseOf.value(edge.first) == busiest;
            });
            if (first != pairs->end())
                std::rotate(pairs->begin(), first, first + 1);
        }
        int taken = 0;
        for (const auto& [item, needs] : std::as_const(*pairs)) {
            if (taken == kPerWarningReason)
                break;
            if (warned.contains(item) || !add(item, needs))
                continue;
            warned.insert(item, true);
            ++taken;
        }
    }
    shuffle(healthy, rng);
    QHash<qint64, int> needsCount;
    int taken = 0;
    for (const auto& [item, needs] : std::as_const(healthy)) {
        if (taken == kHealthyDependencies)
            break;
        if (needsCount.value(item) >= 2 || !add(item, needs))
            continue;
        needsCount[item] += 1;
        ++taken;
    }

    // Trade-offs: why some committed items were deferred, in their release or out of an
    // open one into the backlog.
    QList<qint64> openIds;
    QHash<qint64, bool> cancelled;
    for (const ScopeRelease& r : releases) {
        if (open(r))
            openIds.append(r.id);
        cancelled.insert(r.id, r.status == ReleaseStatus::Cancelled);
    }
    QList<const ScopeItem*> deferred;
    for (const ScopeItem& s : items) {
        if (s.status == ScopeStatus::Deferred && !cancelled.value(s.releaseId, false) &&
            (s.releaseId > 0 || !openIds.isEmpty()))
            deferred.append(&s);
    }
    shuffle(deferred, rng);
    for (qsizetype i = 0; i < deferred.size() && i < kTradeoffs; ++i) {
        Tradeoff t{deferred[i], deferred[i]->releaseId, int(i % qsizetype(kRationales.size()))};
        if (t.fromReleaseId == 0)
            t.fromReleaseId = openIds.at(qsizetype(rng.bounded(quint32(openIds.size()))));
        plan.tradeoffs.append(t);
    }

    // Spread evenly between afterMs and beforeMs, in the order a planner would work.
    const qint64 entries =
        plan.capacities.size() + plan.dependencies.size() + plan.tradeoffs.size() + 1;
    const qint64 span = std::max<qint64>(input.beforeMs - input.afterMs, entries);
    const qint64 step = std::clamp<qint64>(span / entries, 1, qint64(60) * 1000);
    qint64 atMs = input.afterMs + 1;
    qint64 written = 0;
    const auto audit = [&](const QString& actor, const QString& action, const QString& entity,
                           qint64 id, const QJsonObject& before,
                           const QJsonObject& after) -> Result<void> {
        AuditEntry e;
        e.atMs = atMs;
        e.actor = actor;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        if (!before.isEmpty())
            e.beforeJson = compact(before);
        e.afterJson = compact(after);
        atMs += step;
        ++written;
        auto appended = out.appendAudit(std::move(e));
        if (!appended)
            return appended.error();
        return {};
    };
    const auto planner = [&](qint64 key) {
        return input.planners.at(qsizetype(quint64(key) % quint64(input.planners.size())));
    };

    ScopeReleaseRepository releaseRepo(db);
    for (const auto& [releaseId, capacity] : std::as_const(plan.capacities)) {
        const QString actor = planner(releaseId);
        if (auto set = releaseRepo.setCapacity(releaseId, capacity, actor, atMs / 1000); !set)
            return set.error();
        const QString id = QStringLiteral("id");
        const QString key = QStringLiteral("capacity");
        if (auto a =
                audit(actor, QStringLiteral("update"), QStringLiteral("release"), releaseId,
                      {{id, releaseId}, {key, QJsonValue()}}, {{id, releaseId}, {key, capacity}});
            !a)
            return a.error();
    }
    ScopeRepository scopeRepo(db);
    for (const auto& [item, needs] : std::as_const(plan.dependencies)) {
        const QString actor = planner(item);
        auto added = scopeRepo.addDependency(item, needs, actor, atMs / 1000);
        if (!added)
            return added.error();
        if (auto a =
                audit(actor, QStringLiteral("create"), QStringLiteral("scope_dependency"), item, {},
                      {{QStringLiteral("item_id"), item}, {QStringLiteral("needs_id"), needs}});
            !a)
            return a.error();
    }
    ScopeTradeoffRepository tradeoffRepo(db);
    for (const Tradeoff& d : std::as_const(plan.tradeoffs)) {
        const QString actor = planner(d.item->id);
        ScopeTradeoff t;
        t.itemId = d.item->id;
        t.itemTitle = d.item->title;
        t.fromReleaseId = d.fromReleaseId;
        t.toReleaseId = d.item->releaseId;
        t.fromStatus = ScopeStatus::Committed;
        t.toStatus = ScopeStatus::Deferred;
        t.rationale = Text::tr(kRationales[size_t(d.rationale)]);
        auto recorded = tradeoffRepo.insert(t, actor, atMs / 1000);
        if (!recorded)
            return recorded.error();
        if (auto a = audit(actor, QStringLiteral("create"), QStringLiteral("scope_tradeoff"),
                           recorded->id, {}, toJson(recorded.value()));
            !a)
            return a.error();
    }
    return written;
}

} // namespace slipway::demo
