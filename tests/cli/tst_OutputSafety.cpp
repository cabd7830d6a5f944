// SPDX-License-Identifier: GPL-3.0-or-later
// Files Slipway writes are complete or absent, through the real binary: a write that runs
// into a file-size limit (RLIMIT_FSIZE, as a full disk would) fails with exit 2 and one line
// and leaves no file; a message is archived only when its file was written; a distribution
// list member whose address cannot be sent to is refused, not silently left out of the .eml;
// bidirectional overrides in a subject are shown, not obeyed.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace slipway::test;

namespace {

// Runs slipway with writes limited to `limitBytes` per file; SIGXFSZ is ignored so a write
// past the limit fails (EFBIG) as one past a full disk does (ENOSPC).
Run runLimited(const QStringList& args, rlim_t limitBytes) {
    QProcess p;
    p.setChildProcessModifier([limitBytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{limitBytes, limitBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    p.start(slipwayBinary(), args);
    Run run;
    if (!p.waitForFinished(120000))
        return run;
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class tst_OutputSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_release;

    qint64 count(const QString& sql) const {
        const QVariant v = queryValue(m_db, sql);
        return v.isValid() ? v.toLongLong() : -1;
    }
    // The arguments that render the release notice for the Operations list as `format` to `out`.
    QStringList noticeToOperations(const QString& format, const QString& out) const {
        return {u"render"_qs,
                u"--db"_qs,
                m_db,
                u"--release"_qs,
                m_release,
                u"--template"_qs,
                u"release-notice"_qs,
                u"--format"_qs,
                format,
                u"--out"_qs,
                out,
                u"--list"_qs,
                u"Operations"_qs};
    }
    void exec(const QString& sql) { QVERIFY2(execSql(m_db, sql), qPrintable(sql)); }
    void expectRefusedAndAbsent(const Run& run, const QString& dir, const QString& what) {
        QVERIFY2(run.exitCode == 2,
                 qPrintable(what + u" exited "_qs + QString::number(run.exitCode) + u": "_qs +
                            run.outText()));
        QVERIFY2(!run.errText().isEmpty() && !run.errText().contains(u'\n'),
                 qPrintable(what + u": "_qs + run.errText()));
        QVERIFY2(!run.outText().contains(u"Wrote"_qs), qPrintable(what + u": "_qs + run.outText()));
        QVERIFY2(filesIn(dir).isEmpty(),
                 qPrintable(what + u" left "_qs + filesIn(dir).join(u", "_qs)));
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = makeDemo(m_dir, u"out.slipway"_qs);
        QVERIFY(!m_db.isEmpty());
        m_release = QString::number(count(u"SELECT release_id FROM known_issues LIMIT 1"_qs));
        QVERIFY(m_release.toLongLong() > 0);
    }

    void exportsStopAtAFullDisk_data() {
        QTest::addColumn<QString>("table");
        for (const QString& table : {u"scope"_qs, u"releases"_qs, u"assumptions"_qs, u"ics"_qs})
            QTest::addRow("%s", qPrintable(table)) << table;
    }
    void exportsStopAtAFullDisk() {
        QFETCH(QString, table);
        QTemporaryDir out;
        const bool ics = table == u"ics"_qs;
        const QString target = out.filePath(ics ? u"plan.ics"_qs : u"table.csv"_qs);
        const QStringList args =
            ics ? QStringList{u"export"_qs, u"ics"_qs, u"--db"_qs, m_db, u"--out"_qs, target}
                : QStringList{u"export"_qs,  u"csv"_qs, u"--db"_qs,  m_db,
                              u"--table"_qs, table,     u"--out"_qs, target};
        // The whole export, unlimited, is larger than the limit below.
        const Run whole = runSlipway(args);
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.errText()));
        QVERIFY(QFileInfo(target).size() > 4096);
        QFile::remove(target);
        const QByteArray before = fileBytes(m_db);
        expectRefusedAndAbsent(runLimited(args, 4000), out.path(), table);
        QCOMPARE(fileBytes(m_db), before);
    }

    void renderingStopsAtAFullDisk_data() {
        QTest::addColumn<QString>("format");
        for (const QString& format : {u"md"_qs, u"eml"_qs, u"pdf"_qs})
            QTest::addRow("%s", qPrintable(format)) << format;
    }
    void renderingStopsAtAFullDisk() {
        QFETCH(QString, format);
        QTemporaryDir out;
        expectRefusedAndAbsent(
            runLimited(noticeToOperations(format, out.filePath(u"notice."_qs + format)), 200),
            out.path(), format);
    }

    // Nothing is archived unless its file was written (here: the target is a folder).
    void issuingArchivesOnlyWhatWasWritten() {
        QTemporaryDir out;
        const QString target = out.filePath(u"notice.eml"_qs);
        QVERIFY(QDir().mkpath(target + u"/inside"_qs));
        const qint64 before = count(u"SELECT count(*) FROM communications"_qs);
        const qint64 audit = count(u"SELECT count(*) FROM audit_log"_qs);
        const Run run = runSlipway(noticeToOperations(u"eml"_qs, target) << u"--issue"_qs);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"notice.eml"_qs), run.err.constData());
        QVERIFY2(!run.outText().contains(u"Issued"_qs), run.out.constData());
        QCOMPARE(count(u"SELECT count(*) FROM communications"_qs), before);
        QCOMPARE(count(u"SELECT count(*) FROM audit_log"_qs), audit);
    }

