// SPDX-License-Identifier: GPL-3.0-or-later
// The runbook each deployment pattern starts from: its shape (keys, pairs, owners, kinds), the
// pattern's own sequence, a plan without refusal, and the default rollback triggers.
#include "rules/PatternTemplates.h"
#include "rules/RunbookSchedule.h"

#include <QSet>
#include <QTest>

using namespace slipway;

namespace {

QList<RunbookStep> forward(const QList<RunbookStep>& steps) {
    QList<RunbookStep> out;
    for (const RunbookStep& s : steps)
        if (s.isForward())
            out.append(s);
    return out;
}

int indexOfTitle(const QList<RunbookStep>& steps, const QString& text) {
    for (int i = 0; i < steps.size(); ++i)
        if (steps[i].title.contains(text))
            return i;
    return -1;
}

} // namespace

class TestPatternTemplates : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shape() {
        const QSet<QString> roles{QStringLiteral("deployer"), QStringLiteral("release_manager"),
                                  QStringLiteral("qa"), QStringLiteral("operations")};
        for (DeploymentPattern pattern : allDeploymentPatterns()) {
            const QByteArray name = toKey(pattern).toUtf8();
            const PatternTemplate t = templateFor(pattern);
            QVERIFY2(t.steps.size() >= 8, name.constData());
            int s = 0, r = 0;
            QSet<StepKind> kinds;
            QSet<QString> forwardKeys;
            for (const RunbookStep& step : t.steps) {
                QVERIFY2(isValidStepKey(step.key), name.constData());
                QVERIFY2(!step.title.isEmpty() && step.durationMin >= 0, name.constData());
                QVERIFY2(roles.contains(step.owner), qPrintable(step.owner));
                if (step.isForward()) {
                    QCOMPARE(step.key, QStringLiteral("S%1").arg(++s));
                    forwardKeys.insert(step.key);
                    kinds.insert(step.kind);
                    QVERIFY(step.rollbackOf.isEmpty());
                } else {
                    QCOMPARE(step.key, QStringLiteral("R%1").arg(++r));
                    // Paired with a forward step listed before it.
                    QVERIFY2(forwardKeys.contains(step.rollbackOf), qPrintable(step.key));
                    QVERIFY(step.dependsOn.isEmpty());
                }
            }
            QVERIFY2(r >= 2, name.constData());
            QVERIFY(kinds.contains(StepKind::Checkpoint));
            QVERIFY(kinds.contains(StepKind::HealthCheck));
            QVERIFY(kinds.contains(StepKind::Communication));
            // It plans, the chain runs from the first step to the last, and every forward step
            // but the first waits on something.
            const auto plan = planRunbook(t.steps);
            QVERIFY2(plan.ok(), name.constData());
            QCOMPARE(plan->criticalPath.first(), QStringLiteral("S1"));
            QVERIFY(plan->plannedEndMin > 30);
            const auto f = forward(t.steps);
            for (int i = 1; i < f.size(); ++i)
                QVERIFY2(!f[i].dependsOn.isEmpty(), qPrintable(f[i].key));
            // The default triggers.
            QCOMPARE(t.triggers.size(), 3);
            QCOMPARE(t.triggers.at(0).kind, TriggerKind::StepFailed);
            QCOMPARE(t.triggers.at(1).kind, TriggerKind::StepOverrun);
            QCOMPARE(t.triggers.at(1).factor, 1.5);
            QCOMPARE(t.triggers.at(2).kind, TriggerKind::WindowOverrun);
            for (const RunbookTrigger& trig : t.triggers)
                QVERIFY(!trig.name.isEmpty());
        }
    }

    void canaryWidensStepByStep() {
        const auto f = forward(templateFor(DeploymentPattern::Canary).steps);
        const int five = indexOfTitle(f, QStringLiteral("5 % of traffic"));
        const int quarter = indexOfTitle(f, QStringLiteral("25 % of traffic"));
        const int all = indexOfTitle(f, QStringLiteral("100 % of traffic"));
        QVERIFY(five >= 0 && five < quarter && quarter < all);
        // An observation between the stages, then a go/no-go.
        QCOMPARE(f[five + 1].kind, StepKind::HealthCheck);
        QCOMPARE(f[quarter + 1].kind, StepKind::HealthCheck);
        QCOMPARE(f[quarter - 1].kind, StepKind::Checkpoint);
        QCOMPARE(f[all - 1].kind, StepKind::Checkpoint);
    }

    void blueGreenSwitchesAndKeepsBlue() {
        const auto steps = templateFor(DeploymentPattern::BlueGreen, 6).steps;
        const auto f = forward(steps);
        const int green = indexOfTitle(f, QStringLiteral("green environment"));
        const int smoke = indexOfTitle(f, QStringLiteral("Smoke-test green"));
        int cutover = -1;
        for (int i = 0; i < f.size(); ++i)
            if (f[i].kind == StepKind::Cutover)
                cutover = i;
        int keep = -1;
        for (int i = 0; i < f.size(); ++i)
            if (f[i].durationMin == 6 * 60)
                keep = i;
        QVERIFY(green >= 0 && green < smoke && smoke < cutover && cutover < keep);
        QCOMPARE(f[smoke].kind, StepKind::HealthCheck);
        QVERIFY(f[keep].title.contains(QStringLiteral("6 hour")));
        // Switching back is the rollback of the switch.
        bool switchBack = false;
        for (const RunbookStep& s : steps)
            switchBack =
                switchBack || (s.rollbackOf == f[cutover].key && s.kind == StepKind::Cutover);
        QVERIFY(switchBack);
        // The hours kept are on the plan.
        QVERIFY(planRunbook(steps)->plannedEndMin >= 6 * 60);
        QVERIFY(planRunbook(templateFor(DeploymentPattern::BlueGreen, 2).steps)->plannedEndMin <
                6 * 60);
    }

    void rollingGoesInBatches() {
        const auto f = forward(templateFor(DeploymentPattern::Rolling).steps);
        int batches = 0;
        for (const RunbookStep& s : f)
            batches += s.title.contains(QStringLiteral("batch")) && s.kind == StepKind::Manual;
        QVERIFY(batches >= 3);
    }

    void bigBangStopsMigratesAndStarts() {
        const auto f = forward(templateFor(DeploymentPattern::BigBang).steps);
        const int stop = indexOfTitle(f, QStringLiteral("Stop the service"));
        int migrate = -1;
        for (int i = 0; i < f.size(); ++i)
            if (f[i].kind == StepKind::Migration)
                migrate = i;
        const int deploy = indexOfTitle(f, QStringLiteral("Deploy the new version"));
        const int start = indexOfTitle(f, QStringLiteral("Start the service"));
        const int verify = indexOfTitle(f, QStringLiteral("Verify"));
        QVERIFY(stop >= 0 && stop < migrate && migrate < deploy && deploy < start &&
                start < verify);
    }

    void customIsEmpty() {
        const PatternTemplate t = templateFor(DeploymentPattern::Custom);
        QVERIFY(t.steps.isEmpty());
        QCOMPARE(t.triggers.size(), 3); // the same safety net for steps written by hand
    }
};

QTEST_GUILESS_MAIN(TestPatternTemplates)
#include "tst_PatternTemplates.moc"
