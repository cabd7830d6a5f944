// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/ReleaseEnums.h"
#include "domain/Result.h"

#include <QStringList>

#include <optional>

namespace slipway {

class Database;

// What the configuration-management record says of the release itself: its names, window,
// ticket and the change request's type.
struct CmdbReleaseRow {
    qint64 releaseId = 0;
    QString name;
    QString version;
    ReleaseType type = ReleaseType::Minor;
    ReleaseStatus status = ReleaseStatus::Planned;
    QString changeTicket;   // the release's own, else its change request's
    QString changeType;     // "standard", "normal", "emergency"; empty: no change request
    qint64 windowStart = 0; // UTC seconds; 0: unscheduled
    qint64 windowEnd = 0;
    QString productName;      // empty: none
    QStringList serviceNames; // by name
};

// Rows of `cmdb_records`, and the release facts the record is built from. Writes expect the
// caller's Transaction.
class CmdbRecordRepository {
public:
    explicit CmdbRecordRepository(Database& db);

    Result<std::optional<CmdbRecord>> find(qint64 releaseId) const;
    // Adds the record, or replaces the release's earlier one.
    Result<void> write(const CmdbRecord& record);
    Result<CmdbReleaseRow> releaseRow(qint64 releaseId) const;

private:
    Database& m_db;
};

} // namespace slipway
