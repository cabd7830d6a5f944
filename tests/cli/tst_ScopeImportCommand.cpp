// SPDX-License-Identifier: GPL-3.0-or-later
// import csv --kind scope and export csv --table scope through the real binary: every real
// export in the shared folder, re-imports, refused and skipped rows, malformed files that
// leave the database byte-identical, and export -> import round trips.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;
using namespace slipway::test;

class tst_ScopeImportCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshDemo() { return makeDemo(m_dir, u"demo-%1.slipway"_qs.arg(++m_files)); }

    QString writeFile(const QString& name, const QByteArray& bytes) {
        return test::writeFile(m_dir, name, bytes);
    }

    static Run importCsv(const QString& db, const QString& file, const QStringList& extra = {}) {
        return runSlipway(
            QStringList{u"import"_qs, u"csv"_qs, u"--db"_qs, db, u"--kind"_qs, u"scope"_qs} +
            extra + QStringList{file});
    }

    // The payload of the newest entry recording an import's new items.
    static QJsonObject importRecord(const QString& path) {
        Database::OpenOptions options;
        options.readOnly = true;
        auto db = Database::open(path, options);
        if (!db) {
            helperFailed(db.error().message);
            return {};
        }
        const QList<AuditEntry> newest = AuditLog(*db.value()).page({}, 0, 200).value();
        for (const AuditEntry& e : newest) {
            if (e.action == u"scope.import")
                return QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        }
        return {};
    }

    // Rows of the scope export, without the id column (ids differ between files).
    static QList<QStringList> exportedRows(const QString& csv) {
        auto table = CsvReader::read(csv);
        QList<QStringList> rows;
        if (!table)
            return rows;
        for (qsizetype r = 0; r < table->rowCount(); ++r) {
            QStringList row;
            for (int c = 1; c < table->columnCount(); ++c)
                row << table->text(r, c);
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void everyRealExportImports_data() {
        // Counted independently with Python's csv module (encoding utf-8-sig).
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("items");
        QTest::addColumn<int>("dependencies");
        QTest::addColumn<QString>("source");
        QTest::newRow("azure") << u"azure_devops_query_export_bom_all_quoted.csv"_qs << 6 << 0
                               << u"Azure DevOps export"_qs;
        QTest::newRow("jira 2021")
            << u"jira_cloud_2021_25x_outward_relates_links.csv"_qs << 76 << 5 << u"Jira export"_qs;
        QTest::newRow("jira 2026")
            << u"jira_cloud_2026_all_fields_dup_labels_logwork_multiline.csv"_qs << 68 << 0
            << u"Jira export"_qs;
        QTest::newRow("jira bom") << u"jira_cloud_current_fields_utf8_bom_quoted.csv"_qs << 20 << 0
                                  << u"Jira export"_qs;
    }

    void everyRealExportImports() {
        QFETCH(QString, file);
        QFETCH(int, items);
        QFETCH(int, dependencies);
        QFETCH(QString, source);
        const QString path = sharedDataPath(u"csv/"_qs + file);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        const QString db = freshDemo();
        QVERIFY(!db.isEmpty());
        const int before = auditEntries(db);
        Run run = importCsv(db, path);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString expected =
            u"(%1): %2 created, 0 updated, 0 unchanged, 0 skipped; %3 dependencies added."_qs
                .arg(source)
                .arg(items)
                .arg(dependencies);
        QVERIFY2(run.outText().contains(expected), run.out.constData());
        // One entry for the new items, one per link.
        QCOMPARE(auditEntries(db), before + 1 + dependencies);
        const QJsonObject record = importRecord(db);
        QVERIFY(recordsImportedFile(record, fileBytes(path), path));
        QCOMPARE(record.value(u"created"_qs).toInt(), items);
        QCOMPARE(record.value(u"external_keys"_qs).toArray().size(), items);

        // The same file again: every item matched by its key, nothing new, nothing logged.
        run = importCsv(db, path);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains(u"0 created, 0 updated, %1 unchanged"_qs.arg(items)),
                 run.out.constData());
        QCOMPARE(auditEntries(db), before + 1 + dependencies);
    }

    void invalidRowsRefuseOrSkip() {
        const QString db = freshDemo();
        const QString file = testDataPath(u"csv/invalid_rows.csv"_qs);
        const QByteArray before = fileBytes(db);
        Run run = importCsv(db, file);
        QCOMPARE(run.exitCode, 2);
        const QStringList lines = run.errText().split(u'\n');
        QCOMPARE(lines.size(), 5);
        QVERIFY2(lines[0].startsWith(file + u": 4 of 6 rows cannot be imported, so nothing was"_qs),
                 qPrintable(lines[0]));
        QVERIFY(lines[1].startsWith(file + u" line 3: "_qs));
        QVERIFY(lines[4].startsWith(file + u" line 6: "_qs));
        QCOMPARE(fileBytes(db), before);

        run = importCsv(db, file, {u"--skip-invalid"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"2 created, 0 updated, 0 unchanged, 4 skipped"_qs));
        QCOMPARE(run.errText().split(u'\n').size(), 4);
        QVERIFY(run.errText().contains(u"line 4: kind \"epic-ish\""_qs));
    }

    // A row with a missing or extra comma is an invalid row like any other: it refuses the
    // import, or is skipped and named with --skip-invalid.
    void raggedRowIsAnInvalidRow() {
        const QString db = freshDemo();
        const QString file = writeFile(
            u"ragged.csv"_qs, "external_key,title\nRG-1,first\nRG-2,second,extra\nRG-3,third\n"
                              "RG-4\nRG-5,fifth\n");
        const QByteArray before = fileBytes(db);
        Run run = importCsv(db, file);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"2 of 5 rows cannot be imported"_qs), run.err.constData());
        QVERIFY(run.errText().contains(u"line 3: 3 fields where the header has 2"_qs));
        QVERIFY(run.errText().contains(u"line 5: 1 fields where the header has 2"_qs));
        QCOMPARE(fileBytes(db), before);

        run = importCsv(db, file, {u"--skip-invalid"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"3 created, 0 updated, 0 unchanged, 2 skipped"_qs),
                 run.out.constData());
        const QStringList skipped = run.errText().split(u'\n').filter(u"Skipped."_qs);
        QCOMPARE(skipped.size(), 2);
        QVERIFY(skipped[0].contains(u"ragged.csv line 3: 3 fields"_qs));
        QVERIFY(skipped[1].contains(u"ragged.csv line 5: 1 fields"_qs));
        QCOMPARE(
            queryValue(db, u"SELECT count(*) FROM scope_items WHERE external_key LIKE 'RG-%'"_qs)
                .toInt(),
            3);
    }

    void malformedFilesWriteNothing_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated quote") << QByteArray("external_key,title\nA-1,\"open\nA-2,x\n")
                                            << u"line 2: a quoted field is never closed"_qs;
        QTest::newRow("wrong column count") << QByteArray("external_key,title\nA-1,x\nA-2,y,z\n")
                                            << u"line 3: 3 fields where the header has 2"_qs;
        QTest::newRow("bad encoding")
            << QByteArray("external_key,title\nA-1,Z\xfcrich\n") << u"line 2: not valid UTF-8"_qs;
        QTest::newRow("empty file") << QByteArray() << u"is empty"_qs;
        QTest::newRow("header only")
            << QByteArray("external_key,title\r\n") << u"has a header but no rows"_qs;
        QTest::newRow("no title column") << QByteArray("a,b\n1,2\n") << u"--map"_qs;
    }

    void malformedFilesWriteNothing() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        static QString db;
        if (db.isEmpty())
            db = freshDemo();
        const QString file = writeFile(u"malformed.csv"_qs, bytes);
        const QByteArray before = fileBytes(db);
        const Run run = importCsv(db, file);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText().count(u'\n'), 0);
        QVERIFY2(run.errText().contains(message), run.err.constData());
        QVERIFY(run.errText().contains(u"malformed.csv"_qs));
        QCOMPARE(fileBytes(db), before);
    }

    void usageErrors() {
        const QString db = freshDemo();
        const QString file = testDataPath(u"csv/custom_mapped.csv"_qs);
        Run run = runSlipway({u"import"_qs, u"csv"_qs, u"--db"_qs, db, file});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"--kind scope is required"_qs));
        run = importCsv(db, file, {u"--release"_qs, u"99.0.0"_qs, u"--map"_qs, u"Name=title"_qs});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.errText().contains(u"--release: no release has version 99.0.0"_qs),
                 run.err.constData());
        run = importCsv(db, m_dir.filePath(u"missing.csv"_qs));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.errText().contains(u"does not exist"_qs));
    }

    void mapAndReleaseFromTheCommandLine() {
        const QString db = freshDemo();
        const QString exported = m_dir.filePath(u"releases.csv"_qs);
        QCOMPARE(runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs, u"releases"_qs,
                             u"--out"_qs, exported})
                     .exitCode,
                 0);
        auto releases = CsvReader::read(exported);
        QVERIFY(releases);
        // A version only one release has.
        QMap<QString, int> versions;
        for (qsizetype r = 0; r < releases->rowCount(); ++r)
            ++versions[releases->text(r, 2)];
        const QString version = versions.key(1);
        QVERIFY(!version.isEmpty());
        const Run run =
            importCsv(db, testDataPath(u"csv/custom_mapped.csv"_qs),
                      {u"--release"_qs, version, u"--map"_qs, u"Ticket=external_key,Name=title"_qs,
                       u"--map"_qs, u"Type=kind,Size=effort"_qs});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"(CSV file): 3 created"_qs));
        const QString scope = m_dir.filePath(u"mapped-scope.csv"_qs);
        QCOMPARE(runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs, u"scope"_qs,
                             u"--out"_qs, scope})
                     .exitCode,
                 0);
        int placed = 0;
        for (const QStringList& row : exportedRows(scope)) {
            if (row[0].startsWith(u"OPS-"_qs)) {
                QCOMPARE(row[7], version);
                ++placed;
            }
        }
        QCOMPARE(placed, 3);
    }

    void sharedVersionNamesItsCandidatesAndProductPicksOne() {
        // Two products share a version: the bare version is refused, listing both, and the file
        // is unchanged; PRODUCT@VERSION and the id each place the items in the one named.
        const QString db = freshDemo();
        const QString exported = m_dir.filePath(u"shared-releases.csv"_qs);
        QCOMPARE(runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, db, u"--table"_qs, u"releases"_qs,
                             u"--out"_qs, exported})
                     .exitCode,
                 0);
        auto releases = CsvReader::read(exported);
        QVERIFY(releases);
        QMap<QString, QList<qsizetype>> rowsOf;
        for (qsizetype r = 0; r < releases->rowCount(); ++r)
            rowsOf[releases->text(r, 2)] << r;
        QString shared;
        for (auto it = rowsOf.cbegin(); it != rowsOf.cend() && shared.isEmpty(); ++it)
            if (it->size() == 2)
                shared = it.key();
        QVERIFY2(!shared.isEmpty(), "the demo has no version two releases share");
        const QString file = testDataPath(u"csv/custom_mapped.csv"_qs);
        const QStringList map{u"--map"_qs, u"Ticket=external_key,Name=title"_qs, u"--map"_qs,
                              u"Type=kind,Size=effort"_qs};
        const QByteArray before = fileBytes(db);
        Run run = importCsv(db, file, QStringList{u"--release"_qs, shared} + map);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.errText().trimmed().count(u'\n'), 0);
        QVERIFY2(run.errText().contains(shared + u" is ambiguous"_qs), run.err.constData());
        for (qsizetype r : rowsOf.value(shared))
            QVERIFY2(run.errText().contains(releases->text(r, 0) + u" ("_qs), run.err.constData());
        QCOMPARE(fileBytes(db), before);

        // The second of the two, by its product (its name without the version) and version.
        const qsizetype second = rowsOf.value(shared).last();
        QString product = releases->text(second, 1);
        if (product.endsWith(u' ' + shared))
            product.chop(shared.size() + 1);
        run = importCsv(db, file, QStringList{u"--release"_qs, product + u'@' + shared} + map);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"3 created"_qs));
        auto doc = openDatabase(db, true);
        QVERIFY(doc);
        QCOMPARE(queryValue(db, u"SELECT count(*) FROM scope_items WHERE release_id = %1 AND "
                                u"external_key LIKE 'OPS-%%'"_qs.arg(releases->text(second, 0)))
                     .toInt(),
                 3);
    }

    void exportThenImportRoundTrips() {
        const QString demo = freshDemo();
        const QString jira =
            sharedDataPath(u"csv/jira_cloud_2021_25x_outward_relates_links.csv"_qs);
        if (jira.isEmpty())
            QSKIP("../shared/testdata/real is not present (it is beside the clone in CI)");
        QCOMPARE(importCsv(demo, jira).exitCode, 0);
        // A title a spreadsheet would run as a formula goes out neutralised and comes back as it
        // was.
        const QString formula = writeFile(
            u"formula.csv"_qs, "external_key,title,labels\nF-1,=HYPERLINK(\"x\"),\"a; b\"\n");
        QCOMPARE(importCsv(demo, formula).exitCode, 0);

        const QString first = m_dir.filePath(u"scope-1.csv"_qs);
        Run run = runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, demo, u"--table"_qs, u"scope"_qs,
                              u"--out"_qs, first});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.outText().contains(u"scope item(s)"_qs));
        QVERIFY(fileBytes(first).contains("'=HYPERLINK"));

        // Into the same file: everything matches, nothing changes.
        run = importCsv(demo, first);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.outText().contains(u"0 created, 0 updated"_qs), run.out.constData());

        // Into a twin of the demo file (same releases and items, none imported): the same rows.
        const QString twin = m_dir.filePath(u"twin.slipway"_qs);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, twin}).exitCode, 0);
        run = importCsv(twin, first);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString second = m_dir.filePath(u"scope-2.csv"_qs);
        QCOMPARE(runSlipway({u"export"_qs, u"csv"_qs, u"--db"_qs, twin, u"--table"_qs, u"scope"_qs,
                             u"--out"_qs, second})
                     .exitCode,
                 0);
        QCOMPARE(exportedRows(second), exportedRows(first));
        QVERIFY(exportedRows(first).size() > 76);
    }
};

QTEST_GUILESS_MAIN(tst_ScopeImportCommand)
#include "tst_ScopeImportCommand.moc"
