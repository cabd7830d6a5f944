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

} // namespace slipway
