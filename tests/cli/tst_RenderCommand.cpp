// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway render`, `export csv --table communications|acknowledgements` and `import csv
// --kind acknowledgements` through the real binary: every format of every default
// template, bad input refused with one line and nothing written, issuing into the archive,
// acknowledgements imported all or nothing, the archive CSV listing recipients.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "storage/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_RenderCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_release;

    QString file(const QString& name) const { return m_dir.filePath(name); }
    qint64 count(const QString& sql) {
        auto db = openDatabase(m_db, true);
        QSqlQuery q(db->connection());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        m_db = file(u"render.slipway"_qs);
        const Run demo = runSlipway({u"demo"_qs, u"--db"_qs, m_db});
        QCOMPARE(demo.exitCode, 0);
        auto db = openDatabase(m_db, true);
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"SELECT release_id FROM known_issues LIMIT 1"_qs) && q.next());
        m_release = q.value(0).toString();
    }

    void everyTemplateRendersInEveryFormat() {
        const QByteArray before = fileBytes(m_db);
        for (const QString& t : {u"release-notice"_qs, u"executive-summary"_qs, u"delay-notice"_qs,
                                 u"user-notice"_qs, u"cab-invitation"_qs}) {
            for (const QString& format : {u"pdf"_qs, u"eml"_qs, u"md"_qs}) {
                const QString out = file(t + u'.' + format);
                const Run run = runSlipway({u"render"_qs, u"--db"_qs, m_db, u"--release"_qs,
                                            m_release, u"--template"_qs, t, u"--format"_qs, format,
                                            u"--out"_qs, out, u"--list"_qs, u"Operations"_qs});
                QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
                QVERIFY(QFileInfo(out).size() > 200);
            }
        }
        QVERIFY(fileBytes(file(u"release-notice.pdf"_qs)).startsWith("%PDF-"));
        const QByteArray eml = fileBytes(file(u"delay-notice.eml"_qs));
        QVERIFY(eml.contains("\r\nX-Unsent: 1\r\n"));
        QVERIFY(eml.contains("To: \"Operations desk\" <ops@example.com>"));
        QVERIFY(fileBytes(file(u"user-notice.md"_qs)).startsWith("# What is new"));
        // Rendering alone never writes to the file.
        QCOMPARE(fileBytes(m_db), before);
    }

    void badInputIsOneLineAndWritesNothing() {
        const QString out = file(u"never.pdf"_qs);
        const QStringList base{u"render"_qs, u"--db"_qs,  m_db, u"--release"_qs,
                               m_release,    u"--out"_qs, out};
        Run run =
            runSlipway(base + QStringList{u"--template"_qs, u"nope"_qs, u"--format"_qs, u"pdf"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(
            run.errText().contains(u"there is no template 'nope'; available: cab-invitation"_qs));
        QCOMPARE(run.errText().count(u'\n'), 0);
        run = runSlipway(
            base + QStringList{u"--template"_qs, u"user-notice"_qs, u"--format"_qs, u"docx"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"unknown --format 'docx'"_qs));
        run = runSlipway({u"render"_qs, u"--db"_qs, m_db, u"--release"_qs, u"99999"_qs,
                          u"--template"_qs, u"user-notice"_qs, u"--format"_qs, u"md"_qs,
                          u"--out"_qs, out});
        QCOMPARE(run.exitCode, 2);
        run = runSlipway(base + QStringList{u"--template"_qs, u"user-notice"_qs, u"--format"_qs,
                                            u"md"_qs, u"--issue"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--issue needs --list"_qs));
        QVERIFY(!QFile::exists(out));
    }

    void issuingArchivesTheMessage() {
        const qint64 before = count(u"SELECT count(*) FROM communications"_qs);
        const Run run =
            runSlipway({u"render"_qs, u"--db"_qs, m_db, u"--release"_qs, m_release,
                        u"--template"_qs, u"delay-notice"_qs, u"--format"_qs, u"eml"_qs,
                        u"--out"_qs, file(u"issued.eml"_qs), u"--list"_qs, u"Executives"_qs,
                        u"--reason"_qs, u"The <b>database</b> rehearsal failed"_qs, u"--issue"_qs});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(run.outText().contains(u"Issued message"_qs));
        QCOMPARE(count(u"SELECT count(*) FROM communications"_qs), before + 1);
        QCOMPARE(count(u"SELECT count(*) FROM communication_recipients WHERE communication_id = "
                       "(SELECT max(id) FROM communications)"_qs),
                 2);
        QCOMPARE(count(u"SELECT count(*) FROM communications WHERE body LIKE "
                       "'%&lt;b&gt;database&lt;/b&gt; rehearsal failed%'"_qs),
                 1);
        QCOMPARE(runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, m_db}).exitCode, 0);
    }

    void acknowledgementsImportAllOrNothing() {
        const qint64 id = count(u"SELECT max(id) FROM communications"_qs);
        const qint64 before = count(u"SELECT count(*) FROM acknowledgements"_qs);
        const QString bad = file(u"acks-bad.csv"_qs);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("communication_id,address,acknowledged_at\r\n"
                                   "%1,helen.carter@example.com,2030-01-01T10:00Z\r\n"
                                   "%1,stranger@example.com,2030-01-01T10:00Z\r\n")
                        .arg(id)
                        .toUtf8());
        }
        Run run = runSlipway(
            {u"import"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--kind"_qs, u"acknowledgements"_qs, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().startsWith(u"acks-bad.csv:3: \"stranger@example.com\" is not a "
                                          "recipient of message"_qs),
                 qPrintable(run.errText()));
        QCOMPARE(count(u"SELECT count(*) FROM acknowledgements"_qs), before);

        const QString good = file(u"acks.csv"_qs);
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("communication_id,address,acknowledged_at,note\n"
                                   "%1,helen.carter@example.com,2030-01-01T10:00Z,by phone\n"
                                   "%1,rafael.souza@example.com,2030-01-02T08:00+01:00,\n")
                        .arg(id)
                        .toUtf8());
        }
        run = runSlipway({u"import"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--kind"_qs,
                          u"acknowledgements"_qs, good});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QCOMPARE(count(u"SELECT count(*) FROM acknowledgements"_qs), before + 2);

        // The auditors' CSVs.
        const QString messages = file(u"communications.csv"_qs);
        run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--table"_qs,
                          u"communications"_qs, u"--out"_qs, messages});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        auto table = CsvReader::read(messages);
        QVERIFY(table);
        QCOMPARE(table->header().first(), u"id"_qs);
        QCOMPARE(table->rowCount(), count(u"SELECT count(*) FROM communications"_qs));
        const qsizetype last = table->rowCount() - 1;
        QCOMPARE(table->text(last, 11), u"helen.carter@example.com; rafael.souza@example.com"_qs);
        QCOMPARE(table->text(last, 12), u"2/2"_qs);

        const QString acks = file(u"acknowledgements.csv"_qs);
        run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_db, u"--table"_qs,
                          u"acknowledgements"_qs, u"--out"_qs, acks});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        table = CsvReader::read(acks);
        QCOMPARE(table->rowCount(), count(u"SELECT count(*) FROM communication_recipients"_qs));
        QCOMPARE(table->text(table->rowCount() - 1, 6), u"2030-01-02T07:00:00Z"_qs);
        QCOMPARE(table->text(table->rowCount() - 2, 9), u"by phone"_qs);
    }

    void helpNamesTheCommands() {
        const Run run = runSlipway({u"--help"_qs});
        QVERIFY(run.outText().contains(
            u"slipway render --db FILE|URL --release ID --template NAME"_qs));
        QVERIFY(run.outText().contains(u"communications|acknowledgements"_qs));
        QVERIFY(run.outText().contains(u"--kind acknowledgements"_qs));
    }

    void screenshotOfTheCommsView() {
        const QString png = file(u"comms.png"_qs);
        const Run run = runSlipway(
            {u"screenshot"_qs, u"--db"_qs, m_db, u"--view"_qs, u"comms"_qs, u"--out"_qs, png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
        QVERIFY(QImage(png).width() == 1280);
    }
};

QTEST_GUILESS_MAIN(tst_RenderCommand)
#include "tst_RenderCommand.moc"
