// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/ChangeRequest.h"
#include "domain/Deviation.h"
#include "domain/ReleaseEnums.h"
#include "rules/ReleaseLifecycle.h"
#include "rules/ScheduleInputs.h"

#include <QHash>
#include <QList>
#include <QString>

namespace slipway {

// What the adherence review looks at, read by AdherenceFactsReader (and, for blackouts and
// the lifecycle's guards, by the services that already know them). Plain values: the rules
// never touch a database.

struct AdherenceRelease {
    qint64 id = 0;
    QString label; // "Payments API 2.4.0"
    ReleaseStatus status = ReleaseStatus::Planned;
    bool emergency = false; // an emergency release, or one of its changes is an emergency
    qint64 teamId = 0;
    QString teamName;
    QList<qint64> serviceIds;
    qint64 updatedAt = 0;
    // When its current status was set (the audit log's entry); 0: not known, updatedAt stands
    // in. Read only for releases with unmet guards.
    qint64 statusSetAt = 0;
    QList<ChangeRequest> changes; // id, ticket, risk level, requester, type and tags
};

// A deployment to an environment of kind 'prod'.
struct ProductionDeployment {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString environment;
    QString deployedBy;
    qint64 at = 0;
    QString outcome; // "succeeded", "failed", "rolled_back"
};

// An approved waiver of a gate criterion (criterion empty: the whole gate).
struct GrantedWaiver {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString gate;
    QString criterion;
    QString reason;
    QString requestedBy;
    QString approvedBy;
    qint64 approvedAt = 0;
};

// An approved override of a lifecycle guard.
struct GrantedOverride {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString guard; // a Guard key
    QString reason;
    QString requestedBy;
    QString approvedBy;
    qint64 approvedAt = 0;
};

// The post-implementation review of a release that reached production and needs one.
struct RequiredReview {
    qint64 releaseId = 0;
    bool exists = false;
    bool done = false;
    qint64 dueAt = 0; // the review's own, or first production deployment + the file's days
    qint64 doneAt = 0;
};

struct AdherenceFacts {
    QHash<qint64, AdherenceRelease> releases;
    QList<ProductionDeployment> deployments;     // every one, in time order
    QHash<qint64, QList<CabDecision>> decisions; // change id → in the order taken
    QList<BlackoutOccurrence> blackouts;         // over the period, recurring ones expanded
    QList<IncidentFreeze> freezes;               // overlapping the period
    QList<GrantedWaiver> waivers;
    QList<GrantedOverride> overrides;
    QList<RequiredReview> reviews;
    QHash<qint64, QList<GuardCheck>> unmetGuards; // release → guards of its status not met
    int emergencyApprovalDays = kDefaultEmergencyApprovalDays;
};

class AdherenceRules {
public:
    // Whether the change stood approved at `atUtc`: its decisions taken by then, evaluated by
    // ApprovalRules (conditions aside: an approval with conditions is an approval).
    static bool approvedAt(const ChangeRequest& change, const QList<CabDecision>& decisions,
                           qint64 atUtc);
    // When the change first stood approved; 0: never.
    static qint64 firstApproved(const ChangeRequest& change, const QList<CabDecision>& decisions);

    // Every deviation that happened in [fromUtc, toUtc), oldest first (then by key).
    // `nowUtc` decides what is overdue: a review or an emergency's approval.
    static QList<Deviation> find(const AdherenceFacts& facts, qint64 fromUtc, qint64 toUtc,
                                 qint64 nowUtc);
};

} // namespace slipway
