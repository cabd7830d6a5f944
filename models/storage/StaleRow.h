// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

namespace slipway {

class Database;

// Why a write guarded by row_version touched nothing: the row is gone (NotFound), or someone
// saved it after the user loaded it (Stale, naming who and when).
Error staleRowError(Database& db, const QString& table, qint64 id, const QString& shownName);
// The same, naming the row by its own `nameColumn` (a removal knows only the id).
Error staleRowErrorByColumn(Database& db, const QString& table, qint64 id,
                            const QString& nameColumn);

// Who changed a record last and when, from its newest audit entry (`entity`, `id`), for rows
// that keep no updated_by of their own. `when` is local time, short format; both are empty
// when the log names no change of it.
struct LastChange {
    QString actor;
    QString when;
    bool known() const { return !actor.isEmpty(); }
};
LastChange lastChangeOf(Database& db, const QString& entity, qint64 id);

} // namespace slipway
