// SPDX-License-Identifier: GPL-3.0-or-later
// Recurring blackouts: RRULE expansion keeps wall-clock times across daylight-saving changes.
#include "rules/Recurrence.h"

#include <QTest>
#include <QTimeZone>

using namespace slipway;

namespace {

qint64 at(const char* zone, int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone)).toSecsSinceEpoch();
}

qint64 utc(int y, int mo, int d, int h, int mi = 0) {
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toSecsSinceEpoch();
}

Interval year(int y) {
    return {utc(y, 1, 1, 0), utc(y + 1, 1, 1, 0)};
}

// A period first from `start` to `end` (days and hours on the wall clock in `zone`), repeating
// by `rrule`.
RecurringPeriod period(const char* zone, QDate startDay, int startHour, QDate endDay, int endHour,
                       const QString& rrule) {
    RecurringPeriod p;
    p.zone = QString::fromLatin1(zone);
    p.firstStartUtc = QDateTime(startDay, QTime(startHour, 0), QTimeZone(zone)).toSecsSinceEpoch();
    p.firstEndUtc = QDateTime(endDay, QTime(endHour, 0), QTimeZone(zone)).toSecsSinceEpoch();
    p.rrule = rrule;
    return p;
}

QList<qint64> startsOf(const QList<Interval>& intervals) {
    QList<qint64> starts;
    for (const Interval& i : intervals)
        starts << i.start;
    return starts;
}

} // namespace

