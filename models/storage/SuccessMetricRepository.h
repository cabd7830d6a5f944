// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/SuccessMetric.h"

namespace slipway {

class Database;

// Rows of `release_success_metrics`. Writes expect the caller's Transaction.
class SuccessMetricRepository {
public:
    explicit SuccessMetricRepository(Database& db);

    Result<QList<SuccessMetric>> forRelease(qint64 releaseId) const; // in the order added
    Result<QList<SuccessMetric>> all() const;                        // by release, then as added
    Result<SuccessMetric> find(qint64 id) const;
    // A new metric, or with `id` set a deleted one back under its old id.
    Result<SuccessMetric> insert(const SuccessMetric& metric, const QString& actor, qint64 nowSecs);
    Result<SuccessMetric> update(const SuccessMetric& metric, const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<SuccessMetric>> select(const QString& where, qint64 releaseId) const;

    Database& m_db;
};

} // namespace slipway
