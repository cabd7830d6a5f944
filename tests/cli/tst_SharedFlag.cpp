// SPDX-License-Identifier: GPL-3.0-or-later
// A file opened once with --shared keeps the rollback journal in later runs without the
// flag: WAL on a network share would corrupt it.
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace slipway::test;

namespace {

// SQLite's header bytes 18 and 19: 1 = rollback journal, 2 = WAL.
int journalKind(const QString& path) {
    const QByteArray header = fileBytes(path).left(20);
    return header.size() == 20 ? int(header[18]) : -1;
}

} // namespace

class tst_SharedFlag : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void sharedIsRemembered() {
        // The journal is switched by the first write (commands that only read never switch it).
        QTemporaryDir dir;
        const QString local = dir.filePath(u"local.slipway"_qs);
        const QString onShare = dir.filePath(u"share.slipway"_qs);
        const QString calendar = testDataPath(u"ics/quarter_end_and_freeze.ics"_qs);
        const auto write = [&calendar](const QString& file, const QStringList& extra) {
            return runSlipway(QStringList{u"import"_qs, u"ics"_qs, u"--db"_qs, file, u"--as"_qs,
                                          u"blackouts"_qs, calendar} +
                              extra)
                .exitCode;
        };
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, local}).exitCode, 0);
        QCOMPARE(runSlipway({u"demo"_qs, u"--db"_qs, onShare}).exitCode, 0);
        QCOMPARE(write(local, {}), 0);
        QCOMPARE(journalKind(local), 2); // a local file uses WAL
        QCOMPARE(write(onShare, {}), 0);
        QCOMPARE(journalKind(onShare), 2);
        QCOMPARE(write(onShare, {u"--shared"_qs}), 0);
        QCOMPARE(journalKind(onShare), 1); // the rollback journal on a share
        QCOMPARE(write(onShare, {}), 0);
        QCOMPARE(journalKind(onShare), 1); // remembered, without the flag
        QCOMPARE(runSlipway({u"check"_qs, u"--db"_qs, onShare, u"--integrity-only"_qs}).exitCode,
                 0);
        QCOMPARE(journalKind(onShare), 1);
        QCOMPARE(journalKind(local), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SharedFlag)
#include "tst_SharedFlag.moc"
