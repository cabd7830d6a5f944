// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "domain/ScopeRelease.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

class Database;

// The releases as the scope board sees them (label, time, capacity), and their capacity.
class ScopeReleaseRepository {
public:
    explicit ScopeReleaseRepository(Database& db);

    // Scheduled releases by window start, then unscheduled ones by id.
    Result<QList<ScopeRelease>> all() const;
    // Every release's label ("Payments API 2.4.0") by id, for exports that name releases.
    Result<QHash<qint64, QString>> labels() const;
    Result<ScopeRelease> find(qint64 releaseId) const;
    // Writes the capacity (unset: NULL) and bumps the release's row version.
    Result<void> setCapacity(qint64 releaseId, std::optional<double> capacity, const QString& actor,
                             qint64 nowSecs);

private:
    Database& m_db;
};

} // namespace slipway
