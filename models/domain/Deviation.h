// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// Where the release process was not followed, as the adherence review lists it.
enum class DeviationKind {
    DeployedWithoutApproval, // to production with no approving CAB decision
    DeployedBeforeApproval,  // to production before the approving decision was taken
    DeployedInBlackout,      // inside a hard blackout of one of its services (or all)
    DeployedInFreeze,        // inside an incident freeze
    GateWaived,              // a gate criterion waived
    GuardOverridden,         // a lifecycle guard overridden
    SegregationOfDuties,     // requester, approver and deployer not three different people
    EmergencyLateApproval,   // an emergency release approved after its grace period
    EmergencyNoApproval,     // an emergency release deployed and never approved
    ReviewLate,              // a required post-implementation review done after it was due
    ReviewMissing,           // a required post-implementation review not done and past due
    StatusPastGuards,        // a status set without its guards holding (before guards existed,
                             // or behind the application's back)
};

QString toKey(DeviationKind kind); // "deployed_without_approval", …
std::optional<DeviationKind> deviationKindFromKey(const QString& key);
QList<DeviationKind> allDeviationKinds();
// "Deployed without approval", … (translated)
QString deviationKindLabel(DeviationKind kind);

struct Deviation {
    DeviationKind kind = DeviationKind::DeployedWithoutApproval;
    // Stable across runs: "KIND:RELEASE_ID:REFERENCE", e.g.
    // "deployed_before_approval:42:deployment-17". Corrective actions attach to it.
    QString key;
    qint64 releaseId = 0;
    QString releaseLabel; // "Payments API 2.4.0"
    qint64 teamId = 0;    // the release's team; 0 when it has none
    QString teamName;
    qint64 at = 0;  // UTC seconds: when it happened
    QString detail; // one line: what happened, naming the people and times involved
};

} // namespace slipway
