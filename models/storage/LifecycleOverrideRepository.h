// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `lifecycle_overrides`. Writes expect the caller's Transaction.
class LifecycleOverrideRepository {
public:
    explicit LifecycleOverrideRepository(Database& db);

    Result<QList<LifecycleOverride>> forRelease(qint64 releaseId) const; // oldest first
    Result<QList<LifecycleOverride>> unsettled() const;                  // every release
    Result<LifecycleOverride> find(qint64 id) const;
    Result<LifecycleOverride> insert(const LifecycleOverride& override, qint64 nowSecs);
    // Approval and settlement; refuses (Stale) unless `rowVersion` is the stored one.
    Result<LifecycleOverride> update(const LifecycleOverride& override);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<QList<LifecycleOverride>> select(const QString& where, const QVariant& bind) const;
    Database& m_db;
};

} // namespace slipway
