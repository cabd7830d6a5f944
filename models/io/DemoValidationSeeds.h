// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/PostReview.h"
#include "domain/ValidationCheck.h"

#include <QList>
#include <QString>

// The words of the demo's after-release data: checks, feedback, incidents, reviews and
// checklist references. Internal to DemoValidation.
namespace slipway::DemoValidationSeeds {

// "Payments API" → "payments-api": host names and configuration items.
QString slugOf(const QString& serviceName);

// An HTTP health check of the service, and a three-step synthetic transaction signing in with
// a token held by reference ({{secret:env:DEMO_API_TOKEN}}).
ValidationCheck healthCheck(qint64 releaseId, const QString& serviceName);
ValidationCheck journeyCheck(qint64 releaseId, const QString& serviceName);
// The step that fails in the failing release's transaction, and what its answer says.
QString failingStep();
QString failingReason();
QString failingExcerpt();
QString timeoutReason();

struct FeedbackSeed {
    QString team;
    QString what;
    FeedbackSeverity severity = FeedbackSeverity::Low;
    int minutesAfter = 0; // after the production deployment
};
// What support teams said in the 72 hours: more and sharper where validation fails or the
// release was rolled back after the switch; `variant` picks among the quiet ones.
QList<FeedbackSeed> feedbackFor(const QString& serviceName, bool failing, bool rolledBack,
                                int variant);

struct IncidentSeed {
    QString title;
    QString category;
    int priority = 3; // 1 … 4
};
// Routine incidents of a service, by variant; the categories every month sees.
IncidentSeed routineIncident(const QString& serviceName, int variant);
QStringList routineCategories();
// What went wrong after the failing release: the slowdown (a known category) and the
// database errors (a category and an item not seen before).
IncidentSeed slowdownIncident(const QString& serviceName);
IncidentSeed newPatternIncident(const QString& serviceName);
QString newPatternConfigItem(const QString& serviceName);
IncidentSeed rollbackIncident(const QString& serviceName);
// What a release that stayed in production caused in its first days, by variant.
IncidentSeed releaseIncident(const QString& serviceName, int variant);
QString priorityText(int priority); // "2 - High"
QString assignmentGroup(const QString& category);

// Blameless review texts.
PostReview rolledBackReview(const QString& label);
PostReview routineReview(const QString& label, int variant);
// An earlier rollback's review, shorter than the one the demo shows first.
PostReview earlierRollbackReview(const QString& label);
PostReview draftReview(const QString& label);

struct ActionSeed {
    QString title;
    QString owner;
    int dueDays = 0; // after the review was started
    ReviewAction::State state = ReviewAction::State::Open;
};
// Every state: done, open and overdue, open, dropped.
QList<ActionSeed> rollbackActions();

// A settled checklist item: a reference for Done, a reason for not applicable.
QString checklistReference(ChecklistKey key, const QString& slug, quint64 h);
QString checklistReason(ChecklistKey key);

} // namespace slipway::DemoValidationSeeds
