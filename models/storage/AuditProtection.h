// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace slipway {

class Database;

// One way the file's audit trail lost its protection: a trigger the migrations create is
// missing or altered, a trigger of unknown origin sits on the audit log, or the log was
// emptied on a file that holds data.
struct ProtectionFinding {
    enum class Kind { MissingTrigger, AlteredTrigger, UnknownTrigger, EmptiedLog };
    Kind kind = Kind::MissingTrigger;
    QString trigger; // the trigger's name; empty for EmptiedLog
    QString table;   // the table it is (or was to be) on
    QString message;
};

// Checks what keeps the audit trail honest against tools other than Slipway. The triggers are
// compared with those the built-in migrations create, run into an in-memory database up to the
// file's schema version, so a later migration's triggers are covered without a list here.
class AuditProtection {
public:
    struct Trigger {
        QString table;
        QString sql; // as sqlite_master holds it
    };

    // By name: the triggers the migrations in `migrationsDir` (empty: the built-in ones) up to
    // `schemaVersion` create.
    static Result<QMap<QString, Trigger>> expectedTriggers(const QString& migrationsDir,
                                                           int schemaVersion);
    // Whitespace runs folded to one space, case folded: layout is not an alteration.
    static QString normalisedSql(const QString& sql);

    static Result<QList<ProtectionFinding>> check(Database& db, const QString& migrationsDir = {});

    // When the audit log has no entry although the file holds releases, change requests,
    // scope items or other audited rows: a finding saying so. Costs one lookup when the log
    // has entries.
    static Result<std::optional<ProtectionFinding>> emptiedLog(Database& db);
};

} // namespace slipway
