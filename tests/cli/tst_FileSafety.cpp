// SPDX-License-Identifier: GPL-3.0-or-later
// How commands treat the file they open, through the real binary: newest pages in the -wal
// file are not "truncation"; commands that only read change nothing and leave no -wal or
// -shm behind; an empty file is not a Slipway file; other programs wait while a big import
// writes instead of failing at once; a file without write permission is named.
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace slipway::test;

namespace {

QStringList besides(const QString& path) {
    QStringList found;
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        if (QFile::exists(path + QLatin1String(suffix)))
            found << QLatin1String(suffix);
    }
    return found;
}

void putBigEndian(QByteArray& bytes, int at, quint32 value) {
    bytes[at] = char(value >> 24);
    bytes[at + 1] = char(value >> 16);
    bytes[at + 2] = char(value >> 8);
    bytes[at + 3] = char(value);
}

quint32 bigEndian(const QByteArray& bytes, int at) {
    const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + at);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

// A scope CSV of `rows` Jira-style rows.
QByteArray scopeCsv(int rows, const QString& prefix) {
    QByteArray csv = "Issue key,Summary,Issue Type,Priority,Status\r\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("%1-%2,Item %2 of the bulk import,Story,Medium,To Do\r\n")
                   .arg(prefix)
                   .arg(i)
                   .toUtf8();
    return csv;
}

} // namespace

class tst_FileSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    QString freshDemo(const QString& name) { return copyFile(m_demo, m_dir, name); }
    static QString firstReleaseVersion(const QString& db) {
        return queryValue(db, u"SELECT version FROM releases GROUP BY version HAVING count(*) = 1 "
                              "LIMIT 1"_qs)
            .toString();
    }

