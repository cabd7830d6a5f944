// SPDX-License-Identifier: GPL-3.0-or-later
// The real window warns when a file's audit log is shorter than the last time this computer
// opened it: entries were removed with another tool in between.
#include "Fixtures.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "services/Document.h"
#include "services/FilePreferences.h"
#include "services/ReleaseService.h"

#include <QFileInfo>
#include <QLabel>
#include <QTest>

using namespace slipway;
using namespace slipway::ui;
using test::child;
using test::openDocument;

class tst_AuditChainWarning : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"memory"_qs};

    static QString windowMessage(MainWindow& w) {
        auto* bar = child<QWidget>(w, u"windowMessage"_qs);
        return bar && bar->isVisible() ? bar->findChild<QLabel*>(u"messageText"_qs)->text()
                                       : QString();
    }

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void aLogCutShortSinceLastTimeIsNamed() {
        const QString path = m_files.newFile();
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            for (int i = 0; i < 6; ++i)
                QVERIFY(test::createRelease(doc->releases(),
                                            test::newRelease(u"Service %1"_qs.arg(i))) > 0);
        }
        const qint64 entries =
            test::queryValue(path, u"SELECT count(*) FROM audit_log"_qs).toLongLong();
        QVERIFY(entries >= 6);
        MainWindow w;
        w.restoreLayout();
        QVERIFY(w.openFile(path, false));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(windowMessage(w), QString()); // first seen: remembered, nothing to say
        w.setDocument(nullptr);

        QVERIFY(test::execSql(path, u"DROP TRIGGER audit_log_no_delete"_qs));
        QVERIFY(test::execSql(path, u"DELETE FROM audit_log WHERE seq > %1"_qs.arg(entries - 4)));
        QVERIFY(w.openFile(path, false));
        const QString text = windowMessage(w);
        QVERIFY2(text.contains(u"is shorter than when this computer last saw it (%1 entries, now "
                               "%2): entries were removed outside Slipway"_qs.arg(entries)
                                   .arg(entries - 4)),
                 qPrintable(text));
        QVERIFY(text.contains(QFileInfo(path).fileName()));
    }

    void aWindowThatDoesNotRememberLeavesNoMemory() {
        // Screenshots open files without this computer's memory (no restoreLayout).
        const QString path = m_files.newFile();
        {
            MainWindow w;
            w.setDocument(openDocument(path));
            w.close();
        }
        QVERIFY(!FilePreferences::seenAuditChain(path));
        MainWindow remembering;
        remembering.restoreLayout();
        QVERIFY(remembering.openFile(path, false));
        QVERIFY(FilePreferences::seenAuditChain(path));
    }
};

QTEST_MAIN(tst_AuditChainWarning)
#include "tst_AuditChainWarning.moc"
