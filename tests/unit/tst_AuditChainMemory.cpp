// SPDX-License-Identifier: GPL-3.0-or-later
// The window's memory of each file's audit log: a log that grew is remembered, one cut short
// or rewritten behind Slipway's back is named and never remembered over the longer one.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/AuditChainMemory.h"
#include "services/Document.h"
#include "services/FilePreferences.h"
#include "services/ReleaseService.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTest>

using namespace slipway;
using namespace slipway::test;
using Verdict = AuditChainMemory::Verdict;

Q_DECLARE_METATYPE(std::optional<SeenChain>)
Q_DECLARE_METATYPE(slipway::AuditChainMemory::Verdict)
Q_DECLARE_METATYPE(std::optional<QString>)

namespace {

const QString kA = QString(64, u'a');
const QString kB = QString(64, u'b');
const QString kC = QString(64, u'c');

} // namespace

class tst_AuditChainMemory : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"memory"_qs};

    static void addReleases(Document& doc, int count, int from) {
        for (int i = 0; i < count; ++i)
            QVERIFY(createRelease(doc.releases(), newRelease(u"Service %1"_qs.arg(from + i),
                                                             u"1.0.%1"_qs.arg(i))) > 0);
    }
    static void dropLastEntries(const QString& path, int count) {
        QVERIFY(execSql(path, u"DROP TRIGGER audit_log_no_delete"_qs));
        QVERIFY(execSql(path, u"DELETE FROM audit_log WHERE seq > (SELECT max(seq) - %1 FROM "
                              "audit_log)"_qs.arg(count)));
    }

