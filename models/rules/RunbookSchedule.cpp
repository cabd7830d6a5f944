// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookSchedule.h"

#include <QCoreApplication>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RunbookSchedule)
};

QString named(const RunbookStep& step) {
    return QStringLiteral("%1 “%2”").arg(step.key, step.title);
}

// The forward steps as a graph over their positions: for each step the positions it depends
// on (predecessors) and the positions that depend on it (successors).
struct StepGraph {
    QList<int> forward;             // positions in `steps` of the forward steps
    QList<QList<int>> predecessors; // per forward index, forward indexes
    QList<QList<int>> successors;
};

Result<StepGraph> buildGraph(const QList<RunbookStep>& steps) {
    QHash<QString, int> position; // key → index in `steps`
    position.reserve(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        auto it = position.constFind(steps[i].key);
        if (it != position.constEnd())
            return Error{Error::Kind::Validation,
                         Text::tr("Two steps have the key %1: %2 and %3.")
                             .arg(steps[i].key, named(steps[*it]), named(steps[i]))};
        position.insert(steps[i].key, i);
    }
    StepGraph g;
    QList<int> forwardIndex(steps.size(), -1);
    for (int i = 0; i < steps.size(); ++i) {
        if (steps[i].isForward()) {
            forwardIndex[i] = int(g.forward.size());
            g.forward.append(i);
        }
    }
    g.predecessors.resize(g.forward.size());
    g.successors.resize(g.forward.size());
    for (int f = 0; f < g.forward.size(); ++f) {
        const RunbookStep& s = steps[g.forward[f]];
        for (const QString& dep : s.dependsOn) {
            const auto it = position.constFind(dep);
            if (it == position.constEnd())
                return Error{Error::Kind::Validation,
                             Text::tr("Step %1 depends on %2, which is no step of the runbook.")
                                 .arg(named(s), dep)};
            const int d = forwardIndex[*it];
            if (d < 0)
                return Error{Error::Kind::Validation,
                             Text::tr("Step %1 depends on the rollback step %2; a forward step "
                                      "cannot wait for a rollback.")
                                 .arg(named(s), named(steps[*it]))};
            g.predecessors[f].append(d);
            g.successors[d].append(f);
        }
    }
    return g;
}

// Kahn's order of the forward indexes; shorter than the graph when there is a cycle.
QList<int> topologicalOrder(const StepGraph& g, QList<int>& remainingIn) {
    const int n = int(g.forward.size());
    remainingIn.resize(n);
    for (int f = 0; f < n; ++f)
        remainingIn[f] = int(g.predecessors[f].size());
    QList<int> order;
    order.reserve(n);
    for (int f = 0; f < n; ++f)
        if (remainingIn[f] == 0)
            order.append(f);
    for (int head = 0; head < order.size(); ++head) {
        for (int s : g.successors[order[head]])
            if (--remainingIn[s] == 0)
                order.append(s);
    }
    return order;
}

// One cycle among the steps Kahn's order could not place: each of them still waits for a
// predecessor that is also unplaced, so walking predecessors must come back on itself.
QStringList oneCycle(const QList<RunbookStep>& steps, const StepGraph& g,
                     const QList<int>& remainingIn) {
    const int n = int(g.forward.size());
    int start = -1;
    for (int f = 0; f < n && start < 0; ++f)
        if (remainingIn[f] > 0)
            start = f;
    QList<int> seenAt(n, -1);
    QList<int> walk;
    int v = start;
    while (seenAt[v] < 0) {
        seenAt[v] = int(walk.size());
        walk.append(v);
        int next = -1;
        for (int p : g.predecessors[v])
            if (remainingIn[p] > 0) {
                next = p;
                break;
            }
        v = next;
    }
    // walk[seenAt[v]] … walk.back() is the cycle, each depending on the next: reverse it to
    // read in the order the steps would run, and begin at the one listed first.
    QList<int> cycle(walk.begin() + seenAt[v], walk.end());
    std::reverse(cycle.begin(), cycle.end());
    const auto first = std::min_element(cycle.begin(), cycle.end());
    std::rotate(cycle.begin(), first, cycle.end());
    QStringList keys;
    for (int f : cycle)
        keys.append(steps[g.forward[f]].key);
    keys.append(keys.first());
    return keys;
}

} // namespace

