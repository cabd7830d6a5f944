// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/Result.h"
#include "rules/IncidentCorrelation.h"

#include <QHash>
#include <QList>

namespace slipway {

class Database;

// Rows of `incidents`, and what correlating them with releases needs (each deployed
// release's first production deployment and the names of its services and product). The
// import's reads and writes go through raw prepared statements on a file: an export can hold
// 100,000 incidents; on a server through QSqlQuery (IncidentRepositoryPg.cpp). Writes expect the
// caller's Transaction.
class IncidentRepository {
public:
    explicit IncidentRepository(Database& db);

    // Every stored incident, keyed by number.
    Result<QHash<QString, Incident>> byNumber() const;
    // Opened in [fromUtc, toUtc), oldest first; 0: open-ended.
    Result<QList<Incident>> openedBetween(qint64 fromUtc, qint64 toUtc) const;

    // Inserts `count` incidents from `rows` (their ids ignored) stamped as imported by `actor`
    // at `now`.
    Result<void> insertAll(const Incident* rows, qsizetype count, const QString& actor, qint64 now);
    Result<void> insertAll(const QList<Incident>& rows, const QString& actor, qint64 now) {
        return insertAll(rows.constData(), rows.size(), actor, now);
    }
    // Rewrites the stored incident of each row's number, bumping its row version.
    Result<void> updateAll(const QList<Incident>& rows, const QString& actor, qint64 now);

    // `releaseId` 0: every release with a production deployment; otherwise that release
    // (deployedAt 0 when it has none).
    Result<QList<CorrelationTarget>> correlationTargets(qint64 releaseId = 0) const;

private:
    // On a PostgreSQL server (IncidentRepositoryPg.cpp).
    Result<QList<Incident>> selectOnServer(qint64 fromUtc, qint64 toUtc) const;
    Result<void> writeOnServer(const Incident* rows, qsizetype count, const QString& actor,
                               qint64 now, bool update);

    Database& m_db;
};

} // namespace slipway
