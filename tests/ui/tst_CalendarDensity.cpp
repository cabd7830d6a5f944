// SPDX-License-Identifier: GPL-3.0-or-later
// The calendar stays readable at any density: over plans of 500 and 20,000 releases, at
// every zoom, no two bars of a row overlap and no text is drawn over other text; a row
// packs at most its lane cap of sub-rows and sums up the rest as "+N" blocks that list
// their releases and expand the row; dense rows turn into density strips whose days tell
// their count and worst conflicts; the conflicts panel groups thousands of conflicts.
#include "CalendarPlanFixture.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "calendar/CalendarScreen.h"
#include "calendar/CalendarView.h"
#include "calendar/ConflictsPanel.h"
#include "itemmodels/CalendarModel.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <numeric>

using namespace slipway;
using namespace slipway::ui;

namespace {

qint64 utc(int year, int month, int day) {
    return QDateTime(QDate(year, month, day), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

// Pairs of rectangles that overlap by more than a rounding pixel, described for the failure.
template <typename Same> QStringList overlaps(const QList<QRectF>& rects, Same same) {
    QList<qsizetype> order(rects.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return rects[a].left() < rects[b].left(); });
    QStringList found;
    for (qsizetype i = 0; i < order.size() && found.size() < 5; ++i) {
        const QRectF& a = rects[order[i]];
        for (qsizetype j = i + 1; j < order.size(); ++j) {
            const QRectF& b = rects[order[j]];
            if (b.left() >= a.right() - 0.5)
                break;
            if (!same(order[i], order[j]))
                continue;
            const QRectF both = a.intersected(b);
            if (both.width() > 0.5 && both.height() > 0.5)
                found << QStringLiteral("(%1,%2 %3x%4) and (%5,%6 %7x%8)")
                             .arg(a.x())
                             .arg(a.y())
                             .arg(a.width())
                             .arg(a.height())
                             .arg(b.x())
                             .arg(b.y())
                             .arg(b.width())
                             .arg(b.height());
        }
    }
    return found;
}

} // namespace

class tst_CalendarDensity : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_small, m_large; // 500 and 20,000 releases

    struct Open {
        std::unique_ptr<Database> db;
        std::unique_ptr<ReleaseService> releases;
        std::unique_ptr<CalendarModel> model;
        std::unique_ptr<CalendarView> view;
    };

    Open open(const QString& path) {
        Open o;
        o.db = test::openDatabase(path);
        o.releases = std::make_unique<ReleaseService>(*o.db, Session{u"t"_qs, {}});
        o.model = std::make_unique<CalendarModel>(*o.db, *o.releases);
        o.model->setRange({utc(2025, 12, 1), utc(2029, 2, 1)});
        o.model->reload();
        o.view = std::make_unique<CalendarView>();
        o.view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        o.view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        o.view->setModel(o.model.get());
        o.view->resize(1600, 900);
        o.view->show();
        return o;
    }

    static CalendarPaintRecord paint(CalendarView& view) {
        QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        CalendarPaintRecord record;
        view.paintTo(p, image.size(), &record);
        return record;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_CalendarDensity"_qs);
        QSettings().clear();
        Theme::apply();
        m_small = m_dir.filePath(u"plan-500.slipway"_qs);
        m_large = m_dir.filePath(u"plan-20000.slipway"_qs);
        QElapsedTimer timer;
        timer.start();
        QVERIFY(test::writeDensePlan(m_small, 500));
        QVERIFY(test::writeDensePlan(m_large, 20000));
        qInfo("wrote plans of 500 and 20,000 releases in %lld ms", timer.elapsed());
    }

    void nothingOverlapsAtAnyZoom_data() {
        QTest::addColumn<int>("releases");
        QTest::newRow("500") << 500;
        QTest::newRow("20000") << 20000;
    }

