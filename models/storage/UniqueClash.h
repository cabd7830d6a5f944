// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// A write refused by a unique key, in words: which fields hold a value another row has. Read
// from SQLite's "UNIQUE constraint failed: table.a, table.b" or from the "Key (a, b)=(…)"
// detail of PostgreSQL's 23505; nothing when `engineText` names no columns. The message names
// the fields by their column names, ids left out ("release_id, name" is "name"), never the
// values, which are the user's own and may hold anything.
std::optional<QString> uniqueClashMessage(const QString& where, const QString& engineText,
                                          const QString& doing);

} // namespace slipway