    // Another tool wrote members whose addresses no mail program sends to.
    void unsendableAddressesAreRefused_data() {
        QTest::addColumn<QString>("address");
        QTest::newRow("not an address") << u"not-an-address"_qs;
        QTest::newRow("header injection") << u"ops@example.com\r\nBcc: spy@example.net"_qs;
    }
    void unsendableAddressesAreRefused() {
        QFETCH(QString, address);
        QString escaped = address;
        escaped.replace(u"'"_qs, u"''"_qs);
        exec(u"INSERT INTO distribution_members (list_id, position, name, address) SELECT l.id, "
             "(SELECT max(position) + 1 FROM distribution_members m WHERE m.list_id = l.id), "
             "'Odd one', '%1' FROM distribution_lists l WHERE l.name = 'Operations'"_qs.arg(
                 escaped));
        const qint64 before = count(u"SELECT count(*) FROM communications"_qs);
        QTemporaryDir out;
        for (const bool issue : {false, true}) {
            QStringList args = noticeToOperations(u"eml"_qs, out.filePath(u"n.eml"_qs));
            if (issue)
                args << u"--issue"_qs;
            const Run run = runSlipway(args);
            QVERIFY2(run.exitCode == 2, run.out.constData());
            QVERIFY2(run.errText().contains(u"not an e-mail address"_qs), run.err.constData());
            QVERIFY2(!run.errText().contains(u'\n'), run.err.constData());
            QVERIFY(filesIn(out.path()).isEmpty());
        }
        QCOMPARE(count(u"SELECT count(*) FROM communications"_qs), before);
        exec(u"DELETE FROM distribution_members WHERE name = 'Odd one'"_qs);
    }

    void bidiOverridesInASubjectAreShown() {
        exec(u"UPDATE releases SET name = 'Payroll ' || char(8238) || 'fdp.exe' WHERE id = %1"_qs
                 .arg(m_release));
        QTemporaryDir out;
        const QString eml = out.filePath(u"n.eml"_qs);
        const Run run = runSlipway({u"render"_qs, u"--db"_qs, m_db, u"--release"_qs, m_release,
                                    u"--template"_qs, u"release-notice"_qs, u"--format"_qs,
                                    u"md"_qs, u"--out"_qs, eml});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Markdown escapes the brackets: compare the text as a reader sees it.
        const QString text = QString::fromUtf8(fileBytes(eml)).remove(u'\\');
        QVERIFY2(!text.contains(QChar(0x202e)), qPrintable(text.left(300)));
        QVERIFY2(text.contains(u"Payroll [U+202E]fdp.exe"_qs), qPrintable(text.left(300)));
    }
};

QTEST_GUILESS_MAIN(tst_OutputSafety)
#include "tst_OutputSafety.moc"
