// SPDX-License-Identifier: GPL-3.0-or-later
// Audit anchors as text: a line reads back as it was written, a file keeps its comments, and
// anything else is refused naming what is wrong; holding anchors against a real log.
#include "TestSupport.h"
#include "io/AuditAnchorFile.h"
#include "storage/AuditAnchor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QTest>

using namespace slipway;
using namespace slipway::test;

namespace {

AuditAnchor sample() {
    AuditAnchor a;
    a.at = QDateTime(QDate(2026, 11, 1), QTime(9, 30, 5), Qt::UTC);
    a.entries = 1234;
    a.head = QString(64, u'e');
    a.file = u"team share.slipway"_qs;
    return a;
}

} // namespace

class tst_AuditAnchor : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"anchor"_qs};

private Q_SLOTS:
    void lineRoundTrips() {
        const AuditAnchor a = sample();
        QCOMPARE(a.toLine(), u"slipway-audit-anchor 1 2026-11-01T09:30:05Z entries=1234 head=%1 "
                             "file=team share.slipway"_qs.arg(QString(64, u'e')));
        auto back = AuditAnchor::parse(a.toLine());
        QVERIFY(back);
        QCOMPARE(back->at, a.at);
        QCOMPARE(back->entries, a.entries);
        QCOMPARE(back->head, a.head);
        QCOMPARE(back->file, a.file);
        QVERIFY(AuditAnchor::parse(QString(a.toLine() + u'\r'))); // edited on Windows
    }

    void aNameWithALineBreakStaysOnOneLine() {
        AuditAnchor a = sample();
        a.file = u"evil\nslipway-audit-anchor"_qs;
        QVERIFY(!a.toLine().contains(u'\n'));
    }

    void malformedLinesAreRefused_data() {
        QTest::addColumn<QString>("line");
        const QString head = QString(64, u'a');
        QTest::newRow("empty tag") << u"slipway-audit 1 2026-11-01T09:30:00Z"_qs;
        QTest::newRow("no version") << u"slipway-audit-anchor"_qs;
        QTest::newRow("local time")
            << u"slipway-audit-anchor 1 2026-11-01T09:30:00 entries=1 head=%1 file=x"_qs.arg(head);
        QTest::newRow("offset time")
            << u"slipway-audit-anchor 1 2026-11-01T09:30:00+01:00 entries=1 head=%1 file=x"_qs.arg(
                   head);
        QTest::newRow("count not a number")
            << u"slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=lots head=%1 file=x"_qs.arg(
                   head);
        QTest::newRow("upper-case head")
            << u"slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=1 head=%1 file=x"_qs.arg(
                   QString(64, u'A'));
        QTest::newRow("empty log, other head")
            << u"slipway-audit-anchor 1 2026-11-01T09:30:00Z entries=0 head=%1 file=x"_qs.arg(head);
        QTest::newRow("two spaces")
            << u"slipway-audit-anchor  1 2026-11-01T09:30:00Z entries=1 head=%1 file=x"_qs.arg(
                   head);
    }

    void malformedLinesAreRefused() {
        QFETCH(QString, line);
        auto parsed = AuditAnchor::parse(line);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().kind, Error::Kind::Usage);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void fileAppendsAndReadsBackWithLineNumbers() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"anchors.txt"_qs);
        writeFile(dir, u"anchors.txt"_qs, "# kept in git\n\n");
        AuditAnchor a = sample();
        QVERIFY(AuditAnchorFile::append(path, a));
        a.entries = 1300;
        QVERIFY(AuditAnchorFile::append(path, a));
        auto read = AuditAnchorFile::read(path);
        QVERIFY(read);
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).line, 3);
        QCOMPARE(read->at(1).line, 4);
        QCOMPARE(read->at(1).anchor.entries, 1300);
        QVERIFY(fileBytes(path).startsWith("# kept in git\n\n"));
    }

    void badFileIsRefusedNamingLine() {
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, u"anchors.txt"_qs, sample().toLine().toUtf8() + "\n\xff\xfe\n");
        auto read = AuditAnchorFile::read(path);
        QVERIFY(!read);
        QVERIFY2(read.error().message.startsWith(path + u" line 2: "_qs),
                 qPrintable(read.error().message));
    }

    void anchorsAreHeldAgainstTheLog() {
        auto db = openDatabase(m_files.newFile());
        QVERIFY(db);
        AuditLog log(*db);
        for (int i = 0; i < 4; ++i) {
            AuditEntry e;
            e.actor = u"tester"_qs;
            e.action = u"create"_qs;
            e.entity = u"release"_qs;
            e.entityId = i + 1;
            Transaction t(*db);
            QVERIFY(t.begin());
            QVERIFY(log.append(e));
            QVERIFY(t.commit());
        }
        AuditAnchor at3 = sample();
        at3.entries = 3;
        at3.head = log.hashAt(3).value().value();
        QVERIFY(checkAnchor(log, 4, at3)->holds());
        AuditAnchor at5 = at3;
        at5.entries = 5;
        const auto truncated = checkAnchor(log, 4, at5);
        QCOMPARE(truncated->outcome, AnchorCheck::Outcome::Truncated);
        QCOMPARE(
            truncated->message,
            u"truncated: the anchor of 2026-11-01T09:30:05Z recorded 5 entries, the log has 4"_qs);
        AuditAnchor other = at3;
        other.head = QString(64, u'f');
        const auto rewritten = checkAnchor(log, 4, other);
        QCOMPARE(rewritten->outcome, AnchorCheck::Outcome::Rewritten);
        QCOMPARE(rewritten->message,
                 u"rewritten: entry 3 differs from the anchor of 2026-11-01T09:30:05Z"_qs);
        AuditAnchor empty = sample();
        empty.entries = 0;
        empty.head = AuditLog::genesisHash();
        QVERIFY(checkAnchor(log, 4, empty)->holds());
    }
};

QTEST_GUILESS_MAIN(tst_AuditAnchor)
#include "tst_AuditAnchor.moc"
