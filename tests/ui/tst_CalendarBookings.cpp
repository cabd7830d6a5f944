// SPDX-License-Identifier: GPL-3.0-or-later
// Environment bookings through the real main window: book an environment from the empty
// spot of its calendar row, drag the booking bar, edit and remove it from its context menu,
// each undone and redone through the Edit menu, with the audit trail and the double-booking
// conflict following every step. Times entered in a chosen zone (the environments and
// freeze dialogs) are stored in UTC and shown back in that zone, also across a DST change.
#include "MainWindow.h"
#include "MessageBar.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "calendar/CalendarScreen.h"
#include "calendar/CalendarView.h"
#include "itemmodels/CalendarModel.h"
#include "scheduling/BookingDialog.h"
#include "scheduling/EnvironmentsDialog.h"
#include "scheduling/FreezeDialog.h"
#include "scheduling/SchedulingActions.h"
#include "scheduling/ZonedDateTimeEdit.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using test::shoot;

namespace {

qint64 at(int day, int hour) {
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::UTC).toSecsSinceEpoch();
}

void drag(QWidget* w, QPoint from, QPoint to, QList<Conflict>* midway, const CalendarView* view) {
    QTest::mousePress(w, Qt::LeftButton, {}, from);
    QTest::mouseMove(w, from + QPoint(8, 0));
    QTest::mouseMove(w, from + QPoint(12, 0));
    *midway = view->dragConflicts();
    for (int i = 1; i <= 4; ++i)
        QTest::mouseMove(w, from + (to - from) * i / 4);
    QTest::mouseRelease(w, Qt::LeftButton, {}, to);
}

void choose(QComboBox* combo, const QString& zone) {
    combo->lineEdit()->selectAll();
    QTest::keyClicks(combo->lineEdit(), zone);
}

} // namespace

