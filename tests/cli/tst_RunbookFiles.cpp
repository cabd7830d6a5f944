// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway runbook export|import` through the real binary on a demo file: CSV and Markdown
// exports read back as the steps imported, an import of the export changes nothing, the PDF's
// text (pdftotext) holds the release, the plan, hostile text as written and, for a runbook that
// has been run, what happened; a bad file is refused with one line naming its line, exit 2,
// and the runbook, the audit log and the file's other releases stay as they were.
#include "TestSupport.h"
#include "io/RunbookCsv.h"
#include "io/RunbookMarkdown.h"

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
        helperFailed(u"pdftotext failed on "_qs + pdf);
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString pdfInfo(const QString& pdf) {
    QProcess p;
    p.start(u"pdfinfo"_qs, {pdf});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString data(const QString& name) {
    return testDataPath(u"runbooks/"_qs + name);
}

QList<RunbookStep> stepsOf(const QString& path) {
    const auto read =
        path.endsWith(u".md"_qs) ? RunbookMarkdown::read(path) : RunbookCsv::read(path);
    if (!read) {
        helperFailed(read.error().message);
        return {};
    }
    return read.value();
}

// Steps as a file holds them: ids are the file's own business.
QList<RunbookStep> withoutIds(QList<RunbookStep> steps) {
    for (RunbookStep& s : steps)
        s.id = 0;
    return steps;
}

} // namespace

class tst_RunbookFiles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;
    int m_file = 0;

    QString out(const QString& ext) {
        return m_dir.filePath(QStringLiteral("out-%1.%2").arg(++m_file).arg(ext));
    }
    // The release's steps as `runbook export --format csv` gives them, as bytes.
    QByteArray exported(const QString& release) {
        const QString path = out(u"csv"_qs);
        const Run r = runSlipway({u"runbook"_qs, u"export"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                  release, u"--format"_qs, u"csv"_qs, u"--out"_qs, path});
        if (r.exitCode != 0) {
            helperFailed(u"export failed: "_qs + r.errText());
            return {};
        }
        return fileBytes(path);
    }
    QString releaseWithoutRunbook() {
        return queryValue(m_db, u"SELECT id FROM releases WHERE id NOT IN (SELECT release_id "
                                "FROM runbooks) ORDER BY id LIMIT 1"_qs)
            .toString();
    }
    Run import(const QString& release, const QString& file) {
        return runSlipway(
            {u"runbook"_qs, u"import"_qs, u"--db"_qs, m_db, u"--release"_qs, release, file});
    }