    void nothingOverlapsAtAnyZoom() {
        QFETCH(int, releases);
        Open o = open(releases == 500 ? m_small : m_large);
        CalendarView& view = *o.view;
        int bars = 0, texts = 0, blocks = 0, strips = 0;
        const qint64 places[] = {utc(2026, 3, 2), utc(2027, 6, 10), utc(2028, 10, 20)};
        for (int z = 0; z <= int(CalendarView::Zoom::Year); ++z) {
            for (qint64 at : places) {
                view.setZoom(CalendarView::Zoom(z));
                view.scrollToTime(at);
                const CalendarPaintRecord record = paint(view);
                const QString where = QStringLiteral("zoom %1 at %2")
                                          .arg(z)
                                          .arg(QDateTime::fromSecsSinceEpoch(at).toString());
                // Text never over text: names, badges, "+N" and day counts alike.
                const QStringList text =
                    overlaps(record.texts, [](qsizetype, qsizetype) { return true; });
                QVERIFY2(text.isEmpty(),
                         qPrintable(where + u": texts overlap: "_qs + text.join(u"; ")));
                QList<QRectF> rects;
                for (const auto& b : record.bars)
                    rects << b.rect;
                const QStringList bar = overlaps(rects, [&record](qsizetype a, qsizetype b) {
                    return record.bars[a].row == record.bars[b].row;
                });
                QVERIFY2(bar.isEmpty(),
                         qPrintable(where + u": bars overlap: "_qs + bar.join(u"; ")));
                // Blocks are one per slice: never over each other either.
                const QStringList block =
                    overlaps(record.blocks, [](qsizetype, qsizetype) { return true; });
                QVERIFY2(block.isEmpty(), qPrintable(where + u": +N blocks overlap"_qs));
                bars += int(record.bars.size());
                texts += int(record.texts.size());
                blocks += int(record.blocks.size());
                strips += record.stripRows;
            }
        }
        // Not vacuous: there were bars, names and, on the dense plan, blocks and strips.
        QVERIFY(bars > 100);
        QVERIFY(texts > 100);
        QVERIFY(strips > 0);
        if (releases == 20000)
            QVERIFY(blocks > 10);
    }

    void rowsKeepTheirLaneCapAndSumUpTheRest() {
        Open o = open(m_large);
        CalendarView& view = *o.view;
        view.setZoom(CalendarView::Zoom::Month);
        view.scrollToTime(utc(2027, 3, 1));
        for (const CalendarRowGeometry& row : view.rows()) {
            if (row.lane >= 0)
                QVERIFY(row.tracks <= 4 && row.overflow); // about 15 windows at once per team
        }
        const CalendarPaintRecord record = paint(view);
        QVERIFY(record.hiddenCounted > 0);
        QVERIFY(!record.blocks.isEmpty());

        view.setLaneCap(2);
        for (const CalendarRowGeometry& row : view.rows())
            QVERIFY(row.lane < 0 || row.tracks <= 2);
        const CalendarPaintRecord fewer = paint(view);
        QVERIFY(fewer.hiddenCounted > record.hiddenCounted);
        view.setLaneCap(4);
    }

