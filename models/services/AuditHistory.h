// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

class Database;

// What the audit log says about one row. A row brought back by undo keeps who requested,
// approved or settled it only as the log recorded those acts: a restore never puts an act in
// someone's name that they did not do from their own account.
class AuditHistory {
public:
    // `createdBy`: the actions that make the row (SQLite may give a new row the id of a
    // deleted one, so only entries since the newest of them are about this row).
    AuditHistory(Database& db, QString entity, qint64 id, QStringList createdBy);

    // The newest entry for the row whose action is one of `actions`, since the row was made;
    // none if there is none.
    Result<std::optional<AuditEntry>> latest(const QStringList& actions) const;

    // Passes when `who` is empty (the restored row claims no act), or when the newest entry
    // among `doneBy` and `undoneBy` is one of `doneBy`, made by `who` (sameLogin). `what`
    // names the act in the refusal ("approved the waiver").
    Result<void> confirms(const QString& who, const QStringList& doneBy,
                          const QStringList& undoneBy, const QString& what) const;

private:
    Database& m_db;
    QString m_entity;
    qint64 m_id;
    QStringList m_createdBy;
};

} // namespace slipway
