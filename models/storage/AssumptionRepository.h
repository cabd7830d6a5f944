// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assumption.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Rows of `release_assumptions`. Writes expect the caller's Transaction.
class AssumptionRepository {
public:
    explicit AssumptionRepository(Database& db);

    Result<QList<Assumption>> forRelease(qint64 releaseId) const; // by due date, then id
    Result<QList<Assumption>> all() const;                        // by release, due date
    Result<Assumption> find(qint64 id) const;
    // A new assumption, or with `id` set a deleted one back under its old id.
    Result<Assumption> insert(const Assumption& assumption, const QString& actor, qint64 nowSecs);
    Result<Assumption> update(const Assumption& assumption, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<Assumption>> select(const QString& where, qint64 releaseId) const;

    Database& m_db;
};

} // namespace slipway
