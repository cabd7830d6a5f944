// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseLifecycle.h"

#include <QCoreApplication>
#include <QDateTime>

#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseLifecycle)
};

constexpr std::array<std::pair<Guard, const char*>, 13> kGuardKeys{{
    {Guard::Window, "window"},
    {Guard::Conflicts, "conflicts"},
    {Guard::Approval, "approval"},
    {Guard::Gates, "gates"},
    {Guard::ExitCriteria, "exit_criteria"},
    {Guard::ArtifactsVerified, "artifacts"},
    {Guard::TestedArtifacts, "tested"},
    {Guard::RunbookReady, "runbook"},
    {Guard::DeploymentSucceeded, "deployed"},
    {Guard::DeploymentRolledBack, "rolled_back"},
    {Guard::Deployment, "deployment"},
    {Guard::Closure, "closure"},
    {Guard::Controls, "controls"},
}};

// The main path; Cancelled and Rolled back sit beside it.
constexpr std::array<ReleaseStatus, 7> kPath{ReleaseStatus::Planned,    ReleaseStatus::Scheduled,
                                             ReleaseStatus::InProgress, ReleaseStatus::Approved,
                                             ReleaseStatus::Deploying,  ReleaseStatus::Deployed,
                                             ReleaseStatus::Closed};

int pathIndex(ReleaseStatus status) {
    for (std::size_t i = 0; i < kPath.size(); ++i)
        if (kPath[i] == status)
            return int(i);
    return -1;
}

bool isPlanning(ReleaseStatus s) {
    return s == ReleaseStatus::Planned || s == ReleaseStatus::Scheduled ||
           s == ReleaseStatus::InProgress || s == ReleaseStatus::Approved;
}

