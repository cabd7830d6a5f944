// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway report cab` and `slipway export csv --table cab-agenda|decisions`, end to end on a
// demo file: the PDF's text (pdftotext) holds every agenda change, every decision and the
// audit chain head; A4 and Letter; the CSVs' columns and row counts; bad input says one line.
#include "TestSupport.h"
#include "io/CabCsvExporter.h"
#include "io/CabPack.h"
#include "services/LifecycleService.h"
#include "services/RunbookRunService.h"
#include "storage/AuditLog.h"
#include "storage/CabDecisionRepository.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/Database.h"
#include "storage/FreezeRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/RunbookRepository.h"
#include "storage/RunbookRunRepository.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

QString pdfText(const QString& pdf) {
    QProcess p;
    p.start(u"pdftotext"_qs, {pdf, u"-"_qs});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        test::helperFailed(u"pdftotext failed on "_qs + pdf);
        return {};
    }
    // Reading order, lines joined: a wrapped paragraph reads as one.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString& pdf) {
    QProcess p;
    p.start(u"pdfinfo"_qs, {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList csvLines(const QString& path) {
    QStringList lines = QString::fromUtf8(fileBytes(path)).split(u"\r\n"_qs);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class tst_CabReport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    // A copy `name` of the demo with the first change on meeting 3's agenda changed by `edit`
    // and stored through the repository; no path (failing the test) when that cannot be done.
    template <typename Edit> QString demoWithFirstChange(const QString& name, Edit edit) {
        const QString file = copyFile(m_db, m_dir, name);
        auto db = file.isEmpty() ? nullptr : openDatabase(file);
        if (!db)
            return {};
        auto agenda = CabMeetingRepository(*db).agenda(3);
        if (!agenda || agenda->isEmpty()) {
            helperFailed(u"meeting 3 has no agenda"_qs);
            return {};
        }
        ChangeRequestRepository repo(*db);
        auto change = repo.find(agenda->first().changeId);
        if (!change) {
            helperFailed(change.error().message);
            return {};
        }
        ChangeRequest edited = change.value();
        edit(edited);
        if (auto stored = repo.update(edited, u"tester"_qs, 1); !stored) {
            helperFailed(stored.error().message);
            return {};
        }
        return file;
    }

    // The text of meeting 3's report of `file`, rendered by the binary to `pdf` in the test's
    // folder; a run that fails fails the test and gives no text.
    QString meeting3Report(const QString& file, const QString& pdf) {
        const Run run = runSlipway({u"report"_qs, u"cab"_qs, u"--db"_qs, file, u"--meeting"_qs,
                                    u"3"_qs, u"--out"_qs, m_dir.filePath(pdf)});
        if (run.exitCode != 0) {
            helperFailed(run.errText());
            return {};
        }
        return pdfText(m_dir.filePath(pdf));
    }

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_db = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_db.isEmpty());
    }

    void reportHoldsAgendaDecisionsAndChainHead_data() {
        QTest::addColumn<QString>("meeting");
        QTest::addColumn<QString>("page");
        QTest::addColumn<QString>("size");
        QTest::newRow("upcoming, A4") << u"2026-11-03"_qs << u"a4"_qs << u"595 x 842"_qs;
        QTest::newRow("held, Letter") << u"2026-10-27"_qs << u"letter"_qs << u"612 x 792"_qs;
    }
    void reportHoldsAgendaDecisionsAndChainHead() {
        QFETCH(QString, meeting);
        QFETCH(QString, page);
        QFETCH(QString, size);
        const QString pdf = m_dir.filePath(u"cab-%1.pdf"_qs.arg(page));
        const Run run = runSlipway({u"report"_qs, u"cab"_qs, u"--db"_qs, m_db, u"--meeting"_qs,
                                    meeting, u"--out"_qs, pdf, u"--page"_qs, page});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"page(s)"_qs));
        QVERIFY(pdfInfo(pdf).contains(size));
        const QString text = pdfText(pdf);
        QVERIFY(!text.isEmpty());

        auto db = openDatabase(m_db, true);
        QVERIFY(db);
        auto id = CabMeetingRepository(*db).all();
        QVERIFY(id);
        qint64 meetingId = 0;
        for (const CabMeeting& m : id.value())
            if (QDateTime::fromSecsSinceEpoch(m.startUtc, Qt::UTC).date().toString(Qt::ISODate) ==
                meeting)
                meetingId = m.id;
        QVERIFY(meetingId > 0);
        auto agenda = CabMeetingRepository(*db).agenda(meetingId);
        QVERIFY(agenda);
        QVERIFY(!agenda->isEmpty());
        ChangeRequestRepository changes(*db);
        for (const AgendaItem& item : agenda.value()) {
            auto c = changes.find(item.changeId);
            QVERIFY(c);
            QVERIFY2(text.contains(c->ticket), qPrintable(c->ticket));
            QVERIFY2(text.contains(c->summary.left(30)), qPrintable(c->summary));
        }
        auto decided = CabDecisionRepository(*db).forMeeting(meetingId);
        QVERIFY(decided);
        const int shown = int(text.count(u"Decisions in this meeting"_qs));
        QCOMPARE(shown, 1);
        const QString minutes = text.mid(text.indexOf(u"Decisions in this meeting"_qs));
        for (const CabDecision& d : decided.value()) {
            const QString ticket = changes.find(d.changeId)->ticket;
            QVERIFY2(minutes.contains(ticket + u": "_qs + displayName(d.outcome)),
                     qPrintable(ticket));
            QVERIFY2(minutes.contains(d.decidedBy), qPrintable(d.decidedBy));
        }
        const QString head = AuditLog(*db).head().value();
        QCOMPARE(head.size(), 64);
        const qint64 entries = AuditLog(*db).count().value();
        QVERIFY(entries > 0);
        const int pages =
            pdfInfo(pdf).section(u"Pages:"_qs, 1).trimmed().section(u'\n', 0, 0).toInt();
        QVERIFY(pages >= 4);
        QVERIFY(text.contains(u"Page %1 of %1"_qs.arg(pages)));
        // Every page's footer, the last one included, names the log's count and head.
        const QString footer = u"Audit log: %1 entries, head %2"_qs.arg(entries).arg(head);
        QCOMPARE(int(text.count(footer)), pages);
    }

    void eachReleaseShowsItsReadiness() {
        // Every agenda release's section lists its guards up to deployment, each marked met
        // (✓) or open (✗) as the lifecycle says, with the next step; a change whose approval is
        // still owed shows "✗ Change approval".
        const QString text = meeting3Report(m_db, u"readiness.pdf"_qs);
        QVERIFY(!text.isEmpty());
        auto db = openDatabase(m_db, true);
        QVERIFY(db);
        auto agenda = CabMeetingRepository(*db).agenda(3);
        QVERIFY(agenda);
        ChangeRequestRepository changes(*db);
        const LifecycleService lifecycle(*db);
        int withRelease = 0, approvalOpen = 0;
        for (const AgendaItem& item : agenda.value()) {
            auto c = changes.find(item.changeId);
            QVERIFY(c);
            if (c->releaseId <= 0)
                continue;
            ++withRelease;
            // The change's own section: from its heading to the next "Readiness" block's end.
            const qsizetype at = text.indexOf(c->ticket + u" — "_qs + c->summary.left(20));
            QVERIFY2(at >= 0, qPrintable(c->ticket));
            const qsizetype ready = text.indexOf(u"Readiness"_qs, at);
            QVERIFY2(ready > at, qPrintable(c->ticket));
            const QString section = text.mid(ready, 1500);
            auto facts = lifecycle.facts(c->releaseId);
            QVERIFY(facts);
            const bool past = facts->status == ReleaseStatus::Deployed ||
                              facts->status == ReleaseStatus::Closed ||
                              facts->status == ReleaseStatus::RolledBack;
            const auto checks = readiness(
                facts.value(), past ? facts->status : ReleaseStatus::Deploying, lifecycle.clock());
            QVERIFY(checks.size() >= 5);
            for (const GuardCheck& g : checks) {
                const QString mark = g.state == GuardState::Met    ? u"✓ "_qs
                                     : g.state == GuardState::Open ? u"✗ "_qs
                                                                   : QString();
                if (mark.isEmpty())
                    continue;
                QVERIFY2(section.contains(mark + displayName(g.guard)),
                         qPrintable(c->ticket + u": "_qs + mark + displayName(g.guard)));
                if (g.guard == Guard::Approval && g.state == GuardState::Open)
                    ++approvalOpen;
            }
            QVERIFY2(section.contains(u"Next: "_qs), qPrintable(c->ticket));
        }
        QVERIFY(withRelease > 0);
        QVERIFY(approvalOpen > 0); // an upcoming meeting decides approvals still owed
    }

    void userTextIsDrawnNotInterpreted() {
        // A summary full of markup reaches the PDF as the same characters.
        const QString file = demoWithFirstChange(u"markup.slipway"_qs, [](ChangeRequest& c) {
            c.summary = u"<b>bold</b> & <script>x</script> %1"_qs;
        });
        QVERIFY(!file.isEmpty());
        QVERIFY(meeting3Report(file, u"markup.pdf"_qs)
                    .contains(u"<b>bold</b> & <script>x</script> %1"_qs));
    }

    void runbookDecisionsAndTriggersAppear() {
        // Each agenda release's "Deployment runbook" block: its pattern and state, and for the
        // latest run every go/no-go/rollback decision's reason and every fired trigger. A
        // no-go recorded now through the service, its reason full of markup, is drawn as typed.
        const QString file = copyFile(m_db, m_dir, u"runbook.slipway"_qs);
        QVERIFY(!file.isEmpty());
        const QString reason = u"<b>Hold</b> & wait: DBA reports replica lag 41 s %1"_qs;
        {
            auto db = openDatabase(file);
            QVERIFY(db);
            const qint64 deploying =
                queryValue(file, u"SELECT id FROM releases WHERE status = 'deploying'"_qs)
                    .toLongLong();
            QVERIFY(deploying > 0);
            RunbookRunService runs(*db, Session{u"tester"_qs, {}});
            auto decided = runs.decide(deploying, u"S6"_qs, RunDecision::NoGo, reason);
            QVERIFY2(decided, decided ? "" : qPrintable(decided.error().message));
        }
        const QString text = meeting3Report(file, u"runbook.pdf"_qs);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(reason));

        auto db = openDatabase(file, true);
        QVERIFY(db);
        auto agenda = CabMeetingRepository(*db).agenda(3);
        QVERIFY(agenda);
        ChangeRequestRepository changes(*db);
        int withRun = 0, decisions = 0, firings = 0;
        for (const AgendaItem& item : agenda.value()) {
            auto c = changes.find(item.changeId);
            QVERIFY(c);
            if (c->releaseId <= 0)
                continue;
            const qsizetype at = text.indexOf(c->ticket + u" — "_qs + c->summary.left(20));
            QVERIFY2(at >= 0, qPrintable(c->ticket));
            const qsizetype block = text.indexOf(u"Deployment runbook"_qs, at);
            QVERIFY2(block > at, qPrintable(c->ticket));
            const QString section = text.mid(block, 4000);
            auto book = RunbookRepository(*db).forRelease(c->releaseId);
            QVERIFY(book);
            if (!book->has_value()) {
                QVERIFY2(section.contains(u"No runbook"_qs), qPrintable(c->ticket));
                continue;
            }
            QVERIFY2(section.contains(displayName(book->value().pattern)), qPrintable(c->ticket));
            if (!book->value().isReady()) // the demo's drafts each have a blocking finding
                QVERIFY2(section.contains(u"✗ Not ready: "_qs), qPrintable(c->ticket));
            auto run = RunbookRunRepository(*db).latest(book->value().id);
            QVERIFY(run);
            if (!run->has_value()) {
                QVERIFY2(section.contains(u"Not run yet."_qs), qPrintable(c->ticket));
                continue;
            }
            ++withRun;
            QVERIFY2(section.contains(displayName(run->value().outcome)), qPrintable(c->ticket));
            for (const CheckpointDecision& d : run->value().decisions) {
                QVERIFY2(section.contains(d.reason), qPrintable(d.reason));
                QVERIFY2(section.contains(displayName(d.decision) + u" at "_qs + d.stepKey),
                         qPrintable(d.stepKey));
                ++decisions;
            }
            for (const TriggerFiring& t : run->value().firings) {
                QVERIFY2(section.contains(t.message), qPrintable(t.message));
                ++firings;
            }
        }
        // The demo's meeting has the release being deployed (a go, a failed step and its
        // trigger) and one deployed by its run.
        QVERIFY(withRun >= 2);
        QVERIFY(decisions >= 3);
        QVERIFY(firings >= 1);
    }

    void longTextFlowsOnToTheNextPages() {
        // A rollback plan several pages long goes on, marked "continued", to its last word;
        // a string with no break point wraps wherever it must instead of being cut.
        QString plan;
        for (int i = 0; plan.size() < 10800; ++i)
            plan += u"Step %1: restore the previous build and confirm the health check. "_qs.arg(i);
        plan += u"LASTWORDOFTHEPLAN"_qs;
        const QString unbroken = QString(10000, u'Z');
        const QString file = demoWithFirstChange(u"long.slipway"_qs, [&](ChangeRequest& c) {
            c.rollbackPlan = plan;
            c.implementationPlan = unbroken;
        });
        QVERIFY(!file.isEmpty());
        const QString text = meeting3Report(file, u"long.pdf"_qs);
        QVERIFY(text.contains(u"LASTWORDOFTHEPLAN"_qs));
        QVERIFY(text.contains(u"Rollback plan (continued)"_qs));
        QVERIFY(text.contains(u"Step 150: restore the previous build"_qs));
        QVERIFY2(text.count(u'Z') >= 10000, qPrintable(QString::number(text.count(u'Z'))));
    }

    void incidentFreezesShowInTheWeekPictureAndTheConflicts() {
        // One freeze over a change's window, another elsewhere in that week: both are drawn in
        // the week's picture, the first is also one of the change's conflicts.
        const QString file = m_dir.filePath(u"freezes.slipway"_qs);
        QVERIFY(QFile::copy(m_db, file));
        QString ticket;
        {
            auto db = openDatabase(file);
            QVERIFY(db);
            auto pack = CabPack::load(*db, 3, 1'790'000'000);
            QVERIFY(pack);
            const CabPackItem* chosen = nullptr;
            for (const CabPackItem& i : pack->items)
                if (!chosen && i.change && i.change->type == ChangeType::Normal &&
                    i.windowStart > 0 && i.windowEnd - i.windowStart < 86400 &&
                    i.weekFreezes.isEmpty())
                    chosen = &i;
            QVERIFY(chosen);
            ticket = chosen->ticket();
            FreezePeriod over;
            over.name = u"Storage outage"_qs;
            over.incidentRef = u"INC0077001"_qs;
            over.startUtc = chosen->windowStart - 3600;
            over.endUtc = chosen->windowEnd + 3600;
            QVERIFY(FreezeRepository(*db).insert(over, u"tester"_qs, 1'790'000'000));
            // Two days of the week clear of the window.
            FreezePeriod beside;
            beside.name = u"Calm"_qs;
            beside.incidentRef = u"INC0088002"_qs;
            for (int day = 0; day <= 5 && beside.startUtc == 0; ++day) {
                const qint64 from = chosen->weekStart + day * 86400;
                if (from + 2 * 86400 <= chosen->windowStart - 3600 || from >= over.endUtc) {
                    beside.startUtc = from;
                    beside.endUtc = from + 2 * 86400;
                }
            }
            QVERIFY(beside.startUtc > 0);
            QVERIFY(FreezeRepository(*db).insert(beside, u"tester"_qs, 1'790'000'000));
        }
        const QString text = meeting3Report(file, u"freezes.pdf"_qs);
        const QString section =
            text.mid(text.indexOf(ticket + u" — "_qs, text.indexOf(u"The changes"_qs)));
        QVERIFY2(section.contains(u"falls in the incident freeze \"INC0077001 Storage outage\""_qs),
                 qPrintable(section.left(3000)));
        QVERIFY(section.contains(u"Freeze: INC0077001 Storage outage"_qs));
        QVERIFY(section.contains(u"Freeze: INC0088002 Calm"_qs));
        QVERIFY(section.contains(u"grey, hatched: incident freeze"_qs));
    }

    void csvColumnsAndRowCounts() {
        auto db = openDatabase(m_db, true);
        QVERIFY(db);
        for (const auto& [table, kind] :
             {std::pair{u"cab-agenda"_qs, CabCsvExporter::Table::Agenda},
              std::pair{u"decisions"_qs, CabCsvExporter::Table::Decisions}}) {
            for (const QString& meeting : {u"2"_qs, u"3"_qs}) {
                const QString out = m_dir.filePath(table + meeting + u".csv"_qs);
                const Run run =
                    runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--table"_qs, table,
                                u"--meeting"_qs, meeting, u"--out"_qs, out});
                QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
                const QStringList lines = csvLines(out);
                QVERIFY(!lines.isEmpty());
                QCOMPARE(lines.first(), CabCsvExporter::header(kind).join(u','));
                const qint64 expected =
                    kind == CabCsvExporter::Table::Agenda
                        ? CabMeetingRepository(*db).agenda(meeting.toLongLong())->size()
                        : CabDecisionRepository(*db).forMeeting(meeting.toLongLong())->size();
                QCOMPARE(lines.size() - 1, expected);
                QVERIFY2(run.outText().contains(QString::number(expected)),
                         qPrintable(run.outText()));
            }
        }
    }

    void badInputSaysOneLine_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no meeting")
            << QStringList{u"report"_qs, u"cab"_qs, u"--out"_qs, u"x.pdf"_qs} << u"--meeting"_qs;
        QTest::newRow("unknown meeting") << QStringList{u"report"_qs, u"cab"_qs,   u"--meeting"_qs,
                                                        u"99"_qs,     u"--out"_qs, u"x.pdf"_qs}
                                         << u"no CAB meeting 99"_qs;
        QTest::newRow("not a date") << QStringList{u"report"_qs, u"cab"_qs,   u"--meeting"_qs,
                                                   u"soon"_qs,   u"--out"_qs, u"x.pdf"_qs}
                                    << u"'soon'"_qs;
        QTest::newRow("paper") << QStringList{u"report"_qs, u"cab"_qs,   u"--meeting"_qs, u"3"_qs,
                                              u"--out"_qs,  u"x.pdf"_qs, u"--page"_qs,    u"a3"_qs}
                               << u"a3"_qs;
        QTest::newRow("report kind") << QStringList{u"report"_qs, u"gates"_qs, u"--meeting"_qs,
                                                    u"3"_qs,      u"--out"_qs, u"x.pdf"_qs}
                                     << u"unknown report"_qs;
        QTest::newRow("csv without meeting")
            << QStringList{u"export"_qs,    u"csv"_qs,   u"--table"_qs,
                           u"decisions"_qs, u"--out"_qs, u"x.csv"_qs}
            << u"--meeting"_qs;
    }
    void badInputSaysOneLine() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString out = m_dir.filePath(args.contains(u"x.pdf"_qs) ? u"x.pdf"_qs : u"x.csv"_qs);
        for (QString& a : args)
            if (a == u"x.pdf"_qs || a == u"x.csv"_qs)
                a = out;
        args << u"--db"_qs << m_db;
        const Run run = runSlipway(args);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText().count(u'\n'), 0);
        QVERIFY2(run.errText().contains(says), qPrintable(run.errText()));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(tst_CabReport)
#include "tst_CabReport.moc"
