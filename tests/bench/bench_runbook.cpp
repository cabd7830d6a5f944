// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the critical path of a 500-step runbook takes (target: 5 ms), and the live
// projection of a run half-way through it. The runbook is generated like a large cut-over:
// 20 phases of 25 steps; each phase opens on a go/no-go checkpoint that waits on the last
// steps of the phase before (fan-in), fans out into parallel tracks whose steps depend on one
// to three earlier steps of the phase, and closes with a health check; every changing step has
// a rollback step, and a few steps are held back by offsets.
//   bench_runbook [STEPS] [RUNS]
#include "BenchTiming.h"
#include "rules/RunbookChecks.h"
#include "rules/RunbookSchedule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

namespace {

constexpr int kPhase = 25;

QList<RunbookStep> generate(int forwardSteps) {
    QRandomGenerator rng(16);
    QList<RunbookStep> steps;
    QStringList previousPhaseEnds; // the steps of the phase before that nothing followed
    int rollbacks = 0;
    for (int i = 0; i < forwardSteps; ++i) {
        const int inPhase = i % kPhase;
        const int phaseStart = i - inPhase;
        RunbookStep s;
        s.key = QStringLiteral("S%1").arg(i + 1);
        s.owner = QStringLiteral("deployer");
        if (inPhase == 0) {
            s.kind = StepKind::Checkpoint;
            s.title = QStringLiteral("Go/no-go: phase %1").arg(i / kPhase + 1);
            s.durationMin = 5;
            s.dependsOn = previousPhaseEnds;
        } else if (inPhase == kPhase - 1) {
            s.kind = StepKind::HealthCheck;
            s.title = QStringLiteral("Verify phase %1").arg(i / kPhase + 1);
            s.durationMin = 10;
            // Waits on the last few tracks of its phase.
            for (int d = std::max(phaseStart + 1, i - 6); d < i; ++d)
                s.dependsOn.append(QStringLiteral("S%1").arg(d + 1));
        } else {
            s.kind = (i % 7 == 0)   ? StepKind::Migration
                     : (i % 5 == 0) ? StepKind::Script
                                    : StepKind::Manual;
            s.title = QStringLiteral("Change %1").arg(i + 1);
            s.durationMin = 3 + int(rng.bounded(40));
            // One to three earlier steps of the phase; the checkpoint often, so tracks fan out.
            const int deps = 1 + int(rng.bounded(3));
            for (int d = 0; d < deps; ++d) {
                const int from = phaseStart + int(rng.bounded(quint32(inPhase)));
                const QString key = QStringLiteral("S%1").arg(from + 1);
                if (!s.dependsOn.contains(key))
                    s.dependsOn.append(key);
            }
            if (rng.bounded(20) == 0)
                s.offsetMin = (i / kPhase) * 60 + int(rng.bounded(120));
        }
        steps.append(s);
        if (s.kind != StepKind::Checkpoint && s.kind != StepKind::HealthCheck) {
            RunbookStep r;
            r.key = QStringLiteral("R%1").arg(++rollbacks);
            r.title = QStringLiteral("Undo change %1").arg(i + 1);
            r.direction = StepDirection::Rollback;
            r.rollbackOf = s.key;
            r.durationMin = s.durationMin;
            steps.append(r);
        }
        if (inPhase == kPhase - 1)
            previousPhaseEnds = {s.key};
    }
    return steps;
}

// A run half-way: the first half of the forward steps done (one skipped, one failed and
// retried), the next few running, the rest pending.
RunbookRun halfWay(const RunbookPlan& plan, qint64 windowStart, qint64& now) {
    RunbookRun run;
    run.startedAt = windowStart;
    const int half = int(plan.steps.size()) / 2;
    for (int i = 0; i < plan.steps.size() && i < half + 4; ++i) {
        const StepTiming& t = plan.steps[i];
        const qint64 start = windowStart + qint64(t.earliestStart) * 60 + 90;
        const qint64 end = windowStart + qint64(t.earliestFinish) * 60 + 240;
        auto add = [&](StepStatus status, qint64 at) {
            StepEvent e;
            e.stepKey = t.key;
            e.status = status;
            e.at = at;
            e.by = QStringLiteral("pipeline");
            run.events.append(e);
        };
        if (i == 10) {
            add(StepStatus::Skipped, start);
            continue;
        }
        add(StepStatus::Running, start);
        if (i == 20) {
            add(StepStatus::Failed, start + 60);
            add(StepStatus::Running, start + 120);
        }
        if (i < half)
            add(StepStatus::Done, end);
        now = std::max(now, start + 60);
    }
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int size = argc > 1 ? std::max(2, QString::fromLocal8Bit(argv[1]).toInt()) : 500;
    const int runs = argc > 2 ? std::max(1, QString::fromLocal8Bit(argv[2]).toInt()) : 201;

    const QList<RunbookStep> steps = generate(size);
    int dependencies = 0, maxFanIn = 0;
    QHash<QString, int> fanOut;
    for (const RunbookStep& s : steps) {
        dependencies += int(s.dependsOn.size());
        maxFanIn = std::max(maxFanIn, int(s.dependsOn.size()));
        for (const QString& d : s.dependsOn)
            ++fanOut[d];
    }
    int maxFanOut = 0;
    for (int n : std::as_const(fanOut))
        maxFanOut = std::max(maxFanOut, n);

    QList<double> planWall, planCpu, projectWall, projectCpu, checkWall;
    RunbookPlan plan;
    RunProjection projection;
    const qint64 windowStart = 1796680800; // 2026-12-07 22:00 UTC
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        Result<RunbookPlan> planned = planRunbook(steps);
        planCpu << threadCpuMs() - c0;
        planWall << double(t.nsecsElapsed()) / 1e6;
        if (!planned) {
            QTextStream(stderr) << planned.error().message << '\n';
            return 2;
        }
        plan = planned.value();
    }
    qint64 now = windowStart;
    const RunbookRun run = halfWay(plan, windowStart, now);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        projection = projectRun(steps, plan, run, windowStart, now);
        projectCpu << threadCpuMs() - c0;
        projectWall << double(t.nsecsElapsed()) / 1e6;
    }
    Runbook runbook;
    runbook.steps = steps;
    int findings = 0;
    for (int i = 0; i < std::min(runs, 51); ++i) {
        QElapsedTimer t;
        t.start();
        findings = int(checkRunbook(runbook, {windowStart, windowStart + 48 * 3600}).size());
        checkWall << double(t.nsecsElapsed()) / 1e6;
    }

    out << "runbook: " << plan.steps.size() << " forward steps ("
        << steps.size() - plan.steps.size() << " rollback steps), " << dependencies
        << " dependencies, fan-in up to " << maxFanIn << ", fan-out up to " << maxFanOut << "\n";
    out << "critical path: " << plan.criticalPath.size() << " steps, planned end "
        << plan.plannedEndMin << " min\n";
    out << "planRunbook, median of " << runs << " (target 5 ms): " << median(planWall)
        << " ms wall, " << median(planCpu) << " ms CPU\n";
    out << "projectRun half-way (" << run.events.size() << " events, " << projection.done
        << " done), median of " << runs << ": " << median(projectWall) << " ms wall, "
        << median(projectCpu) << " ms CPU; projected end "
        << (projection.projectedEnd - projection.plannedEnd) / 60 << " min after the plan\n";
    out << "checkRunbook (" << findings << " findings), median of " << checkWall.size() << ": "
        << median(checkWall) << " ms wall\n";
    return 0;
}
