// SPDX-License-Identifier: GPL-3.0-or-later
#include "MannWhitney.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace slipway {
namespace {

struct Ranked {
    double rankSumX = 0; // the sum of x's ranks, ties averaged
    double tieTerm = 0;  // Σ (t³ − t) over the groups of tied values
    bool hasTies = false;
};

// Ranks both samples together, equal values sharing the mean of their ranks: each sample is
// sorted on its own (plain doubles sort faster than tagged pairs) and the two are walked as
// one merged list. ±Inf are ordinary values here: −Inf ranks first, +Inf last, equal
// infinities tie. Sorts its arguments.
Ranked rank(std::vector<double>& x, std::vector<double>& y) {
    std::sort(x.begin(), x.end());
    std::sort(y.begin(), y.end());
    Ranked out;
    std::size_t i = 0, j = 0;
    double position = 0; // ranks handed out so far
    while (i < x.size() || j < y.size()) {
        const double v = j == y.size() || (i < x.size() && x[i] < y[j]) ? x[i] : y[j];
        std::size_t tx = 0, ty = 0;
        while (i < x.size() && x[i] == v) {
            ++i;
            ++tx;
        }
        while (j < y.size() && y[j] == v) {
            ++j;
            ++ty;
        }
        // Ranks position + 1 … position + t share their mean.
        const double t = double(tx + ty);
        out.rankSumX += double(tx) * (position + (t + 1) / 2.0);
        position += t;
        if (tx + ty > 1) {
            out.hasTies = true;
            out.tieTerm += t * t * t - t;
        }
    }
    return out;
}

// P(U ≤ k) under the null hypothesis without ties, for samples of a and b values. The counts
// of U are the coefficients of the Gaussian binomial [a + b choose a] in q, the product over
// i = 1 … a of (1 − q^(b+i)) / (1 − q^i). Dividing first (partitions into parts ≤ a, every
// term positive) and multiplying after, both truncated at degree k, costs O(a·k); the
// subtractions only reach degrees above b, and long double keeps the cancellation harmless
// for the sizes the exact test is used at (the smaller sample at most 8 values).
double exactCdf(int a, int b, long long k) {
    if (a > b)
        std::swap(a, b);
    if (k < 0)
        return 0;
    const long long total = static_cast<long long>(a) * b;
    if (k >= total)
        return 1;
    std::vector<long double> c(std::size_t(k + 1), 0.0L);
    c[0] = 1;
    for (int i = 1; i <= a; ++i)
        for (long long d = i; d <= k; ++d)
            c[std::size_t(d)] += c[std::size_t(d - i)];
    for (int i = 1; i <= a; ++i) {
        const long long step = static_cast<long long>(b) + i;
        for (long long d = k; d >= step; --d)
            c[std::size_t(d)] -= c[std::size_t(d - step)];
    }
    long double count = 0;
    for (long double v : c)
        count += v;
    long double ways = 1; // a + b choose a
    for (int i = 1; i <= a; ++i)
        ways = ways * (static_cast<long double>(b) + i) / i;
    return double(count / ways);
}

// The upper tail of the standard normal distribution.
double normalSf(double z) {
    return 0.5 * std::erfc(z / std::sqrt(2.0));
}

std::vector<double> withoutNaN(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

} // namespace

MannWhitneyResult mannWhitneyU(std::span<const double> x, std::span<const double> y,
                               Alternative alternative) {
    std::vector<double> xs = withoutNaN(x);
    std::vector<double> ys = withoutNaN(y);
    MannWhitneyResult result;
    result.n1 = int(xs.size());
    result.n2 = int(ys.size());
    if (!result.valid())
        return result;

    const double n1 = result.n1;
    const double n2 = result.n2;
    const Ranked ranked = rank(xs, ys);
    const double u1 = ranked.rankSumX - n1 * (n1 + 1) / 2.0;
    const double u2 = n1 * n2 - u1;
    result.u = u1;

    // The statistic whose upper tail is the p-value, and the factor for two sides.
    double u = u1;
    double factor = 1;
    switch (alternative) {
    case Alternative::Greater:
        break;
    case Alternative::Less:
        u = u2;
        break;
    case Alternative::TwoSided:
        u = std::max(u1, u2);
        factor = 2;
        break;
    }

    // scipy 1.10's "auto": the normal approximation when both samples have more than 8
    // values, or when any value is tied; the exact distribution otherwise.
    result.exact = !(result.n1 > 8 && result.n2 > 8) && !ranked.hasTies;
    double p = 1;
    if (result.exact) {
        // Without ties U is a whole number; P(U ≥ u) = P(U ≤ n1·n2 − u) by symmetry.
        const long long k =
            static_cast<long long>(n1 * n2) - static_cast<long long>(std::llround(u));
        p = exactCdf(result.n1, result.n2, k);
    } else {
        const double n = n1 + n2;
        const double variance = n1 * n2 / 12.0 * ((n + 1) - ranked.tieTerm / (n * (n - 1)));
        // Subtracting one half always moves the p-value up: it keeps the mass at U itself.
        const double numerator = u - n1 * n2 / 2.0 - 0.5;
        if (variance > 0)
            result.z = numerator / std::sqrt(variance);
        else // every value the same: no evidence either way
            result.z = numerator < 0 ? -std::numeric_limits<double>::infinity()
                                     : std::numeric_limits<double>::infinity();
        p = normalSf(result.z);
    }
    result.p = std::clamp(p * factor, 0.0, 1.0);
    return result;
}

} // namespace slipway
