// SPDX-License-Identifier: GPL-3.0-or-later
// Export to iCalendar, import the result into another file: the same periods come back,
// and importing twice updates instead of duplicating.
#include "TestSupport.h"
#include "io/IcsReader.h"
#include "io/IcsWriter.h"
#include "rules/Recurrence.h"
#include "services/CalendarImportService.h"
#include "services/ScheduleService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace slipway;

namespace {

qint64 at(const char* zone, int y, int m, int d, int h) {
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone(zone)).toSecsSinceEpoch();
}

// A blackout repeating by `rrule`, its first period from `start` to `end`, planned in `zone`.
Blackout recurring(qint64 id, const QString& name, const char* zone, qint64 start, qint64 end,
                   const QString& rrule) {
    Blackout b;
    b.id = id;
    b.name = name;
    b.zone = QString::fromLatin1(zone);
    b.startUtc = start;
    b.endUtc = end;
    b.rrule = rrule;
    return b;
}

QList<Interval> sorted(QList<Interval> v) {
    std::sort(v.begin(), v.end(), [](const Interval& a, const Interval& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    return v;
}

} // namespace

class tst_IcsRoundTrip : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exportThenImportGivesTheSamePeriods() {
        IcsWriter::Content content;
        content.uidDomain = u"abc123.slipway"_qs;
        Release r;
        r.id = 7;
        r.name = u"Payments <API> & \"Ledger\""_qs;
        r.version = u"2.4.0"_qs;
        r.windowZone = u"Europe/Berlin"_qs;
        r.windowStart =
            QDateTime::fromSecsSinceEpoch(at("Europe/Berlin", 2026, 12, 5, 22), Qt::UTC);
        r.windowEnd = QDateTime::fromSecsSinceEpoch(at("Europe/Berlin", 2026, 12, 6, 2), Qt::UTC);
        r.changeTicket = u"CHG0012345"_qs;
        content.releases.append(r);
        Blackout weekly =
            recurring(1, u"Weekly batch — Überweisungen"_qs, "America/New_York",
                      at("America/New_York", 2026, 3, 2, 20), at("America/New_York", 2026, 3, 3, 2),
                      u"FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T000000Z"_qs);
        weekly.exdates = {at("America/New_York", 2026, 3, 16, 20),
                          at("America/New_York", 2026, 11, 2, 20)};
        content.blackouts.append(weekly);
        Blackout quarter =
            recurring(2, u"Quarter-end close"_qs, "Europe/London",
                      at("Europe/London", 2026, 3, 27, 0), at("Europe/London", 2026, 3, 28, 0),
                      u"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1"_qs);
        quarter.hard = false;
        content.blackouts.append(quarter);
        content.freezes.append({3,
                                u"INC-42 checkout outage"_qs,
                                {at("UTC", 2026, 12, 8, 6), at("UTC", 2026, 12, 8, 18)}});

        const QByteArray ics = IcsWriter::write(content);
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York"));
        QVERIFY(ics.contains("TZID:Europe/Berlin"));
        QVERIFY(ics.contains("UID:release-7@abc123.slipway"));
        for (const QByteArray& line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // folded at 75 octets + CR

        auto parsed = IcsReader::parse(ics, u"export.ics"_qs);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->events.size(), 4);
        QCOMPARE(parsed->events[0].summary, r.name + u" 2.4.0"_qs); // markup stays text

        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"imported.slipway"_qs));
        QVERIFY(db);
        CalendarImportService importer(*db, Session{u"tester"_qs, {}});
        auto outcome = importer.import(parsed.value(), u"export.ics"_qs, {});
        QVERIFY2(outcome, outcome ? "" : qPrintable(outcome.error().message));
        QCOMPARE(outcome->created, 4);

        // Every occurrence of 2026 comes back at the same instants.
        const Interval year{at("UTC", 2026, 1, 1, 0), at("UTC", 2027, 1, 1, 0)};
        QList<Interval> expected;
        expected.append({r.windowStart.toSecsSinceEpoch(), r.windowEnd.toSecsSinceEpoch()});
        for (const Blackout& b : content.blackouts) {
            RecurringPeriod p{b.startUtc, b.endUtc, b.zone, b.rrule, {}};
            for (qint64 ex : b.exdates)
                p.exdates.append(QDateTime::fromSecsSinceEpoch(ex, Qt::UTC));
            expected.append(Recurrence::expand(p, year).value());
        }
        expected.append(content.freezes.first().when);
        auto imported = ScheduleService(*db).blackoutOccurrences(year);
        QVERIFY(imported);
        QList<Interval> got;
        for (const BlackoutOccurrence& o : imported.value())
            got.append(o.when);
        QCOMPARE(sorted(got).size(), sorted(expected).size());
        QCOMPARE(sorted(got), sorted(expected));
        QVERIFY(got.size() > 50);

        // The same calendar again: recognised as stored already, nothing duplicated, nothing
        // written or audited.
        const qint64 audited = AuditLog(*db).count().value();
        auto again = importer.import(parsed.value(), u"export.ics"_qs, {});
        QVERIFY(again);
        QCOMPARE(again->created, 0);
        QCOMPARE(again->updated, 0);
        QCOMPARE(again->unchanged, 4);
        QCOMPARE(AuditLog(*db).count().value(), audited);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void importAsFreezesExpandsRecurrences() {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"freezes.slipway"_qs));
        QVERIFY(db);
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\nBEGIN:VEVENT\r\nUID:inc-review\r\n"
            "DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\n"
            "SUMMARY:Incident review freeze\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        auto parsed = IcsReader::parse(ics, u"freeze.ics"_qs);
        QVERIFY(parsed);
        CalendarImportService::Options options;
        options.as = CalendarImportService::As::Freezes;
        auto outcome = CalendarImportService(*db, Session{u"tester"_qs, {}})
                           .import(parsed.value(), u"freeze.ics"_qs, options);
        QVERIFY(outcome);
        QCOMPARE(outcome->created, 3);
        auto inputs =
            ScheduleService(*db).load({at("UTC", 2026, 11, 1, 0), at("UTC", 2027, 1, 1, 0)});
        QVERIFY(inputs);
        QCOMPARE(inputs->freezes.size(), 3);
        QCOMPARE(inputs->freezes[2].when.start, at("UTC", 2026, 12, 3, 9));
    }

    void badRuleRefusesTheWholeFileAndWritesNothing() {
        QTemporaryDir dir;
        auto db = test::openDatabase(dir.filePath(u"bad.slipway"_qs));
        QVERIFY(db);
        const QByteArray ics =
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:t\r\n"
            "BEGIN:VEVENT\r\nUID:good\r\nDTSTART:20261201T090000Z\r\nDTEND:"
            "20261201T100000Z\r\nSUMMARY:Fine\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:bad\r\nDTSTART:20261202T090000Z\r\nDTEND:"
            "20261202T100000Z\r\nRRULE:FREQ=DAILY;BYDAY=XX\r\nSUMMARY:Broken\r\nEND:VEVENT\r\n"
            "END:VCALENDAR\r\n";
        auto parsed = IcsReader::parse(ics, u"bad.ics"_qs);
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(u"bad.ics line 10: event \"Broken\""_qs),
                 qPrintable(parsed.error().message));
        QVERIFY(parsed.error().message.contains(u"RRULE"_qs));
        QCOMPARE(AuditLog(*db).count().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(tst_IcsRoundTrip)
#include "tst_IcsRoundTrip.moc"
