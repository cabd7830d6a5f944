// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/Runbook.h"

#include <QHash>
#include <QList>

#include <optional>

namespace slipway {

class Database;

// Rows of `runbooks` with their steps (`runbook_steps`), triggers (`runbook_triggers`) and
// the rehearsals of their migration steps (`migration_rehearsals`). A runbook's steps and
// triggers are written as a whole with it; a step keeps its id through every write that
// keeps the step (matched by id), whatever its place or key. Writes expect the caller's
// Transaction.
class RunbookRepository {
public:
    explicit RunbookRepository(Database& db);

    Result<std::optional<Runbook>> forRelease(qint64 releaseId) const;
    Result<QHash<qint64, Runbook::State>> states() const; // release id → state
    Result<QList<qint64>> releaseIds() const;             // releases with a runbook

    // A new runbook (with `runbook.id` set: back under its old id) with its steps, triggers
    // and rehearsals.
    Result<Runbook> insert(const Runbook& runbook, const QString& actor, qint64 now);
    // Header, steps and triggers over the row at `runbook.rowVersion` (Stale otherwise).
    Result<Runbook> update(const Runbook& runbook, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 rowVersion);

    Result<MigrationRehearsal> insertRehearsal(qint64 runbookId, const MigrationRehearsal& r,
                                               const QString& actor, qint64 now);
    Result<MigrationRehearsal> removeRehearsal(qint64 runbookId, qint64 rehearsalId);

private:
    Result<void> writeChildren(const Runbook& runbook);
    Result<void> writeSteps(const Runbook& runbook);
    Result<void> writeTriggers(const Runbook& runbook);
    Result<bool> idIsFree(const QString& table, qint64 id) const;
    Result<void> readChildren(Runbook& runbook) const;
    Database& m_db;
};

} // namespace slipway
