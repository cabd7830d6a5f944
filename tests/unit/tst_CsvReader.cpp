// SPDX-License-Identifier: GPL-3.0-or-later
// CsvReader: RFC 4180 as real tools write it, the physical line of every record, one clear
// line for every malformed file, random mutations never crash, and 100,000 rows fast.
#include "TestSupport.h"
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace slipway;

namespace {

QList<QStringList> rowsOf(const CsvTable& t) {
    QList<QStringList> rows;
    for (qsizetype r = 0; r < t.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < t.columnCount(); ++c)
            row << t.text(r, c);
        rows << row;
    }
    return rows;
}

QString errorOf(const QByteArray& bytes) {
    const auto parsed = CsvReader::parse(bytes, u"in.csv"_qs);
    return parsed ? QString() : parsed.error().message;
}

} // namespace

class tst_CsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineEndsAndBom_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n3,4\n");
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n3,4\r\n");
        QTest::newRow("CR") << QByteArray("a,b\r1,2\r3,4\r");
        QTest::newRow("no final newline") << QByteArray("a,b\n1,2\n3,4");
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\n1,2\r\n3,4");
        QTest::newRow("blank lines") << QByteArray("a,b\n\n1,2\r\n\r\n3,4\n\n");
        QTest::newRow("all quoted") << QByteArray("\"a\",\"b\"\n\"1\",\"2\"\n\"3\",\"4\"");
    }

    void lineEndsAndBom() {
        QFETCH(QByteArray, bytes);
        const auto t = CsvReader::parse(bytes, u"in.csv"_qs);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->header(), (QStringList{u"a"_qs, u"b"_qs}));
        QCOMPARE(rowsOf(t.value()), (QList<QStringList>{{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}}));
    }

    void quotedFieldsAndLines() {
        const QByteArray bytes = "key,text,n\r\n"
                                 "A-1,\"commas, inside\",1\r\n"
                                 "A-2,\"say \"\"hi\"\"\",2\r\n"
                                 "A-3,\"two\r\nlines\nand three\",3\r\n"
                                 "A-4,\"\",\r\n"
                                 "A-5,Zürich — ✓,5\r\n"
                                 "A-6,a\"b,6\r\n"
                                 "A-7,last,";
        const auto t = CsvReader::parse(bytes, u"in.csv"_qs);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->rowCount(), 7);
        QCOMPARE(t->text(0, 1), u"commas, inside"_qs);
        QCOMPARE(t->text(1, 1), u"say \"hi\""_qs);
        QCOMPARE(t->text(2, 1), u"two\r\nlines\nand three"_qs);
        QCOMPARE(t->text(3, 1), QString());
        QCOMPARE(t->text(3, 2), QString());
        QCOMPARE(t->text(4, 1), u"Zürich — ✓"_qs);
        QCOMPARE(t->text(5, 1), u"a\"b"_qs); // a stray quote inside a bare field is text
        QCOMPARE(t->text(6, 2), QString());  // "last," at the very end: an empty last field
        // Physical lines, counting the breaks inside quoted fields.
        QCOMPARE(t->line(0), 2);
        QCOMPARE(t->line(2), 4);
        QCOMPARE(t->line(3), 7);
        QCOMPARE(t->line(6), 10);
    }

    void doubledQuotesAnywhereInAField() {
        const auto t = CsvReader::parse(
            "a,b,c\n\"\"\"x\"\"\",\"\"\"\"\"\",\"y\"\"\"\n\"\",\"plain\",\"\"\"\"\n", u"q.csv"_qs);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->rowCount(), 2);
        QCOMPARE(t->text(0, 0), u"\"x\""_qs);
        QCOMPARE(t->text(0, 1), u"\"\""_qs);
        QCOMPARE(t->text(0, 2), u"y\""_qs);
        QCOMPARE(t->text(1, 0), QString());
        QCOMPARE(t->text(1, 1), u"plain"_qs);
        QCOMPARE(t->text(1, 2), u"\""_qs);
    }

    void repeatedColumnsAreKept() {
        const auto t = CsvReader::parse("Summary,Labels,Labels, labels \nx,a,b,c\n", u"in.csv"_qs);
        QVERIFY(t);
        QCOMPARE(t->columnCount(), 4);
        QCOMPARE(t->columnsNamed(u"Labels"_qs), (QList<int>{1, 2, 3}));
        QCOMPARE(t->columnsNamed(u"Missing"_qs), QList<int>());
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n3,\"open\nstill open\n")
                                            << u"in.csv line 3: a quoted field is never closed"_qs;
        QTest::newRow("latin-1") << QByteArray("a,b\n1,2\nZ\xfcrich,3\n")
                                 << u"in.csv line 3: not valid UTF-8"_qs;
        QTest::newRow("overlong") << QByteArray("a,b\n\xc0\xaf,1\n")
                                  << u"in.csv line 2: not valid UTF-8"_qs;
        QTest::newRow("surrogate")
            << QByteArray("a,b\n\xed\xa0\x80,1\n") << u"in.csv line 2: not valid UTF-8"_qs;
        QTest::newRow("cut sequence")
            << QByteArray("a,b\n1,\xe2\x82") << u"in.csv line 2: not valid UTF-8"_qs;
        QTest::newRow("utf-16") << QByteArray("\xff\xfe"
                                              "a\0,\0b\0",
                                              8)
                                << u"in.csv line 1: not valid UTF-8"_qs;
        QTest::newRow("nul") << QByteArray("a,b\n1,\0\n", 8) << u"in.csv line 2: a NUL byte"_qs;
        QTest::newRow("empty") << QByteArray() << u"in.csv is empty"_qs;
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << u"in.csv is empty"_qs;
        QTest::newRow("blank lines only") << QByteArray("\r\n\n") << u"in.csv is empty"_qs;
        QTest::newRow("header only")
            << QByteArray("a,b,c\r\n") << u"in.csv has a header but no rows"_qs;
        QTest::newRow("header only, no newline")
            << QByteArray("a,b,c") << u"in.csv has a header but no rows"_qs;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,1\n") << u"in.csv line 2: text after the closing quote"_qs;
    }

    // A record with too few or too many fields is not fatal: it is set aside with its line,
    // for the importer to refuse or skip like any other invalid row.
    void raggedRecordsAreSetAside() {
        const auto t = CsvReader::parse("a,b,c\n1,2,3\n4,5\n\"x\ny\",7,8\n9,10,11,12\n13,14,15\n",
                                        u"in.csv"_qs);
        QVERIFY2(t, qPrintable(t ? QString() : t.error().message));
        QCOMPARE(t->rowCount(), 3);
        QCOMPARE(t->line(0), 2);
        QCOMPARE(t->line(1), 4);
        QCOMPARE(t->text(1, 0), u"x\ny"_qs);
        QCOMPARE(t->line(2), 7);
        QCOMPARE(t->text(2, 2), u"15"_qs);
        QCOMPARE(t->raggedRows().size(), size_t(2));
        QCOMPARE(t->raggedRows()[0].line, 3);
        QCOMPARE(t->raggedRows()[0].fields, 2);
        QCOMPARE(t->raggedRows()[1].line, 6);
        QCOMPARE(t->raggedRows()[1].fields, 4);
        QVERIFY(t->raggedProblem(t->raggedRows()[1], u"in.csv"_qs)
                    .startsWith(u"in.csv line 6: 4 fields where the header has 3"_qs));

        // Every record ragged: still a table, with no rows and everything set aside.
        const auto none = CsvReader::parse("a,b\n1\n2,3,4\n", u"in.csv"_qs);
        QVERIFY(none);
        QCOMPARE(none->rowCount(), 0);
        QCOMPARE(none->raggedRows().size(), size_t(2));
    }

    void malformed() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString error = errorOf(bytes);
        QVERIFY2(error.startsWith(message), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void realExports_data() {
        // Counted independently with Python's csv module (utf-8-sig).
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("columns");
        QTest::addColumn<int>("rows");
        QTest::newRow("azure") << u"azure_devops_query_export_bom_all_quoted.csv"_qs << 6 << 6;
        QTest::newRow("jira 2021")
            << u"jira_cloud_2021_25x_outward_relates_links.csv"_qs << 89 << 76;
        QTest::newRow("jira 2026")
            << u"jira_cloud_2026_all_fields_dup_labels_logwork_multiline.csv"_qs << 92 << 68;
        QTest::newRow("jira bom") << u"jira_cloud_current_fields_utf8_bom_quoted.csv"_qs << 14
                                  << 20;
    }

    void realExports() {
        QFETCH(QString, file);
        QFETCH(int, columns);
        QFETCH(int, rows);
        const QString path = test::sharedDataPath(u"csv/"_qs + file);
        if (path.isEmpty())
            QSKIP("../shared/testdata/real is not present");
        const auto t = CsvReader::read(path);
        QVERIFY2(t, t ? "" : qPrintable(t.error().message));
        QCOMPARE(t->columnCount(), columns);
        QCOMPARE(t->rowCount(), rows);
        QVERIFY(!t->header().first().startsWith(QChar(0xfeff)));
    }

    void missingFile() {
        const auto t = CsvReader::read(u"/nonexistent/x.csv"_qs);
        QVERIFY(!t);
        QVERIFY(t.error().message.contains(u"does not exist"_qs));
    }

    // Random bytes flipped, inserted and deleted in a valid file: the reader answers with a
    // table or one line of error, never a crash; what it reads, written back, reads the same.
    void fuzzMutations() {
        const QByteArray seed = "\xEF\xBB\xBFIssue key,Summary,Labels,Labels\r\n"
                                "A-1,\"multi\nline, \"\"quoted\"\"\",x,\r\n"
                                "A-2,Zürich,,y\n"
                                "A-3,\"\",a,b";
        const char alphabet[] = {',', '"', '\n', '\r', 'a', '\xc3', '\xbc', '\0', '\xff', ' '};
        QRandomGenerator rng(20240611);
        for (int i = 0; i < 20000; ++i) {
            QByteArray bytes = seed;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(rng.bounded(quint32(bytes.size() + 1)));
                const char c = alphabet[rng.bounded(quint32(sizeof alphabet))];
                switch (rng.bounded(3)) {
                case 0:
                    if (at < bytes.size())
                        bytes[at] = c;
                    break;
                case 1:
                    bytes.insert(at, c);
                    break;
                default:
                    if (at < bytes.size())
                        bytes.remove(at, 1);
                }
            }
            const auto t = CsvReader::parse(bytes, u"fuzz.csv"_qs);
            if (!t) {
                QVERIFY(t.error().message.startsWith(u"fuzz.csv"_qs));
                QVERIFY2(!t.error().message.contains(u'\n'), qPrintable(t.error().message));
                continue;
            }
            QVERIFY(t->rowCount() + qsizetype(t->raggedRows().size()) > 0);
            QVERIFY(t->columnCount() > 0);
            for (qsizetype r = 1; r < t->rowCount(); ++r)
                QVERIFY(t->line(r) > t->line(r - 1));
            for (size_t r = 0; r < t->raggedRows().size(); ++r) {
                QVERIFY(t->raggedRows()[r].fields != t->columnCount());
                QVERIFY(r == 0 || t->raggedRows()[r].line > t->raggedRows()[r - 1].line);
            }
            // Blank-looking single-column rows cannot survive a round trip; skip those.
            if (t->columnCount() == 1 || t->rowCount() == 0)
                continue;
            QByteArray again = CsvWriter::encodeRow(t->header(), CsvWriter::Formulas::Keep);
            for (const QStringList& row : rowsOf(t.value()))
                again += CsvWriter::encodeRow(row, CsvWriter::Formulas::Keep);
            const auto back = CsvReader::parse(again, u"again.csv"_qs);
            QVERIFY2(back, back ? "" : qPrintable(back.error().message));
            QCOMPARE(back->header(), t->header());
            QCOMPARE(rowsOf(back.value()), rowsOf(t.value()));
        }
    }

    void hundredThousandRowsFast() {
        QByteArray bytes =
            "external_key,title,kind,priority,status,stakeholder,effort,description\r\n";
        bytes.reserve(16 * 1024 * 1024);
        for (int i = 0; i < 100000; ++i)
            bytes += "PAY-" + QByteArray::number(i) + ",\"Checkout, step " + QByteArray::number(i) +
                     "\",feature,high,proposed,Payments team,3,\"Line one\nline \"\"two\"\"\"\r\n";
        QElapsedTimer timer;
        timer.start();
        const auto t = CsvReader::parse(bytes, u"big.csv"_qs);
        const qint64 ms = timer.elapsed();
        QVERIFY(t);
        QCOMPARE(t->rowCount(), 100000);
        QCOMPARE(t->text(99999, 7), u"Line one\nline \"two\""_qs);
        QCOMPARE(t->line(99999), 2 + 2 * 99999);
        QCOMPARE(t->text(500, 1), u"Checkout, step 500"_qs);
        // A file this large is hashed on a second thread while it is parsed.
        QCOMPARE(t->sha256(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        qInfo("100,000 rows (%lld MB) parsed in %lld ms", qint64(bytes.size() >> 20), ms);
#ifdef QT_NO_DEBUG
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
#endif
    }
};

QTEST_GUILESS_MAIN(tst_CsvReader)
#include "tst_CsvReader.moc"
