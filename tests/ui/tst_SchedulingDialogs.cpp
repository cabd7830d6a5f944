// SPDX-License-Identifier: GPL-3.0-or-later
// The scheduling dialogs driven through their widgets: a weekly blackout whose preview
// crosses a daylight-saving change, created, undone and redone; an invalid RRULE that keeps
// OK off; working hours changed in the people dialog and undone. With
// SLIPWAY_DIALOG_SHOTS=folder each dialog is also rendered to PNG there.
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "scheduling/BlackoutDialog.h"
#include "scheduling/BlackoutsDialog.h"
#include "scheduling/EnvironmentsDialog.h"
#include "scheduling/FreezeDialog.h"
#include "scheduling/PeopleDialog.h"
#include "scheduling/RecurrenceEditor.h"
#include "scheduling/ReleaseNeedsDialog.h"
#include "scheduling/SchedulingActions.h"
#include "services/BlackoutService.h"
#include "services/Document.h"
#include "services/EnvironmentService.h"
#include "services/FreezeService.h"
#include "services/PeopleService.h"
#include "services/ReleaseSchedulingService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTreeWidget>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using test::shoot;

class tst_SchedulingDialogs : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"dialogs"_qs};
    std::unique_ptr<Document> m_document;
    std::unique_ptr<QWidget> m_window;
    SchedulingActions* m_actions = nullptr;
    QStringList m_problems; // what the actions reported as refused

