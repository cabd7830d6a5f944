// SPDX-License-Identifier: GPL-3.0-or-later
#include "PatternTemplates.h"

#include <QCoreApplication>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PatternTemplates)
};

// Writes a template's steps in order: forward steps S1, S2 … each after the previous one by
// default, and rollback steps R1, R2 … paired with the forward step just added.
class Builder {
public:
    // A forward step that depends on the step added before it (or on `after` when given).
    Builder& step(StepKind kind, const QString& title, const QString& owner, int minutes,
                  const QStringList& after = {}) {
        RunbookStep s;
        s.key = QStringLiteral("S%1").arg(++m_forward);
        s.title = title;
        s.kind = kind;
        s.owner = owner;
        s.durationMin = minutes;
        if (!after.isEmpty())
            s.dependsOn = after;
        else if (!m_lastForward.isEmpty())
            s.dependsOn = {m_lastForward};
        m_lastForward = s.key;
        m_steps.append(s);
        return *this;
    }
    // The rollback step reversing the forward step added last.
    Builder& rollback(StepKind kind, const QString& title, const QString& owner, int minutes) {
        RunbookStep s;
        s.key = QStringLiteral("R%1").arg(++m_rollback);
        s.title = title;
        s.kind = kind;
        s.direction = StepDirection::Rollback;
        s.rollbackOf = m_lastForward;
        s.owner = owner;
        s.durationMin = minutes;
        m_steps.append(s);
        return *this;
    }
    Builder& notes(const QString& text) {
        m_steps.last().notes = text;
        return *this;
    }
    QString last() const { return m_lastForward; }
    QList<RunbookStep> steps() const { return m_steps; }

private:
    QList<RunbookStep> m_steps;
    QString m_lastForward;
    int m_forward = 0;
    int m_rollback = 0;
};

const QString kReleaseManager = QStringLiteral("release_manager");
const QString kDeployer = QStringLiteral("deployer");
const QString kOperations = QStringLiteral("operations");
const QString kQa = QStringLiteral("qa");

void opening(Builder& b, const QString& goNoGo) {
    b.step(StepKind::Communication,
           Text::tr("Announce the start of the deployment on the bridge and status channels"),
           kReleaseManager, 5);
    b.step(StepKind::Checkpoint, goNoGo, kReleaseManager, 5);
}

QList<RunbookStep> canary() {
    Builder b;
    opening(b, Text::tr("Go/no-go: start the canary"));
    b.step(StepKind::Manual,
           Text::tr("Deploy the new version to the canary pool and route 5 % of traffic to it"),
           kDeployer, 15)
        .rollback(StepKind::Manual,
                  Text::tr("Route all traffic back to the stable pool and remove the canary"),
                  kDeployer, 10);
    b.step(StepKind::HealthCheck,
           Text::tr("Observe the canary at 5 %: error rate, latency and business metrics "
                    "against the stable pool"),
           kOperations, 30);
    b.step(StepKind::Checkpoint, Text::tr("Go/no-go: widen the canary to 25 %"), kReleaseManager,
           5);
    b.step(StepKind::Manual, Text::tr("Route 25 % of traffic to the new version"), kDeployer, 10)
        .rollback(StepKind::Manual, Text::tr("Route traffic back down to 5 % on the new version"),
                  kDeployer, 5);
    b.step(StepKind::HealthCheck,
           Text::tr("Observe the canary at 25 %: error rate, latency and saturation"), kOperations,
           30);
    b.step(StepKind::Checkpoint, Text::tr("Go/no-go: roll out to 100 %"), kReleaseManager, 5);
    b.step(StepKind::Manual,
           Text::tr("Scale the new version to full capacity and route 100 % of traffic to it"),
           kDeployer, 20)
        .rollback(StepKind::Manual,
                  Text::tr("Scale the stable version back up and route traffic back to 25 % on "
                           "the new version"),
                  kDeployer, 15);
    b.step(StepKind::HealthCheck,
           Text::tr("Verify at 100 %: smoke tests, dashboards and a test transaction"), kQa, 20);
    b.step(StepKind::Manual, Text::tr("Scale down the previous version's instances"), kDeployer, 10)
        .rollback(StepKind::Manual, Text::tr("Scale the previous version's instances back up"),
                  kDeployer, 10);
    b.step(StepKind::Communication, Text::tr("Announce that the deployment is complete"),
           kReleaseManager, 5);
    return b.steps();
}

QList<RunbookStep> blueGreen(int keepBlueHours) {
    Builder b;
    opening(b, Text::tr("Go/no-go: deploy to green"));
    b.step(StepKind::Manual, Text::tr("Deploy the new version to the idle green environment"),
           kDeployer, 30)
        .rollback(StepKind::Manual, Text::tr("Tear down the green deployment"), kDeployer, 10);
    b.step(StepKind::HealthCheck,
           Text::tr("Smoke-test green through its private endpoint, before any user reaches it"),
           kQa, 20);
    b.step(StepKind::Checkpoint, Text::tr("Go/no-go: switch traffic to green"), kReleaseManager, 5);
    b.step(StepKind::Cutover, Text::tr("Switch the load balancer from blue to green"), kDeployer, 5)
        .notes(Text::tr("Fill in the DNS record or load-balancer name, its TTL and the lowered "
                        "TTL, and lower it at least one old TTL ahead of the switch."))
        .rollback(StepKind::Cutover, Text::tr("Switch the load balancer back to blue"), kDeployer,
                  5)
        .notes(Text::tr("Blue is still running: switching back is the whole rollback."));
    b.step(StepKind::HealthCheck,
           Text::tr("Verify production on green: smoke tests, dashboards and a test transaction"),
           kQa, 15);
    const QString verified = b.last();
    b.step(StepKind::Communication, Text::tr("Announce that the new version is live"),
           kReleaseManager, 5);
    b.step(StepKind::Checkpoint,
           Text::tr("Keep blue running untouched for %n hour(s) as the rollback target, then "
                    "go/no-go to retire it",
                    nullptr, keepBlueHours),
           kOperations, keepBlueHours * 60, {verified});
    b.step(StepKind::Manual,
           Text::tr("Retire blue: scale it down; it becomes the idle environment of the next "
                    "release"),
           kDeployer, 15)
        .rollback(StepKind::Manual, Text::tr("Scale blue back up"), kDeployer, 15);
    return b.steps();
}

