// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeRankRule.h"

namespace slipway {

bool ScopeRankRule::before(const ScopeItem& a, const ScopeItem& b) {
    if (a.rank != b.rank)
        return a.rank < b.rank;
    if (a.priority != b.priority)
        return a.priority < b.priority;
    return a.id < b.id;
}

QList<ScopeRankRule::Rank> ScopeRankRule::place(const QList<const ScopeItem*>& column,
                                                const ScopeItem& item, int toIndex) {
    QList<const ScopeItem*> others;
    others.reserve(column.size());
    int from = -1;
    for (const ScopeItem* s : column) {
        if (s->id == item.id)
            from = int(others.size());
        else
            others.append(s);
    }
    toIndex = qBound(0, toIndex, int(others.size()));
    if (from == toIndex)
        return {};

    const ScopeItem* prev = toIndex > 0 ? others[toIndex - 1] : nullptr;
    const ScopeItem* next = toIndex < others.size() ? others[toIndex] : nullptr;
    // A rank strictly between the neighbours keeps everyone else where they are. A tie
    // on rank with either neighbour would let priority or id decide, so it does not count.
    double rank = 0;
    bool fits = false;
    if (prev && next) {
        rank = prev->rank + (next->rank - prev->rank) / 2;
        fits = prev->rank < rank && rank < next->rank;
    } else if (prev) {
        rank = prev->rank + 1;
        fits = prev->rank < rank;
    } else if (next) {
        rank = next->rank - 1;
        fits = rank < next->rank;
    } else {
        return {}; // alone in its column
    }
    if (fits)
        return {{item.id, rank}};

    QList<Rank> changes;
    others.insert(toIndex, &item);
    for (int i = 0; i < others.size(); ++i) {
        const double wanted = i + 1;
        if (others[i]->rank != wanted)
            changes.append({others[i]->id, wanted});
    }
    return changes;
}

} // namespace slipway
