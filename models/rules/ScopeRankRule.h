// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include <QList>

#include <utility>

namespace slipway {

// The order of cards within a board column, and the rank changes that put a card at a
// given place in it. Cards sort by rank, then priority, then id; new and imported items
// all have rank 0, so an untouched column reads by priority.
class ScopeRankRule {
public:
    using Rank = std::pair<qint64, double>; // item id, its new rank

    // a before b in a column.
    static bool before(const ScopeItem& a, const ScopeItem& b);

    // `column`: every item of the column in board order (after `before`), the moving one
    // included when it is already there. Returns the ranks to store so that `itemId` ends at
    // `toIndex` of the column without it (clamped), the others keeping their order: one
    // change when there is room between its new neighbours, else the whole column renumbered
    // 1, 2, 3… (only the items whose rank changes). Empty when nothing would move.
    static QList<Rank> place(const QList<const ScopeItem*>& column, const ScopeItem& item,
                             int toIndex);

    // Board ranks from the order an imported file gives its items (Jira's Rank "0|i000lx:",
    // compared as text; Azure DevOps' Stack Rank, as numbers when every value is one):
    // 1, 2, 3… in that order, ties by position; 0 where a value is empty.
    static QList<double> fromSourceOrder(const QStringList& sourceRanks);
};

} // namespace slipway
