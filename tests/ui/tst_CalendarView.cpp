// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar through the real screen offscreen, as a release manager uses it: drag a
// window, resize it by its end, undo and redo, see the conflicts of a new place while the
// mouse is down, zoom, filter rows, open a release, and meet the empty state.
#include "Fixtures.h"
#include "TestSupport.h"
#include "Theme.h"
#include "calendar/CalendarScreen.h"
#include "calendar/CalendarView.h"
#include "calendar/ConflictsPanel.h"
#include "itemmodels/CalendarModel.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

namespace {

qint64 at(int day, int hour) {
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

Interval windowOf(Document& doc, qint64 id) {
    const auto r = doc.releases().find(id);
    return r ? Interval{r->windowStart.toSecsSinceEpoch(), r->windowEnd.toSecsSinceEpoch()}
             : Interval{};
}

// Presses at `from`, moves there in a few steps as a hand would, releases at `to`.
void drag(QWidget* w, QPoint from, QPoint to, bool release = true) {
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(w, from + (to - from) * i / 4);
    if (release)
        QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

} // namespace

class tst_CalendarView : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"view"_qs};
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<CalendarScreen> m_screen;
    qint64 m_ledger = 0, m_basket = 0;

    void exec(const QString& sql) { test::exec(m_doc->database(), sql); }

    qint64 release(const QString& name, qint64 team, qint64 start, qint64 end) {
        Release r = test::releaseBetween(name, start, end);
        r.version = u"2.0.0"_qs;
        r.teamId = team;
        r.serviceIds = {team};
        return test::createRelease(m_doc->releases(), r);
    }

    CalendarView* view() { return m_screen->view(); }
    QWidget* viewport() { return m_screen->view()->viewport(); }

private Q_SLOTS:
    void initTestCase() {
        Theme::apply();
        m_doc = test::openDocument(m_files.newFile());
        QVERIFY(m_doc);
        test::addTwoTeams(m_doc->database());
        const QString stamp = u"'t', 0, 't', 0"_qs;
        exec(
            u"INSERT INTO blackouts (id, name, start_utc, end_utc, time_zone, severity, all_services, created_by, created_at, updated_by, updated_at) VALUES (1, 'Year-end', %1, %2, 'UTC', 'hard', 1, %3)"_qs
                .arg(at(4, 0))
                .arg(at(5, 0))
                .arg(stamp));
        m_ledger = release(u"Ledger"_qs, 1, at(2, 10), at(2, 14));
        m_basket = release(u"Basket"_qs, 2, at(3, 10), at(3, 12));
        QVERIFY(m_ledger && m_basket);
        m_screen = std::make_unique<CalendarScreen>(*m_doc);
        m_screen->resize(1400, 700);
        m_screen->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    }

    void init() {
        // Dec 1 to Dec 6 across the width: an hour is about 8 pixels.
        m_screen->showRange({at(1, 0), at(6, 0)});
        QCoreApplication::processEvents();
    }

    void cleanupTestCase() {
        m_screen.reset();
        m_doc.reset();
    }

    void dragMovesTheWindowAndUndoPutsItBack() {
        const Interval before = windowOf(*m_doc, m_ledger);
        const QRect bar = view()->barRect(m_ledger);
        QVERIFY(bar.width() > 20);
        const int dx = int(6 * 3600 / view()->secondsPerPixel()); // about six hours later
        drag(viewport(), bar.center(), bar.center() + QPoint(dx, 0));
        QTRY_VERIFY(windowOf(*m_doc, m_ledger) != before);
        const Interval after = windowOf(*m_doc, m_ledger);
        QCOMPARE(after.length(), before.length());
        QCOMPARE(after.start % 900, 0); // on the 15-minute grid
        QVERIFY(std::abs((after.start - before.start) - 6 * 3600) <= 1800);
        QCOMPARE(m_doc->undoStack()->count(), 1);
        QVERIFY(m_doc->undoStack()->text(0).contains(u"Ledger"_qs));

        m_doc->undoStack()->undo();
        QCOMPARE(windowOf(*m_doc, m_ledger), before);
        m_doc->undoStack()->redo();
        QCOMPARE(windowOf(*m_doc, m_ledger), after);
        // The model follows: the bar is drawn where the file says.
        QTRY_VERIFY(std::abs(view()->barRect(m_ledger).left() - (bar.left() + dx)) <= 8);
        m_doc->undoStack()->undo();
        QTRY_COMPARE(view()->barRect(m_ledger).left(), bar.left());
    }

