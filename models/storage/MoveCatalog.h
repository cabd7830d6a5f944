// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MoveRows.h"

#include <QList>

namespace slipway {

class Database;

// The tables a move copies, read from a database's own catalog (sqlite_master and its pragmas
// on a file, pg_catalog on a server): every table but slipway_migrations and the engine's own,
// parents before the tables whose foreign keys name them.
class MoveCatalog {
public:
    static Result<QList<MoveTable>> read(Database& db);
    // Parents first, ties by name; self-references ignored. Fails on a cycle.
    static Result<QList<MoveTable>> ordered(QList<MoveTable> tables);
    // "name" as an SQL identifier, for both engines.
    static QString quoted(const QString& identifier);
    // The column list of `table`, each quoted, joined by ", ".
    static QString columnList(const MoveTable& table);
    // ORDER BY its primary key, or every column when it has none.
    static QString orderBy(const MoveTable& table);
};

} // namespace slipway
