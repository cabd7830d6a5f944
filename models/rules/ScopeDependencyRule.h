// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"
#include "domain/ScopeRelease.h"

#include <QHash>
#include <QList>

#include <utility>

namespace slipway {

// A committed item that needs another one the release will not have.
struct DependencyWarning {
    enum class Reason { Deferred, Backlog, LaterRelease };
    qint64 itemId = 0;         // the committed item (A)
    qint64 needsId = 0;        // what it needs (B)
    qint64 releaseId = 0;      // A's release
    qint64 needsReleaseId = 0; // B's release; 0 in the backlog
    Reason reason = Reason::Deferred;
    QString message; // names both items and why

    static QString reasonKey(Reason reason); // "deferred", "backlog", "later_release"
};

// Committing A (A needs B) while B is deferred, in the backlog or in a later release
// leaves A unable to ship: each such pair gives a warning naming both. Pure logic.
class ScopeDependencyRule {
public:
    // Committed, in progress or done: the release has promised it.
    static bool isCommitted(ScopeStatus status);

    // Release order for "later": scheduled releases by window start, unscheduled ones after
    // them (by id). Returns release id -> rank.
    static QHash<qint64, int> releaseRanks(const QList<ScopeRelease>& releases);

    static QList<DependencyWarning> check(const QList<ScopeItem>& items,
                                          const QList<std::pair<qint64, qint64>>& dependencies,
                                          const QList<ScopeRelease>& releases);

    // Whether adding "item needs needs" would close a loop through existing dependencies.
    static bool wouldCycle(const QList<std::pair<qint64, qint64>>& dependencies, qint64 itemId,
                           qint64 needsId);
};

} // namespace slipway
