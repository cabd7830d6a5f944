// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/ScopeItem.h"
#include "domain/ScopeRelease.h"
#include "domain/ScopeTradeoff.h"
#include "rules/ScopeDependencyRule.h"

#include <QList>
#include <QObject>

#include <optional>
#include <utility>

namespace slipway {

class Database;

// Every change to a release's scope: moving items between statuses and releases, their
// dependencies, trade-off decisions and release capacity. Each is permission-checked
// (Action::EditScope), written with its audit entries in one transaction, and announced.
class ScopeService : public QObject {
    Q_OBJECT
public:
    ScopeService(Database& db, Session session, QObject* parent = nullptr);

    Result<QList<ScopeItem>> all() const;
    Result<ScopeItem> find(qint64 id) const;
    Result<QList<std::pair<qint64, qint64>>> dependencies() const; // (item, what it needs)
    Result<QList<ScopeRelease>> releases() const;
    Result<QList<ScopeTradeoff>> tradeoffs() const; // newest first
    Result<QList<DependencyWarning>> dependencyWarnings() const;

    struct Move {
        qint64 itemId = 0;
        qint64 rowVersion = 0; // the version the user saw; a newer one refuses (Stale)
        ScopeStatus toStatus = ScopeStatus::Proposed;
        qint64 toReleaseId = 0; // 0: the backlog
        QString rationale;      // required when ScopeMoveRule::needsRationale says so
    };
    // Moves the item; a trade-off is recorded with it when the move needs a rationale.
    Result<ScopeItem> move(const Move& move);

    // "item needs needsId". Refuses a loop and an item needing itself.
    Result<void> addDependency(qint64 itemId, qint64 needsId);
    Result<void> removeDependency(qint64 itemId, qint64 needsId);

    Result<void> setCapacity(qint64 releaseId, std::optional<double> capacity);

    // Stores board order (ScopeRankRule::place gives the ranks) as one audited change named
    // after the card that was moved. Returns the ranks the items had before, for undo.
    using Rank = std::pair<qint64, double>;
    Result<QList<Rank>> setRanks(qint64 movedItemId, const QList<Rank>& ranks);

Q_SIGNALS:
    void itemChanged(qint64 id);
    void dependenciesChanged();
    void tradeoffRecorded(qint64 tradeoffId);
    void capacityChanged(qint64 releaseId);
    void ranksChanged(const QList<std::pair<qint64, double>>& ranks);

private:
    Database& m_db;
    Session m_session;
};

} // namespace slipway
