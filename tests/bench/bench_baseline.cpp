// SPDX-License-Identifier: GPL-3.0-or-later
// A metric's baseline comparison at the size a week of 1-minute samples gives on each side:
// 2 × 10,000 values, the after-window shifted up by 4 % with many tied values (the values
// are rounded as exporters round them), so the test takes the normal approximation with its
// tie correction. Median of the runs, thread CPU time (target 20 ms).
//   bench_baseline [RUNS]
#include "BenchTiming.h"
#include "rules/BaselineComparison.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cmath>
#include <random>
#include <vector>

using namespace slipway;
using bench::median;
using bench::threadCpuMs;

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 20;
    constexpr int kSamples = 10000;

    // Latency-like values: a log-normal around 200 ms, rounded to whole milliseconds.
    std::mt19937_64 random(20261101);
    std::lognormal_distribution<double> latency(std::log(200.0), 0.25);
    std::vector<double> before(kSamples), after(kSamples);
    for (double& v : before)
        v = std::round(latency(random));
    for (double& v : after)
        v = std::round(latency(random) * 1.04);
    before[17] = std::nan("");
    after[4242] = std::nan("");

    QList<double> cpu;
    BaselineOutcome outcome;
    for (int i = 0; i < runs; ++i) {
        const double start = threadCpuMs();
        outcome = compareBaseline(
            {before, after, MetricDirection::LowerIsBetter, 3.0, ThresholdKind::Percent});
        cpu << threadCpuMs() - start;
    }
    out << QStringLiteral("baseline comparison 2 x 10,000 samples: %1 ms (target 20 ms)")
               .arg(median(cpu), 0, 'f', 2)
        << Qt::endl;
    out << QStringLiteral("  median of %1 runs; %2").arg(runs).arg(outcome.summary(u"ms"_qs))
        << Qt::endl;
    return 0;
}
