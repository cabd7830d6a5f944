// SPDX-License-Identifier: GPL-3.0-or-later
// Input that is too long, too large or not text, through the real binary: iCalendar lines of
// megabytes are refused at once (libical is fed line by line, so long lines cost linear
// time), invalid UTF-8 in a calendar is refused naming its line as the other importers do,
// fields beyond their documented limits are refused with a short message, an identical
// re-import changes nothing, and find-window's text output stays short.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway::test;

namespace {

QByteArray calendar(const QByteArray& events) {
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Slipway tests//EN\r\n" + events +
           "END:VCALENDAR\r\n";
}

QByteArray vevent(const QByteArray& uid, const QByteArray& summary, const QByteArray& extra = {}) {
    return "BEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20261201T000000Z\r\n" +
           "DTSTART:20270105T220000Z\r\nDTEND:20270106T040000Z\r\nSUMMARY:" + summary + "\r\n" +
           extra + "END:VEVENT\r\n";
}

} // namespace

class tst_InputLimits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshDemo(const QString& name) { return copyFile(m_demo, m_dir, name); }
    static qint64 count(const QString& db, const QString& sql) {
        const QVariant v = queryValue(db, sql);
        return v.isValid() ? v.toLongLong() : -1;
    }
    // Exit 2, one short line naming the input, the database's bytes as they were.
    void expectShortRefusal(const QStringList& args, const QString& db, const QString& named,
                            const QString& says) {
        const QByteArray before = fileBytes(db);
        const Run run = runSlipway(args);
        QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ').left(200) + u" exited "_qs +
                                               QString::number(run.exitCode)));
        const QString err = run.errText();
        QVERIFY2(!err.contains(u'\n'), qPrintable(err.left(300)));
        QVERIFY2(err.size() < 400,
                 qPrintable(QString::number(err.size()) + u": "_qs + err.left(300)));
        QVERIFY2(err.contains(named), qPrintable(err));
        QVERIFY2(err.contains(says), qPrintable(err));
        QVERIFY2(fileBytes(db) == before, "the database changed");
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void aMegabyteCalendarLineIsRefusedAtOnce() {
        const QString db = freshDemo(u"long-line.slipway"_qs);
        const QString ics = writeFile(m_dir, u"long-line.ics"_qs,
                                      calendar(vevent("long@x", QByteArray(8 * 1024 * 1024, 'a'))));
        expectShortRefusal(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, ics}, db,
            u"long-line.ics line 9"_qs, u"calendar lines over"_qs);
    }

    void longFoldedTextWithinTheLimitsIsRead() {
        // 90,000 characters of DESCRIPTION, folded at 74 octets: one logical line libical
        // joins; kept (the reason stores its first 2,000 characters).
        QByteArray folded = "DESCRIPTION:";
        const QByteArray text(90000, 'd');
        for (qsizetype i = 0; i < text.size(); i += 73)
            folded += (i ? "\r\n " : "") + text.mid(i, 73);
        folded += "\r\n";
        const QString db = freshDemo(u"folded.slipway"_qs);
        const QString ics = writeFile(m_dir, u"folded.ics"_qs,
                                      calendar(vevent("folded@x", "Long description", folded)));
        const Run run =
            runSlipway({u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, ics});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(count(db, u"SELECT length(reason) FROM blackouts WHERE ical_uid = 'folded@x'"_qs),
                 2000);
    }

    void fieldsOverTheirLimitAreRefused() {
        const QString db = freshDemo(u"fields.slipway"_qs);
        const QString summary =
            writeFile(m_dir, u"summary.ics"_qs, calendar(vevent("s@x", QByteArray(300, 's'))));
        expectShortRefusal(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"freezes"_qs, summary}, db,
            u"summary.ics line 4"_qs, u"SUMMARY is 300 characters long"_qs);
        QByteArray description = "DESCRIPTION:" + QByteArray(200000, 'x') + "\r\n";
        const QString longText =
            writeFile(m_dir, u"description.ics"_qs, calendar(vevent("d@x", "Fine", description)));
        expectShortRefusal(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, longText}, db,
            u"description.ics line 4"_qs, u"at most 100000 are allowed"_qs);
    }

    void aHugeAcknowledgementNoteIsRefused() {
        const QString db = freshDemo(u"ack.slipway"_qs);
        const qint64 id = count(db, u"SELECT max(id) FROM communications"_qs);
        QVERIFY(id > 0);
        const QString address =
            queryValue(db, u"SELECT address FROM communication_recipients WHERE "
                           "communication_id = "_qs +
                               QString::number(id) + u" LIMIT 1"_qs)
                .toString();
        QVERIFY(!address.isEmpty());
        const QByteArray csv = "communication_id,address,acknowledged_at,note\r\n" +
                               QByteArray::number(id) + "," + address.toUtf8() +
                               ",2030-01-01T09:00Z," + QByteArray(5 * 1024 * 1024, 'n') + "\r\n";
        const QString path = writeFile(m_dir, u"acks.csv"_qs, csv);
        expectShortRefusal(
            {u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs, u"acknowledgements"_qs, path},
            db, u"acks.csv"_qs, u"at most 4000 are allowed"_qs);
    }

    void aHugeSarifToolNameIsRefused() {
        const QString db = freshDemo(u"sarif.slipway"_qs);
        const QByteArray sarif =
            "{\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"" +
            QByteArray(5 * 1024 * 1024, 't') + "\"}},\"results\":[]}]}";
        const QString path = writeFile(m_dir, u"huge-tool.sarif"_qs, sarif);
        // A security criterion whose name no other gate of its release shares.
        const qint64 criterion = count(
            db, u"SELECT c.id FROM gate_criteria c JOIN release_gates g ON g.id = c.gate_id "
                "WHERE c.kind = 'security' AND (SELECT count(*) FROM gate_criteria c2 JOIN "
                "release_gates g2 ON g2.id = c2.gate_id WHERE g2.release_id = g.release_id AND "
                "lower(c2.name) = lower(c.name)) = 1 LIMIT 1"_qs);
        QVERIFY(criterion > 0);
        const qint64 release = count(db, u"SELECT g.release_id FROM gate_criteria c JOIN "
                                         "release_gates g ON g.id = c.gate_id WHERE c.id = "_qs +
                                             QString::number(criterion));
        const QString name = queryValue(db, u"SELECT name FROM gate_criteria WHERE id = "_qs +
                                                QString::number(criterion))
                                 .toString();
        expectShortRefusal({u"import"_qs, u"sarif"_qs, u"--db"_qs, db, u"--release"_qs,
                            QString::number(release), u"--criterion"_qs, name, path},
                           db, u"huge-tool.sarif"_qs, u"at most 200 are allowed"_qs);
    }

    void invalidUtf8InACalendarIsRefused_data() {
        QTest::addColumn<QByteArray>("bad");
        QTest::newRow("lone lead byte") << QByteArray("\xC3");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80");
        QTest::newRow("Latin-1") << QByteArray("Sommerpause f\xFCr alle");
    }
    void invalidUtf8InACalendarIsRefused() {
        QFETCH(QByteArray, bad);
        const QString db = freshDemo(u"utf8.slipway"_qs);
        const QString ics = writeFile(
            m_dir, u"latin1.ics"_qs, calendar(vevent("a@x", "Fine") + vevent("b@x", "Bad " + bad)));
        expectShortRefusal(
            {u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, ics}, db,
            u"latin1.ics line 16"_qs, u"not valid UTF-8"_qs);
    }

    void anIdenticalReimportChangesNothing_data() {
        QTest::addColumn<QString>("as");
        QTest::newRow("blackouts") << u"blackouts"_qs;
        QTest::newRow("freezes") << u"freezes"_qs;
    }
    void anIdenticalReimportChangesNothing() {
        QFETCH(QString, as);
        const QString db = freshDemo(u"again.slipway"_qs);
        const QString ics =
            writeFile(m_dir, u"two.ics"_qs,
                      calendar(vevent("one@x", "Quarter close") + vevent("two@x", "Peak season")));
        const QStringList args{u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, as, ics};
        Run run = runSlipway(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"2 created, 0 updated, 0 unchanged"_qs),
                 run.out.constData());
        const qint64 audit = count(db, u"SELECT count(*) FROM audit_log"_qs);
        for (int again = 0; again < 2; ++again) {
            run = runSlipway(args);
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QVERIFY2(run.outText().contains(u"0 created, 0 updated, 2 unchanged"_qs),
                     run.out.constData());
            QCOMPARE(count(db, u"SELECT count(*) FROM audit_log"_qs), audit);
        }
    }

    void findWindowSaysEachReasonOnce() {
        const QString db = freshDemo(u"minutely.slipway"_qs);
        const QString ics =
            writeFile(m_dir, u"minutely.ics"_qs,
                      calendar("BEGIN:VEVENT\r\nUID:every-minute@x\r\nDTSTAMP:20261201T000000Z\r\n"
                               "DTSTART:20270101T000000Z\r\nDTEND:20270101T000030Z\r\n"
                               "RRULE:FREQ=MINUTELY\r\nSUMMARY:Every minute\r\nEND:VEVENT\r\n"));
        const Run imported =
            runSlipway({u"import"_qs, u"ics"_qs, u"--db"_qs, db, u"--as"_qs, u"blackouts"_qs, ics});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        const qint64 release = count(db, u"SELECT min(id) FROM releases"_qs);
        const Run run = runSlipway({u"find-window"_qs, u"--db"_qs, db, u"--release"_qs,
                                    QString::number(release), u"--after"_qs, u"2027-01-02"_qs});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, run.err.constData());
        const qsizetype lines = run.out.count('\n');
        QVERIFY2(lines < 250, qPrintable(QString::number(lines) + u" lines"_qs));
        QVERIFY2(run.outText().contains(u"times)"_qs) || run.outText().contains(u"more"_qs),
                 qPrintable(run.outText().left(2000)));
    }
};

QTEST_GUILESS_MAIN(tst_InputLimits)
#include "tst_InputLimits.moc"