private Q_SLOTS:
    void initTestCase() {
        // The dialogs remember the zone last chosen for times: in a settings file of the test's
        // own.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"SlipwayTests"_qs);
        QCoreApplication::setApplicationName(u"tst_SchedulingDialogs"_qs);
        Theme::apply();
    }

    void init() {
        m_document = test::openDocument(m_files.newFile());
        QVERIFY(m_document);
        m_window = std::make_unique<QWidget>();
        m_window->resize(1200, 800);
        m_window->show();
        m_actions = new SchedulingActions(m_document.get(), m_window.get());
        m_problems.clear();
        connect(m_actions, &SchedulingActions::problem, this,
                [this](const QString& message) { m_problems.append(message); });
    }
    void cleanup() {
        m_window.reset();
        m_document.reset();
    }

    void weeklyBlackoutPreviewCrossesDstAndUndoes() {
        m_actions->newBlackoutAction()->trigger();
        auto* dialog = m_window->findChild<BlackoutDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QTimeZone newYork("America/New_York");
        const QDateTime firstStart(QDate(2030, 3, 1), QTime(18, 0), newYork); // a Friday, EST
        dialog->setPreviewFrom(firstStart.toSecsSinceEpoch());

        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_qs),
                         u"Friday evening freeze"_qs);
        auto* zone = dialog->findChild<QComboBox*>(u"zoneCombo"_qs);
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), u"America/New_York"_qs);
        QCOMPARE(zone->currentText(), u"America/New_York"_qs);
        auto* start = dialog->findChild<QDateTimeEdit*>(u"startEdit"_qs);
        auto* end = dialog->findChild<QDateTimeEdit*>(u"endEdit"_qs);
        end->setDateTime(QDateTime(QDate(2030, 3, 2), QTime(6, 0), Qt::UTC));
        start->setDateTime(QDateTime(QDate(2030, 3, 1), QTime(18, 0), Qt::UTC));
        end->setDateTime(QDateTime(QDate(2030, 3, 1), QTime(22, 0), Qt::UTC)); // wall clock

        auto* mode = dialog->findChild<QComboBox*>(u"recurrenceMode"_qs);
        mode->setFocus();
        QTest::keyClick(mode, Qt::Key_Down); // Daily
        QTest::keyClick(mode, Qt::Key_Down); // Weekly
        QCOMPARE(mode->currentIndex(), 2);
        auto* friday = dialog->findChild<QCheckBox*>(u"dayFR"_qs);
        QVERIFY(friday);
        QTest::mouseClick(friday, Qt::LeftButton, {}, QPoint(6, friday->height() / 2));
        QVERIFY(friday->isChecked());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"rruleEdit"_qs)->text(),
                 u"FREQ=WEEKLY;BYDAY=FR"_qs);

        // New York moves to daylight time on Sunday 10 March 2030: 18:00 local stays 18:00,
        // UTC moves from 23:00 to 22:00.
        auto* preview = dialog->findChild<QTreeWidget*>(u"previewList"_qs);
        QCOMPARE(preview->topLevelItemCount(), 10);
        QVERIFY2(preview->topLevelItem(0)->text(1).contains(u"2030-03-01 23:00"_qs),
                 qPrintable(preview->topLevelItem(0)->text(1)));
        QVERIFY(preview->topLevelItem(1)->text(1).contains(u"2030-03-08 23:00"_qs));
        QVERIFY2(preview->topLevelItem(2)->text(1).contains(u"2030-03-15 22:00"_qs),
                 qPrintable(preview->topLevelItem(2)->text(1)));
        for (int row = 0; row < 10; ++row)
            QVERIFY(preview->topLevelItem(row)->text(0).contains(u"18:00 – 22:00"_qs));
        QVERIFY(preview->topLevelItem(0)->text(0).contains(u"EST"_qs));
        QVERIFY(preview->topLevelItem(2)->text(0).contains(u"EDT"_qs));

        // Leave 22 March out: the fourth occurrence becomes the 29th.
        dialog->findChild<QDateEdit*>(u"exdateEdit"_qs)->setDate(QDate(2030, 3, 22));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"addExdateButton"_qs), Qt::LeftButton);
        QVERIFY(preview->topLevelItem(3)->text(1).contains(u"2030-03-29 22:00"_qs));
        shoot(dialog, u"blackout-dialog"_qs);

        auto* ok =
            dialog->findChild<QDialogButtonBox*>(u"buttons"_qs)->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        BlackoutService& blackouts = m_actions->services().blackouts();
        auto stored = blackouts.all();
        QCOMPARE(stored->size(), 1);
        const Blackout b = stored->first();
        QCOMPARE(b.name, u"Friday evening freeze"_qs);
        QCOMPARE(b.zone, u"America/New_York"_qs);
        QCOMPARE(b.rrule, u"FREQ=WEEKLY;BYDAY=FR"_qs);
        QCOMPARE(b.startUtc, firstStart.toSecsSinceEpoch());
        QCOMPARE(b.endUtc - b.startUtc, 4 * 3600);
        QCOMPARE(b.exdates,
                 (QList<qint64>{
                     QDateTime(QDate(2030, 3, 22), QTime(18, 0), newYork).toSecsSinceEpoch()}));

        QUndoStack* stack = m_document->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QVERIFY(blackouts.all()->isEmpty());
        stack->redo();
        QCOMPARE(blackouts.all()->size(), 1);
        QCOMPARE(blackouts.all()->first().id, b.id);
        QCOMPARE(blackouts.all()->first().exdates, b.exdates);
    }

    void invalidRruleShowsTheErrorAndDisablesOk() {
        m_actions->newBlackoutAction()->trigger();
        auto* dialog = m_window->findChild<BlackoutDialog*>();
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"nameEdit"_qs), u"Odd rule"_qs);
        auto* mode = dialog->findChild<QComboBox*>(u"recurrenceMode"_qs);
        mode->setCurrentIndex(mode->count() - 1); // Custom RRULE
        auto* rule = dialog->findChild<QLineEdit*>(u"rruleEdit"_qs);
        QVERIFY(!rule->isReadOnly());
        QTest::keyClicks(rule, u"FREQ=SOMETIMES;BYDAY=FR"_qs);
        auto* error = dialog->findChild<QLabel*>(u"rruleError"_qs);
        QVERIFY(!error->isHidden());
        QVERIFY2(error->text().contains(u"not a valid RRULE"_qs), qPrintable(error->text()));
        auto* ok =
            dialog->findChild<QDialogButtonBox*>(u"buttons"_qs)->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        shoot(dialog, u"blackout-dialog-invalid"_qs);

        // Fixing it clears the error and lets OK through.
        rule->selectAll();
        QTest::keyClicks(rule, u"FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1"_qs);
        QVERIFY(error->isHidden());
        QVERIFY(ok->isEnabled());
        dialog->reject();
        QVERIFY(m_actions->services().blackouts().all()->isEmpty());
    }

    void peopleDialogChangesWorkingHours() {
        Person p;
        p.name = u"Priya Raman"_qs;
        p.zone = u"Asia/Kolkata"_qs;
        p.roles = {u"qa"_qs};
        auto created = m_actions->services().people().create(p);
        QVERIFY(created);
        Availability leave;
        leave.personId = created->id;
        leave.startUtc = 1900000000;
        leave.endUtc = leave.startUtc + 3 * 86400;
        leave.note = u"Diwali"_qs;
        QVERIFY(m_actions->services().people().create(leave));

        m_actions->peopleAction()->trigger();
        auto* dialog = m_window->findChild<PeopleDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* startEdit = dialog->findChild<QTimeEdit*>(u"workStartEdit"_qs);
        auto* endEdit = dialog->findChild<QTimeEdit*>(u"workEndEdit"_qs);
        QCOMPARE(startEdit->time(), QTime(9, 0));
        startEdit->setTime(QTime(9, 30));
        endEdit->setTime(QTime(18, 0));
        auto* saturday = dialog->findChild<QCheckBox*>(u"workDay6"_qs);
        QTest::mouseClick(saturday, Qt::LeftButton, {}, QPoint(6, saturday->height() / 2));
        QTest::mouseClick(dialog->findChild<QCheckBox*>(u"role_development"_qs), Qt::LeftButton, {},
                          QPoint(6, 6));
        shoot(dialog, u"people-dialog"_qs);

        // Hours that end before they start are explained next to the field, and not saved.
        endEdit->setTime(QTime(8, 0));
        auto* error = dialog->findChild<QLabel*>(u"hoursError"_qs);
        QVERIFY(!error->isHidden());
        auto* save = dialog->findChild<QPushButton*>(u"savePersonButton"_qs);
        QVERIFY(!save->isEnabled());
        endEdit->setTime(QTime(18, 0));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);

        PeopleService& people = m_actions->services().people();
        auto stored = people.find(created->id);
        QCOMPARE(stored->workStartMin, 9 * 60 + 30);
        QCOMPARE(stored->workEndMin, 18 * 60);
        QCOMPARE(stored->workDays, 0x3f);
        QCOMPARE(stored->roles, (QStringList{u"development"_qs, u"qa"_qs}));
        QCOMPARE(dialog->findChild<QTableWidget*>(u"availabilityTable"_qs)->rowCount(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(people.find(created->id)->workStartMin, 9 * 60);
        QCOMPARE(people.find(created->id)->roles, (QStringList{u"qa"_qs}));
        QCOMPARE(startEdit->time(), QTime(9, 0)); // the dialog follows the undo
    }

    void peopleDialogAddsAndRenamesUndoably() {
        m_actions->peopleAction()->trigger();
        auto* dialog = m_window->findChild<PeopleDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        PeopleService& people = m_actions->services().people();
        QCOMPARE(people.all()->size(), 0);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"newPersonButton"_qs), Qt::LeftButton);
        auto* save = dialog->findChild<QPushButton*>(u"savePersonButton"_qs);
        QVERIFY(!save->isEnabled()); // no name yet
        auto* name = dialog->findChild<QLineEdit*>(u"personNameEdit"_qs);
        QTest::keyClicks(name, u"Kenji Sato"_qs);
        auto* zone = dialog->findChild<QComboBox*>(u"personZoneCombo"_qs);
        zone->lineEdit()->selectAll();
        QTest::keyClicks(zone->lineEdit(), u"Asia/Tokyo"_qs);
        dialog->findChild<QTimeEdit*>(u"workStartEdit"_qs)->setTime(QTime(10, 0));
        QTest::mouseClick(dialog->findChild<QCheckBox*>(u"role_operations"_qs), Qt::LeftButton, {},
                          QPoint(6, 6));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        auto all = people.all();
        QCOMPARE(all->size(), 1);
        const Person kenji = all->first();
        QCOMPARE(kenji.name, u"Kenji Sato"_qs);
        QCOMPARE(kenji.zone, u"Asia/Tokyo"_qs);
        QCOMPARE(kenji.workStartMin, 10 * 60);
        QCOMPARE(kenji.workDays, 0x1f);
        QCOMPARE(kenji.roles, QStringList{u"operations"_qs});
        auto* list = dialog->findChild<QListWidget*>(u"peopleList"_qs);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->currentRow(), 0);

        // Rename: same person, new name; undo brings the old name back, undo again removes him.
        name->selectAll();
        QTest::keyClicks(name, u"Kenji Satoh"_qs);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(people.find(kenji.id)->name, u"Kenji Satoh"_qs);
        QCOMPARE(list->item(0)->text(), u"Kenji Satoh"_qs);
        m_document->undoStack()->undo();
        QCOMPARE(people.find(kenji.id)->name, u"Kenji Sato"_qs);
        m_document->undoStack()->undo();
        QCOMPARE(people.all()->size(), 0);
        QCOMPARE(list->count(), 0);
        m_document->undoStack()->redo();
        QCOMPARE(people.all()->size(), 1);
        QVERIFY(m_problems.isEmpty());
    }

    void freezeAndEnvironmentDialogsAddThroughTheStack() {
        auto env = m_actions->services().environments().create(
            Environment{0, u"Staging"_qs, u"staging"_qs, true, 0});
        QVERIFY(env);
        m_actions->environmentsAction()->trigger();
        auto* environments = m_window->findChild<EnvironmentsDialog*>();
        QVERIFY(environments);
        QTest::keyClicks(environments->findChild<QLineEdit*>(u"bookingLabelEdit"_qs),
                         u"Load test"_qs);
        QTest::mouseClick(environments->findChild<QPushButton*>(u"addBookingButton"_qs),
                          Qt::LeftButton);
        QCOMPARE(m_actions->services().environments().bookings(env->id)->size(), 1);
        shoot(environments, u"environments-dialog"_qs);

        m_actions->freezesAction()->trigger();
        auto* freezes = m_window->findChild<FreezeDialog*>();
        QVERIFY(freezes);
        QTest::keyClicks(freezes->findChild<QLineEdit*>(u"freezeNameEdit"_qs),
                         u"Payments outage"_qs);
        QTest::keyClicks(freezes->findChild<QLineEdit*>(u"incidentEdit"_qs), u"INC0042"_qs);
        QTest::mouseClick(freezes->findChild<QPushButton*>(u"addFreezeButton"_qs), Qt::LeftButton);
        QCOMPARE(m_actions->services().freezes().all()->size(), 1);
        QCOMPARE(freezes->findChild<QTableWidget*>(u"freezeTable"_qs)->rowCount(), 1);
        shoot(freezes, u"freeze-dialog"_qs);

        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QVERIFY(m_actions->services().freezes().all()->isEmpty());
        QVERIFY(m_actions->services().environments().bookings(env->id)->isEmpty());
    }

    void recurrenceEditorShowsKnownRulesWithItsControls_data() {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("mode");
        QTest::newRow("none") << QString() << int(RecurrenceEditor::None);
        QTest::newRow("weekly") << u"FREQ=WEEKLY;BYDAY=MO,FR"_qs << int(RecurrenceEditor::Weekly);
        QTest::newRow("fortnightly")
            << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=TH"_qs << int(RecurrenceEditor::Weekly);
        QTest::newRow("payroll") << u"FREQ=MONTHLY;BYMONTHDAY=25"_qs
                                 << int(RecurrenceEditor::MonthlyByDay);
        QTest::newRow("quarter-end business days")
            << u"FREQ=MONTHLY;BYMONTH=3,6,9,12;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-3,-2,-1"_qs
            << int(RecurrenceEditor::MonthlyLastBusinessDays);
        QTest::newRow("third last day")
            << u"FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-3"_qs << int(RecurrenceEditor::Custom);
        QTest::newRow("by hour") << u"FREQ=DAILY;BYHOUR=6,18"_qs << int(RecurrenceEditor::Custom);
    }
    void recurrenceEditorShowsKnownRulesWithItsControls() {
        QFETCH(QString, rule);
        QFETCH(int, mode);
        RecurrenceEditor editor;
        editor.setRule(rule);
        auto* combo = editor.findChild<QComboBox*>(u"recurrenceMode"_qs);
        QCOMPARE(combo->currentData().toInt(), mode);
        QStringList want = rule.split(u';', Qt::SkipEmptyParts);
        QStringList got = editor.rule().split(u';', Qt::SkipEmptyParts);
        want.sort();
        got.sort();
        QCOMPARE(got, want);
    }

    void blackoutsListEditsAndRemovesUndoably() {
        Blackout payroll;
        payroll.name = u"Monthly payroll run"_qs;
        payroll.zone = u"Europe/Berlin"_qs;
        payroll.startUtc = QDateTime(QDate(2030, 1, 25), QTime(0, 0), QTimeZone("Europe/Berlin"))
                               .toSecsSinceEpoch();
        payroll.endUtc = payroll.startUtc + 86400;
        payroll.rrule = u"FREQ=MONTHLY;BYMONTHDAY=25"_qs;
        payroll.hard = false;
        auto created = m_actions->services().blackouts().create(payroll);
        QVERIFY(created);

        m_actions->blackoutsAction()->trigger();
        auto* list = m_window->findChild<BlackoutsDialog*>();
        QVERIFY(list);
        auto* table = list->findChild<QTableWidget*>(u"blackoutTable"_qs);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"Soft"_qs);
        table->selectRow(0);
        shoot(list, u"blackouts-dialog"_qs);
        QTest::mouseClick(list->findChild<QPushButton*>(u"editBlackoutButton"_qs), Qt::LeftButton);
        auto* editor = m_window->findChild<BlackoutDialog*>();
        QVERIFY(editor);
        QCOMPARE(editor->findChild<QComboBox*>(u"recurrenceMode"_qs)->currentData().toInt(),
                 int(RecurrenceEditor::MonthlyByDay));
        auto* name = editor->findChild<QLineEdit*>(u"nameEdit"_qs);
        name->selectAll();
        QTest::keyClicks(name, u"Payroll and bank files"_qs);
        QTest::mouseClick(
            editor->findChild<QDialogButtonBox*>(u"buttons"_qs)->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        BlackoutService& blackouts = m_actions->services().blackouts();
        QCOMPARE(blackouts.find(created->id)->name, u"Payroll and bank files"_qs);
        QCOMPARE(blackouts.find(created->id)->startUtc, payroll.startUtc); // untouched
        QCOMPARE(table->item(0, 0)->text(), u"Payroll and bank files"_qs);

        table->selectRow(0);
        QTest::mouseClick(list->findChild<QPushButton*>(u"removeBlackoutButton"_qs),
                          Qt::LeftButton);
        QVERIFY(blackouts.all()->isEmpty());
        QCOMPARE(table->rowCount(), 0);
        QUndoStack* stack = m_document->undoStack();
        stack->undo(); // the removal
        QCOMPARE(blackouts.find(created->id)->name, u"Payroll and bank files"_qs);
        stack->undo(); // the rename
        QCOMPARE(blackouts.find(created->id)->name, u"Monthly payroll run"_qs);
    }

    void releaseNeedsAreEditedAndUndone() {
        Release r;
        r.name = u"Payments API"_qs;
        r.version = u"2.4.0"_qs;
        auto release = m_document->releases().create(r);
        QVERIFY(release);
        auto staging = m_actions->services().environments().create(
            Environment{0, u"Staging"_qs, u"staging"_qs, true, 0});
        QVERIFY(staging);
        m_actions->editReleaseNeeds(release->id);
        auto* dialog = m_window->findChild<ReleaseNeedsDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        for (const QString& name :
             {u"environment%1"_qs.arg(staging->id), u"needs_qa"_qs, u"needs_operations"_qs}) {
            auto* box = dialog->findChild<QCheckBox*>(name);
            QVERIFY2(box, qPrintable(name));
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
        }
        shoot(dialog, u"release-needs-dialog"_qs);
        QTest::mouseClick(
            dialog->findChild<QDialogButtonBox*>(u"buttons"_qs)->button(QDialogButtonBox::Ok),
            Qt::LeftButton);
        ReleaseSchedulingService& needs = m_actions->services().releaseNeeds();
        QCOMPARE(needs.find(release->id)->roles, (QStringList{u"operations"_qs, u"qa"_qs}));
        QCOMPARE(needs.find(release->id)->environmentIds, QList<qint64>{staging->id});
        m_document->undoStack()->undo();
        QVERIFY(needs.find(release->id)->roles.isEmpty());
        m_document->undoStack()->redo();
        QCOMPARE(needs.find(release->id)->roles.size(), 2);
    }

    void undoRefusesWhenSomeoneElseChangedIt() {
        Blackout b;
        b.name = u"Data centre maintenance"_qs;
        b.startUtc = 1900000000;
        b.endUtc = b.startUtc + 86400;
        auto created = m_actions->services().blackouts().create(b);
        QVERIFY(created);
        QSignalSpy modified(m_document.get(), &Document::modified);
        m_actions->removeBlackout(created->id);
        QVERIFY(m_actions->services().blackouts().all()->isEmpty());
        QVERIFY(modified.size() >= 1);
        QUndoStack* stack = m_document->undoStack();
        stack->undo();
        auto restored = m_actions->services().blackouts().find(created->id);
        QVERIFY(restored);

        // Another user moves it; redoing the delete must not throw their change away.
        BlackoutService theirs(m_document->database(), Session{u"bob"_qs, {}});
        Blackout moved = restored.value();
        moved.startUtc += 3600;
        QVERIFY(theirs.update(moved));
        stack->redo();
        QCOMPARE(m_problems.size(), 1);
        // The refusal names the record, who changed it and when.
        QVERIFY2(
            m_problems.first().startsWith(u"“Data centre maintenance” was changed by bob at "_qs),
            qPrintable(m_problems.first()));
        QCOMPARE(m_actions->services().blackouts().find(created->id)->startUtc, moved.startUtc);
        QCOMPARE(stack->count(), 0); // the refused command left the history
    }

    void readOnlyFileOffersNoEdits() {
        const QString path = m_document->path();
        m_window.reset();
        m_document.reset();
        m_document = test::openDocument(path, true);
        QVERIFY(m_document);
        m_window = std::make_unique<QWidget>();
        m_actions = new SchedulingActions(m_document.get(), m_window.get());
        QVERIFY(!m_actions->newBlackoutAction()->isEnabled());
        QVERIFY(m_actions->freezesAction()->isEnabled());
        m_actions->freezesAction()->trigger();
        auto* freezes = m_window->findChild<FreezeDialog*>();
        QVERIFY(freezes);
        QTest::keyClicks(freezes->findChild<QLineEdit*>(u"freezeNameEdit"_qs), u"Outage"_qs);
        QVERIFY(!freezes->findChild<QPushButton*>(u"addFreezeButton"_qs)->isEnabled());
    }
};

QTEST_MAIN(tst_SchedulingDialogs)
#include "tst_SchedulingDialogs.moc"
