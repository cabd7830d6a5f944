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

// Ids set aside for new scope items: first, first + 1, … first + count - 1.
struct ScopeIdRange {
    qint64 first = 0;
    qint64 count = 0;
};

// Rows of `scope_items` and `scope_dependencies`, through raw prepared statements: an
// import reads and writes 100,000 of them, where QSqlQuery's per-value QVariant churn
// would dominate. Writes expect the caller's Transaction.
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
    // Sets aside `count` consecutive ids for new items, inside the caller's write transaction:
    // an import knows its items' ids before it stores them.
    Result<ScopeIdRange> reserveIds(qint64 count);
    // Large imports: drops the (release_id, status) index inside the caller's transaction and
    // returns its stored CREATE statement, so restoreIndex can build it once after the rows
    // are in instead of updating it row by row. A rollback brings it back unchanged.
    Result<QByteArray> dropReleaseIndex();
    Result<void> restoreIndex(const QByteArray& createSql);
    // Refuses with Error::Kind::Stale when item.rowVersion is not the stored one.
    Result<ScopeItem> update(ScopeItem item, const QString& actor, qint64 nowSecs);
    // False when the dependency was already there, or names the item twice.
    Result<bool> addDependency(qint64 itemId, qint64 needsId, const QString& actor, qint64 nowSecs);
    // False when there was no such dependency.
    // Board order only (ScopeItem::rank); row_version and the stamps stay as they are.
    Result<QHash<qint64, double>> ranks() const; // every item's board rank by id
    Result<void> setRanks(const QList<std::pair<qint64, double>>& ranks);
    Result<bool> removeDependency(qint64 itemId, qint64 needsId);

private:
    sqlite3_stmt* statement(int slot, const char* sql) const;
    Error lastError() const;

    Database& m_db;
    mutable sqlite3_stmt* m_statements[4] = {};
};

} // namespace slipway
