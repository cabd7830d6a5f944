// SPDX-License-Identifier: GPL-3.0-or-later
// The lifecycle's rules on plain facts: every status move against every guard, emergencies
// with their retroactive approval, and overrides.
#include "rules/ReleaseLifecycle.h"

#include <QTest>

using namespace slipway;

namespace {

constexpr qint64 kNow = 1'800'000'000;

// A release that meets every guard there is.
LifecycleFacts ready() {
    LifecycleFacts f;
    f.releaseId = 7;
    f.label = u"Payments API 2.4.0"_qs;
    f.hasWindow = true;
    f.changeTickets = {u"CHG0001"_qs};
    f.gates = 3;
    f.exitTotal = 2;
    f.exitSettled = 2;
    f.productionSucceeded = true;
    f.productionRolledBack = true;
    f.firstProductionAt = kNow - 3600;
    return f;
}

LifecycleClock fixedClock() {
    return LifecycleClock{kNow, 3};
}

// Takes away what `guard` looks at.
void breakGuard(LifecycleFacts& f, Guard guard) {
    switch (guard) {
    case Guard::Window:
        f.hasWindow = false;
        break;
    case Guard::Conflicts:
        f.hardConflicts = {u"falls in the hard blackout \"Quarter-end\""_qs};
        break;
    case Guard::Approval:
        f.approvalsMissing = {u"CHG0001 still needs CAB"_qs};
        break;
    case Guard::Gates:
        f.unpromotedGate = u"Tests and scan"_qs;
        break;
    case Guard::ExitCriteria:
        f.exitSettled = 1;
        break;
    case Guard::ArtifactsVerified:
        f.artifacts = 2;
        f.unverifiedArtifacts = {u"app.tar.gz: Digest mismatch"_qs};
        break;
    case Guard::TestedArtifacts:
        f.untestedDigests = {u"deployment 7: 3f2a9c4b1d0e…"_qs};
        break;
    case Guard::RunbookReady:
        f.hasRunbook = true;
        f.runbookReady = false;
        break;
    case Guard::DeploymentSucceeded:
        f.productionSucceeded = false;
        break;
    case Guard::DeploymentRolledBack:
        f.productionRolledBack = false;
        break;
    case Guard::Deployment:
        f.productionSucceeded = false;
        f.productionRolledBack = false;
        break;
    case Guard::Closure:
        f.openValidationTasks = 1;
        break;
    case Guard::Controls:
        f.failingControls = {u"SOX · Second approver: CHG0001 has 1 approver"_qs};
        break;
    }
}

const QList<ReleaseStatus> kAll{
    ReleaseStatus::Planned,  ReleaseStatus::Scheduled, ReleaseStatus::InProgress,
    ReleaseStatus::Approved, ReleaseStatus::Deploying, ReleaseStatus::Deployed,
    ReleaseStatus::Closed,   ReleaseStatus::Cancelled, ReleaseStatus::RolledBack};

} // namespace

