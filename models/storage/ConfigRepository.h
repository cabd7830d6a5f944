// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConfigItem.h"
#include "domain/Result.h"

#include <QList>

#include <optional>

namespace slipway {

class Database;

// Rows of `config_items`, each with its environment's name. Writes expect the caller's
// Transaction.
class ConfigRepository {
public:
    explicit ConfigRepository(Database& db);

    // By environment name, then key. `releaseId` 0: every release's; `environmentId` 0: every
    // environment's.
    Result<QList<ConfigItem>> items(qint64 releaseId, qint64 environmentId = 0) const;
    Result<ConfigItem> find(qint64 id) const;
    Result<std::optional<ConfigItem>> findKey(qint64 releaseId, qint64 environmentId,
                                              const QString& key) const;
    // A key someone else set since the caller looked (on a server both inserts may start; the
    // later one waits for the first to commit) is Stale, naming who set it and when.
    Result<ConfigItem> insert(const ConfigItem& item, const QString& actor, qint64 now);
    // Value, reference and secret mark, guarded by the row version read.
    Result<ConfigItem> update(const ConfigItem& item, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