    void plusBlockListsItsReleasesAndExpandsTheRow() {
        Open o = open(m_large);
        CalendarView& view = *o.view;
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setZoom(CalendarView::Zoom::Month);
        view.scrollToTime(utc(2027, 3, 1));
        const CalendarPaintRecord record = paint(view);
        QVERIFY(!record.blocks.isEmpty());
        const QPoint at = record.blocks.first().center().toPoint();
        QVERIFY(view.toolTipAt(at).contains(u"not drawn"_qs));

        QSignalSpy opened(&view, &CalendarView::openRelease);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = view.findChild<QMenu*>(u"calendarOverflowMenu"_qs)) &&
                    menu->isVisible());
        QList<QAction*> releases;
        QAction* expand = nullptr;
        for (QAction* a : menu->actions()) {
            if (a->objectName() == u"expandRowAction")
                expand = a;
            else if (a->isEnabled() && !a->isSeparator())
                releases << a;
        }
        QVERIFY(expand);
        QVERIFY(!releases.isEmpty());
        test::shoot(menu, u"calendar-plus-n-list"_qs);
        // The list opens the release it names.
        releases.first()->trigger();
        QCOMPARE(opened.count(), 1);
        const qint64 id = opened.first().first().toLongLong();
        QVERIFY(releases.first()->text().startsWith(o.releases->find(id)->name));

        // "Show all lanes" gives the row every sub-row it needs.
        const auto tracksOfRowAt = [&view](QPoint p) {
            for (const CalendarRowGeometry& r : view.rows()) {
                if (r.lane >= 0 && view.laneRect(r.lane).contains(p))
                    return std::pair{r.lane, r.tracks};
            }
            return std::pair{-1, 0};
        };
        const auto [row, before] = tracksOfRowAt(at);
        QVERIFY(row >= 0);
        QCOMPARE(before, 4);
        expand->trigger();
        QVERIFY(view.isRowExpanded(row));
        int after = 0;
        for (const CalendarRowGeometry& r : view.rows())
            if (r.lane == row)
                after = r.tracks;
        QVERIFY2(after > 8, qPrintable(QString::number(after)));
        const CalendarPaintRecord expanded = paint(view);
        QVERIFY(expanded.hiddenCounted < record.hiddenCounted);
        view.setRowExpanded(row, false);
        for (const CalendarRowGeometry& r : view.rows())
            if (r.lane == row)
                QCOMPARE(r.tracks, 4);

        // Going to a release the row sums up (from the conflicts panel, say) shows its row
        // whole, so its bar is there to see.
        QVERIFY(view.barRect(id).isEmpty());
        const auto found = o.releases->find(id);
        view.goTo(id, {found->windowStart.toSecsSinceEpoch(), found->windowEnd.toSecsSinceEpoch()});
        QVERIFY(view.isRowExpanded(row));
        QVERIFY(!view.barRect(id).isEmpty());
    }

    void denseRowsShowDaysWithTheirCountAndWorstConflicts() {
        Open o = open(m_large);
        CalendarView& view = *o.view;
        view.setZoom(CalendarView::Zoom::Year);
        view.scrollToTime(utc(2027, 1, 10));
        const CalendarPaintRecord record = paint(view);
        QVERIFY(record.stripRows > 0);
        QVERIFY(record.bars.isEmpty()); // every row of this plan is too dense for bars
        QVERIFY(!record.cells.isEmpty());
        // A day in the first blackout (14 to 17 June 2027) of the first team's row.
        const QRect row = view.laneRect(0);
        const int x = int((utc(2027, 6, 15) + 12 * 3600 - view.visibleRange().start) /
                          view.secondsPerPixel()) +
                      row.left();
        const QString tip = view.toolTipAt(QPoint(x, row.center().y()));
        QVERIFY2(QRegularExpression(u"^<b>\\d+ release"_qs).match(tip).hasMatch(), qPrintable(tip));
        QVERIFY2(tip.contains(u"with conflicts"_qs) && tip.contains(u"Freeze 1"_qs),
                 qPrintable(tip));
        // Clicking the day lists it, with a way to zoom in on it.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(x, row.center().y()));
        QMenu* menu = nullptr;
        QTRY_VERIFY((menu = view.findChild<QMenu*>(u"calendarOverflowMenu"_qs)) &&
                    menu->isVisible());
        QAction* zoom = menu->findChild<QAction*>(u"zoomToDayAction"_qs);
        QVERIFY(zoom);
        zoom->trigger();
        QVERIFY(view.zoom() <= CalendarView::Zoom::Week);
        QVERIFY(!paint(view).bars.isEmpty());
    }

    void laneCapIsAViewOptionRemembered() {
        auto doc = test::openDocument(m_small);
        QVERIFY(doc);
        {
            CalendarScreen screen(*doc);
            screen.restoreLayout();
            QCOMPARE(screen.view()->laneCap(), 4);
            auto* button = screen.findChild<QToolButton*>(u"laneCapButton"_qs);
            QVERIFY(button && button->menu());
            QAction* three = nullptr;
            for (QAction* a : button->menu()->actions())
                if (a->data().toInt() == 3)
                    three = a;
            QVERIFY(three);
            three->trigger();
            QCOMPARE(screen.view()->laneCap(), 3);
            screen.saveLayout();
        }
        CalendarScreen again(*doc);
        again.restoreLayout();
        QCOMPARE(again.view()->laneCap(), 3);
        QSettings().clear();
    }

    void conflictsPanelGroupsThousandsByKindRowAndWeek() {
        Open o = open(m_large);
        const qsizetype total = o.model->conflicts().size();
        QVERIFY2(total > 1000, qPrintable(QString::number(total)));
        ConflictsPanel panel;
        QElapsedTimer timer;
        timer.start();
        panel.setModel(o.model.get());
        qInfo("conflicts panel over %lld conflicts: %lld ms", qint64(total), timer.elapsed());
        QCOMPARE(panel.conflictCount(), int(total));
        auto* tree = panel.findChild<QTreeWidget*>(u"conflictsTree"_qs);
        QTreeWidgetItem* kind = tree->topLevelItem(0);
        QVERIFY(kind->text(0).startsWith(ConflictsPanel::kindTitle(Conflict::Kind::HardBlackout)));
        QVERIFY(kind->text(0).contains(QString::number(total)));
        // Kind, then the calendar's rows (three teams) with counts adding up, then weeks.
        QCOMPARE(kind->childCount(), 3);
        int sum = 0;
        for (int i = 0; i < 3; ++i) {
            const QString text = kind->child(i)->text(0);
            sum += text.section(u'(', -1).chopped(1).toInt();
        }
        QCOMPARE(sum, int(total));
        QTreeWidgetItem* team = kind->child(0);
        QVERIFY(team->childCount() >= 10);
        QTreeWidgetItem* week = team->child(0);
        QVERIFY(week->text(0).startsWith(u"Week "_qs));
        QCOMPARE(week->childCount(), 0); // listed only when opened
        week->setExpanded(true);
        QVERIFY(week->childCount() > 0);
        team->setExpanded(true);
        panel.resize(420, 520);
        test::shoot(&panel, u"calendar-conflicts-panel"_qs);
        QVERIFY(week->child(0)->text(0).contains(u"Freeze"_qs));
        // Opened groups stay open when the panel refreshes.
        panel.setRange({utc(2026, 1, 1), utc(2029, 1, 1)});
        QTreeWidgetItem* again = tree->topLevelItem(0)->child(0)->child(0);
        QVERIFY(again->isExpanded() && again->childCount() > 0);
    }
};

QTEST_MAIN(tst_CalendarDensity)
#include "tst_CalendarDensity.moc"
