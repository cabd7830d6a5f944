// SPDX-License-Identifier: GPL-3.0-or-later
// A metric's window after a deployment against the window before: the verdict needs both a
// change beyond the threshold in the bad (or good) direction and a one-sided Mann–Whitney U
// test below 0.01; too few samples give no verdict. Also the statistics success metrics take.
#include "rules/BaselineComparison.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace slipway;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(slipway::MetricDirection)
Q_DECLARE_METATYPE(slipway::ThresholdKind)
Q_DECLARE_METATYPE(slipway::BaselineVerdict)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// `n` values around `centre`, spread over ±`spread` in a fixed pattern (ties included).
std::vector<double> around(double centre, double spread, int n) {
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(centre + spread * double((i * 7) % 11 - 5) / 5.0);
    return v;
}

} // namespace

class TestBaselineComparison : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data() {
        QTest::addColumn<std::vector<double>>("before");
        QTest::addColumn<std::vector<double>>("after");
        QTest::addColumn<MetricDirection>("better");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<ThresholdKind>("kind");
        QTest::addColumn<BaselineVerdict>("verdict");
        const auto lower = MetricDirection::LowerIsBetter;
        const auto higher = MetricDirection::HigherIsBetter;
        const auto percent = ThresholdKind::Percent;
        const auto absolute = ThresholdKind::Absolute;
        QTest::newRow("latency up 20 %, clear")
            << around(200, 10, 60) << around(240, 10, 60) << lower << 10.0 << percent
            << BaselineVerdict::Degraded;
        QTest::newRow("latency up 5 %, inside the threshold")
            << around(200, 2, 60) << around(210, 2, 60) << lower << 10.0 << percent
            << BaselineVerdict::Unchanged;
        QTest::newRow("latency down 20 %") << around(200, 10, 60) << around(160, 10, 60) << lower
                                           << 10.0 << percent << BaselineVerdict::Improved;
        QTest::newRow("throughput down 20 %")
            << around(500, 20, 60) << around(400, 20, 60) << higher << 10.0 << percent
            << BaselineVerdict::Degraded;
        QTest::newRow("throughput up 20 %") << around(500, 20, 60) << around(600, 20, 60) << higher
                                            << 10.0 << percent << BaselineVerdict::Improved;
        // The medians moved far, but the samples overlap too much to say so at p < 0.01.
        QTest::newRow("large change, not significant")
            << std::vector<double>{100, 300, 100, 300, 100}
            << std::vector<double>{110, 320, 400, 90, 350} << lower << 10.0 << percent
            << BaselineVerdict::Unchanged;
        QTest::newRow("absolute: 5 ms worse, 10 allowed")
            << around(200, 1, 40) << around(205, 1, 40) << lower << 10.0 << absolute
            << BaselineVerdict::Unchanged;
        QTest::newRow("absolute: 15 ms worse, 10 allowed")
            << around(200, 1, 40) << around(215, 1, 40) << lower << 10.0 << absolute
            << BaselineVerdict::Degraded;
        QTest::newRow("four samples before") << around(200, 10, 4) << around(400, 10, 60) << lower
                                             << 10.0 << percent << BaselineVerdict::Insufficient;
        QTest::newRow("four after once NaN is left out")
            << around(200, 10, 30) << std::vector<double>{400, kNaN, 410, 420, kNaN, 430} << lower
            << 10.0 << percent << BaselineVerdict::Insufficient;
    }

    void verdicts() {
        QFETCH(std::vector<double>, before);
        QFETCH(std::vector<double>, after);
        QFETCH(MetricDirection, better);
        QFETCH(double, threshold);
        QFETCH(ThresholdKind, kind);
        QFETCH(BaselineVerdict, verdict);
        const BaselineOutcome o = compareBaseline({before, after, better, threshold, kind});
        QCOMPARE(o.verdict, verdict);
        QCOMPARE(o.baselineMedian, medianOf(before));
        QCOMPARE(o.afterMedian, medianOf(after));
        QCOMPARE(o.change, o.afterMedian - o.baselineMedian);
        // The stored test is always "after worse than before", whatever the verdict.
        const MannWhitneyResult worse = mannWhitneyU(
            after, before,
            better == MetricDirection::LowerIsBetter ? Alternative::Greater : Alternative::Less);
        QCOMPARE(o.test.u, worse.u);
        QCOMPARE(o.test.p, worse.p);
        if (verdict == BaselineVerdict::Degraded)
            QVERIFY(o.test.p < kDegradationSignificance);
        if (verdict == BaselineVerdict::Improved)
            QVERIFY(o.test.p > 0.99);
    }

    // The error rate was zero and is not any more: an infinite percentage, degraded at any
    // percentage threshold.
    void zeroBaseline() {
        const std::vector<double> before(30, 0.0);
        std::vector<double> after(30, 0.5);
        after[3] = 0;
        const BaselineOutcome o = compareBaseline({before, after});
        QCOMPARE(o.baselineMedian, 0.0);
        QCOMPARE(o.afterMedian, 0.5);
        QVERIFY(std::isinf(o.changePercent) && o.changePercent > 0);
        QCOMPARE(o.verdict, BaselineVerdict::Degraded);
        QVERIFY(!o.test.exact); // ties everywhere
        QCOMPARE(o.summary(u"%"_qs),
                 u"0 → 0.5 % (from a zero baseline), Mann–Whitney U = 885, p < 0.0001 "
                 "(one-sided): degraded"_qs);
        // And unchanged when nothing changed, zero or not.
        const BaselineOutcome same = compareBaseline({before, before});
        QCOMPARE(same.changePercent, 0.0);
        QCOMPARE(same.verdict, BaselineVerdict::Unchanged);
        QCOMPARE(same.test.p, 1.0);
    }

    void percentOfMagnitude() {
        // A negative baseline (a temperature, a balance): the change is measured against its
        // magnitude, so a rise is a positive percentage.
        const std::vector<double> before{-10, -10, -10, -10, -10};
        const std::vector<double> after{-8, -8, -8, -8, -8};
        const BaselineOutcome o = compareBaseline({before, after});
        QCOMPARE(o.change, 2.0);
        QCOMPARE(o.changePercent, 20.0);
    }

    void summaryWording() {
        const std::vector<double> before{200, 210, 212, 214, 220};
        const std::vector<double> after{255, 258, 260, 262, 270};
        const BaselineOutcome o = compareBaseline({before, after});
        QCOMPARE(o.verdict, BaselineVerdict::Degraded);
        QVERIFY(o.test.exact);
        QCOMPARE(o.summary(u"ms"_qs),
                 u"212 → 260 ms (+22.6 %), Mann–Whitney U = 25, p = 0.004 (one-sided): "
                 "degraded"_qs);
        const BaselineOutcome better = compareBaseline({after, before});
        QCOMPARE(better.summary(QString()),
                 u"260 → 212 (-18.5 %), Mann–Whitney U = 0, p = 1 (one-sided): improved"_qs);
        const std::vector<double> few{1, 2, 3};
        QCOMPARE(compareBaseline({few, after}).summary(u"ms"_qs),
                 u"not enough samples: 3 before and 5 after the deployment, 5 needed on each "
                 "side"_qs);
        // Fractions keep about four significant digits; ties give a U ending in one half.
        const std::vector<double> rateBefore{0.0121, 0.0118, 0.0123, 0.0119, 0.0120};
        const std::vector<double> rateAfter{0.0121, 0.0251, 0.0249, 0.0250, 0.0252};
        QCOMPARE(compareBaseline({rateBefore, rateAfter}).summary(QString()),
                 u"0.012 → 0.025 (+108.3 %), Mann–Whitney U = 23.5, p = 0.014 (one-sided): "
                 "unchanged"_qs);
    }

    void statistics() {
        std::vector<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.push_back(double(i));
        hundred.push_back(kNaN);
        QCOMPARE(medianOf(hundred), 50.5);
        QCOMPARE(statisticOf(hundred, u"median"_qs), 50.5);
        QCOMPARE(statisticOf(hundred, u"mean"_qs), 50.5);
        QCOMPARE(statisticOf(hundred, u"min"_qs), 1.0);
        QCOMPARE(statisticOf(hundred, u"max"_qs), 100.0);
        // Linear interpolation between closest ranks, as numpy.percentile(…, 95) gives.
        QVERIFY(std::fabs(statisticOf(hundred, u"p95"_qs) - 95.05) < 1e-9);
        const std::vector<double> three{3, 1, 2};
        QCOMPARE(medianOf(three), 2.0);
        QCOMPARE(statisticOf(three, u"p95"_qs), 2.9);
        const std::vector<double> one{7};
        QCOMPARE(statisticOf(one, u"p95"_qs), 7.0);
        const std::vector<double> withInf{1, 2, kInf};
        QCOMPARE(statisticOf(withInf, u"max"_qs), kInf);
        QCOMPARE(medianOf(withInf), 2.0);
        QVERIFY(std::isnan(statisticOf(hundred, u"p99"_qs)));
        const std::vector<double> onlyNaN{kNaN};
        QVERIFY(std::isnan(medianOf(onlyNaN)));
        QVERIFY(std::isnan(statisticOf(onlyNaN, u"mean"_qs)));
    }
};

QTEST_GUILESS_MAIN(TestBaselineComparison)
#include "tst_BaselineComparison.moc"
