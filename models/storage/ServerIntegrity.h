// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IntegrityChecker.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace slipway {

class Database;

// `slipway check` on a PostgreSQL server: the audit chain and an emptied log as on a file, the
// triggers the baseline creates (present and enabled), slipway_notify on every table, and
// once `slipway admin init` ran, that no role but the owner may rewrite a history table and
// that row security is on where admin init turns it on. Pages and foreign keys are the
// server's own business and are not checked.
class ServerIntegrity {
    Q_DECLARE_TR_FUNCTIONS(ServerIntegrity)
public:
    struct Trigger {
        const char* table;
        const char* name;
    };
    // The refusal and chain triggers of resources/migrations/pg/0023_baseline.pg.sql.
    static QList<Trigger> baselineTriggers();

    // Fills `report` (file, schema version already set by the caller).
    static void check(Database& db, IntegrityReport& report);
};

} // namespace slipway
