// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"
#include "rules/MannWhitney.h"

#include <QString>

#include <span>

namespace slipway {

// The significance a degradation needs.
inline constexpr double kDegradationSignificance = 0.01;
// Fewer samples than this on either side: no verdict (Insufficient).
inline constexpr int kMinimumSamples = 5;

struct BaselineInput {
    std::span<const double> before; // the baseline window's values
    std::span<const double> after;  // the same length after the deployment
    MetricDirection better = MetricDirection::LowerIsBetter;
    double threshold = 10;
    ThresholdKind thresholdKind = ThresholdKind::Percent;
};

// Degraded: the after-window's median is worse than the baseline's by more than the threshold
// (a percentage of the baseline median's magnitude, or an absolute amount), and the one-sided
// Mann–Whitney U test (after worse than before) gives p < kDegradationSignificance.
// Improved: the same the other way round. NaN samples are left out.
struct BaselineOutcome {
    BaselineVerdict verdict = BaselineVerdict::Insufficient;
    double baselineMedian = 0;
    double afterMedian = 0;
    double change = 0;        // after − baseline
    double changePercent = 0; // of the baseline median's magnitude; ±Inf from a zero baseline
    MannWhitneyResult test;   // one-sided, after worse than before
    int nBefore = 0;
    int nAfter = 0;
    // "212 → 260 ms (+22.6 %), Mann–Whitney U = 1234, p = 0.0003 (one-sided): degraded"
    QString summary(const QString& unit) const;
};

BaselineOutcome compareBaseline(const BaselineInput& input);

// The median of the finite-or-infinite values (NaN left out); NaN when there are none.
double medianOf(std::span<const double> values);
// The statistic a success metric asks for: "median", "mean", "p95", "max", "min".
double statisticOf(std::span<const double> values, const QString& stat);

} // namespace slipway