    void rightEdgeResizesOnlyTheEnd() {
        const Interval before = windowOf(*m_doc, m_basket);
        const QRect bar = view()->barRect(m_basket);
        const int dx = int(3 * 3600 / view()->secondsPerPixel());
        const QPoint edge(bar.right() - 1, bar.center().y());
        drag(viewport(), edge, edge + QPoint(dx, 0));
        QTRY_VERIFY(windowOf(*m_doc, m_basket) != before);
        const Interval after = windowOf(*m_doc, m_basket);
        QCOMPARE(after.start, before.start);
        QVERIFY(std::abs((after.end - before.end) - 3 * 3600) <= 1800);
        QCOMPARE(after.end % 900, 0);
        m_doc->undoStack()->undo();
        QCOMPARE(windowOf(*m_doc, m_basket), before);
    }

    void draggingOntoAHardBlackoutShowsTheConflictLive() {
        const Interval before = windowOf(*m_doc, m_ledger);
        const int undoCount = m_doc->undoStack()->count();
        QTRY_VERIFY(!view()->barRect(m_ledger).isEmpty());
        const QRect bar = view()->barRect(m_ledger);
        const int dx = int((at(4, 10) - before.start) / view()->secondsPerPixel());
        drag(viewport(), bar.center(), bar.center() + QPoint(dx, 0), false);
        QVERIFY(view()->isDragging());
        QCOMPARE(view()->dragConflicts().size(), 1);
        QCOMPARE(view()->dragConflicts().first().kind, Conflict::Kind::HardBlackout);
        QCOMPARE(view()->dragConflicts().first().otherLabel, u"Year-end"_qs);
        // Back off the blackout: the warning goes away while the mouse is still down.
        QTest::mouseMove(viewport(), bar.center() + QPoint(dx / 4, 0));
        QVERIFY(view()->dragConflicts().isEmpty());
        // Escape abandons the drag: nothing saved, nothing to undo.
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!view()->isDragging());
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, bar.center() + QPoint(dx / 4, 0));
        QCOMPARE(windowOf(*m_doc, m_ledger), before);
        QCOMPARE(m_doc->undoStack()->count(), undoCount);
    }

    void zoomLevelsChangeTheVisibleRange() {
        const struct {
            CalendarView::Zoom zoom;
            qint64 days;
        } levels[] = {{CalendarView::Zoom::Day, 1},
                      {CalendarView::Zoom::Week, 7},
                      {CalendarView::Zoom::Month, 31},
                      {CalendarView::Zoom::Quarter, 92},
                      {CalendarView::Zoom::Year, 366}};
        for (const auto& level : levels) {
            view()->setZoom(level.zoom);
            const qint64 shown = view()->visibleRange().length();
            QVERIFY2(
                std::abs(shown - level.days * 86400) <= level.days * 86400 / 50,
                qPrintable(
                    u"%1 days shown for a %2-day zoom"_qs.arg(shown / 86400.0).arg(level.days)));
            QCOMPARE(view()->zoom(), level.zoom);
        }
        // Keyboard: + zooms in around the middle, - out, T brings today into view.
        view()->setZoom(CalendarView::Zoom::Month);
        const qint64 month = view()->visibleRange().length();
        QTest::keyClick(view(), Qt::Key_Plus);
        QVERIFY(view()->visibleRange().length() < month);
        QTest::keyClick(view(), Qt::Key_Minus);
        QTest::keyClick(view(), Qt::Key_Minus);
        QVERIFY(view()->visibleRange().length() > month);
        QTest::keyClick(view(), Qt::Key_T);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(view()->visibleRange().start <= now && now < view()->visibleRange().end);
        // Ctrl+wheel zooms smoothly, keeping the time under the cursor where it was.
        const QPoint cursor(700, 200);
        const qint64 before = view()->visibleRange().length();
        QWheelEvent wheel(cursor, viewport()->mapToGlobal(cursor), {}, QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport(), &wheel);
        QVERIFY(view()->visibleRange().length() < before);
    }

    // The tooltip gives the window in the zone of each person who would be there for it: who
    // holds a required role and is available then, not everyone with the role.
    void toolTipShowsTheWindowInEachParticipantsZone() {
        const QString stamp = u"'t', 0, 't', 0"_qs;
        exec(u"INSERT INTO people (id, name, time_zone, work_start_min, work_end_min, created_by, "
             u"created_at, updated_by, updated_at) VALUES "
             "(11, 'Ana Lima', 'America/New_York', 300, 780, %1), "
             "(12, 'Ben Stokes', 'Europe/London', 540, 1020, %1), "
             "(13, 'Chloe Roth', 'Europe/Berlin', 540, 1020, %1), "
             "(14, 'Ola <Ops> & Co', 'Asia/Kolkata', 540, 1260, %1)"_qs.arg(stamp));
        exec(u"INSERT INTO person_roles VALUES (11, 'qa'), (12, 'qa'), (13, 'development'), "
             "(14, 'operations')"_qs);
        exec(
            u"INSERT INTO person_availability (person_id, kind, start_utc, end_utc, created_by, created_at, updated_by, updated_at) VALUES (12, 'leave', %1, %2, %3)"_qs
                .arg(at(1, 0))
                .arg(at(3, 0))
                .arg(stamp));
        exec(u"INSERT INTO release_roles VALUES (%1, 'qa'), (%1, 'operations')"_qs.arg(m_ledger));
        m_screen->model()->reload();
        QCoreApplication::processEvents();
        const QRect bar = view()->barRect(m_ledger);
        QVERIFY(!bar.isEmpty());
        const QString tip = view()->toolTipAt(bar.center());
        // Ledger runs 10:00–14:00 UTC on 2 December.
        QVERIFY2(
            tip.contains(u"Ana Lima (QA) — America/New_York: Wed 2 Dec 2026 05:00 – 09:00 EST"_qs),
            qPrintable(tip));
        QVERIFY2(
            tip.contains(
                u"Ola &lt;Ops&gt; &amp; Co (Operations) — Asia/Kolkata: Wed 2 Dec 2026 15:30 – 19:30 IST"_qs),
            qPrintable(tip));
        QVERIFY2(tip.contains(u"Window (UTC): Wed 2 Dec 2026 10:00 – 14:00 UTC"_qs),
                 qPrintable(tip));
        QVERIFY2(!tip.contains(u"Ben Stokes"_qs), qPrintable(tip)); // on leave
        QVERIFY2(!tip.contains(u"Chloe"_qs), qPrintable(tip));      // not a required role
        QVERIFY2(!tip.contains(u"Europe/Berlin"_qs), qPrintable(tip));
    }

    void filtersHideRows() {
        auto* menu = m_screen->findChild<QMenu*>(u"teamFilterButtonMenu"_qs);
        QVERIFY(menu);
        QAction* payments = nullptr;
        for (QAction* a : menu->actions())
            if (a->text() == u"Payments")
                payments = a;
        QVERIFY(payments);
        payments->setChecked(true);
        Q_EMIT menu->triggered(payments);
        QStringList lanes;
        for (const auto& lane : m_screen->model()->lanes())
            lanes << lane.name;
        QCOMPARE(lanes, QStringList{u"Payments"_qs});
        QVERIFY(view()->barRect(m_basket).isEmpty());
        payments->setChecked(false);
        Q_EMIT menu->triggered(payments);
        QCOMPARE(m_screen->model()->lanes().size(), 2);
    }

    void doubleClickOpensTheReleaseAndConflictsGoTo() {
        QSignalSpy open(m_screen.get(), &CalendarScreen::openRelease);
        const QRect bar = view()->barRect(m_basket);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, bar.center());
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toLongLong(), m_basket);

        // A window in the blackout shows in the conflicts panel; "go to" selects it.
        const qint64 late = release(u"Latecomer"_qs, 2, at(4, 8), at(4, 9));
        QTRY_VERIFY(m_screen->model()->conflicts().size() == 1);
        view()->setZoom(CalendarView::Zoom::Year);
        auto* tree = m_screen->findChild<QTreeWidget*>(u"conflictsTree"_qs);
        QTRY_VERIFY(m_screen->conflictsPanel()->conflictCount() == 1);
        QTreeWidgetItem* group = tree->topLevelItem(0);
        QVERIFY(group && group->childCount() == 1);
        tree->setCurrentItem(group->child(0));
        QTest::mouseClick(m_screen->findChild<QPushButton*>(u"goToConflictButton"_qs),
                          Qt::LeftButton);
        QCOMPARE(view()->selectedRelease(), late);
        QVERIFY(!view()->barRect(late).isEmpty());
        QVERIFY(view()->barRect(late).intersects(viewport()->rect()));
    }

    void emptyFileOffersToCreateARelease() {
        auto empty = test::openDocument(m_files.newFile());
        QVERIFY(empty);
        CalendarScreen screen(*empty);
        screen.show(); // the schedule is read when the screen is first shown
        QVERIFY(QTest::qWaitForWindowExposed(&screen));
        auto* stack = screen.findChild<QStackedWidget*>();
        QVERIFY(stack);
        QCOMPARE(stack->currentWidget()->objectName(), u"calendarEmptyState"_qs);
        QSignalSpy create(&screen, &CalendarScreen::createRelease);
        auto* button = stack->currentWidget()->findChild<QPushButton*>();
        QVERIFY(button);
        button->click();
        QCOMPARE(create.count(), 1);
    }
};

QTEST_MAIN(tst_CalendarView)
#include "tst_CalendarView.moc"
