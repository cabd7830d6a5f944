// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ScopeRelease.h"

#include <QList>

#include <optional>

namespace slipway {

class Database;

// The releases as the scope board sees them (label, time, capacity), and their capacity.
class ScopeReleaseRepository {
public:
    explicit ScopeReleaseRepository(Database& db);

    // Scheduled releases by window start, then unscheduled ones by id.
    Result<QList<ScopeRelease>> all() const;
    Result<ScopeRelease> find(qint64 releaseId) const;
    // Writes the capacity (unset: NULL) and bumps the release's row version.
    Result<void> setCapacity(qint64 releaseId, std::optional<double> capacity, const QString& actor,
                             qint64 nowSecs);

private:
    Database& m_db;
};

} // namespace slipway