private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_AuditChainMemory"_qs);
        QStandardPaths::setTestModeEnabled(true);
    }

    void compare_data() {
        QTest::addColumn<std::optional<SeenChain>>("remembered");
        QTest::addColumn<qint64>("nowEntries");
        QTest::addColumn<QString>("nowHead");
        QTest::addColumn<std::optional<QString>>("hashAtRemembered");
        QTest::addColumn<Verdict>("verdict");
        const std::optional<SeenChain> none;
        const std::optional<SeenChain> ten = SeenChain{10, kA};
        QTest::newRow("nothing remembered")
            << none << qint64(10) << kA << std::optional<QString>() << Verdict::First;
        QTest::newRow("unchanged")
            << ten << qint64(10) << kA << std::optional<QString>(kA) << Verdict::Same;
        QTest::newRow("grown") << ten << qint64(14) << kB << std::optional<QString>(kA)
                               << Verdict::Longer;
        QTest::newRow("cut short")
            << ten << qint64(9) << kC << std::optional<QString>() << Verdict::Shorter;
        QTest::newRow("emptied") << ten << qint64(0) << kC << std::optional<QString>()
                                 << Verdict::Shorter;
        QTest::newRow("same length, other head")
            << ten << qint64(10) << kB << std::optional<QString>(kB) << Verdict::Rewritten;
        QTest::newRow("longer, entry changed")
            << ten << qint64(30) << kB << std::optional<QString>(kC) << Verdict::Rewritten;
        QTest::newRow("longer, entry gone")
            << ten << qint64(30) << kB << std::optional<QString>() << Verdict::Rewritten;
        QTest::newRow("empty remembered, anything after")
            << std::optional<SeenChain>(SeenChain{0, QString(64, u'0')}) << qint64(3) << kB
            << std::optional<QString>() << Verdict::Longer;
    }

    void compare() {
        QFETCH(std::optional<SeenChain>, remembered);
        QFETCH(qint64, nowEntries);
        QFETCH(QString, nowHead);
        QFETCH(std::optional<QString>, hashAtRemembered);
        QFETCH(Verdict, verdict);
        QCOMPARE(
            AuditChainMemory::compare(remembered, SeenChain{nowEntries, nowHead}, hashAtRemembered),
            verdict);
    }

    void messagesNameTheFileAndTheCounts() {
        const QString shorter = AuditChainMemory::message(Verdict::Shorter, u"team.slipway"_qs,
                                                          SeenChain{120, kA}, SeenChain{109, kB});
        QCOMPARE(shorter,
                 u"The audit log of team.slipway is shorter than when this computer last "
                 "saw it (120 entries, now 109): entries were removed outside Slipway."_qs);
        const QString rewritten = AuditChainMemory::message(Verdict::Rewritten, u"team.slipway"_qs,
                                                            SeenChain{120, kA}, SeenChain{130, kB});
        QVERIFY2(rewritten.startsWith(u"The audit log of team.slipway has been rewritten since "
                                      "this computer last saw it"_qs),
                 qPrintable(rewritten));
        QVERIFY(rewritten.contains(u"120 entries then, 130 now"_qs));
        QVERIFY(AuditChainMemory::message(Verdict::Longer, u"x"_qs, {}, {}).isEmpty());
    }

    void aGrowingLogIsRememberedAndACutOneNamed() {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        QVERIFY(doc);
        addReleases(*doc, 5, 0);
        auto first = AuditChainMemory::observe(*doc);
        QVERIFY(first);
        QCOMPARE(first->verdict, Verdict::First);
        const SeenChain five = first->now;
        QVERIFY(five.entries >= 5);
        QCOMPARE(FilePreferences::seenAuditChain(path)->entries, five.entries);

        QCOMPARE(AuditChainMemory::observe(*doc)->verdict, Verdict::Same);
        addReleases(*doc, 2, 10);
        auto grown = AuditChainMemory::observe(*doc);
        QCOMPARE(grown->verdict, Verdict::Longer);
        const SeenChain seven = grown->now;
        QCOMPARE(FilePreferences::seenAuditChain(path)->head, seven.head);

        doc.reset();
        dropLastEntries(path, 3);
        doc = openDocument(path);
        QVERIFY(doc);
        auto cut = AuditChainMemory::observe(*doc);
        QVERIFY(cut);
        QCOMPARE(cut->verdict, Verdict::Shorter);
        QVERIFY(cut->warns());
        QVERIFY2(cut->message.contains(
                     u"(%1 entries, now %2)"_qs.arg(seven.entries).arg(seven.entries - 3)),
                 qPrintable(cut->message));
        QVERIFY(cut->message.contains(doc->fileName()));
        // The longer log stays remembered: the warning comes again on the next open.
        QCOMPARE(FilePreferences::seenAuditChain(path)->entries, seven.entries);
        QCOMPARE(AuditChainMemory::observe(*doc)->verdict, Verdict::Shorter);
    }

    void aLogRebuiltPastTheRememberedLengthIsRewritten() {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        QVERIFY(doc);
        addReleases(*doc, 4, 0);
        QCOMPARE(AuditChainMemory::observe(*doc)->verdict, Verdict::First);
        const SeenChain seen = *FilePreferences::seenAuditChain(path);
        doc.reset();
        dropLastEntries(path, 2);
        doc = openDocument(path);
        addReleases(*doc, 5, 20); // Slipway appends after the cut: longer, but not the same log
        auto rewritten = AuditChainMemory::observe(*doc);
        QVERIFY(rewritten);
        QVERIFY(rewritten->now.entries > seen.entries);
        QCOMPARE(rewritten->verdict, Verdict::Rewritten);
        QVERIFY(rewritten->message.contains(u"has been rewritten"_qs));
        QCOMPARE(FilePreferences::seenAuditChain(path)->head, seen.head);
    }

    void filesAreRememberedApart() {
        const QString a = m_files.newFile();
        const QString b = m_files.newFile();
        auto docA = openDocument(a);
        auto docB = openDocument(b);
        addReleases(*docA, 3, 0);
        QCOMPARE(AuditChainMemory::observe(*docA)->verdict, Verdict::First);
        QCOMPARE(AuditChainMemory::observe(*docB)->verdict, Verdict::First);
        QCOMPARE(FilePreferences::seenAuditChain(b)->entries, 0);
        QVERIFY(FilePreferences::seenAuditChain(a)->entries >= 3);
    }
};

QTEST_GUILESS_MAIN(tst_AuditChainMemory)
#include "tst_AuditChainMemory.moc"
