// SPDX-License-Identifier: GPL-3.0-or-later
// Times typed in a zone and stored in UTC, across daylight-saving changes: Berlin's last
// Sundays of March and October and New York's second Sunday of March and first of November,
// including the hour clocks skip and the hour they show twice.
#include "domain/ZonedTime.h"

#include <QTest>

using namespace slipway;

namespace {

qint64 utc(int y, int m, int d, int h, int min) {
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC).toSecsSinceEpoch();
}

} // namespace

class tst_ZonedTime : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void toUtc_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QTime>("shownBack"); // the wall clock the stored time shows again

        const QString berlin = u"Europe/Berlin"_qs;
        const QString newYork = u"America/New_York"_qs;
        // Berlin, 29 March 2026: 02:00 CET becomes 03:00 CEST.
        QTest::newRow("Berlin before spring change") << berlin << QDate(2026, 3, 29) << QTime(1, 30)
                                                     << utc(2026, 3, 29, 0, 30) << QTime(1, 30);
        QTest::newRow("Berlin skipped hour") << berlin << QDate(2026, 3, 29) << QTime(2, 30)
                                             << utc(2026, 3, 29, 1, 30) << QTime(3, 30);
        QTest::newRow("Berlin after spring change") << berlin << QDate(2026, 3, 29) << QTime(3, 30)
                                                    << utc(2026, 3, 29, 1, 30) << QTime(3, 30);
        QTest::newRow("Berlin summer evening") << berlin << QDate(2026, 3, 29) << QTime(22, 0)
                                               << utc(2026, 3, 29, 20, 0) << QTime(22, 0);
        // Berlin, 25 October 2026: 03:00 CEST becomes 02:00 CET; 02:30 happens twice.
        QTest::newRow("Berlin before autumn change")
            << berlin << QDate(2026, 10, 25) << QTime(1, 30) << utc(2026, 10, 24, 23, 30)
            << QTime(1, 30);
        QTest::newRow("Berlin repeated hour, first time")
            << berlin << QDate(2026, 10, 25) << QTime(2, 30) << utc(2026, 10, 25, 0, 30)
            << QTime(2, 30);
        QTest::newRow("Berlin after autumn change") << berlin << QDate(2026, 10, 25) << QTime(3, 30)
                                                    << utc(2026, 10, 25, 2, 30) << QTime(3, 30);
        // New York, 8 March 2026: 02:00 EST becomes 03:00 EDT.
        QTest::newRow("New York skipped hour") << newYork << QDate(2026, 3, 8) << QTime(2, 30)
                                               << utc(2026, 3, 8, 7, 30) << QTime(3, 30);
        QTest::newRow("New York after spring change")
            << newYork << QDate(2026, 3, 8) << QTime(9, 0) << utc(2026, 3, 8, 13, 0) << QTime(9, 0);
        // New York, 1 November 2026: 02:00 EDT becomes 01:00 EST; 01:30 happens twice.
        QTest::newRow("New York repeated hour, first time")
            << newYork << QDate(2026, 11, 1) << QTime(1, 30) << utc(2026, 11, 1, 5, 30)
            << QTime(1, 30);
        QTest::newRow("New York after autumn change")
            << newYork << QDate(2026, 11, 1) << QTime(9, 0) << utc(2026, 11, 1, 14, 0)
            << QTime(9, 0);
        QTest::newRow("UTC") << u"UTC"_qs << QDate(2026, 3, 29) << QTime(2, 30)
                             << utc(2026, 3, 29, 2, 30) << QTime(2, 30);
        QTest::newRow("unknown zone is UTC")
            << u"Mars/Olympus_Mons"_qs << QDate(2026, 3, 29) << QTime(2, 30)
            << utc(2026, 3, 29, 2, 30) << QTime(2, 30);
    }
    void toUtc() {
        QFETCH(QString, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(qint64, expected);
        QFETCH(QTime, shownBack);
        const QTimeZone tz(zone.toUtf8());
        const qint64 stored = ZonedTime::toUtc(date, time, tz);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(stored, Qt::UTC),
                 QDateTime::fromSecsSinceEpoch(expected, Qt::UTC));
        const QDateTime back = ZonedTime::wallClock(stored, tz);
        QCOMPARE(back.date(), date);
        QCOMPARE(back.time(), shownBack);
        QCOMPARE(back.timeSpec(), Qt::UTC);
    }

    // Every quarter-hour of both change days reads back as typed, except the skipped hour.
    void everyQuarterHourRoundTrips_data() {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::newRow("Berlin spring") << u"Europe/Berlin"_qs << QDate(2026, 3, 29);
        QTest::newRow("Berlin autumn") << u"Europe/Berlin"_qs << QDate(2026, 10, 25);
        QTest::newRow("New York spring") << u"America/New_York"_qs << QDate(2026, 3, 8);
        QTest::newRow("New York autumn") << u"America/New_York"_qs << QDate(2026, 11, 1);
        QTest::newRow("Sydney autumn") << u"Australia/Sydney"_qs << QDate(2026, 4, 5);
    }
    void everyQuarterHourRoundTrips() {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        const QTimeZone tz(zone.toUtf8());
        int skipped = 0;
        qint64 previous = 0;
        for (int minutes = 0; minutes < 24 * 60; minutes += 15) {
            const QTime time(minutes / 60, minutes % 60);
            const qint64 stored = ZonedTime::toUtc(day, time, tz);
            const QDateTime back = ZonedTime::wallClock(stored, tz);
            if (back.time() != time || back.date() != day) {
                ++skipped; // only the hour clocks skip reads back an hour later
                QCOMPARE(back.time(), time.addSecs(3600));
                continue;
            }
            // Times that exist come out in order, the repeated hour at its first occurrence.
            QVERIFY2(stored > previous, qPrintable(time.toString()));
            previous = stored;
        }
        QCOMPARE(skipped, day.month() <= 4 && zone != u"Australia/Sydney"_qs ? 4 : 0);
    }

    void formatNamesTheZone() {
        const QTimeZone berlin("Europe/Berlin");
        const QString summer = ZonedTime::format(utc(2026, 7, 1, 10, 0), berlin);
        QVERIFY2(summer.startsWith(u"2026-07-01 12:00"_qs), qPrintable(summer));
        const QString winter = ZonedTime::format(utc(2026, 12, 1, 10, 0), berlin);
        QVERIFY2(winter.startsWith(u"2026-12-01 11:00"_qs), qPrintable(winter));
        QCOMPARE(ZonedTime::format(utc(2026, 12, 1, 10, 0), QTimeZone()),
                 u"2026-12-01 10:00 UTC"_qs);
    }
};

QTEST_GUILESS_MAIN(tst_ZonedTime)
#include "tst_ZonedTime.moc"
