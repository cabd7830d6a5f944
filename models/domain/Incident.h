// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Release.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class IncidentSource { ServiceNow, Jsm, PagerDuty, Other };
QString toKey(IncidentSource source); // "servicenow", "jsm", "pagerduty", "other"
std::optional<IncidentSource> incidentSourceFromKey(const QString& key);
QString displayName(IncidentSource source); // "ServiceNow", "Jira Service Management" …

// An incident as a service desk exported it. One per number; a later import of the same
// number updates it.
struct Incident {
    qint64 id = 0;
    QString number; // "INC0010112", "OPS-123", "Q1ABCD" or PagerDuty's incident number
    IncidentSource source = IncidentSource::Other;
    QString title;
    qint64 openedAt = 0;              // UTC seconds
    std::optional<qint64> resolvedAt; // UTC seconds; none while open
    QString priority;                 // the tool's own words: "1 - Critical", "P2", "high"
    int severity = 3;                 // 1 (highest) … 5, normalised from priority/urgency
    QString state;                    // the tool's own words
    QString category;
    QString configItem;
    QString service;
    QString assignmentGroup;
    int outageMinutes = 0;
    qint64 importedAt = 0;
    QString importedBy;
    qint64 rowVersion = 0;

    bool operator==(const Incident&) const = default;
};
QList<FieldProblem> validateIncident(const Incident& incident);
QJsonObject toJson(const Incident& incident);

// An incident tied to a release: same service or configuration item, opened within the
// feedback window after its production deployment. A new pattern: its category or its
// configuration item occurs in no incident opened in the 30 days before the deployment.
struct CorrelatedIncident {
    Incident incident;
    qint64 releaseId = 0;
    QString matchedOn; // "service Payments API" or "configuration item pay-db-01"
    qint64 hoursAfterDeployment = 0;
    bool newPattern = false;
    QString newPatternReason; // "category “Database” not seen in the 30 days before"
};

enum class FeedbackSeverity { Low, Medium, High, Critical };
QString toKey(FeedbackSeverity severity); // "low", "medium", "high", "critical"
std::optional<FeedbackSeverity> feedbackSeverityFromKey(const QString& key);
QString displayName(FeedbackSeverity severity);

// What a support team reports in the 72 hours after a release.
struct FeedbackEntry {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString team;
    QString what;
    FeedbackSeverity severity = FeedbackSeverity::Medium;
    qint64 reportedAt = 0; // UTC seconds
    QString createdBy;
    qint64 rowVersion = 0;
};
QList<FieldProblem> validateFeedback(const FeedbackEntry& entry);
QJsonObject toJson(const FeedbackEntry& entry);

} // namespace slipway
