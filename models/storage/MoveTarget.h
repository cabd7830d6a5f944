// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MoveRows.h"

#include <QList>
#include <QStringList>

namespace slipway {

class Database;

// The target's side of a move: one write transaction in which the seed rows go, the triggers
// stand aside while history is copied as it was, and identity sequences move past the copied
// ids. Rolled back unless committed, also when the object goes.
class MoveTarget {
public:
    explicit MoveTarget(Database& db);
    ~MoveTarget();
    MoveTarget(const MoveTarget&) = delete;
    MoveTarget& operator=(const MoveTarget&) = delete;

    // BEGIN; on a server session_replication_role = replica when the role may set it, else
    // every table's user triggers disabled (transactional DDL); on a file the triggers dropped
    // (their SQL kept) and foreign keys checked at commit.
    Result<void> begin(const QList<MoveTable>& tables);
    // Deletes every row, children first: the target held only the seeds a new database has.
    Result<void> clear(const QList<MoveTable>& tables);
    // Triggers back, identity sequences above the highest id.
    Result<void> restore(const QList<MoveTable>& tables);
    Result<qint64> count(const QString& table);
    Result<void> commit();
    void rollback();

private:
    Result<void> run(const QString& sql, const QString& doing);

    Database& m_db;
    bool m_open = false;
    bool m_triggersDisabled = false; // a server without the right to replica mode
    QStringList m_fileTriggers;      // CREATE TRIGGER statements dropped on a file
};

} // namespace slipway