QString day(qint64 utc) {
    return QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

GuardCheck met(Guard g, QString detail = {}) {
    return GuardCheck{g, GuardState::Met, std::move(detail), 0};
}

GuardCheck open(Guard g, QString detail) {
    return GuardCheck{g, GuardState::Open, std::move(detail), 0};
}

GuardCheck approvalCheck(const LifecycleFacts& f, const LifecycleClock& clock, bool strict) {
    const bool approved =
        !f.changeTickets.isEmpty() && f.approvalsMissing.isEmpty() && f.openConditions == 0;
    if (approved)
        return met(Guard::Approval, Text::tr("%1 approved").arg(f.changeTickets.join(u", ")));
    QString missing;
    if (f.changeTickets.isEmpty())
        missing = Text::tr("no change request has been raised for this release");
    else if (!f.approvalsMissing.isEmpty())
        missing = f.approvalsMissing.join(u"; ");
    else
        missing =
            Text::tr("%n condition(s) of the CAB's approval still open", nullptr, f.openConditions);
    if (f.emergency && !strict) {
        const qint64 from = f.firstProductionAt > 0 ? f.firstProductionAt : clock.nowUtc;
        const qint64 due = from + qint64(clock.emergencyApprovalDays) * 86400;
        if (f.firstProductionAt == 0 || clock.nowUtc <= due)
            return GuardCheck{
                Guard::Approval, GuardState::Due,
                Text::tr("emergency: retroactive approval due by %1 (%2)").arg(day(due), missing),
                due};
        return open(Guard::Approval,
                    Text::tr("emergency: retroactive approval overdue since %1 (%2)")
                        .arg(day(due), missing));
    }
    return open(Guard::Approval, missing);
}

GuardCheck evaluateRaw(Guard guard, const LifecycleFacts& f, const LifecycleClock& clock,
                       bool strict) {
    switch (guard) {
    case Guard::Window:
        return f.hasWindow ? met(guard) : open(guard, Text::tr("the release has no window yet"));
    case Guard::Conflicts:
        if (f.hardConflicts.isEmpty())
            return met(guard);
        return open(guard, f.hardConflicts.size() == 1 ? f.hardConflicts.first()
                                                       : Text::tr("%1 (and %n more)", nullptr,
                                                                  int(f.hardConflicts.size() - 1))
                                                             .arg(f.hardConflicts.first()));
    case Guard::Approval:
        return approvalCheck(f, clock, strict);
    case Guard::Gates:
        if (f.unpromotedGate.isEmpty())
            return met(guard, f.gates == 0 ? Text::tr("the release has no gates") : QString());
        return open(guard, Text::tr("gate “%1” is not promoted").arg(f.unpromotedGate));
    case Guard::ExitCriteria:
        if (f.exitSettled >= f.exitTotal)
            return met(guard, f.exitTotal == 0 ? Text::tr("no exit criteria") : QString());
        return open(guard,
                    Text::tr("%1 of %2 exit criteria settled").arg(f.exitSettled).arg(f.exitTotal));
    case Guard::ArtifactsVerified:
        if (f.unverifiedArtifacts.isEmpty())
            return met(guard, f.artifacts == 0
                                  ? Text::tr("no artifacts registered")
                                  : Text::tr("%n artifact(s) verified", nullptr, f.artifacts));
        return open(guard, Text::tr("%1 of %2 not verified: %3")
                               .arg(f.unverifiedArtifacts.size())
                               .arg(f.artifacts)
                               .arg(f.unverifiedArtifacts.mid(0, 3).join(u"; ")));
    case Guard::TestedArtifacts:
        if (f.untestedDigests.isEmpty())
            return met(guard);
        return open(guard, Text::tr("%n deployed artifact(s) covered by no passing gate evidence: "
                                    "%1",
                                    nullptr, int(f.untestedDigests.size()))
                               .arg(f.untestedDigests.mid(0, 3).join(u"; ")));
    case Guard::RunbookReady:
        if (!f.hasRunbook)
            return met(guard, Text::tr("the release has no runbook"));
        return f.runbookReady ? met(guard)
                              : open(guard, Text::tr("the runbook is a draft; mark it ready"));
    case Guard::DeploymentSucceeded:
        return f.productionSucceeded
                   ? met(guard)
                   : open(guard, Text::tr("no successful production deployment is recorded"));
    case Guard::DeploymentRolledBack:
        return f.productionRolledBack
                   ? met(guard)
                   : open(guard, Text::tr("no rolled-back production deployment is recorded"));
    case Guard::Deployment:
        return f.productionSucceeded || f.productionRolledBack
                   ? met(guard)
                   : open(guard, Text::tr("no production deployment is recorded"));
    case Guard::Closure: {
        QStringList blockers = f.closureBlockers;
        if (f.openValidationTasks > 0)
            blockers.prepend(Text::tr("%n waiver validation task(s) still open", nullptr,
                                      f.openValidationTasks));
        if (f.openConditions > 0)
            blockers.prepend(Text::tr("%n CAB condition(s) still open", nullptr, f.openConditions));
        return blockers.isEmpty() ? met(guard) : open(guard, blockers.join(u"; "));
    }
    case Guard::Controls: {
        // Who deploys is never owed later; the rest an emergency may settle afterwards, in the
        // time its approval has.
        const QString deployer = f.recordingDeployer.trimmed().toLower();
        if (!deployer.isEmpty() && f.barredDeployers.contains(deployer))
            return open(
                guard,
                (QStringList{f.barredDeployers.value(deployer)} + f.failingControls).join(u"; "));
        if (f.failingControls.isEmpty())
            return met(guard);
        const QString failing = f.failingControls.join(u"; ");
        if (f.emergency && !strict) {
            const qint64 from = f.firstProductionAt > 0 ? f.firstProductionAt : clock.nowUtc;
            const qint64 due = from + qint64(clock.emergencyApprovalDays) * 86400;
            if (f.firstProductionAt == 0 || clock.nowUtc <= due)
                return GuardCheck{
                    guard, GuardState::Due,
                    Text::tr("emergency: controls due by %1 (%2)").arg(day(due), failing), due};
            return open(
                guard,
                Text::tr("emergency: controls overdue since %1 (%2)").arg(day(due), failing));
        }
        return open(guard, failing);
    }
    }
    return open(guard, QString());
}

} // namespace

QString toKey(Guard guard) {
    for (const auto& [g, key] : kGuardKeys)
        if (g == guard)
            return QString::fromLatin1(key);
    return {};
}

std::optional<Guard> guardFromKey(const QString& key) {
    for (const auto& [g, k] : kGuardKeys)
        if (key == QLatin1String(k))
            return g;
    return std::nullopt;
}