private Q_SLOTS:
    void initTestCase() {
        if (QStandardPaths::findExecutable(u"pdftotext"_qs).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_db = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_db.isEmpty());
    }

    // Import into a release without a runbook creates one; its exports give the steps back;
    // importing the exports changes nothing.
    void importThenExport() {
        const QString release = releaseWithoutRunbook();
        QVERIFY2(!release.isEmpty(), "every release of the demo has a runbook");
        const Run created = import(release, data(u"good_blue_green.csv"_qs));
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.outText().contains(u"Created a custom runbook"_qs),
                 qPrintable(created.outText()));
        QCOMPARE(queryValue(m_db, u"SELECT pattern FROM runbooks WHERE release_id = "_qs + release)
                     .toString(),
                 u"custom"_qs);
        const QList<RunbookStep> want = stepsOf(data(u"good_blue_green.csv"_qs));
        QCOMPARE(want.size(), 9);

        const QByteArray csv = exported(release);
        QVERIFY(csv.startsWith("key,title,kind,direction,rollback_of,owner,"));
        const QString csvPath = writeFile(m_dir, u"exported.csv"_qs, csv);
        QCOMPARE(withoutIds(stepsOf(csvPath)), want);

        const QString md = out(u"md"_qs);
        const Run wroteMd = runSlipway({u"runbook"_qs, u"export"_qs, u"--db"_qs, m_db,
                                        u"--release"_qs, release, u"--out"_qs, md});
        QCOMPARE(wroteMd.exitCode, 0); // the format from the extension
        const QString mdText = QString::fromUtf8(fileBytes(md));
        QVERIFY(mdText.startsWith(u"# Runbook: "_qs));
        QVERIFY(mdText.contains(u"## Steps"_qs));
        QCOMPARE(withoutIds(stepsOf(md)), want);

        // The Markdown back in: the same steps, so the same CSV.
        const Run again = import(release, md);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.outText().contains(u"Replaced the steps"_qs), qPrintable(again.outText()));
        QCOMPARE(exported(release), csv);
    }

    // A ready runbook imported over goes back to draft, and says so; one being run is refused
    // (exit 1) and stays as it was.
    void importOverReadyAndRunning() {
        const QString ready = queryValue(m_db, u"SELECT release_id FROM runbooks b WHERE state = "
                                               "'ready' AND NOT EXISTS (SELECT 1 FROM "
                                               "runbook_runs u WHERE u.runbook_id = b.id) ORDER "
                                               "BY id LIMIT 1"_qs)
                                  .toString();
        QVERIFY2(!ready.isEmpty(), "the demo has no ready runbook that was never run");
        const QByteArray steps = exported(ready);
        const QString file = writeFile(m_dir, u"ready.csv"_qs, steps);
        const Run r = import(ready, file);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"It was ready and is a draft again."_qs),
                 qPrintable(r.outText()));
        QCOMPARE(queryValue(m_db, u"SELECT state FROM runbooks WHERE release_id = "_qs + ready)
                     .toString(),
                 u"draft"_qs);
        QCOMPARE(exported(ready), steps);

        const QString running =
            queryValue(m_db, u"SELECT b.release_id FROM runbooks b JOIN runbook_runs u ON "
                             "u.runbook_id = b.id WHERE u.outcome = 'running' ORDER BY u.id "
                             "LIMIT 1"_qs)
                .toString();
        QVERIFY2(!running.isEmpty(), "the demo has no runbook being run");
        const QByteArray before = exported(running);
        const int entries = auditEntries(m_db);
        const Run refused = import(running, data(u"good_reordered.csv"_qs));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.errText().contains(u"being run"_qs), qPrintable(refused.errText()));
        QCOMPARE(exported(running), before);
        QCOMPARE(auditEntries(m_db), entries);
    }

    void badFilesChangeNothing_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("csv duration")
            << u"bad_duration.csv"_qs
            << u"bad_duration.csv:7: duration_min 'abc' is not a whole number of minutes"_qs;
        QTest::newRow("csv cycle") << u"bad_cycle.csv"_qs
                                   << u"bad_cycle.csv:3: the dependencies form a cycle: S2 → S5 "
                                      "→ S4 → S2"_qs;
        QTest::newRow("csv unknown column")
            << u"bad_unknown_column.csv"_qs
            << u"bad_unknown_column.csv:1: unknown column 'owner_email'"_qs;
        QTest::newRow("csv ragged") << u"bad_ragged.csv"_qs << u"bad_ragged.csv:5: 17 cells"_qs;
        QTest::newRow("md pipe") << u"bad_cells.md"_qs
                                 << u"bad_cells.md:22: 9 cells where the header has 8"_qs;
        QTest::newRow("md dependency")
            << u"bad_dependency.md"_qs
            << u"bad_dependency.md:24: step C4 depends on 'C9', which is no step"_qs;
    }

    void badFilesChangeNothing() {
        QFETCH(QString, file);
        QFETCH(QString, says);
        // A release with a runbook, and one without.
        const QString withBook =
            queryValue(m_db, u"SELECT release_id FROM runbooks ORDER BY id LIMIT 1"_qs).toString();
        QVERIFY2(!withBook.isEmpty(), "no runbook in the file");
        const QString without = releaseWithoutRunbook();
        QVERIFY(!without.isEmpty());
        const QByteArray before = exported(withBook);
        QVERIFY(!before.isEmpty());
        const int entries = auditEntries(m_db);
        const QVariant runbooks = queryValue(m_db, u"SELECT count(*) FROM runbooks"_qs);

        for (const QString& release : {withBook, without}) {
            const Run r = import(release, data(file));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
            QVERIFY2(!r.errText().contains(u'\n'), qPrintable(r.errText()));
            QVERIFY(r.out.isEmpty());
        }
        QCOMPARE(exported(withBook), before);
        QCOMPARE(auditEntries(m_db), entries);
        QCOMPARE(queryValue(m_db, u"SELECT count(*) FROM runbooks"_qs), runbooks);
    }

    // Hostile text reaches the PDF as written, never as markup; the plan is on it.
    void pdfShowsThePlan() {
        QList<RunbookStep> steps = stepsOf(data(u"good_blue_green.csv"_qs));
        QVERIFY(!steps.isEmpty());
        steps[0].title = u"Announce <b>bold</b> & <i>x</i> — مرحبا بالعالم"_qs;
        steps[1].owner = u"<script>alert(1)</script>"_qs;
        const QString csv = m_dir.filePath(u"hostile.csv"_qs);
        QVERIFY(RunbookCsv::write(steps, csv));
        const QString release = releaseWithoutRunbook();
        QVERIFY(!release.isEmpty());
        QCOMPARE(import(release, csv).exitCode, 0);

        const QString pdf = out(u"pdf"_qs);
        const Run r = runSlipway({u"runbook"_qs, u"export"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                  release, u"--format"_qs, u"pdf"_qs, u"--out"_qs, pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.outText().contains(u"page(s)"_qs), qPrintable(r.outText()));
        QVERIFY(fileBytes(pdf).startsWith("%PDF-"));
        QVERIFY2(pdfInfo(pdf).contains(u"842 x 595"_qs), qPrintable(pdfInfo(pdf))); // A4 landscape
        const QString text = pdfText(pdf);
        const QString label =
            queryValue(m_db, u"SELECT name FROM releases WHERE id = "_qs + release).toString();
        QVERIFY(!label.isEmpty());
        for (const QString& expected :
             {u"DEPLOYMENT RUNBOOK"_qs, label, u"Pattern: Custom"_qs, u"Forward steps"_qs,
              u"Rollback steps"_qs, u"Script references"_qs, u"DNS and load-balancer cutovers"_qs,
              u"api.payments.example.com"_qs, u"Migration rehearsals"_qs, u"Rollback triggers"_qs,
              u"Announce <b>bold</b> & <i>x</i>"_qs, u"CRITICAL"_qs,
              u"Critical path: S1 → S2 → S4 → S5 → S6 → S7"_qs, u"Tear down green"_qs,
              u"Page 1 of"_qs, u"scripts/deploy-green.sh"_qs, u"3600 s → 60 s"_qs})
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_qs + expected));
        // The owner's column is narrow: the markup wraps, but it is there as written.
        QString joined = text;
        joined.remove(u' ');
        QVERIFY2(joined.contains(u"<script>alert(1)</script>"_qs), qPrintable(text.left(2000)));
        QVERIFY(text.contains(u"مرحبا"_qs) || text.contains(u"ابحرم"_qs));
    }

    // A runbook that has been run: the report says what happened.
    void pdfOfARun() {
        const QString run =
            queryValue(m_db, u"SELECT run_id FROM runbook_trigger_firings ORDER BY id LIMIT 1"_qs)
                .toString();
        QVERIFY2(!run.isEmpty(), "the demo has no run with a trigger that fired");
        const QString release =
            queryValue(m_db, u"SELECT b.release_id FROM runbook_runs u JOIN runbooks b ON b.id = "
                             "u.runbook_id WHERE u.id = "_qs +
                                 run)
                .toString();
        const QString pdf = out(u"pdf"_qs);
        const Run r = runSlipway({u"runbook"_qs, u"export"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                  release, u"--format"_qs, u"pdf"_qs, u"--out"_qs, pdf});
        QCOMPARE(r.exitCode, 0);
        const QString text = pdfText(pdf);
        // Only the latest run is reported: this one, unless the runbook was run again since.
        const QString latest =
            queryValue(m_db, u"SELECT max(u.id) FROM runbook_runs u JOIN runbooks b ON b.id = "
                             "u.runbook_id WHERE b.release_id = "_qs +
                                 release)
                .toString();
        QVERIFY2(r.outText().contains(u"and the latest run"_qs), qPrintable(r.outText()));
        for (const QString& expected : {u"What happened"_qs, u"Run started by"_qs,
                                        u"Triggers that fired"_qs, u"Go/no-go decisions"_qs})
            QVERIFY2(text.contains(expected), qPrintable(u"missing: "_qs + expected));
        if (latest == run) {
            const QString firing =
                queryValue(m_db, u"SELECT trigger_name FROM runbook_trigger_firings WHERE run_id "
                                 "= "_qs +
                                     run + u" ORDER BY id LIMIT 1"_qs)
                    .toString();
            QVERIFY2(text.contains(firing), qPrintable(u"missing the firing "_qs + firing));
        }
    }

    void usage_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no out") << QStringList{u"export"_qs, u"--format"_qs, u"csv"_qs}
                                << u"--out FILE is required"_qs;
        QTest::newRow("bad format")
            << QStringList{u"export"_qs, u"--format"_qs, u"xls"_qs, u"--out"_qs, u"x.xls"_qs}
            << u"--format takes csv, md or pdf, not 'xls'"_qs;
        QTest::newRow("no file") << QStringList{u"import"_qs} << u"say which file to import"_qs;
        QTest::newRow("pdf import")
            << QStringList{u"import"_qs, u"x.pdf"_qs} << u"import reads csv or md files"_qs;
        QTest::newRow("missing file")
            << QStringList{u"import"_qs, u"/nonexistent/steps.csv"_qs} << u"does not exist"_qs;
    }

    void usage() {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const Run r = runSlipway(QStringList{u"runbook"_qs} + args +
                                 QStringList{u"--db"_qs, m_db, u"--release"_qs, u"1"_qs});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(says), qPrintable(r.errText()));
        QVERIFY(!r.errText().contains(u'\n'));
    }
};

QTEST_GUILESS_MAIN(tst_RunbookFiles)
#include "tst_RunbookFiles.moc"
