// SPDX-License-Identifier: GPL-3.0-or-later
// export ics, import ics and find-window through the real binary.
#include "TestSupport.h"
#include "io/IcsReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_CalendarCommands : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshDemo(const QString& name) { return makeDemo(m_dir, name); }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = freshDemo(u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void exportIcsWritesWhatCalendarsRead() {
        const QString out = m_dir.filePath(u"plan.ics"_qs);
        const Run run = runSlipway({u"export"_qs, u"ics"_qs, u"--db"_qs, m_demo, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"release window"_qs));
        auto cal = IcsReader::read(out);
        QVERIFY2(cal, cal ? "" : qPrintable(cal.error().message));
        QVERIFY(cal->events.size() >= 20);
        bool recurring = false;
        for (const IcsEvent& e : cal->events)
            recurring |= !e.rrule.isEmpty();
        QVERIFY(recurring); // the demo's recurring blackout keeps its rule
        // Same file, same UIDs: a calendar program updates instead of duplicating.
        const QString again = m_dir.filePath(u"again.ics"_qs);
        QCOMPARE(
            runSlipway({u"export"_qs, u"ics"_qs, u"--db"_qs, m_demo, u"--out"_qs, again}).exitCode,
            0);
        auto second = IcsReader::read(again);
        QVERIFY(second);
        QStringList a, b;
        for (const IcsEvent& e : cal->events)
            a << e.uid;
        for (const IcsEvent& e : second->events)
            b << e.uid;
        QCOMPARE(a, b);
        // A range narrows what is written.
        const QString narrow = m_dir.filePath(u"narrow.ics"_qs);
        QCOMPARE(runSlipway({u"export"_qs, u"ics"_qs, u"--db"_qs, m_demo, u"--out"_qs, narrow,
                             u"--from"_qs, u"2026-11-01"_qs, u"--to"_qs, u"2026-11-08"_qs})
                     .exitCode,
                 0);
        QVERIFY(IcsReader::read(narrow)->events.size() < cal->events.size());
    }

    void importRealCalendarTwice() {
        const QString calendar =
            sharedDataPath(u"ics/google_calendar_hackerspace_tz_rrule_exdate_overrides.ics"_qs);
        if (calendar.isEmpty())
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        const QString db = freshDemo(u"import.slipway"_qs);
        const int before = auditEntries(db);
        Run run = runSlipway({u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs,
                              u"--soft"_qs, calendar});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"64 created, 0 updated"_qs), run.out.constData());
        QCOMPARE(auditEntries(db), before + 64);
        run = runSlipway(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, calendar});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"0 created, 64 updated"_qs), run.out.constData());
    }

    void badCalendarChangesNothing() {
        const QString db = freshDemo(u"bad-import.slipway"_qs);
        const QString bad = m_dir.filePath(u"bad.ics"_qs);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Fine\r\n"
                    "DTSTART:20261201T090000Z\r\nDTEND:20261201T100000Z\r\nEND:VEVENT\r\n"
                    "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:No start\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        }
        const QByteArray before = fileBytes(db);
        const Run run =
            runSlipway({u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"freezes"_qs, bad});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText().count(u'\n'), 0);
        QVERIFY2(
            run.errText().contains(u"bad.ics line 9: event \"No start\" has no valid DTSTART"_qs),
            run.err.constData());
        QCOMPARE(fileBytes(db), before);
    }

    void findWindowProposesOne() {
        Run run =
            runSlipway({u"find-window"_qs, u"--db"_qs, m_demo, u"--release"_qs, u"1"_qs,
                        u"--after"_qs, u"2026-12-01"_qs, u"--duration"_qs, u"3h"_qs, u"--json"_qs});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(u"format"_qs).toInt(), 1);
        QCOMPARE(o.value(u"found"_qs).toBool(), run.exitCode == 0);
        if (run.exitCode == 0) {
            const QDateTime start =
                QDateTime::fromString(o.value(u"start"_qs).toString(), Qt::ISODate);
            const QDateTime end = QDateTime::fromString(o.value(u"end"_qs).toString(), Qt::ISODate);
            QVERIFY(start >= QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC));
            QCOMPARE(start.secsTo(end), 3 * 3600);
        }
        run = runSlipway({u"find-window"_qs, u"--db"_qs, m_demo, u"--release"_qs, u"1"_qs});
        QVERIFY(run.outText().contains(u"Earliest window"_qs) ||
                run.outText().contains(u"No window"_qs));
    }

    void findWindowBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("no release") << QStringList{} << u"--release is required"_qs;
        QTest::newRow("bad duration")
            << QStringList{u"--release"_qs, u"1"_qs, u"--duration"_qs, u"four hours"_qs}
            << u"--duration 'four hours'"_qs;
        QTest::newRow("bad date") << QStringList{u"--release"_qs, u"1"_qs, u"--after"_qs,
                                                 u"soon"_qs}
                                  << u"--after 'soon'"_qs;
        QTest::newRow("unknown release") << QStringList{u"--release"_qs, u"99999"_qs}
                                         << u"no release has the id or version 99999"_qs;
    }
    void findWindowBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const Run run = runSlipway(QStringList{u"find-window"_qs, u"--db"_qs, m_demo} + args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(words), run.err.constData());
        QCOMPARE(run.errText().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CalendarCommands)
#include "tst_CalendarCommands.moc"
