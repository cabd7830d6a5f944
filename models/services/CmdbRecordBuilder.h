// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "domain/Result.h"
#include "rules/ClosureRules.h"
#include "storage/CmdbRecordRepository.h"
#include "storage/TimelineReader.h"

#include <optional>

namespace slipway {

class Database;

// Everything the configuration-management record says, as read from the file.
struct CmdbInputs {
    CmdbReleaseRow release;
    TimelineRows rows;  // production deployments, runs
    ClosureFacts facts; // validation, review, checklist
    std::optional<PostReview> review;
    QStringList correlatedIncidents; // numbers, by opening time
    int checklistSettled = 0;
    int metricVerdicts = 0; // stored baseline verdicts of the release's metrics
    qint64 closedAt = 0;    // UTC seconds
    QString closedBy;
};

// Builds the record a ServiceNow import set takes (README, "Configuration-management record").
class CmdbRecordBuilder {
public:
    // The fields, every one a string, in ClosureService::recordColumns() order of meaning.
    static QJsonObject fields(const CmdbInputs& inputs);
    // Reads the inputs of `releaseId` and builds its record as closed by `actor` at `now`.
    static Result<CmdbRecord> build(Database& db, qint64 releaseId, const QString& actor,
                                    qint64 now);
    // "yyyy-MM-dd HH:mm:ss" in UTC (ServiceNow's import format); empty for 0.
    static QString serviceNowTime(qint64 utcSecs);
};

} // namespace slipway
