// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

enum class Action {
    CreateRelease,
    EditRelease,
    DeleteRelease,
    EditCalendar,
    EditScope,
    EditChangeRequest,
    DecideChange,
    EditCabMeeting,
    EditGateTemplates,
    EditReleaseGates,
    RecordGateEvidence,
    ReviewFinding,
    TickManualCheck,
    ApproveGateCriterion,
    RequestWaiver,
    ApproveWaiver,
    CompleteValidationTask,
    PromoteRelease,
    EditTemplates,
    EditKnownIssues,
    EditDistributionLists,
    IssueCommunication,
    RecordAcknowledgement,
    RecordDeployment,
    RequestOverride,
    ApproveOverride,
    RegisterArtifact,
    VerifyArtifact,
    ManageSigningKeys,
    EditConfiguration,
    EditRunbook,    // a release's deployment runbook: steps, triggers, readiness
    ExecuteRunbook, // a run: steps marked, decisions, triggers recorded, the run ended
    EditValidation, // post-deployment checks, service metrics and their samples
    RunValidation,  // running the checks and recording their results
    RecordFeedback, // support feedback and imported incidents
    EditReview,     // the post-implementation review and its actions
    SettleClosure,  // the closure checklist
    // corrective actions of the adherence review
    ManageCorrectiveActions,
    EditControls,  // the regulatory control sets and the tags of releases
    AttestControl, // recording a control's reference for a release, or that it does not apply
};

// What the acting user is allowed, as far as the file knows it.
struct ActorRights {
    QString login;
    bool fileReadOnly = false;
    QString readOnlyReason;
    QString fileName;           // as shown to users, for messages
    bool knownPerson = false;   // the login belongs to a person in the file
    QSet<QString> roles;        // that person's roles ("release_manager", "cab" …)
    bool fileHasLogins = false; // any person in the file has a login: roles are enforced
};

// The one place that decides who may do what. A single-user file (nobody has a login)
// lets its user do everything; once logins exist, releases are a release manager's work,
// CAB decisions and meetings also the CAB's, and quality-gate work is shared out by role
// (see rolesAllowed).
Result<void> authorize(const ActorRights& rights, Action action);

// The roles that may do `action` once logins exist; empty: any person in the file (the
// service then checks what the action itself needs, e.g. an approval's role).
QStringList rolesAllowed(Action action);

} // namespace slipway