QList<RunbookStep> rolling() {
    Builder b;
    opening(b, Text::tr("Go/no-go: start the rolling update"));
    const int batches = 4;
    for (int batch = 1; batch <= batches; ++batch) {
        b.step(StepKind::Manual,
               Text::tr("Drain batch %1 of %2 (a quarter of the instances), update it to the new "
                        "version and put it back in the pool")
                   .arg(batch)
                   .arg(batches),
               kDeployer, 20)
            .rollback(StepKind::Manual,
                      Text::tr("Drain batch %1 of %2 and put it back on the previous version")
                          .arg(batch)
                          .arg(batches),
                      kDeployer, 20);
        b.step(StepKind::HealthCheck,
               Text::tr("Check batch %1 back in the pool: health endpoint, error rate and "
                        "latency")
                   .arg(batch),
               kOperations, 10);
        if (batch == batches / 2)
            b.step(StepKind::Checkpoint, Text::tr("Go/no-go: update the remaining half"),
                   kReleaseManager, 5);
    }
    b.step(StepKind::HealthCheck,
           Text::tr("Verify the whole service: smoke tests, dashboards and a test transaction"),
           kQa, 20);
    b.step(StepKind::Communication, Text::tr("Announce that the deployment is complete"),
           kReleaseManager, 5);
    return b.steps();
}

QList<RunbookStep> bigBang() {
    Builder b;
    b.step(StepKind::Communication,
           Text::tr("Announce the start of the outage to users and the bridge"), kReleaseManager,
           5);
    b.step(StepKind::Checkpoint, Text::tr("Go/no-go: take the service down"), kReleaseManager, 5);
    b.step(StepKind::Manual, Text::tr("Stop the service and show the maintenance page"),
           kOperations, 10)
        .rollback(StepKind::Manual,
                  Text::tr("Start the service on the previous version and remove the "
                           "maintenance page"),
                  kOperations, 10);
    b.step(StepKind::Manual, Text::tr("Back up the database and check that the backup restores"),
           kOperations, 20)
        .notes(Text::tr("The migration's rollback restores from this backup."));
    b.step(StepKind::Migration, Text::tr("Run the database migration"), kDeployer, 30)
        .notes(Text::tr("Rehearse it against a clone of production first: the runbook is not "
                        "ready without a passed rehearsal."))
        .rollback(StepKind::Manual, Text::tr("Restore the database from the backup"), kOperations,
                  40);
    b.step(StepKind::Manual, Text::tr("Deploy the new version"), kDeployer, 20)
        .rollback(StepKind::Manual, Text::tr("Deploy the previous version again"), kDeployer, 20);
    b.step(StepKind::Manual, Text::tr("Start the service with the maintenance page still up"),
           kOperations, 10)
        .rollback(StepKind::Manual, Text::tr("Stop the service again"), kOperations, 5);
    b.step(StepKind::HealthCheck,
           Text::tr("Verify: smoke tests, dashboards and a test transaction behind the "
                    "maintenance page"),
           kQa, 20);
    b.step(StepKind::Checkpoint, Text::tr("Go/no-go: open the service to users"), kReleaseManager,
           5);
    b.step(StepKind::Manual, Text::tr("Remove the maintenance page"), kOperations, 5)
        .rollback(StepKind::Manual, Text::tr("Put the maintenance page back up"), kOperations, 5);
    b.step(StepKind::Communication, Text::tr("Announce the end of the outage"), kReleaseManager, 5);
    return b.steps();
}

QList<RunbookTrigger> defaultTriggers() {
    RunbookTrigger failed;
    failed.kind = TriggerKind::StepFailed;
    failed.name = Text::tr("A step failed");
    RunbookTrigger overrun;
    overrun.kind = TriggerKind::StepOverrun;
    overrun.name = Text::tr("A step overran its plan by half");
    overrun.factor = 1.5;
    RunbookTrigger window;
    window.kind = TriggerKind::WindowOverrun;
    window.name = Text::tr("The window will not hold");
    return {failed, overrun, window};
}

} // namespace

PatternTemplate templateFor(DeploymentPattern pattern, int keepBlueHours) {
    PatternTemplate t;
    switch (pattern) {
    case DeploymentPattern::Canary:
        t.steps = canary();
        break;
    case DeploymentPattern::BlueGreen:
        t.steps = blueGreen(std::max(1, keepBlueHours));
        break;
    case DeploymentPattern::Rolling:
        t.steps = rolling();
        break;
    case DeploymentPattern::BigBang:
        t.steps = bigBang();
        break;
    case DeploymentPattern::Custom: // steps written by hand, the same safety net
        break;
    }
    t.triggers = defaultTriggers();
    return t;
}

} // namespace slipway