private Q_SLOTS:
    void initTestCase() {
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    // A checkpoint that ran out of disk leaves the header counting pages that are still only
    // in the -wal file. SQLite reads them from there: the file is whole, not truncated.
    void pagesInTheWalAreNotTruncation() {
        const QString path = freshDemo(u"wal.slipway"_qs);
        QSqlDatabase c = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"holder"_qs);
        c.setDatabaseName(path);
        QVERIFY(c.open());
        {
            QSqlQuery q(c);
            QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_qs));
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_qs));
            // Grows the file by some hundred pages, all of them only in the WAL.
            QVERIFY(q.exec(u"CREATE TABLE spill(x BLOB)"_qs));
            QVERIFY(q.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                           "WHERE i < 400) INSERT INTO spill SELECT randomblob(3000) FROM n"_qs));
            QVERIFY(q.exec(u"PRAGMA page_count"_qs) && q.next());
            const quint32 pages = q.value(0).toUInt();
            // What a checkpoint writes first: page 1, with the grown page count.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QByteArray header = f.read(100);
            QVERIFY(pages * 4096 > f.size());
            putBigEndian(header, 28, pages);
            putBigEndian(header, 92, bigEndian(header, 24));
            QVERIFY(f.seek(0));
            QCOMPARE(f.write(header), 100);
            f.close();
        }
        QVERIFY(QFileInfo(path + u"-wal"_qs).size() > 0);
        for (const QStringList& args :
             QList<QStringList>{{u"check"_qs, u"--db"_qs, path, u"--integrity-only"_qs},
                                {u"audit"_qs, u"verify"_qs, u"--db"_qs, path}}) {
            const Run run = runSlipway(args);
            QVERIFY2(run.exitCode == 0,
                     qPrintable(args.join(u' ') + u": "_qs + run.errText() + run.outText()));
            QVERIFY2(!run.outText().contains(u"truncated"_qs), run.out.constData());
        }
        c.close();
        c = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_qs);
        // After the checkpoint the file holds its pages itself.
        QCOMPARE(runSlipway({u"check"_qs, u"--db"_qs, path, u"--integrity-only"_qs}).exitCode, 0);
    }

    // A file really cut short, with no journal beside it, is still called truncated.
    void aFileCutShortIsTruncated() {
        const QString path = m_dir.filePath(u"cut.slipway"_qs);
        QByteArray bytes = fileBytes(m_demo);
        QVERIFY(bytes.size() > 8 * 4096);
        writeFile(m_dir, u"cut.slipway"_qs, bytes.left(bytes.size() - 4 * 4096));
        const Run run = runSlipway({u"check"_qs, u"--db"_qs, path});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"truncated"_qs), run.err.constData());
    }

    void commandsThatReadChangeNothing_data() {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("check") << QStringList{u"check"_qs, u"--db"_qs, u"DB"_qs};
        QTest::newRow("check --full")
            << QStringList{u"check"_qs, u"--db"_qs, u"DB"_qs, u"--full"_qs};
        QTest::newRow("audit verify")
            << QStringList{u"audit"_qs, u"verify"_qs, u"--db"_qs, u"DB"_qs};
        QTest::newRow("export csv")
            << QStringList{u"export"_qs,  u"csv"_qs,   u"--db"_qs,  u"DB"_qs,
                           u"--table"_qs, u"scope"_qs, u"--out"_qs, u"OUT/scope.csv"_qs};
        QTest::newRow("export ics") << QStringList{u"export"_qs, u"ics"_qs,   u"--db"_qs,
                                                   u"DB"_qs,     u"--out"_qs, u"OUT/plan.ics"_qs};
        QTest::newRow("gate status") << QStringList{u"gate"_qs, u"status"_qs,    u"--db"_qs,
                                                    u"DB"_qs,   u"--release"_qs, u"1"_qs};
        QTest::newRow("find-window")
            << QStringList{u"find-window"_qs, u"--db"_qs, u"DB"_qs, u"--release"_qs, u"1"_qs};
        QTest::newRow("render") << QStringList{
            u"render"_qs,     u"--db"_qs,           u"DB"_qs,       u"--release"_qs, u"1"_qs,
            u"--template"_qs, u"release-notice"_qs, u"--format"_qs, u"md"_qs,        u"--out"_qs,
            u"OUT/n.md"_qs};
    }
    void commandsThatReadChangeNothing() {
        QFETCH(QStringList, args);
        const QString path = freshDemo(u"reader.slipway"_qs);
        const QByteArray before = fileBytes(path);
        QTemporaryDir out;
        args.replaceInStrings(u"OUT"_qs, out.path());
        args.replace(args.indexOf(u"DB"_qs), path);
        const Run run = runSlipway(args);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1,
                 qPrintable(args.join(u' ') + u": "_qs + run.errText()));
        QVERIFY2(fileBytes(path) == before, "the file changed");
        QVERIFY2(besides(path).isEmpty(), qPrintable(besides(path).join(u", "_qs)));
    }

    void anEmptyFileIsNotASlipwayFile() {
        const QString path = writeFile(m_dir, u"empty.slipway"_qs, {});
        const QString ics = testDataPath(u"ics/quarter_end_and_freeze.ics"_qs);
        const QString csv = testDataPath(u"csv/jira_server_fix_versions_blocks.csv"_qs);
        const QList<QStringList> commands{
            {u"check"_qs, u"--db"_qs, path},
            {u"audit"_qs, u"verify"_qs, u"--db"_qs, path},
            {u"export"_qs, u"csv"_qs, u"--db"_qs, path, u"--table"_qs, u"releases"_qs, u"--out"_qs,
             m_dir.filePath(u"never.csv"_qs)},
            {u"import"_qs, u"ics"_qs, u"--db"_qs, path, u"--as"_qs, u"blackouts"_qs, ics},
            {u"import"_qs, u"csv"_qs, u"--db"_qs, path, u"--kind"_qs, u"scope"_qs, csv}};
        for (const QStringList& args : commands) {
            const Run run = runSlipway(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ')));
            QVERIFY2(run.errText().contains(u"empty.slipway is empty"_qs), run.err.constData());
            QVERIFY2(!run.errText().contains(u'\n'), run.err.constData());
            QCOMPARE(QFileInfo(path).size(), 0);
            QVERIFY(besides(path).isEmpty());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.csv"_qs)));
    }

    // While one program imports 5,000 rows or more (which briefly switches the file to the
    // rollback journal), other programs wait for it instead of failing "while configuring".
    void othersWaitWhileABigImportWrites() {
        const QString path = freshDemo(u"busy.slipway"_qs);
        const QString version = firstReleaseVersion(path);
        QVERIFY(!version.isEmpty());
        const QString big = writeFile(m_dir, u"big.csv"_qs, scopeCsv(150000, u"BULK"_qs));
        const QString ics = testDataPath(u"ics/quarter_end_and_freeze.ics"_qs);
        QProcess importer;
        importer.start(slipwayBinary(), {u"import"_qs, u"csv"_qs, u"--db"_qs, path, u"--kind"_qs,
                                         u"scope"_qs, u"--release"_qs, version, big});
        QVERIFY(importer.waitForStarted());
        int readers = 0;
        int writers = 0;
        QElapsedTimer clock;
        clock.start();
        while (importer.state() != QProcess::NotRunning && clock.elapsed() < 60000) {
            const Run reader = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path});
            QVERIFY2(reader.exitCode == 0, reader.err.constData());
            ++readers;
            const Run writer = runSlipway(
                {u"import"_qs, u"ics"_qs, u"--db"_qs, path, u"--as"_qs, u"blackouts"_qs, ics});
            QVERIFY2(writer.exitCode == 0, writer.err.constData());
            ++writers;
        }
        QVERIFY(importer.waitForFinished(120000));
        QVERIFY2(importer.exitCode() == 0, importer.readAllStandardError().constData());
        qInfo("%d reader and %d writer runs during the import, none refused", readers, writers);
        QVERIFY(readers > 0);
        QCOMPARE(runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, path}).exitCode, 0);
    }

    void importIntoAFileWithoutWritePermissionNamesIt() {
        // Root may write anywhere: the import then runs as "nobody", for whom a read-only
        // file in a world-readable folder is what it is for everybody else.
        const bool root = geteuid() == 0;
        QTemporaryDir shared(QDir::tempPath() + u"/slipway-perm-XXXXXX"_qs);
        QVERIFY(shared.isValid());
        QFile::setPermissions(shared.path(), QFile::ReadOwner | QFile::WriteOwner |
                                                 QFile::ExeOwner | QFile::ReadOther |
                                                 QFile::ExeOther | QFile::ReadGroup |
                                                 QFile::ExeGroup);
        const QString path = shared.filePath(u"locked-down.slipway"_qs);
        QVERIFY(QFile::copy(m_demo, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QString ics = shared.filePath(u"plan.ics"_qs);
        QVERIFY(QFile::copy(testDataPath(u"ics/quarter_end_and_freeze.ics"_qs), ics));
        QFile::setPermissions(ics, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther);
        const QByteArray before = fileBytes(path);
        // Qt wants the runtime folder to belong to whoever runs.
        const QString runtime = shared.filePath(u"run"_qs);
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (root)
            QVERIFY(chown(QFile::encodeName(runtime).constData(), 65534, 65534) == 0);
        QProcess p;
        if (root)
            p.setChildProcessModifier([] {
                if (setgid(65534) != 0 || setuid(65534) != 0)
                    _exit(99);
            });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, shared.path());
        env.insert(u"XDG_CONFIG_HOME"_qs, shared.path());
        env.insert(u"XDG_DATA_HOME"_qs, shared.path());
        env.insert(u"XDG_RUNTIME_DIR"_qs, runtime);
        p.setProcessEnvironment(env);
        p.start(slipwayBinary(),
                {u"import"_qs, u"ics"_qs, u"--db"_qs, path, u"--as"_qs, u"blackouts"_qs, ics});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError().trimmed();
        QCOMPARE(p.exitCode(), 2);
        QVERIFY2(err.contains("locked-down.slipway"), err.constData());
        QVERIFY2(!err.contains('\n'), err.constData());
        QCOMPARE(fileBytes(path), before);
        QVERIFY(besides(path).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_FileSafety)
#include "tst_FileSafety.moc"
