// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ScopeItem.h"

#include <QHash>
#include <QList>
#include <QString>

#include <utility>
#include <vector>

struct sqlite3_stmt;

namespace slipway {

class Database;

// Ids set aside for new scope items: first, first + 1, … first + count - 1 on a file; on a
// server, what the id sequence gave, which other clients' inserts can leave with gaps (then
// `ids` lists them, one per item).
struct ScopeIdRange {
    qint64 first = 0;
    qint64 count = 0;
    std::vector<qint64> ids; // empty: consecutive from `first`

    bool consecutive() const { return ids.empty(); }
    qint64 at(qint64 k) const { return ids.empty() ? first + k : ids[size_t(k)]; }
};

// Rows of `scope_items` and `scope_dependencies`, through raw prepared statements: an
// import reads and writes 100,000 of them, where QSqlQuery's per-value QVariant churn
// would dominate. On a server (ScopeRepositoryPg.cpp) reads and single-row writes go through
// QSqlQuery, and new items through COPY. Writes expect the caller's Transaction.
class ScopeRepository {
public:
    explicit ScopeRepository(Database& db);
    ~ScopeRepository();
    ScopeRepository(const ScopeRepository&) = delete;
    ScopeRepository& operator=(const ScopeRepository&) = delete;

    Result<QList<ScopeItem>> all() const; // by id
    Result<ScopeItem> find(qint64 id) const;
    Result<qint64> count() const;
    // Items that have an external key, by that key: what an import matches rows against.
    Result<QHash<QString, ScopeItem>> itemsByExternalKey() const;
    // (item, the item it needs), by item id.
    Result<QList<std::pair<qint64, qint64>>> dependencies() const;

    // Release ids by version, and versions by release id: imports place items by version.
    Result<QHash<QString, QList<qint64>>> releaseIdsByVersion() const;

    // Stores a new item; returns it with its id and row_version 1.
    Result<ScopeItem> insert(ScopeItem item, const QString& actor, qint64 nowSecs);
    // Stores new items, giving each its id (ids reserved for them, in order) and row_version 1.
    // Rows go in groups through one multi-row INSERT, their texts bound as UTF-8; the table's
    // CHECK constraints are asked in C++ first (an item that breaks one refuses the call, and
    // nothing is written), so SQLite does not build an `IN (…)` list per row.
    Result<void> insertAll(QList<ScopeItem>& items, const QString& actor, qint64 nowSecs);
    // The same for items kept elsewhere (an import's rows), in this order.
    Result<void> insertAll(const std::vector<ScopeItem*>& items, const QString& actor,
                           qint64 nowSecs);
    // The same with ids the caller reserved (reserveIds), at least one per item.
    Result<void> insertAll(const std::vector<ScopeItem*>& items, const ScopeIdRange& ids,
                           const QString& actor, qint64 nowSecs);
    // Sets aside `count` ids for new items, inside the caller's write transaction: an import
    // knows its items' ids before it stores them. Consecutive on a file; on a server from the
    // id sequence, consecutive unless another client took ids at the same time.
    Result<ScopeIdRange> reserveIds(qint64 count);
    // Large imports: drops the (release_id, status) index inside the caller's transaction and
    // returns its stored CREATE statement, so restoreIndex can build it once after the rows
    // are in instead of updating it row by row. A rollback brings it back unchanged. Nothing
    // on a server, where COPY keeps the index at little cost.
    Result<QByteArray> dropReleaseIndex();
    Result<void> restoreIndex(const QByteArray& createSql);
    // Refuses with Error::Kind::Stale when item.rowVersion is not the stored one.
    Result<ScopeItem> update(ScopeItem item, const QString& actor, qint64 nowSecs);
    // False when the dependency was already there, or names the item twice.
    Result<bool> addDependency(qint64 itemId, qint64 needsId, const QString& actor, qint64 nowSecs);
    // Many at once (an import's links), in order: for each pair whether it was added. A pair
    // already there, repeated earlier in the list, or naming one item twice gives false. On a
    // server one statement; on a file one prepared insert per pair.
    Result<std::vector<bool>> addDependencies(const std::vector<std::pair<qint64, qint64>>& links,
                                              const QString& actor, qint64 nowSecs);
    // False when there was no such dependency.
    // Board order only (ScopeItem::rank); row_version and the stamps stay as they are.
    Result<QHash<qint64, double>> ranks() const; // every item's board rank by id
    Result<void> setRanks(const QList<std::pair<qint64, double>>& ranks);
    Result<bool> removeDependency(qint64 itemId, qint64 needsId);

private:
    sqlite3_stmt* statement(int slot, const char* sql) const;
    // The same on a server (ScopeRepositoryPg.cpp).
    Result<QList<ScopeItem>> itemsOnServer(const QString& where, qint64 id) const;
    Result<qint64> countOnServer() const;
    Result<QList<std::pair<qint64, qint64>>> dependenciesOnServer() const;
    Result<QHash<QString, QList<qint64>>> releaseIdsByVersionOnServer() const;
    Result<ScopeIdRange> reserveIdsOnServer(qint64 count);
    Result<void> insertAllOnServer(const std::vector<ScopeItem*>& items, const ScopeIdRange& ids,
                                   const QString& actor, qint64 nowSecs);
    Result<ScopeItem> updateOnServer(ScopeItem item, const QString& actor, qint64 nowSecs);
    Result<bool> addDependencyOnServer(qint64 itemId, qint64 needsId, const QString& actor,
                                       qint64 nowSecs);
    Result<std::vector<bool>>
    addDependenciesOnServer(const std::vector<std::pair<qint64, qint64>>& links,
                            const QString& actor, qint64 nowSecs);
    Result<QHash<qint64, double>> ranksOnServer() const;
    Result<void> setRanksOnServer(const QList<std::pair<qint64, double>>& ranks);
    Result<bool> removeDependencyOnServer(qint64 itemId, qint64 needsId);
    Error lastError() const;

    Database& m_db;
    mutable sqlite3_stmt* m_statements[4] = {};
};

} // namespace slipway
