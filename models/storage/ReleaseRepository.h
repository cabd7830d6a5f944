// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `releases` and `release_services`. Writes expect the caller's Transaction.
class ReleaseRepository {
public:
    explicit ReleaseRepository(Database& db);

    Result<QList<Release>> all() const;
    Result<Release> find(qint64 id) const;
    Result<qint64> count() const;

    // Stores a new release (or, with release.id set, brings a deleted one back under its
    // old id); returns it as stored, with row_version 1.
    Result<Release> insert(const Release& release, const QString& actor, qint64 nowSecs);
    // Refuses with Error::Kind::Stale when release.rowVersion is not the stored one.
    Result<Release> update(const Release& release, const QString& actor, qint64 nowSecs);
    // The status alone (and the row's version and stamps): what a deployment or a runbook run
    // writes, within the columns a server grants those roles. Stale as update() is.
    Result<Release> setStatus(qint64 id, ReleaseStatus status, qint64 expectedRowVersion,
                              const QString& actor, qint64 nowSecs);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<void> writeServices(qint64 releaseId, const QList<qint64>& serviceIds);
    Error staleError(qint64 id) const;

    Database& m_db;
};

} // namespace slipway
