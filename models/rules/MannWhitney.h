// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace slipway {

// Which difference the test asks about. Greater: values of x tend to be larger than y's.
enum class Alternative { TwoSided, Greater, Less };

// The Mann–Whitney U test (Wilcoxon rank-sum) of two independent samples. U is x's statistic:
// the number of pairs (xi, yj) with xi > yj, ties counting one half. The p-value is exact
// (the distribution of U without ties) when there are no ties and either sample has at most
// 8 values, and otherwise from the normal approximation with the tie correction of the
// variance and a continuity correction of 0.5, as scipy.stats.mannwhitneyu computes it with
// method="auto" (tests/data/README.md has the reference command). NaN values are dropped;
// ±Inf are ranked.
struct MannWhitneyResult {
    double u = 0; // x's U
    double z = 0; // the normal approximation's z for the alternative asked (0 when exact)
    double p = 1; // for the alternative asked
    int n1 = 0;   // x's values, NaN dropped
    int n2 = 0;
    bool exact = false;
    bool valid() const { return n1 > 0 && n2 > 0; }
};

// O((n1 + n2) log(n1 + n2)); 2 × 10,000 samples in about a millisecond. The exact test costs
// O(n1 · n2) when one sample is small and the other large (8 × 100,000: some 30 ms).
MannWhitneyResult mannWhitneyU(std::span<const double> x, std::span<const double> y,
                               Alternative alternative = Alternative::TwoSided);

} // namespace slipway