class tst_ReleaseLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guardsAccumulateAlongThePath() {
        QVERIFY(guardsOf(ReleaseStatus::Planned).isEmpty());
        QCOMPARE(guardsOf(ReleaseStatus::Scheduled),
                 (QList<Guard>{Guard::Window, Guard::Conflicts}));
        QVERIFY(guardsOf(ReleaseStatus::Approved).contains(Guard::Approval));
        for (Guard g : guardsOf(ReleaseStatus::Approved))
            QVERIFY(guardsOf(ReleaseStatus::Deploying).contains(g));
        QVERIFY(guardsOf(ReleaseStatus::Deployed).contains(Guard::DeploymentSucceeded));
        QVERIFY(guardsOf(ReleaseStatus::RolledBack).contains(Guard::DeploymentRolledBack));
        QVERIFY(guardsOf(ReleaseStatus::Closed).contains(Guard::Closure));
    }

    // Every move × every guard: a move into a status is refused exactly when a guard of
    // that status is broken, naming that guard; breaking any other guard changes nothing.
    void everyMoveAgainstEveryGuard() {
        int checked = 0;
        for (ReleaseStatus from : kAll) {
            for (ReleaseStatus to : kAll) {
                if (from == to || !isAllowedMove(from, to))
                    continue;
                for (const QString& key : allGuardKeys()) {
                    const Guard guard = *guardFromKey(key);
                    LifecycleFacts f = ready();
                    f.status = from;
                    breakGuard(f, guard);
                    const TransitionCheck check = checkTransition(f, to, fixedClock());
                    // Breaking "deployment" takes both outcomes away, so it also breaks the
                    // guards that read one of them. Reaching Deployed asks for verified
                    // artifacts and a ready runbook too, though the status itself, once
                    // reached, does not.
                    const bool applies =
                        guardsOf(to).contains(guard) ||
                        ((guard == Guard::ArtifactsVerified || guard == Guard::RunbookReady) &&
                         to == ReleaseStatus::Deployed) ||
                        (guard == Guard::Deployment &&
                         (guardsOf(to).contains(Guard::DeploymentSucceeded) ||
                          guardsOf(to).contains(Guard::DeploymentRolledBack)));
                    QVERIFY2(check.ok() == !applies, qPrintable(u"%1 → %2 with %3 broken"_qs.arg(
                                                         toKey(from), toKey(to), key)));
                    if (applies) {
                        QCOMPARE(check.failing().size(), 1);
                        QVERIFY(check.reasons().join(u' ').startsWith(
                            displayName(check.failing().first().guard)));
                    }
                    ++checked;
                }
            }
        }
        QVERIFY(checked > 200);
    }

    void movesThatDoNotExist() {
        QVERIFY(!isAllowedMove(ReleaseStatus::Closed, ReleaseStatus::Planned));
        QVERIFY(!isAllowedMove(ReleaseStatus::Deployed, ReleaseStatus::Approved));
        QVERIFY(!isAllowedMove(ReleaseStatus::Deployed, ReleaseStatus::Cancelled));
        QVERIFY(!isAllowedMove(ReleaseStatus::RolledBack, ReleaseStatus::Deployed));
        QVERIFY(isAllowedMove(ReleaseStatus::Cancelled, ReleaseStatus::Scheduled));
        QVERIFY(isAllowedMove(ReleaseStatus::Approved, ReleaseStatus::Scheduled));
        LifecycleFacts f = ready();
        f.status = ReleaseStatus::Closed;
        const TransitionCheck check = checkTransition(f, ReleaseStatus::Planned, fixedClock());
        QVERIFY(!check.ok());
        QVERIFY(check.reasons().first().contains(u"directly"_qs));
    }

    void noChangeRequestIsNamed() {
        LifecycleFacts f = ready();
        f.status = ReleaseStatus::Scheduled;
        f.changeTickets.clear();
        const TransitionCheck check = checkTransition(f, ReleaseStatus::Approved, fixedClock());
        QVERIFY(!check.ok());
        QCOMPARE(check.failing().first().guard, Guard::Approval);
        QVERIFY(check.failing().first().detail.contains(u"no change request"_qs));
    }

    void openConditionsBlockTheApproval() {
        LifecycleFacts f = ready();
        f.status = ReleaseStatus::Scheduled;
        f.openConditions = 2;
        QVERIFY(!checkTransition(f, ReleaseStatus::Approved, fixedClock()).ok());
        // … and closing the release, even once deployed.
        f.status = ReleaseStatus::Deployed;
        const TransitionCheck close = checkTransition(f, ReleaseStatus::Closed, fixedClock());
        QVERIFY(!close.ok());
    }

    // An emergency may deploy before the CAB; its approval is due within the set days of
    // first reaching production, and check flags it once overdue.
    void emergencyDeploysWithARetroactiveApproval() {
        LifecycleFacts f = ready();
        f.emergency = true;
        f.status = ReleaseStatus::Scheduled;
        f.approvalsMissing = {u"CHG0001 still needs CAB"_qs};
        f.firstProductionAt = 0;
        QVERIFY(checkTransition(f, ReleaseStatus::Deploying, fixedClock()).ok());
        // Approved itself still means approved.
        QVERIFY(!checkTransition(f, ReleaseStatus::Approved, fixedClock()).ok());

        f.status = ReleaseStatus::Deployed;
        f.firstProductionAt = kNow - 2 * 86400;
        QVERIFY(unmetGuards(f, fixedClock()).isEmpty());
        const GuardCheck due = evaluate(Guard::Approval, f, fixedClock());
        QCOMPARE(due.state, GuardState::Due);
        QCOMPARE(due.dueUtc, f.firstProductionAt + 3 * 86400);
        // It is not closed while that approval is owed: closing names the approval.
        const TransitionCheck close = checkTransition(f, ReleaseStatus::Closed, fixedClock());
        QVERIFY(!close.ok());
        QCOMPARE(close.failing().size(), 1);
        QCOMPARE(close.failing().first().guard, Guard::Approval);
        QVERIFY(!nextStep(f, fixedClock()).ready());

        f.firstProductionAt = kNow - 4 * 86400;
        const QList<GuardCheck> overdue = unmetGuards(f, fixedClock());
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().guard, Guard::Approval);
        QVERIFY(overdue.first().detail.contains(u"overdue"_qs));

        // The same facts without the emergency are refused outright.
        f.emergency = false;
        f.status = ReleaseStatus::Scheduled;
        QVERIFY(!checkTransition(f, ReleaseStatus::Deploying, fixedClock()).ok());
    }

    // An approved override lets exactly its guard pass, and says so.
    void overrideLetsOneGuardPass() {
        LifecycleFacts f = ready();
        f.status = ReleaseStatus::Approved;
        f.unpromotedGate = u"Tests and scan"_qs;
        f.exitSettled = 0;
        f.overridden = {u"gates"_qs};
        TransitionCheck check = checkTransition(f, ReleaseStatus::Deploying, fixedClock());
        QVERIFY(!check.ok());
        QCOMPARE(check.failing().size(), 1);
        QCOMPARE(check.failing().first().guard, Guard::ExitCriteria);
        for (const GuardCheck& g : check.guards)
            if (g.guard == Guard::Gates)
                QCOMPARE(g.state, GuardState::Overridden);
        f.overridden.insert(u"exit_criteria"_qs);
        QVERIFY(checkTransition(f, ReleaseStatus::Deploying, fixedClock()).ok());
    }

    void nextStepNamesWhatIsMissing() {
        LifecycleFacts f = ready();
        f.status = ReleaseStatus::Scheduled;
        f.changeTickets.clear();
        NextStep step = nextStep(f, fixedClock());
        QCOMPARE(step.next, std::optional(ReleaseStatus::Approved));
        QVERIFY(!step.ready());
        QVERIFY(step.summary().contains(displayName(Guard::Approval)));
        f.status = ReleaseStatus::Closed;
        QVERIFY(!nextStep(f, fixedClock()).next);
    }

    void staysPutNeverRefused() {
        LifecycleFacts f;
        f.status = ReleaseStatus::Deployed;
        QVERIFY(checkTransition(f, ReleaseStatus::Deployed, fixedClock()).ok());
        QVERIFY(!unmetGuards(f, fixedClock()).isEmpty()); // but check reports it
    }
};

QTEST_GUILESS_MAIN(tst_ReleaseLifecycle)
#include "tst_ReleaseLifecycle.moc"
