// SPDX-License-Identifier: GPL-3.0-or-later
// The release editor through the real window: a status the lifecycle does not allow is
// refused with its guards next to the status field, and the button beside them opens the
// screen that settles the first one.
#include "MainWindow.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "releases/ReleasesView.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace slipway;
using namespace slipway::ui;
using namespace slipway::test;

class tst_LifecycleEditor : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"lifecycle-editor"_qs};

private Q_SLOTS:
    void refusedStatusShowsItsGuards() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.4.0"_qs;
        r.windowStart = QDateTime(QDate(2031, 3, 1), QTime(22, 0), Qt::UTC);
        r.windowEnd = r.windowStart.addSecs(4 * 3600);
        auto created = doc.releases().create(r);
        QVERIFY(created);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.releasesView()->selectRelease(created->id);

        auto* status = child<QComboBox>(w, u"releaseStatusCombo"_qs);
        auto* guard = child<QLabel>(w, u"statusGuard"_qs);
        auto* fix = child<QPushButton>(w, u"statusGuardFix"_qs);
        QVERIFY(status && guard && fix);
        QVERIFY(!guard->isVisible());

        // Scheduled is allowed: a window and nothing in its way.
        status->setCurrentIndex(status->findData(int(ReleaseStatus::Scheduled)));
        QVERIFY(!guard->isVisible());

        status->setCurrentIndex(status->findData(int(ReleaseStatus::Approved)));
        QVERIFY(guard->isVisible());
        QVERIFY2(guard->text().contains(u"Change approval"_qs), qPrintable(guard->text()));
        QVERIFY(guard->text().contains(u"no change request"_qs));
        QVERIFY(fix->isVisible());
        QCOMPARE(fix->text(), u"Open the CAB"_qs);

        // Saving anyway is refused by the service: nothing stored, the reason stays in view.
        QTest::mouseClick(child<QPushButton>(w, u"saveReleaseButton"_qs), Qt::LeftButton);
        QCOMPARE(doc.releases().find(created->id)->status, ReleaseStatus::Planned);
        QCOMPARE(doc.releases().find(created->id)->rowVersion, qint64(1));
        QVERIFY(guard->isVisible());
        QVERIFY(guard->text().contains(u"Change approval"_qs));

        QTest::mouseClick(fix, Qt::LeftButton);
        QCOMPARE(w.currentScreen(), u"cab"_qs);
    }

    // The Definition tab lists every guard; an open one links to the screen that settles it.
    void readinessListsEveryGuard() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        Release r;
        r.name = u"Ledger"_qs;
        r.version = u"1.0.0"_qs;
        r.windowStart = QDateTime(QDate(2031, 4, 1), QTime(22, 0), Qt::UTC);
        r.windowEnd = r.windowStart.addSecs(3600);
        auto created = doc.releases().create(r);
        QVERIFY(created);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.releasesView()->selectRelease(created->id);
        w.releasesView()->showDefinition();
        auto* window = child<QWidget>(w, u"readiness_window"_qs);
        auto* approval = child<QWidget>(w, u"readiness_approval"_qs);
        QVERIFY(window && approval);
        QVERIFY(child<QWidget>(w, u"readiness_closure"_qs));
        QVERIFY(approval->findChildren<QLabel*>().first()->text() == u"✗"_qs);
        QVERIFY(window->findChildren<QLabel*>().first()->text() == u"✓"_qs);
        QVERIFY(!window->findChild<QPushButton*>()); // met: nothing to open
        auto* open = child<QPushButton>(w, u"readinessOpen_approval"_qs);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(w.currentScreen(), u"cab"_qs);
    }
};

QTEST_MAIN(tst_LifecycleEditor)
#include "tst_LifecycleEditor.moc"
