// SPDX-License-Identifier: GPL-3.0-or-later
// Planning a runbook (earliest times, slack, the critical path, refusals) and projecting a
// run of it from its step events, on small graphs whose answers are worked out by hand.
#include "rules/RunbookSchedule.h"

#include <QTest>

using namespace slipway;

namespace {

RunbookStep step(const char* key, int minutes, QStringList after = {}, int offset = 0) {
    RunbookStep s;
    s.key = QString::fromLatin1(key);
    s.title = QStringLiteral("Step ") + s.key;
    s.kind = StepKind::Manual;
    s.durationMin = minutes;
    s.dependsOn = std::move(after);
    s.offsetMin = offset;
    return s;
}

RunbookStep rollbackOf(const char* key, const char* forward, int minutes) {
    RunbookStep s = step(key, minutes);
    s.direction = StepDirection::Rollback;
    s.rollbackOf = QString::fromLatin1(forward);
    return s;
}

QStringList keys(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* k : list)
        out.append(QString::fromLatin1(k));
    return out;
}

RunbookPlan planned(const QList<RunbookStep>& steps) {
    Result<RunbookPlan> plan = planRunbook(steps);
    if (!plan) {
        QTest::qFail(qPrintable(plan.error().message), __FILE__, __LINE__);
        return {};
    }
    return plan.value();
}

StepEvent stepEvent(const char* key, StepStatus status, qint64 at) {
    StepEvent e;
    e.stepKey = QString::fromLatin1(key);
    e.status = status;
    e.at = at;
    e.by = QStringLiteral("dana");
    return e;
}

// 2026-12-07 22:00 UTC, a Monday evening window.
constexpr qint64 kWindow = 1796680800;
constexpr qint64 kMin = 60;

} // namespace

