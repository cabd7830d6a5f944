// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/FilePreferences.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace slipway;

class tst_FilePreferences : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_FilePreferences"_qs);
        QStandardPaths::setTestModeEnabled(true);
    }

    void sharedFlagIsRememberedPerFile() {
        QTemporaryDir dir;
        const QString a = dir.filePath(u"team [share].slipway"_qs);
        const QString b = dir.filePath(u"local.slipway"_qs);
        QVERIFY(!FilePreferences::isShared(a));
        FilePreferences::setShared(a, true);
        QVERIFY(FilePreferences::isShared(a));
        QVERIFY(!FilePreferences::isShared(b));
        // The same file reached through another spelling of its path.
        QVERIFY(FilePreferences::isShared(dir.path() + u"/./team [share].slipway"_qs));
        FilePreferences::setShared(a, false);
        QVERIFY(!FilePreferences::isShared(a));
    }

    void recentFilesAreNewestFirstAndExisting() {
        QTemporaryDir dir;
        QStringList paths;
        for (int i = 0; i < 12; ++i) {
            paths << dir.filePath(u"f%1.slipway"_qs.arg(i));
            QFile f(paths.last());
            QVERIFY(f.open(QIODevice::WriteOnly));
            FilePreferences::addRecentFile(paths.last());
        }
        QStringList recent = FilePreferences::recentFiles();
        QCOMPARE(recent.size(), FilePreferences::kMaxRecent);
        QCOMPARE(recent.first(), paths.last());
        FilePreferences::addRecentFile(paths[5]); // reopening moves it to the top, once
        recent = FilePreferences::recentFiles();
        QCOMPARE(recent.first(), paths[5]);
        QCOMPARE(recent.count(paths[5]), 1);
        QFile::remove(paths[11]);
        QVERIFY(!FilePreferences::recentFiles().contains(paths[11]));
    }
};

QTEST_GUILESS_MAIN(tst_FilePreferences)
#include "tst_FilePreferences.moc"