QStringList allGuardKeys() {
    QStringList keys;
    for (const auto& entry : kGuardKeys)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

QString displayName(Guard guard) {
    switch (guard) {
    case Guard::Window:
        return Text::tr("A release window");
    case Guard::Conflicts:
        return Text::tr("No hard conflict");
    case Guard::Approval:
        return Text::tr("Change approval");
    case Guard::Gates:
        return Text::tr("Gates promoted to Production");
    case Guard::ExitCriteria:
        return Text::tr("Exit criteria settled");
    case Guard::ArtifactsVerified:
        return Text::tr("Artifacts verified");
    case Guard::TestedArtifacts:
        return Text::tr("Deployed artifacts tested");
    case Guard::RunbookReady:
        return Text::tr("Runbook ready");
    case Guard::DeploymentSucceeded:
        return Text::tr("Production deployment succeeded");
    case Guard::DeploymentRolledBack:
        return Text::tr("Production deployment rolled back");
    case Guard::Deployment:
        return Text::tr("Production deployment recorded");
    case Guard::Closure:
        return Text::tr("Ready to close");
    case Guard::Controls:
        return Text::tr("Regulatory controls");
    }
    return {};
}

QString toKey(GuardState state) {
    switch (state) {
    case GuardState::Met:
        return QStringLiteral("met");
    case GuardState::Open:
        return QStringLiteral("open");
    case GuardState::Overridden:
        return QStringLiteral("overridden");
    case GuardState::Due:
        return QStringLiteral("due");
    }
    return {};
}

FixScreen screenFor(Guard guard) {
    switch (guard) {
    case Guard::Window:
    case Guard::Conflicts:
        return FixScreen::Calendar;
    case Guard::Approval:
        return FixScreen::Cab;
    case Guard::Gates:
        return FixScreen::Gates;
    case Guard::ExitCriteria:
    case Guard::Closure:
    case Guard::Controls:
        return FixScreen::Definition;
    case Guard::ArtifactsVerified:
        return FixScreen::Packages;
    case Guard::TestedArtifacts:
        return FixScreen::Gates;
    case Guard::RunbookReady:
        return FixScreen::Deploy;
    case Guard::DeploymentSucceeded:
    case Guard::DeploymentRolledBack:
    case Guard::Deployment:
        return FixScreen::Deployments;
    }
    return FixScreen::Definition;
}

QString GuardCheck::line() const {
    QString text = displayName(guard);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    if (state == GuardState::Overridden)
        text += Text::tr(" (overridden)");
    return text;
}

QList<Guard> guardsOf(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Planned:
    case ReleaseStatus::Cancelled:
        return {};
    case ReleaseStatus::Scheduled:
    case ReleaseStatus::InProgress:
        return {Guard::Window, Guard::Conflicts};
    case ReleaseStatus::Approved:
        return {Guard::Window, Guard::Conflicts, Guard::Approval};
    // What ships must be what was verified; once deployed, a file cleaned up later does not
    // make the release fall short of its status.
    case ReleaseStatus::Deploying:
        return {Guard::Window,       Guard::Conflicts,         Guard::Approval,    Guard::Gates,
                Guard::ExitCriteria, Guard::ArtifactsVerified, Guard::RunbookReady};
    // Once deployed, the window's conflicts are history: the deployment record was checked
    // against blackouts and freezes when it was made.
    // A tagged release's regulatory controls are met before it counts as deployed.
    case ReleaseStatus::Deployed:
        return {Guard::Window,
                Guard::Approval,
                Guard::Gates,
                Guard::ExitCriteria,
                Guard::TestedArtifacts,
                Guard::Controls,
                Guard::DeploymentSucceeded};
    case ReleaseStatus::RolledBack:
        return {Guard::Window, Guard::Approval, Guard::Gates, Guard::ExitCriteria,
                Guard::DeploymentRolledBack};
    // A release is not closed while a control of its tags is unmet, whether it shipped or
    // was rolled back: both touched production.
    case ReleaseStatus::Closed:
        return {Guard::Window,     Guard::Approval, Guard::Gates,  Guard::ExitCriteria,
                Guard::Deployment, Guard::Controls, Guard::Closure};
    }
    return {};
}

bool isAllowedMove(ReleaseStatus from, ReleaseStatus to) {
    if (from == to)
        return true;
    if (to == ReleaseStatus::Cancelled)
        return isPlanning(from) || from == ReleaseStatus::Deploying;
    if (from == ReleaseStatus::Cancelled)
        return isPlanning(to); // reopened
    if (to == ReleaseStatus::RolledBack)
        return from == ReleaseStatus::Deploying || from == ReleaseStatus::Deployed ||
               from == ReleaseStatus::Approved;
    if (from == ReleaseStatus::RolledBack)
        return to == ReleaseStatus::Closed;
    if (from == ReleaseStatus::Closed)
        return false;
    if (isPlanning(from) && isPlanning(to))
        return true;
    if (from == ReleaseStatus::Deploying && to == ReleaseStatus::Approved)
        return true;
    return pathIndex(to) > pathIndex(from);
}

