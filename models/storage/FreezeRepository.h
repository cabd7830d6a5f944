// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Freeze.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `incident_freezes`. Writes expect the caller's Transaction.
class FreezeRepository {
public:
    explicit FreezeRepository(Database& db);

    Result<QList<FreezePeriod>> all() const; // by start
    Result<FreezePeriod> find(qint64 id) const;
    // A new freeze, or with `freeze.id` set a deleted one back under its old id.
    Result<FreezePeriod> insert(const FreezePeriod& freeze, const QString& actor, qint64 nowSecs);
    // Refuses (Stale) unless `freeze.rowVersion` is the stored one.
    Result<FreezePeriod> update(const FreezePeriod& freeze, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Database& m_db;
};

} // namespace slipway
