// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

// What a release's lifecycle guards look at, read from the file by LifecycleService. Plain
// values: the rules never touch a database.
struct LifecycleFacts {
    qint64 releaseId = 0;
    QString label; // "Payments API 2.4.0"
    ReleaseStatus status = ReleaseStatus::Planned;
    bool emergency = false; // an emergency release or change: may deploy before the CAB
    bool hasWindow = false;
    QStringList hardConflicts;    // what collides with the window, one sentence each
    QStringList changeTickets;    // the change requests raised for the release
    QStringList approvalsMissing; // per change: "CHG0001: CAB, Service owner" or "… rejected"
    int openConditions = 0;       // of the CAB's approvals, still open
    int gates = 0;
    QString unpromotedGate; // the first gate up to Production not yet promoted; empty: none
    int exitTotal = 0;
    int exitSettled = 0;
    int openValidationTasks = 0;       // owed by approved gate waivers, still not done
    bool productionSucceeded = false;  // a production deployment record with that outcome
    bool productionRolledBack = false; // … and one that was rolled back
    qint64 firstProductionAt = 0;      // UTC seconds: when production was first touched
    QSet<QString> overridden;          // guards an approved override lets pass
    QStringList closureBlockers;       // filled by later stages (post-release validation)
    int artifacts = 0;                 // registered for the release
    QStringList unverifiedArtifacts;   // "app.tar.gz: Digest mismatch", by name
    // Digests a production deployment of the release put in place that no passing gate
    // evidence of the release was produced against: "deployment 12: 3f2a…".
    QStringList untestedDigests;
    bool hasRunbook = false;   // a deployment runbook exists for the release
    bool runbookReady = false; // … and is marked ready (locked for the window)
    // The regulatory controls of the release's tags (rules/ControlRules.h) that fail, one line
    // each, and who may not deploy it under segregation of duties (any alias, lower case, to
    // the line that says why).
    QStringList failingControls;
    QHash<QString, QString> barredDeployers;
    // The deployer of a production deployment record being checked, before it is stored.
    QString recordingDeployer;
};

// One control a status needs. Keys are stable ("approval") for --json and for overrides.
enum class Guard {
    Window,
    Conflicts,
    Approval,
    Gates,
    ExitCriteria,
    ArtifactsVerified,
    TestedArtifacts, // what production runs is what passed the gates' evidence
    RunbookReady,    // the deployment runbook, when there is one, is ready
    DeploymentSucceeded,
    DeploymentRolledBack,
    Deployment, // either outcome: what closing a release needs
    Closure,
    Controls, // the regulatory controls of the release's tags
};
QString toKey(Guard guard);
std::optional<Guard> guardFromKey(const QString& key);
QString displayName(Guard guard); // "Change approval" …
QStringList allGuardKeys();

// Where a guard stands. Due: an emergency may go ahead, its approval owed by `dueUtc`.
enum class GuardState { Met, Open, Overridden, Due };
QString toKey(GuardState state); // "met", "open", "overridden", "due"

// The screen that settles a guard, for the editor's and the readiness list's buttons.
enum class FixScreen { Definition, Calendar, Cab, Gates, Deployments, Packages, Deploy };
FixScreen screenFor(Guard guard);

struct GuardCheck {
    Guard guard = Guard::Window;
    GuardState state = GuardState::Open;
    QString detail; // what is missing, or what lets it pass
    qint64 dueUtc = 0;
    bool passes() const { return state != GuardState::Open; }
    QString line() const; // "Change approval: CHG0001 still needs CAB"
};

// The guards a release must have met to be in `status`, in the order they come up. They
// accumulate along the path Planned → Scheduled → In progress → Approved → Deploying →
// Deployed → Closed, so skipping a status skips none of its controls.
QList<Guard> guardsOf(ReleaseStatus status);

// Which moves exist at all, guards aside: forward along the path (skipping is allowed),
// back among the planning statuses, Deploying back to Approved (aborted), Deployed to
// Rolled back, any status before deployment to Cancelled, Cancelled back to a planning status.
bool isAllowedMove(ReleaseStatus from, ReleaseStatus to);

// The days an emergency's retroactive approval may take after it first reaches production.
inline constexpr int kDefaultEmergencyApprovalDays = 3;

struct LifecycleClock {
    qint64 nowUtc = 0;
    int emergencyApprovalDays = kDefaultEmergencyApprovalDays;
};

// `strictApproval`: the approval itself is asked for (moving to Approved, or closing), so an
// emergency's grace does not apply.
GuardCheck evaluate(Guard guard, const LifecycleFacts& facts, const LifecycleClock& clock,
                    bool strictApproval = false);

struct TransitionCheck {
    ReleaseStatus from = ReleaseStatus::Planned;
    ReleaseStatus to = ReleaseStatus::Planned;
    bool moveAllowed = true;
    QList<GuardCheck> guards; // every guard of `to`, met or not
    bool ok() const;
    QList<GuardCheck> failing() const;
    QStringList reasons() const; // one line per failing guard, or the move itself
};
TransitionCheck checkTransition(const LifecycleFacts& facts, ReleaseStatus to,
                                const LifecycleClock& clock);

// The next status on the path and what it still needs: the Releases table's column.
struct NextStep {
    std::optional<ReleaseStatus> next; // none for Closed and Cancelled
    QList<GuardCheck> missing;
    bool ready() const { return next && missing.isEmpty(); }
    QString summary() const; // "Approved: needs Change approval, Exit criteria settled"
};
NextStep nextStep(const LifecycleFacts& facts, const LifecycleClock& clock);

// The guards of the release's own status it does not meet: a status set past its
// controls (by an earlier version, or behind Slipway's back).
QList<GuardCheck> unmetGuards(const LifecycleFacts& facts, const LifecycleClock& clock);

// The checklist for the Readiness section: every guard up to and including `through`.
QList<GuardCheck> readiness(const LifecycleFacts& facts, ReleaseStatus through,
                            const LifecycleClock& clock);

} // namespace slipway
