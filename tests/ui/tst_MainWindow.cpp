// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen the way a release manager would: create, edit and
// delete a release through the editor, undo and redo across all three, see validation next
// to the fields, narrow the table, verify the audit chain, and meet a read-only file.
#include "Fixtures.h"
#include "MainWindow.h"
#include "ScreenshotRenderer.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "calendar/CalendarScreen.h"
#include "calendar/ConflictsPanel.h"
#include "itemmodels/AuditLogModel.h"
#include "itemmodels/CalendarModel.h"
#include "itemmodels/ReleaseTableModel.h"
#include "itemmodels/Roles.h"
#include "releases/ReleasesView.h"
#include "scheduling/BlackoutDialog.h"
#include "services/Document.h"
#include "services/FilePreferences.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using test::child;
using test::openDocument;
using test::typeInto;

class tst_MainWindow : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"window"_qs};

    static QStringList storedNames(Document& doc) {
        QStringList names;
        const auto all = doc.releases().all(); // kept alive: the loop borrows from it
        for (const Release& r : all.value())
            names << r.name;
        names.sort();
        return names;
    }

    static int tableRows(MainWindow& w) {
        return child<QTableView>(w, u"releaseTable"_qs)->model()->rowCount();
    }

    static QString message(MainWindow& w, const QString& bar) {
        return child<QWidget>(w, bar)->findChild<QLabel*>(u"messageText"_qs)->text();
    }

    static void undo(MainWindow& w) { child<QAction>(w, u"undoAction"_qs)->trigger(); }
    static void redo(MainWindow& w) { child<QAction>(w, u"redoAction"_qs)->trigger(); }

    // A new file holding `releases`; one that is refused fails the test and gives no path.
    QString fileWith(const QList<Release>& releases) {
        const QString path = m_files.newFile();
        auto doc = openDocument(path);
        for (const Release& r : releases)
            if (!doc || !test::createRelease(doc->releases(), r))
                return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase() { Theme::apply(); }

    void scheduleMenuFollowsTheOpenFile() {
        MainWindow w;
        auto* menu = child<QMenu>(w, u"scheduleMenu"_qs);
        QVERIFY(menu);
        QVERIFY(menu->actions().isEmpty()); // nothing to schedule without a file
        const QString path = m_files.newFile();
        w.setDocument(openDocument(path));
        QCOMPARE(menu->actions().size(), 7); // five dialogs, a separator, the window finder
        for (QAction* a : menu->actions())
            QVERIFY2(a->isEnabled(), qPrintable(a->text()));
        // Another file replaces them; a read-only one offers no edits.
        w.setDocument(openDocument(path, true));
        QCOMPARE(menu->actions().size(), 7);
        QVERIFY(!menu->actions().first()->isEnabled());
    }

    void createEditDeleteThenUndoAndRedo() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // An empty file says what the screen is for and offers the first action.
        auto* first = child<QPushButton>(w, u"createFirstReleaseButton"_qs);
        QVERIFY(first && first->isVisible());
        QTest::mouseClick(first, Qt::LeftButton);
        QVERIFY(!first->isVisible());

        typeInto(child<QLineEdit>(w, u"releaseNameEdit"_qs), u"Payments"_qs);
        typeInto(child<QLineEdit>(w, u"releaseVersionEdit"_qs), u"2.0.0"_qs);
        typeInto(child<QLineEdit>(w, u"changeTicketEdit"_qs), u"CHG100"_qs);
        QTest::mouseClick(child<QPushButton>(w, u"saveReleaseButton"_qs), Qt::LeftButton);
        QCOMPARE(storedNames(doc), QStringList{u"Payments"_qs});
        QCOMPARE(tableRows(w), 1);
        QCOMPARE(child<QLabel>(w, u"editorTitle"_qs)->text(), u"Payments"_qs);

        // The new release is selected and in the editor: edit it there.
        typeInto(child<QLineEdit>(w, u"releaseNameEdit"_qs), u"Payments gateway"_qs);
        QTest::mouseClick(child<QPushButton>(w, u"saveReleaseButton"_qs), Qt::LeftButton);
        QCOMPARE(storedNames(doc), QStringList{u"Payments gateway"_qs});
        QCOMPARE(doc.releases().all()->first().rowVersion, qint64(2));
        auto* table = child<QTableView>(w, u"releaseTable"_qs);
        QCOMPARE(table->model()->index(0, ReleaseTableModel::NameColumn).data().toString(),
                 u"Payments gateway"_qs);

        QTest::mouseClick(child<QPushButton>(w, u"deleteReleaseButton"_qs), Qt::LeftButton);
        QVERIFY(storedNames(doc).isEmpty());
        QCOMPARE(tableRows(w), 0);
        QCOMPARE(doc.undoStack()->count(), 3);

        undo(w); // the delete: back under its old id, as edited
        QCOMPARE(storedNames(doc), QStringList{u"Payments gateway"_qs});
        QCOMPARE(tableRows(w), 1);
        undo(w); // the edit
        QCOMPARE(storedNames(doc), QStringList{u"Payments"_qs});
        QCOMPARE(table->model()->index(0, ReleaseTableModel::NameColumn).data().toString(),
                 u"Payments"_qs);
        undo(w); // the create
        QVERIFY(storedNames(doc).isEmpty());
        QCOMPARE(tableRows(w), 0);
        QVERIFY(child<QPushButton>(w, u"createFirstReleaseButton"_qs)->isVisible());

        redo(w);
        QCOMPARE(storedNames(doc), QStringList{u"Payments"_qs});
        QCOMPARE(tableRows(w), 1);
        redo(w);
        QCOMPARE(storedNames(doc), QStringList{u"Payments gateway"_qs});
        QCOMPARE(doc.undoStack()->index(), 2);
        // Every step, undo included, is an audited edit.
        QCOMPARE(AuditLog(doc.database()).count().value(), qint64(8));
    }

    void validationShowsNextToTheField() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::mouseClick(child<QPushButton>(w, u"newReleaseButton"_qs), Qt::LeftButton);

        auto* nameProblem = child<QLabel>(w, u"nameProblem"_qs);
        auto* versionProblem = child<QLabel>(w, u"versionProblem"_qs);
        auto* windowProblem = child<QLabel>(w, u"windowEndProblem"_qs);
        QVERIFY(!nameProblem->isVisible()); // a fresh form is not scolded before any typing

        typeInto(child<QLineEdit>(w, u"releaseVersionEdit"_qs), u"two"_qs);
        QTest::mouseClick(child<QCheckBox>(w, u"scheduledCheck"_qs), Qt::LeftButton);
        auto* start = child<QDateTimeEdit>(w, u"windowStartEdit"_qs);
        auto* end = child<QDateTimeEdit>(w, u"windowEndEdit"_qs);
        end->setDateTime(start->dateTime().addSecs(-3600));
        QTest::mouseClick(child<QPushButton>(w, u"saveReleaseButton"_qs), Qt::LeftButton);

        QVERIFY(nameProblem->isVisible());
        QVERIFY(nameProblem->text().contains(u"name is required"_qs));
        QVERIFY(versionProblem->isVisible());
        QVERIFY(versionProblem->text().contains(u"semantic version"_qs));
        QVERIFY(windowProblem->isVisible());
        QVERIFY(windowProblem->text().contains(u"end after it starts"_qs));
        QVERIFY(w.document()->releases().all()->isEmpty());

        // Fixing a field clears its message as the user types.
        typeInto(child<QLineEdit>(w, u"releaseVersionEdit"_qs), u"2.0.0"_qs);
        QVERIFY(!versionProblem->isVisible());
        QVERIFY(nameProblem->isVisible());

        // Abandoning the draft goes back to the empty file's first step; nothing is stored.
        auto* discard = child<QPushButton>(w, u"revertReleaseButton"_qs);
        QCOMPARE(discard->text(), u"&Discard"_qs);
        QTest::mouseClick(discard, Qt::LeftButton);
        QVERIFY(child<QPushButton>(w, u"createFirstReleaseButton"_qs)->isVisible());
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void unsavedEditsAreNotLostOnPickingAnotherRow() {
        const QString path =
            fileWith({test::newRelease(u"Alpha"_qs), test::newRelease(u"Beta"_qs)});
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setDocument(openDocument(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        ReleasesView* view = w.releasesView();
        QStringList asked;
        auto choice = ReleasesView::UnsavedChoice::Stay;
        view->setUnsavedPrompt([&](const QString& name) {
            asked << name;
            return choice;
        });
        auto* table = child<QTableView>(w, u"releaseTable"_qs);
        const auto rowOf = [&](const QString& name) {
            for (int row = 0; row < table->model()->rowCount(); ++row) {
                if (table->model()->index(row, ReleaseTableModel::NameColumn).data() == name)
                    return row;
            }
            return -1;
        };
        const auto pick = [&](const QString& name) {
            table->selectRow(rowOf(name));
        };
        auto* nameEdit = child<QLineEdit>(w, u"releaseNameEdit"_qs);
        pick(u"Alpha"_qs);
        QCOMPARE(nameEdit->text(), u"Alpha"_qs);

        // Stay: the row and the typed text stay; nothing is stored.
        typeInto(nameEdit, u"Alpha prime"_qs);
        pick(u"Beta"_qs);
        QCOMPARE(asked, QStringList{u"“Alpha prime”"_qs});
        QCOMPARE(nameEdit->text(), u"Alpha prime"_qs);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), rowOf(u"Alpha"_qs));
        QCOMPARE(storedNames(*w.document()), (QStringList{u"Alpha"_qs, u"Beta"_qs}));

        // Save: stored (undoably), then the picked row is shown.
        choice = ReleasesView::UnsavedChoice::Save;
        pick(u"Beta"_qs);
        QCOMPARE(storedNames(*w.document()), (QStringList{u"Alpha prime"_qs, u"Beta"_qs}));
        QCOMPARE(nameEdit->text(), u"Beta"_qs);
        QCOMPARE(w.document()->undoStack()->count(), 1);

        // Discard: the picked row is shown and nothing is stored.
        typeInto(nameEdit, u"Beta two"_qs);
        choice = ReleasesView::UnsavedChoice::Discard;
        pick(u"Alpha prime"_qs);
        QCOMPARE(nameEdit->text(), u"Alpha prime"_qs);
        QCOMPARE(storedNames(*w.document()), (QStringList{u"Alpha prime"_qs, u"Beta"_qs}));
        QCOMPARE(asked.size(), 3);

        // A save the editor refuses (an empty name) keeps the user where they were.
        typeInto(nameEdit, QString());
        choice = ReleasesView::UnsavedChoice::Save;
        pick(u"Beta"_qs);
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), rowOf(u"Alpha prime"_qs));
        QCOMPARE(storedNames(*w.document()), (QStringList{u"Alpha prime"_qs, u"Beta"_qs}));
    }

    void filterBoxNarrowsTheTable() {
        const QString path =
            fileWith({test::newRelease(u"Ledger 2026.1"_qs), test::newRelease(u"Payments"_qs),
                      test::newRelease(u"Ledger hotfix"_qs, u"1.0.0"_qs, ReleaseType::Emergency)});
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setDocument(openDocument(path));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(tableRows(w), 3);
        auto* search = child<QLineEdit>(w, u"releaseSearch"_qs);
        QTest::keyClicks(search, u"ledger"_qs);
        QCOMPARE(tableRows(w), 2);
        QTest::keyClicks(search, u" hot"_qs);
        QCOMPARE(tableRows(w), 1);
        QVERIFY(!child<QLabel>(w, u"noMatchLabel"_qs)->isVisible());
        QTest::keyClicks(search, u"zzz"_qs);
        QCOMPARE(tableRows(w), 0);
        QVERIFY(child<QLabel>(w, u"noMatchLabel"_qs)->isVisible()); // says why, and the way out
        search->clear();
        QCOMPARE(tableRows(w), 3);
        auto* type = child<QComboBox>(w, u"typeFilter"_qs);
        type->setCurrentIndex(type->findText(displayName(ReleaseType::Emergency)));
        QCOMPARE(tableRows(w), 1);
        QVERIFY(child<QLabel>(w, u"releaseCount"_qs)->text().contains(u"1 of 3"_qs));
    }

    void auditScreenListsAndVerifies() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        auto made = doc.releases().create(test::newRelease(u"Audited"_qs));
        QVERIFY(made);
        Release changed = made.value();
        changed.owner = u"Erin"_qs;
        QVERIFY(doc.releases().update(changed));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        QVERIFY(w.showScreen(u"audit"_qs));
        auto* table = child<QTableView>(w, u"auditTable"_qs);
        QVERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, AuditLogModel::ActionColumn).data().toString(),
                 u"update"_qs);
        QCOMPARE(table->model()->index(0, AuditLogModel::ActorColumn).data().toString(),
                 u"tester"_qs);

        table->selectRow(0);
        const QString after = child<QWidget>(w, u"afterJson"_qs)->property("plainText").toString();
        QVERIFY2(after.contains(u"Erin"_qs), qPrintable(after));
        // The changed key is marked with a sign as well as a colour.
        QVERIFY(after.contains(QChar(0x25B8) + u" owner"_qs));

        QTest::mouseClick(child<QPushButton>(w, u"verifyButton"_qs), Qt::LeftButton);
        const QString report = message(w, u"auditMessages"_qs);
        QVERIFY2(report.contains(u"2 entries, chain intact, head "_qs), qPrintable(report));

        // A new edit shows up in the log without reopening the screen.
        changed = doc.releases().find(made->id).value();
        changed.owner = u"Finn"_qs;
        QVERIFY(doc.releases().update(changed));
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void verifyPointsAtTheFirstBrokenEntry() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        for (int i = 0; i < 4; ++i) {
            QVERIFY(test::createRelease(
                doc.releases(), test::newRelease(u"Release %1"_qs.arg(i), u"1.0.%1"_qs.arg(i))));
        }
        // Someone edits the log behind the application's back (the test may run SQL).
        QSqlQuery q(doc.database().connection());
        QVERIFY(q.exec(u"DROP TRIGGER audit_log_no_update"_qs));
        QVERIFY(q.exec(u"UPDATE audit_log SET actor = 'mallory' WHERE seq = 2"_qs));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showScreen(u"audit"_qs);
        // Filtered to the wrong entity, the broken entry is hidden: Verify must still find it.
        auto* entity = child<QComboBox>(w, u"auditEntityFilter"_qs);
        entity->setCurrentIndex(entity->findData(u"blackout"_qs));
        QTest::mouseClick(child<QPushButton>(w, u"verifyButton"_qs), Qt::LeftButton);
        const QString report = message(w, u"auditMessages"_qs);
        QVERIFY2(report.startsWith(u"Entry 2 breaks the chain"_qs), qPrintable(report));
        auto* table = child<QTableView>(w, u"auditTable"_qs);
        const QModelIndex current = table->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.data(AuditSeqRole).toLongLong(), qint64(2));
        QCOMPARE(table->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(current.siblingAtColumn(AuditLogModel::ActorColumn).data().toString(),
                 u"mallory"_qs);
    }

    void failedUndoReportsAndKeepsTheStackHonest() {
        const QString path = m_files.newFile();
        MainWindow w;
        w.setDocument(openDocument(path));
        Document& doc = *w.document();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.releasesView()->newRelease();
        typeInto(child<QLineEdit>(w, u"releaseNameEdit"_qs), u"Contested"_qs);
        QTest::mouseClick(child<QPushButton>(w, u"saveReleaseButton"_qs), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 1);

        // Someone else edits it in another program.
        auto other = openDocument(path);
        QVERIFY(other);
        Release theirs = other->releases().all()->first();
        theirs.owner = u"Someone else"_qs;
        QVERIFY(other->releases().update(theirs));

        undo(w);
        const QString error = message(w, u"releasesMessages"_qs);
        QVERIFY2(error.contains(u"changed by tester"_qs) && error.contains(u"reload"_qs),
                 qPrintable(error));
        QCOMPARE(storedNames(doc), QStringList{u"Contested"_qs}); // nothing deleted
        QCOMPARE(doc.undoStack()->count(), 0);                    // the undone-that-wasn't is gone
        QVERIFY(!child<QAction>(w, u"undoAction"_qs)->isEnabled());
    }

    void readOnlyFileShowsBannerAndDisablesEditing() {
        const QString path = fileWith({test::newRelease(u"Frozen"_qs)});
        QVERIFY(!path.isEmpty());
        MainWindow w;
        w.setDocument(openDocument(path, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* banner = child<QWidget>(w, u"readOnlyBanner"_qs);
        QVERIFY(banner->isVisible());
        QVERIFY(child<QLabel>(w, u"readOnlyText"_qs)->text().startsWith(u"Read-only"_qs));
        QCOMPARE(child<QLabel>(w, u"statusMode"_qs)->text(), u"Read-only"_qs);
        QVERIFY(child<QLabel>(w, u"statusUser"_qs)->text().contains(u"tester"_qs));
        QVERIFY(!child<QPushButton>(w, u"newReleaseButton"_qs)->isEnabled());
        child<QTableView>(w, u"releaseTable"_qs)->selectRow(0);
        QVERIFY(!child<QLineEdit>(w, u"releaseNameEdit"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(w, u"deleteReleaseButton"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(w, u"saveReleaseButton"_qs)->isEnabled());
    }

    void localFileShowsItsModeAndNoBanner() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!child<QWidget>(w, u"readOnlyBanner"_qs)->isVisible());
        QCOMPARE(child<QLabel>(w, u"statusMode"_qs)->text(), u"Local"_qs);
        QVERIFY(child<QLabel>(w, u"statusFile"_qs)->text().endsWith(u".slipway"_qs));
    }

    void layoutAndRecentFilesAreRemembered() {
        const QString path = m_files.newFile();
        QList<int> splitterSizes;
        {
            MainWindow w;
            w.setDocument(openDocument(path));
            w.restoreLayout();
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1010, 690);
            auto* splitter = child<QSplitter>(w, u"releasesSplitter"_qs);
            splitter->setSizes({500, 400});
            splitterSizes = splitter->sizes();
            w.showScreen(u"audit"_qs);
            w.close();
        }
        MainWindow again;
        again.setDocument(openDocument(path));
        again.restoreLayout();
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1010, 690));
        QCOMPARE(child<QSplitter>(again, u"releasesSplitter"_qs)->sizes(), splitterSizes);
        QCOMPARE(again.currentScreen(), u"audit"_qs);
        QCOMPARE(FilePreferences::recentFiles().value(0), QFileInfo(path).absoluteFilePath());
    }

    void screenshotRendersTheNamedView() {
        const QString path = fileWith({test::newRelease(u"Shown"_qs)});
        QVERIFY(!path.isEmpty());
        const QString png = m_files.filePath(u"shot.png"_qs);
        auto rendered = renderScreenshot(path, u"releases"_qs, QSize(1000, 700), png);
        QVERIFY2(rendered.ok(), qPrintable(rendered.error().message));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 700));

        auto bad = renderScreenshot(path, u"gantt"_qs, QSize(1000, 700), png);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().kind, Error::Kind::Usage);
        QVERIFY(bad.error().message.contains(u"releases, audit"_qs));
    }

    // A blackout added through the Schedule menu shows on the open calendar at once, with
    // the conflict it causes; undo takes both away again.
    void calendarFollowsBlackoutsAddedInTheDialog() {
        MainWindow w;
        w.setDocument(openDocument(m_files.newFile()));
        Document& doc = *w.document();
        const QDate day = QDate::currentDate().addDays(1); // the dialog proposes tomorrow
        Release r = test::newRelease(u"Ledger"_qs);
        r.windowStart = QDateTime(day, QTime(0, 0), Qt::UTC).addDays(-1);
        r.windowEnd = QDateTime(day, QTime(0, 0), Qt::UTC).addDays(3); // covers any zone
        auto created = doc.releases().create(r);
        QVERIFY2(created, qPrintable(created.error().message));
        w.resize(1400, 800);
        w.show();
        QVERIFY(w.showScreen(u"calendar"_qs));
        CalendarScreen* screen = w.calendarScreen();
        screen->showRange({r.windowStart.addDays(-7).toSecsSinceEpoch(),
                           r.windowEnd.addDays(7).toSecsSinceEpoch()});
        QTRY_COMPARE(screen->model()->items().size(), 1);
        QVERIFY(screen->model()->bands().isEmpty());
        QCOMPARE(screen->conflictsPanel()->conflictCount(), 0);

        child<QAction>(w, u"newBlackoutAction"_qs)->trigger();
        auto* dialog = w.findChild<BlackoutDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(child<QLineEdit>(*dialog, u"nameEdit"_qs), u"Quarter close"_qs);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok && ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        QTRY_COMPARE(screen->model()->bands().size(), 1);
        QCOMPARE(screen->model()->bands().first().name, u"Quarter close"_qs);
        QCOMPARE(screen->model()->conflicts().size(), 1);
        QCOMPARE(screen->model()->conflicts().first().kind, Conflict::Kind::HardBlackout);
        QTRY_COMPARE(screen->conflictsPanel()->conflictCount(), 1);

        undo(w);
        QTRY_VERIFY(screen->model()->bands().isEmpty());
        QTRY_COMPARE(screen->conflictsPanel()->conflictCount(), 0);
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
