// SPDX-License-Identifier: GPL-3.0-or-later
// CsvWriter: RFC 4180 quoting and CRLF, and formula cells made harmless for spreadsheets.
#include "io/CsvWriter.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace slipway;

class tst_CsvWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cells_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        // One row a cell: its name, the cell, and the cell as written.
        const struct {
            const char* row;
            QString cell;
            QString encoded;
        } rows[] = {
            {"plain", u"Payments API"_qs, u"Payments API"_qs},
            {"empty", QString(), QString()},
            {"comma", u"a,b"_qs, u"\"a,b\""_qs},
            {"quote", u"say \"hi\""_qs, u"\"say \"\"hi\"\"\""_qs},
            {"newline", u"one\ntwo"_qs, u"\"one\ntwo\""_qs},
            {"crlf inside", u"one\r\ntwo"_qs, u"\"one\r\ntwo\""_qs},
            {"equals", u"=1+1"_qs, u"'=1+1"_qs},
            {"plus", u"+1+1"_qs, u"'+1+1"_qs},
            {"minus formula", u"-2+3"_qs, u"'-2+3"_qs},
            {"at", u"@SUM(A1)"_qs, u"'@SUM(A1)"_qs},
            {"tab", u"\tx"_qs, u"'\tx"_qs},
            {"cr", u"\rx"_qs, u"\"'\rx\""_qs},
            {"formula with quotes", u"=HYPERLINK(\"x\")"_qs, u"\"'=HYPERLINK(\"\"x\"\")\""_qs},
            {"negative number", u"-12"_qs, u"-12"_qs},
            {"negative decimal", u"-12.5"_qs, u"-12.5"_qs},
            {"signed number", u"+7"_qs, u"+7"_qs},
            {"lonely minus", u"-"_qs, u"'-"_qs},
            {"dangling dot", u"-1."_qs, u"'-1."_qs},
            {"equals later", u"a=b"_qs, u"a=b"_qs},
            {"unicode", u"Zürich ✓"_qs, u"Zürich ✓"_qs},
        };
        for (const auto& r : rows)
            QTest::newRow(r.row) << r.cell << r.encoded;
    }

    void cells() {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell), encoded);
    }

    void keepLeavesFormulasAlone() {
        QCOMPARE(CsvWriter::encodeCell(u"=1+1"_qs, CsvWriter::Formulas::Keep), u"=1+1"_qs);
    }

    void rowsEndInCrlfAndAreUtf8() {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(buffer);
        QVERIFY(csv.writeRow({u"id"_qs, u"name"_qs}));
        QVERIFY(csv.writeRow({u"1"_qs, u"Zürich"_qs}));
        QVERIFY(csv.writeRow({u"2"_qs, QString()}));
        QCOMPARE(csv.rowsWritten(), 3);
        QCOMPARE(buffer.data(), QByteArray("id,name\r\n1,Z\xC3\xBCrich\r\n2,\r\n"));
    }

    void aRefusedWriteStopsTheWriter() {
        QBuffer buffer; // never opened: every write fails
        CsvWriter csv(buffer);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"not open"_qs));
        QVERIFY(!csv.writeRow({u"a"_qs}));
        QVERIFY(!csv.ok());
        QVERIFY(!csv.writeRow({u"b"_qs}));
        QCOMPARE(csv.rowsWritten(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_CsvWriter.moc"