class tst_CalendarBookings : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Document* m_doc = nullptr;
    qint64 m_ledger = 0, m_basket = 0;
    const qint64 m_staging = 1, m_performance = 2;
    qint64 m_booking = 0;

    void exec(const QString& sql) {
        QSqlQuery q(m_doc->database().connection());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_qs + sql));
    }

    qint64 release(const QString& name, qint64 start, qint64 end) {
        Release r;
        r.name = name;
        r.version = u"1.0.0"_qs;
        r.teamId = 1;
        r.serviceIds = {1};
        r.windowStart = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
        r.windowEnd = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
        auto created = m_doc->releases().create(r);
        return created ? created->id : 0;
    }

    CalendarView* view() { return m_window->calendarScreen()->view(); }
    CalendarModel* model() { return m_window->calendarScreen()->model(); }

    QList<Booking> bookings() {
        QList<Booking> out;
        QSqlQuery q(m_doc->database().connection());
        q.exec(u"SELECT id, environment_id, COALESCE(release_id, 0), label, start_utc, end_utc "
               "FROM environment_bookings ORDER BY id"_qs);
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                        q.value(3).toString(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                        0});
        return out;
    }

    QString lastAudit() {
        const auto page = AuditLog(m_doc->database()).page({}, 0, 1);
        return page && !page->isEmpty() ? page->first().entity + u':' + page->first().action
                                        : QString();
    }

    bool doubleBooked() {
        for (const Conflict& c : model()->conflicts()) {
            if (c.kind == Conflict::Kind::EnvironmentDoubleBooked && c.releaseId == m_ledger)
                return true;
        }
        return false;
    }

    void action(const QString& name) {
        QAction* a = m_window->findChild<QAction*>(name);
        QVERIFY2(a, qPrintable(name));
        a->trigger();
    }

    // Right-clicks `pos` of the calendar and triggers the menu entry `name`.
    void contextMenu(QPoint pos, const QString& name) {
        QWidget* viewport = view()->viewport();
        QContextMenuEvent event(QContextMenuEvent::Mouse, pos, viewport->mapToGlobal(pos));
        QApplication::sendEvent(viewport, &event);
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        QVERIFY(menu);
        QAction* entry = menu->findChild<QAction*>(name);
        QVERIFY2(entry, qPrintable(name));
        QVERIFY(entry->isEnabled());
        menu->close();
        entry->trigger();
    }

    // The visible dialog of type T, once it has opened (nullptr after two seconds).
    template <typename T> T* openDialog() {
        for (int waited = 0; waited < 2000; waited += 20) {
            for (T* d : m_window->findChildren<T*>()) {
                if (d->isVisible())
                    return d;
            }
            QTest::qWait(20);
        }
        return nullptr;
    }

    int laneOf(qint64 environmentId) {
        for (int l = 0; l < model()->lanes().size(); ++l) {
            const CalendarModel::Lane& lane = model()->lanes()[l];
            if (lane.kind == CalendarModel::RowKind::Environment && lane.id == environmentId)
                return l;
        }
        return -1;
    }

    // Viewport x of `utc`, from the Ledger window's bar and the scale.
    int xOf(qint64 utc) {
        const QRect bar = view()->barRect(m_ledger);
        return bar.left() + int((utc - at(2, 10)) / view()->secondsPerPixel());
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_CalendarBookings"_qs);
        QSettings().clear();
        Theme::apply();
        Database::OpenOptions options;
        options.create = true;
        auto doc = Document::open(m_dir.filePath(u"bookings.slipway"_qs), options);
        QVERIFY2(doc, qPrintable(doc.error().message));
        m_doc = doc->get();
        const QString stamp = u"'t', 0, 't', 0"_qs;
        exec(u"INSERT INTO teams (id, name, created_by, created_at, updated_by, updated_at) "
             "VALUES (1, 'Payments', %1)"_qs.arg(stamp));
        exec(u"INSERT INTO services (id, name, team_id, created_by, created_at, updated_by, "
             "updated_at) VALUES (1, 'Payments API', 1, %1)"_qs.arg(stamp));
        exec(u"INSERT INTO environments (id, name, kind, shared, created_by, created_at, "
             "updated_by, updated_at) VALUES (1, 'Staging', 'staging', 1, %1), "
             "(2, 'Performance', 'test', 0, %1)"_qs.arg(stamp));
        m_ledger = release(u"Ledger"_qs, at(2, 10), at(2, 14));
        m_basket = release(u"Basket"_qs, at(5, 10), at(5, 12));
        QVERIFY(m_ledger && m_basket);
        exec(u"INSERT INTO release_environments (release_id, environment_id) VALUES (%1, 1)"_qs.arg(
            m_ledger));

        m_window = std::make_unique<MainWindow>();
        m_window->setDocument(std::move(doc.value()));
        m_window->resize(1700, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->showScreen(u"calendar"_qs));
        m_window->calendarScreen()->showRange({at(1, 0), at(7, 0)});
        QCoreApplication::processEvents();
        QVERIFY(!view()->barRect(m_ledger).isEmpty());
        QVERIFY(!doubleBooked());
    }

    void cleanupTestCase() { m_window.reset(); }

    void bookFromTheEnvironmentRowUndoAndRedo() {
        const int lane = laneOf(m_staging);
        QVERIFY(lane >= 0);
        const QRect row = view()->laneRect(lane);
        QVERIFY(!row.isEmpty());
        // An empty spot of Staging's row on 3 December at noon.
        contextMenu(QPoint(xOf(at(3, 12)), row.center().y()), u"bookEnvironmentAction"_qs);
        auto* dialog = openDialog<BookingDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->booking().environmentId, m_staging);
        QVERIFY(std::abs(dialog->booking().startUtc - at(3, 12)) <= 3600);
        QCOMPARE(dialog->booking().startUtc % 3600, 0);

        // Over the Ledger window (Staging is shared): 2 December 12:00–16:00 UTC.
        choose(dialog->findChild<QComboBox*>(u"bookingZoneCombo"_qs), u"UTC"_qs);
        dialog->findChild<ZonedDateTimeEdit*>(u"bookingDialogFromEdit"_qs)
            ->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
        dialog->findChild<ZonedDateTimeEdit*>(u"bookingDialogUntilEdit"_qs)
            ->setDateTime(QDateTime(QDate(2026, 12, 2), QTime(16, 0), Qt::UTC));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // neither a release nor what it is for yet
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"bookingDialogLabelEdit"_qs),
                         u"Load test"_qs);
        QVERIFY(ok->isEnabled());
        shoot(dialog, u"booking-dialog"_qs);
        QTest::mouseClick(ok, Qt::LeftButton);

        QCOMPARE(bookings().size(), 1);
        const Booking b = bookings().first();
        m_booking = b.id;
        QCOMPARE(b.environmentId, m_staging);
        QCOMPARE(b.label, u"Load test"_qs);
        QCOMPARE(b.startUtc, at(2, 12));
        QCOMPARE(b.endUtc, at(2, 16));
        QCOMPARE(lastAudit(), u"environment_booking:create"_qs);
        QTRY_VERIFY(doubleBooked());
        QTRY_VERIFY(!view()->bookingRect(m_booking).isEmpty());

        action(u"undoAction"_qs);
        QVERIFY(bookings().isEmpty());
        QCOMPARE(lastAudit(), u"environment_booking:delete"_qs);
        QTRY_VERIFY(!doubleBooked());
        action(u"redoAction"_qs);
        QCOMPARE(bookings().size(), 1);
        QCOMPARE(bookings().first().id, m_booking); // restored under its id
        QCOMPARE(lastAudit(), u"environment_booking:restore"_qs);
        QTRY_VERIFY(doubleBooked());
    }

    void dragTheBookingAwayAndBack() {
        QTRY_VERIFY(!view()->bookingRect(m_booking).isEmpty());
        const QRect bar = view()->bookingRect(m_booking);
        const int dx = int(2 * 86400 / view()->secondsPerPixel()); // two days later
        QList<Conflict> midway;
        drag(view()->viewport(), bar.center(), bar.center() + QPoint(dx, 0), &midway, view());
        QVERIFY(!midway.isEmpty()); // still over the Ledger window a few pixels on
        QCOMPARE(midway.first().kind, Conflict::Kind::EnvironmentDoubleBooked);
        QCOMPARE(midway.first().releaseId, m_ledger);

        const Booking moved = bookings().first();
        QCOMPARE(moved.endUtc - moved.startUtc, 4 * 3600);
        QCOMPARE(moved.startUtc % 900, 0);
        QVERIFY(std::abs(moved.startUtc - (at(2, 12) + 2 * 86400)) <= 1800);
        QCOMPARE(lastAudit(), u"environment_booking:update"_qs);
        QVERIFY(m_doc->undoStack()->undoText().contains(u"Load test"_qs));
        QTRY_VERIFY(!doubleBooked());

        action(u"undoAction"_qs);
        QCOMPARE(bookings().first().startUtc, at(2, 12));
        QTRY_VERIFY(doubleBooked());
        action(u"redoAction"_qs);
        QCOMPARE(bookings().first().startUtc, moved.startUtc);
        QTRY_VERIFY(!doubleBooked());
        action(u"undoAction"_qs);
        QTRY_VERIFY(doubleBooked());
    }

    void editAndRemoveFromTheBookingsMenu() {
        QTRY_VERIFY(!view()->bookingRect(m_booking).isEmpty());
        contextMenu(view()->bookingRect(m_booking).center(), u"editBookingAction"_qs);
        auto* dialog = openDialog<BookingDialog>();
        QVERIFY(dialog);
        QCOMPARE(dialog->booking().id, m_booking);
        // To the Basket release on the Performance environment, which nobody shares.
        auto* environment = dialog->findChild<QComboBox*>(u"bookingEnvironmentCombo"_qs);
        environment->setCurrentIndex(environment->findData(m_performance));
        auto* release = dialog->findChild<QComboBox*>(u"bookingReleaseCombo"_qs);
        QVERIFY(release->findData(m_basket) > 0);
        release->setCurrentIndex(release->findData(m_basket));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(bookings().first().environmentId, m_performance);
        QCOMPARE(bookings().first().releaseId, m_basket);
        QCOMPARE(lastAudit(), u"environment_booking:update"_qs);
        QTRY_VERIFY(!doubleBooked());
        action(u"undoAction"_qs);
        QCOMPARE(bookings().first().environmentId, m_staging);
        QCOMPARE(bookings().first().releaseId, 0);
        QTRY_VERIFY(doubleBooked());

        QTRY_VERIFY(!view()->bookingRect(m_booking).isEmpty());
        contextMenu(view()->bookingRect(m_booking).center(), u"removeBookingAction"_qs);
        QVERIFY(bookings().isEmpty());
        QCOMPARE(lastAudit(), u"environment_booking:delete"_qs);
        QVERIFY(m_doc->undoStack()->undoText().contains(u"Load test"_qs));
        QTRY_VERIFY(!doubleBooked());
        action(u"undoAction"_qs);
        QCOMPARE(bookings().size(), 1);
        QTRY_VERIFY(doubleBooked());
        action(u"redoAction"_qs);
        QVERIFY(bookings().isEmpty());
        action(u"undoAction"_qs);
        QCOMPARE(bookings().size(), 1);
    }

    void environmentsDialogShowsAndEditsInTheChosenZone() {
        action(u"environmentsAction"_qs);
        auto* dialog = openDialog<EnvironmentsDialog>();
        QVERIFY(dialog);
        auto* list = dialog->findChild<QListWidget*>(u"environmentList"_qs);
        list->setCurrentRow(list->row(list->findItems(u"Staging"_qs, Qt::MatchStartsWith).first()));
        auto* table = dialog->findChild<QTableWidget*>(u"bookingTable"_qs);
        QCOMPARE(table->rowCount(), 1);
        choose(dialog->findChild<QComboBox*>(u"bookingZoneCombo"_qs), u"America/New_York"_qs);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"From (America/New_York)"_qs);
        QVERIFY2(table->item(0, 1)->text().startsWith(u"2026-12-02 07:00"_qs),
                 qPrintable(table->item(0, 1)->text()));
        // The choice is remembered: the booking dialog opens on it.
        QCOMPARE(QSettings().value(u"scheduling/entryZone"_qs).toString(), u"America/New_York"_qs);
        table->selectRow(0);
        shoot(dialog, u"environments-dialog-new-york"_qs);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"editBookingButton"_qs), Qt::LeftButton);
        auto* edit = openDialog<BookingDialog>();
        QVERIFY(edit);
        QCOMPARE(edit->findChild<QComboBox*>(u"bookingZoneCombo"_qs)->currentText(),
                 u"America/New_York"_qs);
        auto* from = edit->findChild<ZonedDateTimeEdit*>(u"bookingDialogFromEdit"_qs);
        QCOMPARE(from->dateTime().time(), QTime(7, 0));
        QCOMPARE(from->utc(), at(2, 12));
        // Another zone shows the same instant on its clocks.
        choose(edit->findChild<QComboBox*>(u"bookingZoneCombo"_qs), u"Asia/Tokyo"_qs);
        QCOMPARE(from->dateTime().time(), QTime(21, 0));
        QCOMPARE(from->utc(), at(2, 12));
        const int steps = m_doc->undoStack()->count();
        QTest::mouseClick(edit->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(m_doc->undoStack()->count(), steps); // nothing changed, nothing recorded
        dialog->close();
    }

    void freezeTypedInBerlinAcrossTheAutumnChange() {
        action(u"freezesAction"_qs);
        auto* dialog = openDialog<FreezeDialog>();
        QVERIFY(dialog);
        choose(dialog->findChild<QComboBox*>(u"entryZoneCombo"_qs), u"Europe/Berlin"_qs);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"freezeNameEdit"_qs), u"Outage"_qs);
        // 22:00 to 22:00 Berlin time over the night clocks go back: 25 hours.
        dialog->findChild<ZonedDateTimeEdit*>(u"freezeStartEdit"_qs)
            ->setDateTime(QDateTime(QDate(2026, 10, 24), QTime(22, 0), Qt::UTC));
        dialog->findChild<ZonedDateTimeEdit*>(u"freezeEndEdit"_qs)
            ->setDateTime(QDateTime(QDate(2026, 10, 25), QTime(22, 0), Qt::UTC));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addFreezeButton"_qs), Qt::LeftButton);
        QSqlQuery q(m_doc->database().connection());
        QVERIFY(q.exec(u"SELECT start_utc, end_utc FROM incident_freezes"_qs) && q.next());
        QCOMPARE(q.value(0).toLongLong(),
                 QDateTime(QDate(2026, 10, 24), QTime(20, 0), Qt::UTC).toSecsSinceEpoch());
        QCOMPARE(q.value(1).toLongLong() - q.value(0).toLongLong(), 25 * 3600);
        auto* table = dialog->findChild<QTableWidget*>(u"freezeTable"_qs);
        shoot(dialog, u"freeze-dialog-berlin"_qs);
        QVERIFY2(table->item(0, 2)->text().startsWith(u"2026-10-24 22:00"_qs),
                 qPrintable(table->item(0, 2)->text()));
        QVERIFY2(table->item(0, 3)->text().startsWith(u"2026-10-25 22:00"_qs),
                 qPrintable(table->item(0, 3)->text()));
        action(u"undoAction"_qs);
        dialog->close();
    }

    // A drop works from what the calendar shows: when someone else saved the booking or the
    // release after the calendar read it, the drop is refused naming who and when, and
    // their change stays.
    void dropsRefuseOverSomeoneElsesChange() {
        exec(u"INSERT INTO environment_bookings (id, environment_id, label, start_utc, end_utc, "
             "created_by, created_at, updated_by, updated_at) VALUES (900, 2, 'Soak test', "
             "%1, %2, 't', 0, 't', 0)"_qs.arg(at(3, 8))
                 .arg(at(3, 12)));
        auto* actions = m_window->findChild<SchedulingActions*>();
        QVERIFY(actions);
        Q_EMIT actions->services().scheduleChanged(); // the calendar reads the file again
        QTRY_VERIFY(!view()->bookingRect(900).isEmpty());
        QTRY_VERIFY(!view()->barRect(m_basket).isEmpty());
        QStringList problems;
        const auto sink = connect(actions, &SchedulingActions::problem, this,
                                  [&problems](const QString& m) { problems << m; });
        // bob saves both behind the calendar's back (nothing tells it to read again).
        const QString bob = u"updated_by = 'bob', updated_at = 1893456000, "
                            "row_version = row_version + 1"_qs;
        exec(u"UPDATE environment_bookings SET label = 'Soak test (bob)', %1 WHERE id = 900"_qs.arg(
            bob));
        exec(u"UPDATE releases SET name = 'Basket (bob)', %1 WHERE id = %2"_qs.arg(bob).arg(
            m_basket));
        const int dx = int(86400 / view()->secondsPerPixel());
        QList<Conflict> midway;
        const QRect bar = view()->bookingRect(900);
        drag(view()->viewport(), bar.center(), bar.center() + QPoint(dx, 0), &midway, view());
        disconnect(sink);
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(u"was changed by bob at"_qs),
                 qPrintable(problems.first()));
        QSqlQuery q(m_doc->database().connection());
        QVERIFY(q.exec(u"SELECT start_utc, label FROM environment_bookings WHERE id = 900"_qs));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), at(3, 8));
        QCOMPARE(q.value(1).toString(), u"Soak test (bob)"_qs);

        const QRect window = view()->barRect(m_basket);
        drag(view()->viewport(), window.center(), window.center() + QPoint(dx, 0), &midway, view());
        auto* message = m_window->findChild<MessageBar*>(u"calendarMessage"_qs);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"was changed by bob at"_qs),
                 qPrintable(message->text()));
        const auto basket = m_doc->releases().find(m_basket);
        QVERIFY(basket);
        QCOMPARE(basket->name, u"Basket (bob)"_qs);
        QCOMPARE(basket->windowStart.toSecsSinceEpoch(), at(5, 10));
    }
};

QTEST_MAIN(tst_CalendarBookings)
#include "tst_CalendarBookings.moc"
