// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QString>

#include <optional>

namespace slipway {

class Database;

// File-level settings in `meta`, one text value per key. Writes expect the caller's
// Transaction; the service that owns a setting checks and audits it.
class MetaRepository {
public:
    explicit MetaRepository(Database& db);

    // The stored value; none when the key was never set.
    Result<std::optional<QString>> value(const QString& key) const;
    // Sets `key` to `value`, adding the key when it is not there yet.
    Result<void> setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace slipway
