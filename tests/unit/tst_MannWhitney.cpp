// SPDX-License-Identifier: GPL-3.0-or-later
// The Mann–Whitney U test against scipy.stats.mannwhitneyu(x, y, alternative, method="auto")
// of scipy 1.10.1: U exactly, p to 1e-9 relative. The reference values were computed once
// with the command in tests/data/README.md ("Mann–Whitney U reference values").
#include "rules/MannWhitney.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace slipway;

Q_DECLARE_METATYPE(std::vector<double>)
Q_DECLARE_METATYPE(slipway::Alternative)

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The reference script's large samples, made by the same integer formulas.
std::vector<double> bigX() {
    std::vector<double> v;
    for (int i = 0; i < 200; ++i)
        v.push_back(double((i * 37) % 101 + 12));
    return v;
}

std::vector<double> bigY() {
    std::vector<double> v;
    for (int i = 0; i < 180; ++i)
        v.push_back(double((i * 53) % 97));
    return v;
}

std::vector<double> wideY() {
    std::vector<double> v;
    for (int i = 0; i < 30; ++i)
        v.push_back(double(i * 3 + 1));
    return v;
}

std::vector<double> upTo(int n) {
    std::vector<double> v;
    for (int i = 0; i < n; ++i)
        v.push_back(double(i));
    return v;
}

bool closeTo(double actual, double expected, double relative) {
    if (expected == 0)
        return actual == 0;
    return std::fabs(actual - expected) <= relative * std::fabs(expected);
}

} // namespace

