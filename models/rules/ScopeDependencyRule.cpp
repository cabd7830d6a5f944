// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeDependencyRule.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ScopeDependencyRule)
};

QString named(const ScopeItem& item) {
    return item.externalKey.isEmpty() ? QStringLiteral("“%1”").arg(item.title)
                                      : QStringLiteral("%1 “%2”").arg(item.externalKey, item.title);
}

} // namespace

QString DependencyWarning::reasonKey(Reason reason) {
    switch (reason) {
    case Reason::Deferred:
        return QStringLiteral("deferred");
    case Reason::Backlog:
        return QStringLiteral("backlog");
    case Reason::LaterRelease:
        return QStringLiteral("later_release");
    }
    return {};
}

bool ScopeDependencyRule::isCommitted(ScopeStatus status) {
    return status == ScopeStatus::Committed || status == ScopeStatus::InProgress ||
           status == ScopeStatus::Done;
}

QHash<qint64, int> ScopeDependencyRule::releaseRanks(const QList<ScopeRelease>& releases) {
    QList<ScopeRelease> sorted = releases;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ScopeRelease& a, const ScopeRelease& b) {
                         const bool aScheduled = a.windowStart > 0;
                         const bool bScheduled = b.windowStart > 0;
                         if (aScheduled != bScheduled)
                             return aScheduled;
                         if (aScheduled && a.windowStart != b.windowStart)
                             return a.windowStart < b.windowStart;
                         return a.id < b.id;
                     });
    QHash<qint64, int> ranks;
    for (int i = 0; i < sorted.size(); ++i)
        ranks.insert(sorted[i].id, i);
    return ranks;
}

QList<DependencyWarning>
ScopeDependencyRule::check(const QList<ScopeItem>& items,
                           const QList<std::pair<qint64, qint64>>& dependencies,
                           const QList<ScopeRelease>& releases) {
    QHash<qint64, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        index.insert(items[i].id, i);
    const QHash<qint64, int> ranks = releaseRanks(releases);
    QHash<qint64, QString> labels;
    for (const ScopeRelease& r : releases)
        labels.insert(r.id, r.label());

    QList<DependencyWarning> out;
    for (const auto& [itemId, needsId] : dependencies) {
        const auto a = index.constFind(itemId);
        const auto b = index.constFind(needsId);
        if (a == index.cend() || b == index.cend())
            continue;
        const ScopeItem& item = items[*a];
        const ScopeItem& needs = items[*b];
        if (item.releaseId <= 0 || !isCommitted(item.status))
            continue;
        DependencyWarning w;
        w.itemId = item.id;
        w.needsId = needs.id;
        w.releaseId = item.releaseId;
        w.needsReleaseId = needs.releaseId;
        const QString release = labels.value(item.releaseId, Text::tr("its release"));
        if (needs.status == ScopeStatus::Deferred) {
            w.reason = DependencyWarning::Reason::Deferred;
            w.message = Text::tr("%1 is committed to %2 but needs %3, which is deferred.")
                            .arg(named(item), release, named(needs));
        } else if (needs.releaseId <= 0) {
            w.reason = DependencyWarning::Reason::Backlog;
            w.message =
                Text::tr("%1 is committed to %2 but needs %3, which is still in the backlog.")
                    .arg(named(item), release, named(needs));
        } else if (needs.releaseId != item.releaseId &&
                   ranks.value(needs.releaseId, -1) > ranks.value(item.releaseId, -1)) {
            w.reason = DependencyWarning::Reason::LaterRelease;
            w.message =
                Text::tr("%1 is committed to %2 but needs %3, which is planned for the later "
                         "release %4.")
                    .arg(named(item), release, named(needs), labels.value(needs.releaseId));
        } else {
            continue;
        }
        out.append(w);
    }
    return out;
}

bool ScopeDependencyRule::wouldCycle(const QList<std::pair<qint64, qint64>>& dependencies,
                                     qint64 itemId, qint64 needsId) {
    if (itemId == needsId)
        return true;
    QHash<qint64, QList<qint64>> needs;
    for (const auto& [a, b] : dependencies)
        needs[a].append(b);
    // A loop exists when `needsId` already (transitively) needs `itemId`.
    QSet<qint64> seen;
    QList<qint64> stack{needsId};
    while (!stack.isEmpty()) {
        const qint64 at = stack.takeLast();
        if (at == itemId)
            return true;
        if (seen.contains(at))
            continue;
        seen.insert(at);
        stack.append(needs.value(at));
    }
    return false;
}

} // namespace slipway
