// SPDX-License-Identifier: GPL-3.0-or-later
// The guard state of every release in a file, as the Releases table and `check` need it
// (target for the large demo's 5,000 releases: <= 100 ms), split into reading the rows,
// the approvals, the schedule's conflicts and the rules themselves.
//   bench_lifecycle FILE [RUNS]
#include "BenchTiming.h"
#include "rules/ControlRules.h"
#include "rules/ReleaseLifecycle.h"
#include "services/LifecycleService.h"
#include "services/ScheduleService.h"
#include "storage/ControlFactsReader.h"
#include "storage/ControlRepository.h"
#include "storage/Database.h"
#include "storage/LifecycleFactsReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace slipway;
using bench::median;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: bench_lifecycle FILE [RUNS]\n";
        return 2;
    }
    const int runs = args.size() > 2 ? std::max(1, args.at(2).toInt()) : 5;
    Database::OpenOptions options;
    options.readOnly = true;
    auto db = Database::open(args.at(1), options);
    if (!db) {
        QTextStream(stderr) << db.error().message << '\n';
        return 2;
    }
    QList<double> rows, controls, conflicts, withConflicts, withoutConflicts, rules;
    int releases = 0, unmet = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto read = LifecycleFactsReader(*db.value()).read();
        rows << t.elapsed();
        t.restart();
        // The regulatory controls of the tagged releases near production, judged.
        auto sets = ControlRepository(*db.value()).all();
        auto controlFacts = ControlFactsReader(*db.value()).readNearProduction();
        if (sets && controlFacts)
            for (const ControlFacts& f : controlFacts.value())
                Q_UNUSED(evaluateControls(sets.value(), f));
        controls << t.elapsed();
        t.restart();
        auto found = ScheduleService(*db.value()).allConflicts();
        conflicts << t.elapsed();
        t.restart();
        LifecycleService lifecycle(*db.value());
        auto all = lifecycle.allFacts(false);
        withoutConflicts << t.elapsed();
        t.restart();
        auto full = lifecycle.allFacts(true);
        withConflicts << t.elapsed();
        if (!read || !found || !all || !full) {
            QTextStream(stderr) << "reading the lifecycle failed\n";
            return 2;
        }
        t.restart();
        const LifecycleClock clock = lifecycle.clock();
        unmet = 0;
        for (const LifecycleFacts& f : full.value()) {
            const NextStep step = nextStep(f, clock);
            unmet += unmetGuards(f, clock).isEmpty() ? 0 : 1;
            Q_UNUSED(step);
        }
        rules << t.elapsed();
        releases = int(full->size());
    }
    out << "releases: " << releases << ", past a guard: " << unmet << '\n';
    out << "rows (releases, changes, gates, exit criteria, deployments, overrides): "
        << median(rows) << " ms\n";
    out << "regulatory controls of tagged releases near production: " << median(controls)
        << " ms\n";
    out << "schedule conflicts (allConflicts): " << median(conflicts) << " ms\n";
    out << "guard state without conflicts (rows + approvals): " << median(withoutConflicts)
        << " ms\n";
    out << "guard state of every release, with conflicts (target 100 ms): " << median(withConflicts)
        << " ms\n";
    out << "rules: next step and unmet guards for all: " << median(rules) << " ms\n";
    return 0;
}