namespace {
// Statuses that need the approval itself, an emergency's grace aside: Approved says it was
// given, and a release is not closed while its retroactive approval is still owed.
bool approvalIsAskedFor(ReleaseStatus status) {
    return status == ReleaseStatus::Approved || status == ReleaseStatus::Closed;
}
} // namespace

GuardCheck evaluate(Guard guard, const LifecycleFacts& facts, const LifecycleClock& clock,
                    bool strictApproval) {
    GuardCheck check = evaluateRaw(guard, facts, clock, strictApproval);
    if (check.state == GuardState::Open && facts.overridden.contains(toKey(guard))) {
        check.state = GuardState::Overridden;
        check.detail = Text::tr("overridden (%1)").arg(check.detail);
    }
    return check;
}

bool TransitionCheck::ok() const {
    return moveAllowed && failing().isEmpty();
}

QList<GuardCheck> TransitionCheck::failing() const {
    QList<GuardCheck> out;
    for (const GuardCheck& g : guards)
        if (!g.passes())
            out << g;
    return out;
}

QStringList TransitionCheck::reasons() const {
    QStringList lines;
    if (!moveAllowed)
        lines << Text::tr("%1 cannot move to %2 directly").arg(displayName(from), displayName(to));
    for (const GuardCheck& g : failing())
        lines << g.line();
    return lines;
}

TransitionCheck checkTransition(const LifecycleFacts& facts, ReleaseStatus to,
                                const LifecycleClock& clock) {
    TransitionCheck check;
    check.from = facts.status;
    check.to = to;
    check.moveAllowed = isAllowedMove(facts.status, to);
    if (to == facts.status)
        return check; // staying put is never refused; `check` reports what it lacks
    QList<Guard> guards = guardsOf(to);
    // Reaching production checks what ships, even when the move skips Deploying; only the
    // status itself, once reached, stops asking (a file cleaned up later changes nothing).
    if (to == ReleaseStatus::Deployed && !guards.contains(Guard::ArtifactsVerified))
        guards.insert(guards.indexOf(Guard::DeploymentSucceeded), Guard::ArtifactsVerified);
    if (to == ReleaseStatus::Deployed && !guards.contains(Guard::RunbookReady))
        guards.insert(guards.indexOf(Guard::DeploymentSucceeded), Guard::RunbookReady);
    for (Guard g : std::as_const(guards))
        check.guards << evaluate(g, facts, clock, approvalIsAskedFor(to));
    return check;
}

QString NextStep::summary() const {
    if (!next)
        return {};
    if (missing.isEmpty())
        return Text::tr("Ready for %1").arg(displayName(*next));
    QStringList names;
    for (const GuardCheck& g : missing)
        names << displayName(g.guard);
    return Text::tr("%1: needs %2").arg(displayName(*next), names.join(u", "));
}

NextStep nextStep(const LifecycleFacts& facts, const LifecycleClock& clock) {
    NextStep step;
    ReleaseStatus target = facts.status;
    switch (facts.status) {
    case ReleaseStatus::Closed:
    case ReleaseStatus::Cancelled:
        return step;
    case ReleaseStatus::RolledBack:
        target = ReleaseStatus::Closed;
        break;
    case ReleaseStatus::Scheduled:
        // In progress is optional; the control that matters next is the approval.
        target = ReleaseStatus::Approved;
        break;
    default:
        target = kPath[std::size_t(pathIndex(facts.status) + 1)];
        break;
    }
    step.next = target;
    const TransitionCheck check = checkTransition(facts, target, clock);
    step.missing = check.failing();
    return step;
}

QList<GuardCheck> unmetGuards(const LifecycleFacts& facts, const LifecycleClock& clock) {
    QList<GuardCheck> out;
    for (Guard g : guardsOf(facts.status)) {
        GuardCheck c = evaluate(g, facts, clock, approvalIsAskedFor(facts.status));
        if (!c.passes())
            out << c;
    }
    return out;
}

QList<GuardCheck> readiness(const LifecycleFacts& facts, ReleaseStatus through,
                            const LifecycleClock& clock) {
    QList<GuardCheck> out;
    for (Guard g : guardsOf(through))
        out << evaluate(g, facts, clock, through == ReleaseStatus::Approved);
    return out;
}

} // namespace slipway
