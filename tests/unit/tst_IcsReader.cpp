// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar input from real calendar programs, and broken input that must be refused.
#include "TestSupport.h"
#include "io/IcsReader.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

namespace {

const IcsEvent* findEvent(const IcsCalendar& cal, const QString& summaryPart) {
    for (const IcsEvent& e : cal.events) {
        if (e.summary.contains(summaryPart))
            return &e;
    }
    return nullptr;
}

} // namespace

// NUL bytes inside: the size comes from the literal, not from a count that can be wrong.
constexpr char kBinaryCalendar[] = "BEGIN:VCALENDAR\r\n\0\0\0END:VCALENDAR";

class tst_IcsReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void realCalendars_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("recurring");
        // Counted independently from the files: every VEVENT is a period; RECURRENCE-ID
        // overrides are periods of their own and take their original occurrence away.
        QTest::newRow("exchange 8 zones")
            << u"exchange2010_eight_windows_timezones_multi_exdate.ics"_qs << 4 << 2;
        QTest::newRow("exchange all-day")
            << u"exchange2010_windows_tzid_allday_recurrence_id.ics"_qs << 5 << 2;
        QTest::newRow("google hackerspace")
            << u"google_calendar_hackerspace_tz_rrule_exdate_overrides.ics"_qs << 64 << 24;
        QTest::newRow("google large")
            << u"google_calendar_large_677_events_186_overrides.ics"_qs << 677 << 81;
        QTest::newRow("icalcreator")
            << u"icalcreator_wordpress_folded_german_html.ics"_qs << 28 << 1;
        QTest::newRow("icloud") << u"icloud_apple_german_exdates_structured_location.ics"_qs << 4
                                << 2;
        QTest::newRow("outlook holidays")
            << u"outlook12_officeholidays_unfolded_long_lines.ics"_qs << 159 << 0;
        QTest::newRow("thunderbird")
            << u"thunderbird_london_vtimezone_moved_occurrences.ics"_qs << 3 << 1;
    }
    void realCalendars() {
        QFETCH(QString, file);
        QFETCH(int, events);
        QFETCH(int, recurring);
        const QString path = test::sharedDataPath(u"ics/"_qs + file);
        if (path.isEmpty() || !QFile::exists(path))
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        auto cal = IcsReader::read(path);
        QVERIFY2(cal, cal ? "" : qPrintable(cal.error().message));
        QCOMPARE(cal->events.size() + cal->skipped.size(), events);
        for (const QString& note : std::as_const(cal->notes))
            QVERIFY2(!note.contains(u"RRULE"_qs) && !note.contains(u"DTSTART"_qs),
                     qPrintable(note));
        int withRule = 0;
        for (const IcsEvent& e : cal->events) {
            QVERIFY(e.endUtc > e.startUtc);
            QVERIFY2(QTimeZone(e.zone.toUtf8()).isValid(), qPrintable(e.zone));
            QVERIFY(e.line > 0);
            withRule += e.rrule.isEmpty() ? 0 : 1;
        }
        QCOMPARE(withRule, recurring);
    }

    void zonesAndTimesAreRight() {
        const QString dir = test::sharedDataPath(u"ics"_qs);
        if (dir.isEmpty())
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        // Windows zone names map to IANA zones.
        auto exchange =
            IcsReader::read(dir + u"/exchange2010_eight_windows_timezones_multi_exdate.ics"_qs);
        QVERIFY(exchange);
        QStringList zones;
        for (const IcsEvent& e : exchange->events)
            zones << e.zone;
        QVERIFY2(zones.contains(u"Europe/Berlin"_qs), qPrintable(zones.join(u',')));
        // Umlauts survive, and a Berlin event's local time is kept.
        auto machbar =
            IcsReader::read(dir + u"/google_calendar_hackerspace_tz_rrule_exdate_overrides.ics"_qs);
        QVERIFY(machbar);
        const IcsEvent* open = findEvent(machbar.value(), u"Bioökonomie-Tag"_qs);
        QVERIFY(open);
        QCOMPARE(open->zone, u"Europe/Berlin"_qs);
        // Moved occurrences leave an EXDATE on their series.
        int exdates = 0;
        for (const IcsEvent& e : machbar->events)
            exdates += int(e.exdates.size());
        QVERIFY(exdates >= 6);
    }

    void ownFileExactValues() {
        auto cal = IcsReader::read(test::testDataPath(u"ics/quarter_end_and_freeze.ics"_qs));
        QVERIFY2(cal, cal ? "" : qPrintable(cal.error().message));
        QCOMPARE(cal->events.size(), 2);
        const IcsEvent& q = cal->events[0];
        QCOMPARE(q.summary, u"Quarter-end close — Finanzabschluss"_qs);
        QCOMPARE(q.zone, u"Europe/London"_qs);
        QStringList parts = q.rrule.split(u';');
        parts.sort();
        QCOMPARE(parts, (QStringList{u"BYDAY=MO,TU,WE,TH,FR"_qs, u"BYMONTH=3,6,9,12"_qs,
                                     u"BYSETPOS=-3,-2,-1"_qs, u"FREQ=MONTHLY"_qs}));
        QCOMPARE(q.startUtc,
                 QDateTime(QDate(2026, 3, 27), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(q.endUtc, QDateTime(QDate(2026, 3, 28), QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(q.exdates.size(), 1);
        QCOMPARE(q.exdates.first(),
                 QDateTime(QDate(2026, 6, 26), QTime(0, 0), QTimeZone("Europe/London"))
                     .toSecsSinceEpoch());
        const IcsEvent& f = cal->events[1];
        QCOMPARE(
            f.startUtc,
            QDateTime(QDate(2026, 12, 18), QTime(17, 0), Qt::UTC).toSecsSinceEpoch()); // 18:00 CET
        QCOMPARE(f.endUtc, QDateTime(QDate(2027, 1, 4), QTime(7, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(f.uid, u"holiday-freeze-2026@example.org"_qs);
    }

    void brokenInputIsRefusedClearly_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QByteArray() << u"not an iCalendar file"_qs;
        QTest::newRow("csv") << QByteArray("Subject,Start\r\nFreeze,2026-12-01\r\n")
                             << u"line 1"_qs;
        QTest::newRow("truncated")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:2026")
            << u"truncated"_qs;
        QTest::newRow("no dtstart")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:"
                          "a\r\nSUMMARY:Broken\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            << u"line 4: event \"Broken\" has no valid DTSTART"_qs;
        QTest::newRow("binary") << QByteArray::fromRawData(kBinaryCalendar,
                                                           sizeof(kBinaryCalendar) - 1)
                                << u"binary"_qs;
    }
    void brokenInputIsRefusedClearly() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, words);
        auto cal = IcsReader::parse(bytes, u"in.ics"_qs);
        QVERIFY(!cal);
        QVERIFY2(cal.error().message.contains(words), qPrintable(cal.error().message));
        QVERIFY(cal.error().message.startsWith(u"in.ics"_qs));
    }

    void mutatedRealFilesNeverCrash() {
        const QString path = test::sharedDataPath(
            u"ics/google_calendar_hackerspace_tz_rrule_exdate_overrides.ics"_qs);
        QByteArray base =
            path.isEmpty()
                ? test::fileBytes(test::testDataPath(u"ics/quarter_end_and_freeze.ics"_qs))
                : test::fileBytes(path);
        QVERIFY(!base.isEmpty());
        QRandomGenerator rng(5545);
        for (int i = 0; i < 400; ++i) {
            QByteArray b = base;
            const int edits = 1 + int(rng.bounded(20));
            for (int k = 0; k < edits; ++k) {
                const int at = int(rng.bounded(b.size()));
                switch (rng.bounded(3)) {
                case 0:
                    b[at] = char(rng.bounded(128));
                    break;
                case 1:
                    b.remove(at, int(rng.bounded(40)));
                    break;
                default:
                    b.insert(at, b.mid(int(rng.bounded(b.size())), int(rng.bounded(80))));
                    break;
                }
            }
            auto cal = IcsReader::parse(b, u"mutant.ics"_qs);
            if (!cal)
                QVERIFY(cal.error().message.startsWith(u"mutant.ics"_qs));
            else
                for (const IcsEvent& e : cal->events)
                    QVERIFY(e.endUtc > e.startUtc);
        }
    }
};

QTEST_GUILESS_MAIN(tst_IcsReader)
#include "tst_IcsReader.moc"