const StepTiming* RunbookPlan::timing(const QString& key) const {
    for (const StepTiming& t : steps)
        if (t.key == key)
            return &t;
    return nullptr;
}

const StepProjection* RunProjection::step(const QString& key) const {
    for (const StepProjection& s : steps)
        if (s.key == key)
            return &s;
    return nullptr;
}

Result<RunbookPlan> planRunbook(const QList<RunbookStep>& steps) {
    Result<StepGraph> built = buildGraph(steps);
    if (!built)
        return built.error();
    const StepGraph& g = built.value();
    const int n = int(g.forward.size());

    QList<int> remainingIn;
    const QList<int> order = topologicalOrder(g, remainingIn);
    if (order.size() < n)
        return Error{Error::Kind::Validation,
                     Text::tr("The steps depend on each other in a cycle: %1.")
                         .arg(oneCycle(steps, g, remainingIn).join(QStringLiteral(" → ")))};

    auto duration = [&](int f) {
        return std::max(0, steps[g.forward[f]].durationMin);
    };
    QList<int> es(n, 0), ef(n, 0);
    int end = 0;
    for (int f : order) {
        int start = std::max(0, steps[g.forward[f]].offsetMin);
        for (int p : g.predecessors[f])
            start = std::max(start, ef[p]);
        es[f] = start;
        ef[f] = start + duration(f);
        end = std::max(end, ef[f]);
    }
    // Latest finish without moving the end: the earliest latest start of what follows.
    QList<int> lf(n, end);
    for (auto it = order.crbegin(); it != order.crend(); ++it) {
        const int f = *it;
        for (int s : g.successors[f])
            lf[f] = std::min(lf[f], lf[s] - duration(s));
    }

    RunbookPlan plan;
    plan.plannedEndMin = end;
    plan.steps.reserve(n);
    for (int f = 0; f < n; ++f) {
        StepTiming t;
        t.key = steps[g.forward[f]].key;
        t.earliestStart = es[f];
        t.earliestFinish = ef[f];
        t.slack = lf[f] - ef[f];
        t.critical = t.slack == 0;
        plan.steps.append(t);
    }
    if (n == 0)
        return plan;

    // The chain: from the step finishing last that nothing follows at that time (the last of
    // them in topological order), back through the predecessor whose finish holds it up,
    // until a step that starts at its offset or at the window's start.
    int v = -1;
    for (auto it = order.crbegin(); it != order.crend() && v < 0; ++it)
        if (ef[*it] == end)
            v = *it;
    QStringList chain;
    while (v >= 0) {
        chain.append(plan.steps[v].key);
        int next = -1;
        for (int p : g.predecessors[v])
            if (ef[p] == es[v] && lf[p] == ef[p]) {
                next = p;
                break;
            }
        v = next;
    }
    std::reverse(chain.begin(), chain.end());
    plan.criticalPath = chain;
    return plan;
}

