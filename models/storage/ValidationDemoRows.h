// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Incident.h"
#include "domain/PostReview.h"
#include "domain/Result.h"
#include "domain/ServiceMetric.h"
#include "domain/ValidationCheck.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <array>
#include <memory>

class QSqlQuery;

namespace slipway {

class Database;

// The demo's rows of what happens after the window (schema 21), written as they are: ids,
// times and authors decided by the demo. Each statement is prepared once and reused for
// every row, so the large demo's thousands of rows stay quick. The caller holds the
// transaction and writes the audit entries.
class ValidationDemoRows {
public:
    explicit ValidationDemoRows(Database& db);
    ~ValidationDemoRows();
    ValidationDemoRows(const ValidationDemoRows&) = delete;
    ValidationDemoRows& operator=(const ValidationDemoRows&) = delete;

    // Names of every service, by id; the change request's type of each release that has one.
    Result<QHash<qint64, QString>> serviceNames();
    Result<QHash<qint64, QString>> changeTypes();

    // Appends `entry` to the audit chain. The chain's head is read once and then kept, so
    // while the caller's transaction lasts every entry must be appended through here.
    Result<void> appendAudit(AuditEntry entry);

    // Each returns the new row's id where it has one.
    Result<qint64> insertCheck(const ValidationCheck& check, const QJsonObject& definition,
                               const QString& by, qint64 atSecs);
    Result<void> insertResult(const CheckResult& result);
    Result<qint64> insertMetric(const ServiceMetric& metric, const QString& by, qint64 atSecs);
    Result<void> insertSample(qint64 metricId, qint64 atMs, double value);
    Result<void> insertVerdict(const MetricVerdict& verdict);
    Result<qint64> insertFeedback(const FeedbackEntry& entry, qint64 atSecs);
    Result<qint64> insertIncident(const Incident& incident);
    Result<qint64> insertReview(const PostReview& review, const QString& createdBy,
                                qint64 createdAt, const QString& updatedBy, qint64 updatedAt);
    Result<qint64> insertAction(const ReviewAction& action, const QString& createdBy,
                                qint64 createdAt, const QString& updatedBy, qint64 updatedAt);
    Result<void> insertChecklistItem(const ChecklistItem& item);
    Result<void> insertCmdbRecord(const CmdbRecord& record);

private:
    enum Slot {
        Check,
        CheckResultRow,
        Metric,
        Sample,
        Verdict,
        Feedback,
        IncidentRow,
        Review,
        ActionRow,
        Checklist,
        Cmdb,
        Audit,
        SlotCount
    };
    QSqlQuery& statement(Slot slot, const QString& sql);
    Result<qint64> run(QSqlQuery& q, const QString& doing);

    Database& m_db;
    std::array<std::unique_ptr<QSqlQuery>, SlotCount> m_statements;
    qint64 m_lastSeq = -1; // -1: not read yet
    QString m_lastHash;
};

} // namespace slipway