class tst_Recurrence : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void weeklyFreezeKeepsLocalTimeAcrossDst() {
        // Friday-evening change freeze in Berlin, 18:00 to 23:00 local.
        const RecurringPeriod p = period("Europe/Berlin", {2026, 3, 20}, 18, {2026, 3, 20}, 23,
                                         u"FREQ=WEEKLY;BYDAY=FR"_qs);
        auto r = Recurrence::expand(p, {utc(2026, 3, 19, 0), utc(2026, 4, 5, 0)});
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        // CET (UTC+1), still CET (DST starts Sun 29 Mar), then CEST (UTC+2).
        QCOMPARE(startsOf(r.value()),
                 (QList<qint64>{utc(2026, 3, 20, 17), utc(2026, 3, 27, 17), utc(2026, 4, 3, 16)}));
        QCOMPARE(r->at(2).end, utc(2026, 4, 3, 21));
        // And back in autumn (DST ends Sun 25 Oct 2026).
        auto autumn = Recurrence::expand(p, {utc(2026, 10, 22, 0), utc(2026, 11, 1, 0)});
        QVERIFY(autumn);
        QCOMPARE(startsOf(autumn.value()),
                 (QList<qint64>{utc(2026, 10, 23, 16), utc(2026, 10, 30, 17)}));
    }

    void overnightWindowSpanningTheDstNight() {
        // Daily 22:00-06:00 in New York; the night of 7-8 March 2026 loses an hour.
        const RecurringPeriod p =
            period("America/New_York", {2026, 3, 5}, 22, {2026, 3, 6}, 6, u"FREQ=DAILY"_qs);
        auto r = Recurrence::expand(p, {utc(2026, 3, 7, 12), utc(2026, 3, 9, 12)});
        QVERIFY(r);
        // 22:00 EST, then 22:00 EDT.
        QCOMPARE(startsOf(r.value()), (QList<qint64>{utc(2026, 3, 8, 3), utc(2026, 3, 9, 2)}));
        QCOMPARE(r->at(0).end, utc(2026, 3, 8, 10)); // 06:00 EDT: 7 real hours
        QCOMPARE(r->at(0).length(), 7 * 3600);
        QCOMPARE(r->at(1).length(), 8 * 3600);
    }

    void quarterEndCloseIsTheLastThreeBusinessDays() {
        const RecurringPeriod p =
            period("Europe/London", {2026, 3, 27}, 0, {2026, 3, 28}, 0,
                   u"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1"_qs);
        auto r = Recurrence::expand(p, year(2026));
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QList<QDate> days;
        for (const Interval& i : r.value())
            days << QDateTime::fromSecsSinceEpoch(i.start, QTimeZone("Europe/London")).date();
        const QList<QDate> expected = {{2026, 3, 27},  {2026, 3, 30},  {2026, 3, 31},
                                       {2026, 6, 26},  {2026, 6, 29},  {2026, 6, 30},
                                       {2026, 9, 28},  {2026, 9, 29},  {2026, 9, 30},
                                       {2026, 12, 29}, {2026, 12, 30}, {2026, 12, 31}};
        QCOMPARE(days, expected);
        for (const Interval& i : r.value()) // midnight to midnight local, 23-25 h in UTC
            QVERIFY(i.length() >= 23 * 3600 && i.length() <= 25 * 3600);
    }

    void exdatesAreLeftOut() {
        RecurringPeriod p =
            period("Europe/Berlin", {2026, 12, 1}, 9, {2026, 12, 1}, 10, u"FREQ=DAILY;COUNT=5"_qs);
        p.exdates = {QDateTime(QDate(2026, 12, 3), QTime(9, 0), QTimeZone("Europe/Berlin")),
                     QDateTime(QDate(2026, 12, 4), QTime(8, 0), Qt::UTC)}; // same instant
        auto r = Recurrence::expand(p, year(2026));
        QVERIFY(r);
        QCOMPARE(r->size(), 3);
        QCOMPARE(r->at(2).start, at("Europe/Berlin", 2026, 12, 5, 9));
    }

    void farRangeMatchesAFullWalk() {
        const RecurringPeriod p = period("Asia/Kolkata", {2024, 1, 15}, 20, {2024, 1, 16}, 2,
                                         u"FREQ=WEEKLY;BYDAY=MO,TH"_qs);
        auto jumped = Recurrence::expand(p, year(2030));
        auto walked = Recurrence::expand(p, {utc(2024, 1, 1, 0), utc(2031, 1, 1, 0)});
        QVERIFY(jumped && walked);
        QList<Interval> tail;
        for (const Interval& i : walked.value())
            if (i.overlaps(year(2030)))
                tail << i;
        QCOMPARE(jumped->size(), tail.size());
        QCOMPARE(jumped.value(), tail);
        QCOMPARE(jumped->size(), 104); // 52 Mondays and 52 Thursdays in 2030
    }

    void aOneOffPeriodIsItself() {
        RecurringPeriod p;
        p.firstStartUtc = utc(2026, 12, 24, 0);
        p.firstEndUtc = utc(2027, 1, 2, 0);
        auto r = Recurrence::expand(p, year(2026));
        QVERIFY(r);
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->first(), (Interval{p.firstStartUtc, p.firstEndUtc}));
        QCOMPARE(Recurrence::expand(p, year(2028))->size(), 0);
    }

    void badInputIsAClearError_data() {
        QTest::addColumn<QString>("rrule");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("words");
        QTest::newRow("garbage") << u"EVERY FRIDAY"_qs << u"UTC"_qs << u"not a valid RRULE"_qs;
        QTest::newRow("bad freq") << u"FREQ=FORTNIGHTLY"_qs << u"UTC"_qs << u"not a valid RRULE"_qs;
        QTest::newRow("bad zone") << u"FREQ=DAILY"_qs << u"Europe/Atlantis"_qs << u"time zone"_qs;
    }
    void badInputIsAClearError() {
        QFETCH(QString, rrule);
        QFETCH(QString, zone);
        QFETCH(QString, words);
        RecurringPeriod p;
        p.zone = zone;
        p.firstStartUtc = utc(2026, 1, 1, 0);
        p.firstEndUtc = utc(2026, 1, 1, 1);
        p.rrule = rrule;
        auto r = Recurrence::expand(p, year(2026));
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(words), qPrintable(r.error().message));
        QCOMPARE(r.error().kind, Error::Kind::Validation);
    }
};

QTEST_GUILESS_MAIN(tst_Recurrence)
#include "tst_Recurrence.moc"