RunProjection projectRun(const QList<RunbookStep>& steps, const RunbookPlan& plan,
                         const RunbookRun& run, qint64 windowStartUtc, qint64 nowUtc) {
    RunProjection out;
    const bool ended = !run.isRunning() && run.endedAt > 0;
    const qint64 now = ended ? run.endedAt : nowUtc;

    // Each step's progress in one pass over the events (progressOf, for every step at once).
    QHash<QString, StepProgress> progress;
    progress.reserve(steps.size());
    for (const StepEvent& e : run.events) {
        StepProgress& p = progress[e.stepKey];
        p.status = e.status;
        p.by = e.by;
        p.note = e.note;
        if (e.status == StepStatus::Running) {
            if (p.startedAt == 0)
                p.startedAt = e.at;
            p.endedAt = 0;
        } else if (e.status != StepStatus::Pending) {
            p.endedAt = e.at;
        }
    }

    QHash<QString, int> index; // forward step key → index in out.steps
    QList<const RunbookStep*> forward;
    for (const RunbookStep& s : steps) {
        if (!s.isForward())
            continue;
        index.insert(s.key, int(forward.size()));
        forward.append(&s);
    }
    QHash<QString, const StepTiming*> timings;
    timings.reserve(plan.steps.size());
    for (const StepTiming& t : plan.steps)
        timings.insert(t.key, &t);

    const int n = int(forward.size());
    out.steps.resize(n);
    out.total = n;
    // Kahn's order again, so that a step is projected after everything it depends on; a
    // dependency the plan would have refused is left out rather than trusted.
    QList<QList<int>> preds(n), succs(n);
    QList<int> remainingIn(n, 0);
    for (int f = 0; f < n; ++f) {
        for (const QString& dep : forward[f]->dependsOn) {
            const auto it = index.constFind(dep);
            if (it == index.constEnd())
                continue;
            preds[f].append(*it);
            succs[*it].append(f);
            ++remainingIn[f];
        }
    }
    QList<int> order;
    order.reserve(n);
    for (int f = 0; f < n; ++f)
        if (remainingIn[f] == 0)
            order.append(f);
    for (int head = 0; head < order.size(); ++head)
        for (int s : succs[order[head]])
            if (--remainingIn[s] == 0)
                order.append(s);
    for (int f = 0; f < n; ++f) // a cycle: project the rest in the runbook's order
        if (remainingIn[f] > 0)
            order.append(f);

    qint64 projectedEnd = 0;
    for (int f : order) {
        const RunbookStep& s = *forward[f];
        const qint64 durationSecs = qint64(std::max(0, s.durationMin)) * 60;
        StepProjection& p = out.steps[f];
        p.key = s.key;
        const StepTiming* t = timings.value(s.key);
        const qint64 es = t ? t->earliestStart : std::max(0, s.offsetMin);
        p.plannedStart = windowStartUtc + es * 60;
        p.plannedEnd = p.plannedStart + durationSecs;
        const StepProgress pr = progress.value(s.key);
        p.status = pr.status;
        switch (pr.status) {
        case StepStatus::Done:
        case StepStatus::Skipped:
        case StepStatus::Failed:
            p.projectedEnd = pr.endedAt;
            p.projectedStart = pr.startedAt > 0 ? pr.startedAt : pr.endedAt;
            p.elapsedSecs = std::max<qint64>(0, p.projectedEnd - p.projectedStart);
            if (pr.status != StepStatus::Failed)
                ++out.done;
            break;
        case StepStatus::Running:
            p.projectedStart = pr.startedAt;
            p.projectedEnd = std::max(now, pr.startedAt + durationSecs);
            p.elapsedSecs = std::max<qint64>(0, now - pr.startedAt);
            break;
        case StepStatus::Pending: {
            qint64 start = std::max(now, p.plannedStart);
            for (int d : preds[f]) {
                const StepProjection& dp = out.steps[d];
                start = std::max(start, dp.projectedEnd);
                if (dp.status != StepStatus::Done && dp.status != StepStatus::Skipped)
                    p.waiting = true;
            }
            p.projectedStart = start;
            p.projectedEnd = start + durationSecs;
            break;
        }
        }
        projectedEnd = std::max(projectedEnd, p.projectedEnd);
    }

    out.plannedEnd = windowStartUtc + qint64(plan.plannedEndMin) * 60;
    out.projectedEnd = ended ? run.endedAt : std::max(projectedEnd, now);
    out.elapsedSecs = run.startedAt > 0 ? std::max<qint64>(0, now - run.startedAt) : 0;
    return out;
}

} // namespace slipway
