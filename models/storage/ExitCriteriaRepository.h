// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ExitCriterion.h"
#include "domain/Result.h"

namespace slipway {

class Database;

// Rows of `release_exit_criteria`. Writes expect the caller's Transaction.
class ExitCriteriaRepository {
public:
    explicit ExitCriteriaRepository(Database& db);

    Result<QList<ExitCriterion>> forRelease(qint64 releaseId) const; // in checklist order
    Result<ExitCriterion> find(qint64 id) const;
    // A new criterion (at the end when `position` < 0), or with `id` set a deleted one back.
    Result<ExitCriterion> insert(const ExitCriterion& criterion, const QString& actor,
                                 qint64 nowSecs);
    Result<ExitCriterion> update(const ExitCriterion& criterion, const QString& actor,
                                 qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);
    // Numbers the release's criteria 0, 1, 2 … in the order of `ids`.
    Result<void> setOrder(qint64 releaseId, const QList<qint64>& ids, const QString& actor,
                          qint64 nowSecs);

private:
    Database& m_db;
};

} // namespace slipway
