// SPDX-License-Identifier: GPL-3.0-or-later
// How a calendar row lays out its windows: packed by start into at most the cap of sub-rows,
// never two overlapping in one sub-row, the rest left out and counted; slices found by time;
// and when a row is too dense for bars.
#include "itemmodels/CalendarLaneLayout.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace slipway;

class tst_CalendarLaneLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void packsByStartWithinTheCap() {
        // Three at once, then one after them all: with a cap of 2 the third is left out.
        const QList<Interval> byStart = {{0, 100}, {10, 50}, {20, 30}, {60, 80}, {100, 120}};
        const CalendarLaneLayout two = CalendarLaneLayout::pack(byStart, 2);
        QCOMPARE(two.track, (QList<int>{0, 1, -1, 1, 0}));
        QCOMPARE(two.tracks, 2);
        QCOMPARE(two.hidden, 1);
        const CalendarLaneLayout three = CalendarLaneLayout::pack(byStart, 3);
        QCOMPARE(three.hidden, 0);
        QCOMPARE(three.tracks, 3);
        QCOMPARE(CalendarLaneLayout::pack({}, 4).tracks, 1);
    }

    void noTwoWindowsOfASubRowOverlap() {
        QRandomGenerator rng(11);
        QList<Interval> byStart;
        for (int i = 0; i < 20000; ++i) {
            const qint64 start = rng.bounded(1000000);
            byStart << Interval{start, start + 1 + rng.bounded(20000)};
        }
        std::sort(byStart.begin(), byStart.end(),
                  [](const Interval& a, const Interval& b) { return a.start < b.start; });
        const CalendarLaneLayout layout = CalendarLaneLayout::pack(byStart, 4);
        QList<qint64> ends(4, std::numeric_limits<qint64>::min());
        int hidden = 0;
        for (qsizetype i = 0; i < byStart.size(); ++i) {
            const int t = layout.track[i];
            QVERIFY(t >= -1 && t < 4);
            if (t < 0) {
                ++hidden;
                // Left out only when every sub-row was busy at its start.
                for (qint64 end : std::as_const(ends))
                    QVERIFY(end > byStart[i].start);
                continue;
            }
            QVERIFY(ends[t] <= byStart[i].start);
            ends[t] = byStart[i].end;
        }
        QCOMPARE(layout.hidden, hidden);
        QVERIFY(hidden > 0);
    }

    void slicesAreFoundByTime() {
        const QList<qint64> bounds = {100, 200, 300};
        QCOMPARE(CalendarLaneLayout::sliceOf(bounds, 99), -1);
        QCOMPARE(CalendarLaneLayout::sliceOf(bounds, 100), 0);
        QCOMPARE(CalendarLaneLayout::sliceOf(bounds, 199), 0);
        QCOMPARE(CalendarLaneLayout::sliceOf(bounds, 200), 1);
        QCOMPARE(CalendarLaneLayout::sliceOf(bounds, 300), 2);
    }

    void denseRowsTurnIntoStrips() {
        // Specks at year zoom; a sparse month keeps its short bars.
        QVERIFY(CalendarLaneLayout::wantsStrip(2, 4.7, 0));
        QVERIFY(!CalendarLaneLayout::wantsStrip(4, 55, 0));
        // Windows left out while a day cannot hold a name: quarter zoom of a dense plan.
        QVERIFY(CalendarLaneLayout::wantsStrip(40, 18, 3));
        QVERIFY(!CalendarLaneLayout::wantsStrip(40, 18, 0));
        // Month zoom of the same plan keeps bars and "+N".
        QVERIFY(!CalendarLaneLayout::wantsStrip(110, 55, 30));
    }
};

QTEST_GUILESS_MAIN(tst_CalendarLaneLayout)
#include "tst_CalendarLaneLayout.moc"