class TestMannWhitney : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesScipy_data() {
        QTest::addColumn<std::vector<double>>("x");
        QTest::addColumn<std::vector<double>>("y");
        QTest::addColumn<Alternative>("alternative");
        QTest::addColumn<double>("u");
        QTest::addColumn<double>("p");
        QTest::addColumn<bool>("exact");
        const auto two = Alternative::TwoSided;
        const auto greater = Alternative::Greater;
        const auto less = Alternative::Less;
        const std::vector<double> males{19, 22, 16, 29, 24};
        const std::vector<double> females{20, 11, 17, 12};
        QTest::newRow("small") << males << females << two << 17.0 << 0.1111111111111111 << true;
        QTest::newRow("small greater")
            << males << females << greater << 17.0 << 0.05555555555555555 << true;
        QTest::newRow("small less")
            << males << females << less << 17.0 << 0.9682539682539684 << true;
        QTest::newRow("one against six")
            << std::vector<double>{5} << std::vector<double>{1, 2, 3, 4, 6, 7} << two << 4.0
            << 0.8571428571428571 << true;
        // One sample of 8 decides the exact test, however large the other.
        QTest::newRow("eight against thirty")
            << std::vector<double>{2, 9, 14, 20, 35, 41, 50, 77} << wideY() << greater << 85.0
            << 0.895954158038449 << true;
        QTest::newRow("eight above eight") << std::vector<double>{11, 12, 13, 14, 15, 16, 17, 18}
                                           << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8} << two
                                           << 64.0 << 0.0001554001554001554 << true;
        QTest::newRow("three against 300") << std::vector<double>{10.5, 150.5, 290.5} << upTo(300)
                                           << less << 453.0 << 0.5086916581473554 << true;
        QTest::newRow("ties, small")
            << std::vector<double>{1, 2, 2, 3} << std::vector<double>{2, 3, 3, 4, 5} << two << 3.0
            << 0.09934224785346528 << false;
        QTest::newRow("large with ties, less")
            << bigY() << bigX() << less << 13142.0 << 2.7639394935069995e-06 << false;
        QTest::newRow("large with ties, greater")
            << bigX() << bigY() << greater << 22858.0 << 2.7639394935069995e-06 << false;
        QTest::newRow("+inf, exact")
            << std::vector<double>{kInf, 3, 4} << std::vector<double>{0, 1, 2} << greater << 9.0
            << 0.05 << true;
        QTest::newRow("-inf, less")
            << std::vector<double>{-kInf, 3, 4, 8} << std::vector<double>{0, 1, 2, 9, 10} << less
            << 9.0 << 0.45238095238095244 << true;
        QTest::newRow("+inf on both sides ties")
            << std::vector<double>{1, 2, kInf, 5, 7, 9, 11, 13, 15, 17}
            << std::vector<double>{0, 3, 4, 6, 8, 10, 12, 14, 16, kInf} << two << 53.5
            << 0.8205295061094116 << false;
        // scipy ranks nothing when -inf and +inf occur together; its reference is taken with
        // -1e308 and 1e308, which rank the same.
        QTest::newRow("-inf and +inf")
            << std::vector<double>{-kInf, 3, 4} << std::vector<double>{kInf, 1, 2} << greater << 4.0
            << 0.65 << true;
        QTest::newRow("identical samples")
            << std::vector<double>{5, 5, 5} << std::vector<double>{5, 5, 5} << two << 4.5 << 1.0
            << false;
        QTest::newRow("one value each")
            << std::vector<double>{1} << std::vector<double>{2} << two << 0.0 << 1.0 << true;
        QTest::newRow("nine above nine") << std::vector<double>{21, 22, 23, 24, 25, 26, 27, 28, 29}
                                         << std::vector<double>{1, 2, 3, 4, 5, 6, 7, 8, 9}
                                         << greater << 81.0 << 0.00020614740103084563 << false;
    }

    void matchesScipy() {
        QFETCH(std::vector<double>, x);
        QFETCH(std::vector<double>, y);
        QFETCH(Alternative, alternative);
        QFETCH(double, u);
        QFETCH(double, p);
        QFETCH(bool, exact);
        const MannWhitneyResult r = mannWhitneyU(x, y, alternative);
        QVERIFY(r.valid());
        QCOMPARE(r.n1, int(x.size()));
        QCOMPARE(r.n2, int(y.size()));
        QCOMPARE(r.u, u);
        QCOMPARE(r.exact, exact);
        const QString said =
            QStringLiteral("p = %1, scipy %2").arg(r.p, 0, 'g', 17).arg(p, 0, 'g', 17);
        QVERIFY2(closeTo(r.p, p, 1e-9), qPrintable(said));
        if (exact)
            QCOMPARE(r.z, 0.0);
        else
            QVERIFY(r.z != 0 || u == double(x.size() * y.size()) / 2);
    }

    // The two one-sided tests of the same samples are mirrors: x greater is y less.
    void oneSidedMirror() {
        const std::vector<double> x = bigX();
        const std::vector<double> y = bigY();
        const MannWhitneyResult a = mannWhitneyU(x, y, Alternative::Greater);
        const MannWhitneyResult b = mannWhitneyU(y, x, Alternative::Less);
        QCOMPARE(a.u + b.u, double(x.size() * y.size()));
        QVERIFY(closeTo(a.p, b.p, 1e-12));
        const MannWhitneyResult other = mannWhitneyU(x, y, Alternative::Less);
        QVERIFY(other.p > 0.99);
    }

    // NaN values are left out as if they were never there.
    void dropsNaN() {
        const std::vector<double> x{19, kNaN, 22, 16, 29, 24, kNaN};
        const std::vector<double> y{kNaN, 20, 11, 17, 12};
        const MannWhitneyResult r = mannWhitneyU(x, y);
        QCOMPARE(r.n1, 5);
        QCOMPARE(r.n2, 4);
        QCOMPARE(r.u, 17.0);
        QVERIFY(closeTo(r.p, 0.1111111111111111, 1e-9));
    }

    // Nothing to compare: no values on a side, or only NaN.
    void emptySide() {
        const std::vector<double> x{1, 2, 3};
        const std::vector<double> onlyNaN{kNaN, kNaN};
        QVERIFY(!mannWhitneyU(x, std::vector<double>{}).valid());
        const MannWhitneyResult r = mannWhitneyU(onlyNaN, x);
        QVERIFY(!r.valid());
        QCOMPARE(r.n1, 0);
        QCOMPARE(r.p, 1.0);
    }

    // Two large shifted samples: the normal approximation, and a p-value that is tiny but not
    // zero (erfc keeps its relative precision far into the tail).
    void largeShift() {
        std::vector<double> before, after;
        for (int i = 0; i < 10000; ++i) {
            before.push_back(double((i * 7919) % 1000));
            after.push_back(double((i * 7919) % 1000 + 40));
        }
        const MannWhitneyResult r = mannWhitneyU(after, before, Alternative::Greater);
        QVERIFY(!r.exact);
        QVERIFY(r.z > 5);
        QVERIFY(r.p > 0);
        QVERIFY(r.p < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestMannWhitney)
#include "tst_MannWhitney.moc"
