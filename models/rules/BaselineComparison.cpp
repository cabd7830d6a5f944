// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineComparison.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BaselineComparison)
};

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

std::vector<double> withoutNaN(std::span<const double> values) {
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values)
        if (!std::isnan(v))
            out.push_back(v);
    return out;
}

// The median of values already free of NaN; reorders them.
double medianInPlace(std::vector<double>& v) {
    if (v.empty())
        return kNaN;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + std::ptrdiff_t(mid), v.end());
    const double upper = v[mid];
    if (v.size() % 2 == 1)
        return upper;
    const double lower = *std::max_element(v.begin(), v.begin() + std::ptrdiff_t(mid));
    return lower + (upper - lower) / 2.0;
}

// `amount` as a percentage of the magnitude of `of`; a change from zero is infinite.
double percentOf(double amount, double of) {
    if (of == 0)
        return amount == 0 ? 0 : (amount > 0 ? kInf : -kInf);
    return amount / std::fabs(of) * 100.0;
}

// Whether `worse` (a change in the bad direction, in the metric's unit) exceeds the threshold.
bool beyondThreshold(double worse, double baseline, const BaselineInput& in) {
    if (in.thresholdKind == ThresholdKind::Absolute)
        return worse > in.threshold;
    return percentOf(worse, baseline) > in.threshold;
}

// A number for a sentence, the same in every locale: about four significant digits, no
// exponent for the values metrics have, trailing zeros dropped.
QString number(double v) {
    if (std::isnan(v))
        return QStringLiteral("n/a");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("∞") : QStringLiteral("-∞");
    if (v == 0)
        return QStringLiteral("0");
    const int magnitude = int(std::floor(std::log10(std::fabs(v))));
    const int decimals = std::clamp(3 - magnitude, 0, 8);
    QString text = QString::number(v, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return text == QStringLiteral("-0") ? QStringLiteral("0") : text;
}

QString signedNumber(double v) {
    return v > 0 ? u'+' + number(v) : number(v);
}

QString percentText(double percent) {
    const QString text = QString::number(std::fabs(percent), 'f', 1);
    if (text == u"0.0")
        return text + QStringLiteral(" %");
    return (percent > 0 ? u'+' : u'-') + text + QStringLiteral(" %");
}

// U is a whole number, or ends in one half when values tie.
QString uText(double u) {
    return QString::number(u, 'f', u == std::floor(u) ? 0 : 1);
}

QString pValue(double p) {
    if (p < 0.0001)
        return QStringLiteral("p < 0.0001");
    return QStringLiteral("p = ") + QString::number(p, 'g', 2);
}

QString verdictWord(BaselineVerdict verdict) {
    switch (verdict) {
    case BaselineVerdict::Degraded:
        return Text::tr("degraded");
    case BaselineVerdict::Improved:
        return Text::tr("improved");
    case BaselineVerdict::Unchanged:
        return Text::tr("unchanged");
    case BaselineVerdict::Insufficient:
        break;
    }
    return Text::tr("not enough samples");
}

} // namespace

double medianOf(std::span<const double> values) {
    std::vector<double> v = withoutNaN(values);
    return medianInPlace(v);
}

double statisticOf(std::span<const double> values, const QString& stat) {
    std::vector<double> v = withoutNaN(values);
    if (v.empty())
        return kNaN;
    if (stat == u"median")
        return medianInPlace(v);
    if (stat == u"min")
        return *std::min_element(v.begin(), v.end());
    if (stat == u"max")
        return *std::max_element(v.begin(), v.end());
    if (stat == u"mean") {
        double sum = 0;
        for (double x : v)
            sum += x;
        return sum / double(v.size());
    }
    if (stat == u"p95") {
        // Linear interpolation between the closest ranks (numpy's default and the
        // Prometheus quantile's rule): position 0.95 · (n − 1) in the sorted values.
        std::sort(v.begin(), v.end());
        const double at = 0.95 * double(v.size() - 1);
        const std::size_t below = std::size_t(std::floor(at));
        const std::size_t above = std::min(below + 1, v.size() - 1);
        const double fraction = at - double(below);
        if (fraction == 0 || v[below] == v[above])
            return v[below];
        return v[below] + (v[above] - v[below]) * fraction;
    }
    return kNaN;
}

BaselineOutcome compareBaseline(const BaselineInput& input) {
    std::vector<double> before = withoutNaN(input.before);
    std::vector<double> after = withoutNaN(input.after);
    BaselineOutcome out;
    out.nBefore = int(before.size());
    out.nAfter = int(after.size());
    const bool lowerIsBetter = input.better == MetricDirection::LowerIsBetter;
    // After worse than before: larger values when lower is better, smaller otherwise.
    out.test =
        mannWhitneyU(after, before, lowerIsBetter ? Alternative::Greater : Alternative::Less);
    if (!before.empty() && !after.empty()) {
        out.baselineMedian = medianInPlace(before);
        out.afterMedian = medianInPlace(after);
        out.change = out.afterMedian - out.baselineMedian;
        out.changePercent = percentOf(out.change, out.baselineMedian);
    }
    if (out.nBefore < kMinimumSamples || out.nAfter < kMinimumSamples) {
        out.verdict = BaselineVerdict::Insufficient;
        return out;
    }
    const double worse = lowerIsBetter ? out.change : -out.change;
    out.verdict = BaselineVerdict::Unchanged;
    if (beyondThreshold(worse, out.baselineMedian, input)) {
        if (out.test.p < kDegradationSignificance)
            out.verdict = BaselineVerdict::Degraded;
    } else if (beyondThreshold(-worse, out.baselineMedian, input)) {
        const MannWhitneyResult better =
            mannWhitneyU(after, before, lowerIsBetter ? Alternative::Less : Alternative::Greater);
        if (better.p < kDegradationSignificance)
            out.verdict = BaselineVerdict::Improved;
    }
    return out;
}

QString BaselineOutcome::summary(const QString& unit) const {
    if (verdict == BaselineVerdict::Insufficient)
        return Text::tr("not enough samples: %1 before and %2 after the deployment, %3 needed "
                        "on each side")
            .arg(nBefore)
            .arg(nAfter)
            .arg(kMinimumSamples);
    const QString withUnit = unit.trimmed().isEmpty() ? QString() : u' ' + unit.trimmed();
    const QString percent =
        std::isinf(changePercent) ? Text::tr("from a zero baseline") : percentText(changePercent);
    // "212 → 260 ms (+22.6 %), Mann–Whitney U = 1234, p = 0.0003 (one-sided): degraded"
    return Text::tr("%1 → %2%3 (%4), Mann–Whitney U = %5, %6 (one-sided): %7")
        .arg(number(baselineMedian), number(afterMedian), withUnit,
             std::isnan(changePercent) ? signedNumber(change) + withUnit : percent, uText(test.u),
             pValue(test.p), verdictWord(verdict));
}

} // namespace slipway
