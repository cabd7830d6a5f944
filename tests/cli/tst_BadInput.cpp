// SPDX-License-Identifier: GPL-3.0-or-later
// Every command that opens a file answers a bad one with exit 2, one line on stderr naming
// the file and the problem, and leaves the file's bytes exactly as they were.
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway::test;

class tst_BadInput : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;

    static QList<QStringList> commandsOn(const QString& path, const QString& outDir) {
        return {{u"check"_qs, u"--db"_qs, path},
                {u"check"_qs, u"--db"_qs, path, u"--json"_qs},
                {u"audit"_qs, u"verify"_qs, u"--db"_qs, path},
                {u"export"_qs, u"csv"_qs, u"--db"_qs, path, u"--table"_qs, u"releases"_qs,
                 u"--out"_qs, outDir + u"/out.csv"_qs},
                {u"screenshot"_qs, u"--db"_qs, path, u"--view"_qs, u"releases"_qs, u"--out"_qs,
                 outDir + u"/out.png"_qs}};
    }

    void expectRefused(const QString& path, const QString& reason) {
        const QByteArray before = fileBytes(path);
        for (const QStringList& args : commandsOn(path, m_dir.path())) {
            const Run run = runSlipway(args);
            const QByteArray what = args.join(u' ').toUtf8();
            QVERIFY2(run.exitCode == 2,
                     QByteArray(what + " exited " + QByteArray::number(run.exitCode)).constData());
            QVERIFY2(run.errText().contains(QFileInfo(path).fileName()),
                     QByteArray(what + ": " + run.err).constData());
            QVERIFY2(run.errText().contains(reason), QByteArray(what + ": " + run.err).constData());
            QVERIFY2(!run.errText().contains(u'\n'),
                     QByteArray(what + ": more than one line: " + run.err).constData());
            QVERIFY2(run.out.isEmpty(), QByteArray(what + ": printed " + run.out).constData());
            QVERIFY2(fileBytes(path) == before, QByteArray(what + " changed the file").constData());
            QVERIFY(!QFile::exists(m_dir.filePath(u"out.csv"_qs)));
            QVERIFY(!QFile::exists(m_dir.filePath(u"out.png"_qs)));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        dropLoginSession();
        m_demo = makeDemo(m_dir, u"demo.slipway"_qs);
        QVERIFY(!m_demo.isEmpty());
    }

    void garbageFile() {
        QByteArray noise;
        for (int i = 0; i < 4096; ++i)
            noise.append(char((i * 7919) % 251));
        expectRefused(writeFile(m_dir, u"garbage.slipway"_qs, noise), u"not a Slipway file"_qs);
    }

    void textFile() {
        expectRefused(writeFile(m_dir, u"notes.txt"_qs, "Release notes\nnot a database\n"),
                      u"not a Slipway file"_qs);
    }

    void truncatedFile() {
        expectRefused(writeFile(m_dir, u"truncated.slipway"_qs, fileBytes(m_demo).left(5000)),
                      u"truncated"_qs);
    }

    void missingFile() {
        const QString path = m_dir.filePath(u"missing.slipway"_qs);
        for (const QStringList& args : commandsOn(path, m_dir.path())) {
            const Run run = runSlipway(args);
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.errText().contains(u"missing.slipway does not exist"_qs));
            QVERIFY(!QFile::exists(path)); // never created by a reading command
        }
    }

    void newerSchema() {
        const QString path = m_dir.filePath(u"newer.slipway"_qs);
        QVERIFY(QFile::copy(m_demo, path));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"bump"_qs);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA user_version = 42"_qs));
        }
        QSqlDatabase::removeDatabase(u"bump"_qs);
        expectRefused(path, u"newer Slipway (schema 42)"_qs);
    }

    void unknownCommandAndOptions() {
        const Run unknown = runSlipway({u"frobnicate"_qs});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(u"frobnicate"_qs));
        const Run option = runSlipway({u"--frobnicate"_qs});
        QCOMPARE(option.exitCode, 2);
        QVERIFY(option.errText().contains(u"frobnicate"_qs));
        const Run subOption = runSlipway({u"check"_qs, u"--db"_qs, m_demo, u"--frobnicate"_qs});
        QCOMPARE(subOption.exitCode, 2);
        QVERIFY(subOption.errText().contains(u"frobnicate"_qs));
        const Run extra = runSlipway({u"check"_qs, u"--db"_qs, m_demo, u"stray"_qs});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(extra.errText().contains(u"stray"_qs));
        const Run noFile = runSlipway({u"report"_qs, u"cab"_qs});
        QCOMPARE(noFile.exitCode, 2);
        QVERIFY(noFile.errText().contains(u"--db"_qs));
        const Run format = runSlipway({u"import"_qs, u"json"_qs, u"--db"_qs, m_demo, u"x.json"_qs});
        QCOMPARE(format.exitCode, 2);
        QVERIFY(format.errText().contains(u"unknown format 'json'"_qs));
        const Run kind = runSlipway({u"import"_qs, u"csv"_qs, u"--db"_qs, m_demo, u"x.csv"_qs});
        QCOMPARE(kind.exitCode, 2);
        QVERIFY(kind.errText().contains(u"--kind scope is required"_qs));
    }

    void helpAndVersion() {
        const Run version = runSlipway({u"--version"_qs});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.outText().startsWith(u"slipway "_qs));
        const Run help = runSlipway({u"--help"_qs});
        QCOMPARE(help.exitCode, 0);
        for (const char* command : {"demo", "check", "audit verify", "export csv", "screenshot"})
            QVERIFY2(help.outText().contains(QLatin1String(command)), command);
        const Run demoHelp = runSlipway({u"demo"_qs, u"--help"_qs});
        QCOMPARE(demoHelp.exitCode, 0);
        QVERIFY(demoHelp.outText().contains(u"--force"_qs));
        QVERIFY(demoHelp.outText().contains(u"--seed"_qs));
    }

    void readOnlyOpenWritesNothing() {
        const QString path = m_dir.filePath(u"readonly.slipway"_qs);
        QVERIFY(QFile::copy(m_demo, path));
        const QByteArray before = fileBytes(path);
        const Run run =
            runSlipway({u"check"_qs, u"--db"_qs, path, u"--read-only"_qs, u"--integrity-only"_qs});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(fileBytes(path), before);
        // Listing conflicts reads the schedule and writes nothing either.
        const Run withConflicts = runSlipway({u"check"_qs, u"--db"_qs, path, u"--read-only"_qs});
        QCOMPARE(withConflicts.exitCode, 1);
        QCOMPARE(fileBytes(path), before);
    }
};

QTEST_GUILESS_MAIN(tst_BadInput)
#include "tst_BadInput.moc"
