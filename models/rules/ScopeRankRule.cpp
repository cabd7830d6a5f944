// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeRankRule.h"

#include <QLocale>

#include <algorithm>
#include <numeric>
#include <vector>

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

QList<double> ScopeRankRule::fromSourceOrder(const QStringList& sourceRanks) {
    std::vector<qsizetype> given;
    given.reserve(size_t(sourceRanks.size()));
    std::vector<double> numbers;
    bool numeric = true; // until one value is not a number: then nothing more is parsed
    for (qsizetype i = 0; i < sourceRanks.size(); ++i) {
        if (sourceRanks[i].isEmpty())
            continue;
        given.push_back(i);
        if (!numeric)
            continue;
        bool ok = false;
        const double n = QLocale::c().toDouble(sourceRanks[i], &ok);
        numeric = ok;
        if (numbers.empty())
            numbers.resize(size_t(sourceRanks.size()), 0);
        numbers[size_t(i)] = n;
    }
    const auto less = [&](qsizetype a, qsizetype b) {
        if (numeric)
            return numbers[size_t(a)] < numbers[size_t(b)];
        return sourceRanks[a] < sourceRanks[b]; // LexoRank: ordered as plain text
    };
    // Exports come in rank order or, newest first, in its reverse: one pass says so.
    if (std::is_sorted(given.begin(), given.end(), less)) {
        // already in order, ties by position
    } else if (std::adjacent_find(given.begin(), given.end(), [&](qsizetype a, qsizetype b) {
                   return !less(b, a);
               }) == given.end()) {
        std::reverse(given.begin(), given.end()); // strictly descending: no ties to keep
    } else {
        std::stable_sort(given.begin(), given.end(), less);
    }
    QList<double> out(sourceRanks.size(), 0);
    for (size_t k = 0; k < given.size(); ++k)
        out[given[k]] = double(k + 1);
    return out;
}

} // namespace slipway