class TestRunbookSchedule : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void chain() {
        const RunbookPlan p =
            planned({step("S1", 10), step("S2", 20, keys({"S1"})), step("S3", 5, keys({"S2"}))});
        QCOMPARE(p.plannedEndMin, 35);
        QCOMPARE(p.criticalPath, keys({"S1", "S2", "S3"}));
        QCOMPARE(p.timing(QStringLiteral("S2"))->earliestStart, 10);
        QCOMPARE(p.timing(QStringLiteral("S3"))->earliestFinish, 35);
        for (const StepTiming& t : p.steps)
            QVERIFY2(t.critical && t.slack == 0, qPrintable(t.key));
    }

    void diamond() {
        // A then B (30) and C (10) side by side, then D: B decides, C may slip 20 minutes.
        const RunbookPlan p = planned({step("A", 10), step("B", 30, keys({"A"})),
                                       step("C", 10, keys({"A"})), step("D", 5, keys({"C", "B"}))});
        QCOMPARE(p.plannedEndMin, 45);
        QCOMPARE(p.criticalPath, keys({"A", "B", "D"}));
        QCOMPARE(p.timing(QStringLiteral("C"))->slack, 20);
        QVERIFY(!p.timing(QStringLiteral("C"))->critical);
        QCOMPARE(p.timing(QStringLiteral("D"))->earliestStart, 40);
        QCOMPARE(p.steps.size(), 4);
        QCOMPARE(p.steps.at(2).key, QStringLiteral("C")); // the runbook's order, not the graph's
    }

    void doubleDiamondWithSharedMiddle() {
        // A → (B | C) → D → (E | F) → G; the long side changes between the two diamonds.
        const RunbookPlan p =
            planned({step("A", 5), step("B", 10, keys({"A"})), step("C", 25, keys({"A"})),
                     step("D", 5, keys({"B", "C"})), step("E", 40, keys({"D"})),
                     step("F", 15, keys({"D"})), step("G", 5, keys({"E", "F"}))});
        QCOMPARE(p.plannedEndMin, 5 + 25 + 5 + 40 + 5);
        QCOMPARE(p.criticalPath, keys({"A", "C", "D", "E", "G"}));
        QCOMPARE(p.timing(QStringLiteral("B"))->slack, 15);
        QCOMPARE(p.timing(QStringLiteral("F"))->slack, 25);
    }

    void offsetHoldsAStepBack() {
        // C may not start before minute 60 whatever its predecessor does: the chain starts at
        // C, and A and B get the slack up to it.
        const RunbookPlan p =
            planned({step("A", 10), step("B", 5, keys({"A"})), step("C", 5, keys({"A"}), 60),
                     step("D", 5, keys({"B", "C"}))});
        QCOMPARE(p.timing(QStringLiteral("C"))->earliestStart, 60);
        QCOMPARE(p.plannedEndMin, 70);
        QCOMPARE(p.criticalPath, keys({"C", "D"}));
        QCOMPARE(p.timing(QStringLiteral("A"))->slack, 50);
        QCOMPARE(p.timing(QStringLiteral("B"))->slack, 50);
    }

    void offsetOfAFirstStep() {
        const RunbookPlan p = planned({step("S1", 10, {}, 30), step("S2", 10, keys({"S1"}))});
        QCOMPARE(p.timing(QStringLiteral("S1"))->earliestStart, 30);
        QCOMPARE(p.plannedEndMin, 50);
        QCOMPARE(p.criticalPath, keys({"S1", "S2"}));
    }

    void parallelChainsTheLongerDecides() {
        const RunbookPlan p = planned({step("A1", 10), step("A2", 10, keys({"A1"})), step("B1", 15),
                                       step("B2", 15, keys({"B1"}))});
        QCOMPARE(p.plannedEndMin, 30);
        QCOMPARE(p.criticalPath, keys({"B1", "B2"}));
        QCOMPARE(p.timing(QStringLiteral("A2"))->slack, 10);
    }

    void rollbackStepsAreNotPlanned() {
        const RunbookPlan p =
            planned({step("S1", 10), rollbackOf("R1", "S1", 500), step("S2", 10, keys({"S1"}))});
        QCOMPARE(p.plannedEndMin, 20);
        QCOMPARE(p.steps.size(), 2);
        QCOMPARE(p.timing(QStringLiteral("R1")), nullptr);
    }

    void emptyAndZeroDurations() {
        const RunbookPlan none = planned({});
        QCOMPARE(none.plannedEndMin, 0);
        QVERIFY(none.criticalPath.isEmpty());
        const RunbookPlan zero = planned({step("GO", 0), step("S1", 0, keys({"GO"}))});
        QCOMPARE(zero.plannedEndMin, 0);
        QCOMPARE(zero.criticalPath.last(), QStringLiteral("S1"));
    }

    void cycleIsRefusedNamingItsSteps() {
        // X waits on the cycle without being part of it; the message names the cycle alone,
        // in the order the steps would run.
        const auto r =
            planRunbook({step("X", 5, keys({"S2"})), step("S1", 5), step("S2", 5, keys({"S4"})),
                         step("S3", 5, keys({"S2"})), step("S4", 5, keys({"S3", "S1"}))});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Validation);
        QVERIFY2(r.error().message.contains(QStringLiteral("S2 → S3 → S4 → S2")),
                 qPrintable(r.error().message));
        QVERIFY2(!r.error().message.contains(QStringLiteral("X")), qPrintable(r.error().message));
        QVERIFY(!r.error().message.contains(u'\n'));
    }

    void selfDependencyIsACycle() {
        const auto r = planRunbook({step("S1", 5), step("S2", 5, keys({"S1", "S2"}))});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("S2 → S2")),
                 qPrintable(r.error().message));
    }

    void unknownDependencyIsRefused() {
        const auto r = planRunbook({step("S1", 5), step("S2", 5, keys({"S9"}))});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("S9")), qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("S2 “Step S2”")));
    }

    void dependencyOnARollbackStepIsRefused() {
        const auto r =
            planRunbook({step("S1", 5), rollbackOf("R1", "S1", 5), step("S2", 5, keys({"R1"}))});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("R1")), qPrintable(r.error().message));
    }

    void duplicateKeyIsRefused() {
        const auto r = planRunbook({step("S1", 5), step("S1", 10)});
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("S1")));
    }

    // ---- projection

    void projectsARunningOverrun() {
        // S1 → S2 → (S3 | S4) → S5, S2 planned 20 min but running for 28.
        const QList<RunbookStep> steps{step("S1", 10), step("S2", 20, keys({"S1"})),
                                       step("S3", 30, keys({"S2"})), step("S4", 5, keys({"S2"})),
                                       step("S5", 10, keys({"S3", "S4"}))};
        const RunbookPlan plan = planned(steps);
        RunbookRun run;
        run.startedAt = kWindow;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow),
                      stepEvent("S1", StepStatus::Done, kWindow + 12 * kMin),
                      stepEvent("S2", StepStatus::Running, kWindow + 12 * kMin)};
        const qint64 now = kWindow + 40 * kMin;
        const RunProjection p = projectRun(steps, plan, run, kWindow, now);
        QCOMPARE(p.total, 5);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.plannedEnd, kWindow + 70 * kMin);
        QCOMPARE(p.elapsedSecs, 40 * kMin);

        const StepProjection* s1 = p.step(QStringLiteral("S1"));
        QCOMPARE(s1->status, StepStatus::Done);
        QCOMPARE(s1->projectedStart, kWindow);
        QCOMPARE(s1->projectedEnd, kWindow + 12 * kMin);
        QCOMPARE(s1->elapsedSecs, 12 * kMin);
        QVERIFY(!s1->waiting);

        const StepProjection* s2 = p.step(QStringLiteral("S2"));
        QCOMPARE(s2->status, StepStatus::Running);
        QCOMPARE(s2->plannedStart, kWindow + 10 * kMin);
        QCOMPARE(s2->projectedEnd, now); // past its planned 20 minutes: ends no sooner than now
        QCOMPARE(s2->elapsedSecs, 28 * kMin);
        QVERIFY(!s2->waiting);

        const StepProjection* s3 = p.step(QStringLiteral("S3"));
        QVERIFY(s3->waiting);
        QCOMPARE(s3->projectedStart, now);
        QCOMPARE(s3->projectedEnd, now + 30 * kMin);
        QCOMPARE(s3->elapsedSecs, 0);
        QCOMPARE(p.step(QStringLiteral("S5"))->projectedStart, now + 30 * kMin);
        QCOMPARE(p.projectedEnd, now + 40 * kMin); // 10 minutes later than planned
    }

    void runningStepWithinItsTimeEndsAsPlanned() {
        const QList<RunbookStep> steps{step("S1", 30), step("S2", 10, keys({"S1"}))};
        RunbookRun run;
        run.startedAt = kWindow;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow + 2 * kMin)};
        const RunProjection p = projectRun(steps, planned(steps), run, kWindow, kWindow + 5 * kMin);
        QCOMPARE(p.step(QStringLiteral("S1"))->projectedEnd, kWindow + 32 * kMin);
        QCOMPARE(p.projectedEnd, kWindow + 42 * kMin);
    }

    void failedSkippedAndEarlySteps() {
        // S2 failed: its successor waits. S3 was skipped without running: ended, no time.
        // S4 is free but planned at minute 60 (an offset): it starts then, not now.
        const QList<RunbookStep> steps{step("S1", 10), step("S2", 20, keys({"S1"})),
                                       step("S3", 10, keys({"S1"})), step("S4", 5, {}, 60),
                                       step("S5", 5, keys({"S2", "S3"}))};
        RunbookRun run;
        run.startedAt = kWindow;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow),
                      stepEvent("S1", StepStatus::Done, kWindow + 8 * kMin),
                      stepEvent("S2", StepStatus::Running, kWindow + 8 * kMin),
                      stepEvent("S3", StepStatus::Skipped, kWindow + 9 * kMin),
                      stepEvent("S2", StepStatus::Failed, kWindow + 15 * kMin)};
        const qint64 now = kWindow + 20 * kMin;
        const RunProjection p = projectRun(steps, planned(steps), run, kWindow, now);
        QCOMPARE(p.done, 2); // done and skipped; the failed one is not done
        const StepProjection* s2 = p.step(QStringLiteral("S2"));
        QCOMPARE(s2->status, StepStatus::Failed);
        QCOMPARE(s2->projectedEnd, kWindow + 15 * kMin);
        QCOMPARE(s2->elapsedSecs, 7 * kMin);
        const StepProjection* s3 = p.step(QStringLiteral("S3"));
        QCOMPARE(s3->status, StepStatus::Skipped);
        QCOMPARE(s3->elapsedSecs, 0);
        QCOMPARE(s3->projectedStart, kWindow + 9 * kMin);
        const StepProjection* s4 = p.step(QStringLiteral("S4"));
        QVERIFY(!s4->waiting);
        QCOMPARE(s4->projectedStart, kWindow + 60 * kMin);
        const StepProjection* s5 = p.step(QStringLiteral("S5"));
        QVERIFY(s5->waiting);                              // S2 failed: not done, not skipped
        QCOMPARE(s5->projectedStart, kWindow + 30 * kMin); // its planned start, later than now
        QCOMPARE(p.projectedEnd, kWindow + 65 * kMin);
    }

    void restartedStepIsRunningAgain() {
        const QList<RunbookStep> steps{step("S1", 10)};
        RunbookRun run;
        run.startedAt = kWindow;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow),
                      stepEvent("S1", StepStatus::Failed, kWindow + 3 * kMin),
                      stepEvent("S1", StepStatus::Running, kWindow + 5 * kMin)};
        const StepProgress pr = progressOf(run, QStringLiteral("S1"));
        QCOMPARE(pr.status, StepStatus::Running);
        QCOMPARE(pr.startedAt, kWindow);
        QCOMPARE(pr.endedAt, 0);
        const RunProjection p = projectRun(steps, planned(steps), run, kWindow, kWindow + 6 * kMin);
        QCOMPARE(p.step(QStringLiteral("S1"))->status, StepStatus::Running);
        QCOMPARE(p.step(QStringLiteral("S1"))->elapsedSecs, 6 * kMin);
    }

    void finishedEarlyIsNeverBeforeNow() {
        const QList<RunbookStep> steps{step("S1", 30)};
        RunbookRun run;
        run.startedAt = kWindow;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow),
                      stepEvent("S1", StepStatus::Done, kWindow + 10 * kMin)};
        const qint64 now = kWindow + 12 * kMin;
        const RunProjection p = projectRun(steps, planned(steps), run, kWindow, now);
        QCOMPARE(p.done, 1);
        QCOMPARE(p.projectedEnd, now);
        QCOMPARE(p.plannedEnd, kWindow + 30 * kMin);
    }

    void endedRunStopsTheClock() {
        const QList<RunbookStep> steps{step("S1", 10), step("S2", 10, keys({"S1"})),
                                       rollbackOf("R1", "S1", 5)};
        RunbookRun run;
        run.startedAt = kWindow;
        run.endedAt = kWindow + 25 * kMin;
        run.outcome = RunOutcome::RolledBack;
        run.events = {stepEvent("S1", StepStatus::Running, kWindow),
                      stepEvent("S1", StepStatus::Done, kWindow + 10 * kMin),
                      stepEvent("R1", StepStatus::Running, kWindow + 20 * kMin)};
        const RunProjection p =
            projectRun(steps, planned(steps), run, kWindow, kWindow + 300 * kMin);
        QCOMPARE(p.elapsedSecs, 25 * kMin);
        QCOMPARE(p.projectedEnd, kWindow + 25 * kMin);
        QCOMPARE(p.steps.size(), 2); // forward steps only
        QCOMPARE(p.step(QStringLiteral("R1")), nullptr);
    }

    void runNotStartedYet() {
        const QList<RunbookStep> steps{step("S1", 10), step("S2", 10, keys({"S1"}))};
        const qint64 now = kWindow - 60 * kMin;
        const RunProjection p = projectRun(steps, planned(steps), RunbookRun{}, kWindow, now);
        QCOMPARE(p.elapsedSecs, 0);
        QCOMPARE(p.done, 0);
        QVERIFY(!p.step(QStringLiteral("S1"))->waiting);
        QVERIFY(p.step(QStringLiteral("S2"))->waiting);
        QCOMPARE(p.projectedEnd, kWindow + 20 * kMin); // as planned: nothing has slipped
    }
};

QTEST_GUILESS_MAIN(TestRunbookSchedule)
#include "tst_RunbookSchedule.moc"
