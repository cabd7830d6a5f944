// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

class QSqlQuery;

namespace slipway {

class Database;

// The single-row statements every repository runs the same way: read one row by id, insert
// one, update or delete one guarded by row_version. Table names come from the repositories'
// own constants, never from input; every value is a bound parameter.
namespace sql {

// Binds created_by, created_at, updated_by, updated_at: a new row is created and last
// updated by the same actor at the same moment.
void bindCreated(QSqlQuery& q, const QString& actor, qint64 now);
// Binds the tail of a guarded update:
// `updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?`.
void bindUpdated(QSqlQuery& q, const QString& actor, qint64 now, qint64 id, qint64 rowVersion);

// Prepares `select` + " WHERE id = ?" and steps onto its row; no row is NotFound with
// `notFound`, which the caller words (and translates) itself.
Result<void> selectById(Database& db, QSqlQuery& q, const QString& select, qint64 id,
                        const QString& doing, const QString& notFound);
// Prepares `INSERT INTO table (id, columns) VALUES (?, values) RETURNING id` and binds `id`
// first when it is given (a deleted row restored under its old id); when `id` is 0 the column
// is left out and the engine assigns the next one. `values` holds one placeholder or literal
// per column; the caller binds the rest in column order. `onConflict` (e.g. "ON CONFLICT (…) DO
// NOTHING") goes before RETURNING; the statement then returns no row when it skipped.
void prepareInsert(QSqlQuery& q, const QString& table, const QString& columns,
                   const QString& values, qint64 id, const QString& onConflict = {});
// Runs a prepared INSERT that ends in `RETURNING id` (prepareInsert, or a statement of the
// caller's own); answers the new row's id.
Result<qint64> insertReturningId(Database& db, QSqlQuery& q, const QString& doing);
// Runs a prepared UPDATE or DELETE guarded by row_version; touching no row is
// staleRowError(table, id, shownName).
Result<void> changeVersioned(Database& db, QSqlQuery& q, const QString& table, qint64 id,
                             const QString& shownName, const QString& doing);
// Prepares DELETE FROM `table` WHERE id = ? AND row_version = ?, both bound.
void prepareVersionedDelete(QSqlQuery& q, const QString& table, qint64 id,
                            qint64 expectedRowVersion);
// Runs that DELETE; deleting nothing is staleRowErrorByColumn(nameColumn), which names the
// row by its id when nameColumn is empty.
Result<void> removeVersioned(Database& db, const QString& table, qint64 id,
                             qint64 expectedRowVersion, const QString& nameColumn,
                             const QString& doing);

} // namespace sql
} // namespace slipway
