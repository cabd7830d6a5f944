// SPDX-License-Identifier: GPL-3.0-or-later
// Card order within a board column as pure logic: the default order (rank, then priority,
// then id), and the ranks that put a card at a place: one change when it fits between its
// neighbours, the column renumbered when it does not, nothing when it stays.
#include "rules/ScopeRankRule.h"

#include <QTest>

#include <algorithm>

using namespace slipway;

namespace {

ScopeItem item(qint64 id, double rank, ScopePriority priority = ScopePriority::Medium) {
    ScopeItem s;
    s.id = id;
    s.title = u"Item %1"_qs.arg(id);
    s.rank = rank;
    s.priority = priority;
    return s;
}

// The column's ids after storing `ranks` and sorting again, as the board does.
QList<qint64> orderAfter(QList<ScopeItem> items, const QList<ScopeRankRule::Rank>& ranks) {
    for (const auto& [id, rank] : ranks) {
        for (ScopeItem& s : items) {
            if (s.id == id)
                s.rank = rank;
        }
    }
    std::sort(items.begin(), items.end(), ScopeRankRule::before);
    QList<qint64> ids;
    for (const ScopeItem& s : items)
        ids.append(s.id);
    return ids;
}

QList<const ScopeItem*> pointers(const QList<ScopeItem>& items) {
    QList<const ScopeItem*> out;
    for (const ScopeItem& s : items)
        out.append(&s);
    return out;
}

} // namespace

class tst_ScopeRankRule : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultOrderIsPriorityThenId() {
        QList<ScopeItem> items{item(3, 0, ScopePriority::Low), item(1, 0, ScopePriority::Medium),
                               item(2, 0, ScopePriority::Critical),
                               item(4, -1, ScopePriority::Low)};
        std::sort(items.begin(), items.end(), ScopeRankRule::before);
        QCOMPARE(orderAfter(items, {}), (QList<qint64>{4, 2, 1, 3}));
    }

    void place_data() {
        QTest::addColumn<QList<double>>("ranks"); // of items 1, 2, 3, … in that order
        QTest::addColumn<qint64>("moving");
        QTest::addColumn<int>("toIndex"); // in the column without the moving item
        QTest::addColumn<QList<qint64>>("order");
        QTest::addColumn<int>("changes");

        // Untouched column: every rank 0, so any move renumbers it.
        QTest::newRow("tie, up one")
            << QList<double>{0, 0, 0} << qint64(3) << 1 << QList<qint64>{1, 3, 2} << 3;
        QTest::newRow("tie, to the top")
            << QList<double>{0, 0, 0} << qint64(3) << 0 << QList<qint64>{3, 1, 2} << 1;
        QTest::newRow("tie, to the end")
            << QList<double>{0, 0, 0} << qint64(1) << 2 << QList<qint64>{2, 3, 1} << 1;
        // Room between the neighbours: only the moving card changes.
        QTest::newRow("between") << QList<double>{1, 2, 3} << qint64(3) << 1
                                 << QList<qint64>{1, 3, 2} << 1;
        QTest::newRow("top") << QList<double>{1, 2, 3} << qint64(2) << 0 << QList<qint64>{2, 1, 3}
                             << 1;
        QTest::newRow("end") << QList<double>{1, 2, 3} << qint64(1) << 2 << QList<qint64>{2, 3, 1}
                             << 1;
        QTest::newRow("index past the end is the end")
            << QList<double>{1, 2, 3} << qint64(1) << 99 << QList<qint64>{2, 3, 1} << 1;
        // Staying put changes nothing.
        QTest::newRow("same place")
            << QList<double>{1, 2, 3} << qint64(2) << 1 << QList<qint64>{1, 2, 3} << 0;
        // No room left between two ranks a rounding apart: renumbered.
        QTest::newRow("no room") << QList<double>{1, 1 + 2.220446049250313e-16, 5} << qint64(3) << 1
                                 << QList<qint64>{1, 3, 2} << 2; // item 1 keeps rank 1
    }

    void place() {
        QFETCH(QList<double>, ranks);
        QFETCH(qint64, moving);
        QFETCH(int, toIndex);
        QFETCH(QList<qint64>, order);
        QFETCH(int, changes);
        QList<ScopeItem> items;
        for (int i = 0; i < ranks.size(); ++i)
            items.append(item(i + 1, ranks[i]));
        std::sort(items.begin(), items.end(), ScopeRankRule::before);
        const ScopeItem* mover = nullptr;
        for (const ScopeItem& s : items) {
            if (s.id == moving)
                mover = &s;
        }
        QVERIFY(mover);
        const auto result = ScopeRankRule::place(pointers(items), *mover, toIndex);
        QCOMPARE(result.size(), changes);
        QCOMPARE(orderAfter(items, result), order);
    }

    void aCardFromElsewhereJoinsAtItsPlace() {
        // Not yet in the column (another status): it is placed among the others.
        QList<ScopeItem> column{item(1, 1), item(2, 2)};
        const ScopeItem newcomer = item(9, 0);
        const auto ranks = ScopeRankRule::place(pointers(column), newcomer, 1);
        QCOMPARE(ranks.size(), 1);
        QCOMPARE(ranks.first().first, qint64(9));
        QVERIFY(ranks.first().second > 1 && ranks.first().second < 2);
    }

    void importedOrder() {
        // Jira LexoRank compares as text; numbers (Azure Stack Rank) as numbers; empty: 0.
        QCOMPARE(ScopeRankRule::fromSourceOrder(
                     {u"0|i000hr:"_qs, u"0|i0001b:"_qs, QString(), u"0|i000gv:"_qs}),
                 (QList<double>{3, 1, 0, 2}));
        QCOMPARE(ScopeRankRule::fromSourceOrder({u"1999.5"_qs, u"10"_qs, u"300"_qs}),
                 (QList<double>{3, 1, 2}));
        // One value that is not a number makes the whole column text: "10" before "9".
        QCOMPARE(ScopeRankRule::fromSourceOrder({u"x"_qs, u"9"_qs, u"10"_qs}),
                 (QList<double>{3, 2, 1}));
        // Ties keep the file's order.
        QCOMPARE(ScopeRankRule::fromSourceOrder({u"5"_qs, u"5"_qs, u"1"_qs}),
                 (QList<double>{2, 3, 1}));
        QVERIFY(ScopeRankRule::fromSourceOrder({}).isEmpty());
        // Exports list the newest issue first: descending ranks, read in one pass.
        QCOMPARE(ScopeRankRule::fromSourceOrder(
                     {u"0|i000hr:"_qs, u"0|i000hj:"_qs, QString(), u"0|i000hb:"_qs}),
                 (QList<double>{3, 2, 0, 1}));
        QCOMPARE(ScopeRankRule::fromSourceOrder({u"1"_qs, u"1"_qs, u"2"_qs}),
                 (QList<double>{1, 2, 3}));
        // A value that is not a number after numbers still makes the column text.
        QCOMPARE(ScopeRankRule::fromSourceOrder({u"9"_qs, u"10"_qs, u"x"_qs}),
                 (QList<double>{2, 1, 3}));
    }

    void aLoneCardHasNowhereToGo() {
        const QList<ScopeItem> column{item(1, 0)};
        QVERIFY(ScopeRankRule::place(pointers(column), column.first(), 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ScopeRankRule)
#include "tst_ScopeRankRule.moc"
