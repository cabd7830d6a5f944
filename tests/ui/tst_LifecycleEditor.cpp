// SPDX-License-Identifier: GPL-3.0-or-later
// The release editor through the real window: a status the lifecycle does not allow is
// refused with its guards next to the status field, and the button beside them opens the
// screen that settles the first one. The Readiness section asks for, approves (a second
// release manager) and settles overrides, and sets the file's emergency approval days, each
// an undoable edit refused with a message when the acting person may not make it.
#include "Fixtures.h"
#include "MainWindow.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "definition/OverrideDialog.h"
#include "releases/ReleasesView.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/LifecycleService.h"
#include "services/ReleaseService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;
using namespace slipway::test;

class tst_LifecycleEditor : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"lifecycle-editor"_qs};

    // The window acts as `login` from the next document it opens (a test build's stand-in for
    // the operating-system account); the suite's own login comes back at the end.
    struct ActingAs {
        explicit ActingAs(const QByteArray& login)
            : before(qgetenv("SLIPWAY_TEST_USER")) {
            qputenv("SLIPWAY_TEST_USER", login);
        }
        ~ActingAs() { qputenv("SLIPWAY_TEST_USER", before); }
        QByteArray before;
    };

    // A file where logins exist, so roles count: alice and bob are release managers, carol
    // is in QA; one scheduled release, "Ledger 2.0.0", with no change request.
    static qint64 governedFile(const QString& path) {
        auto doc = openDocument(path);
        if (!doc)
            return 0;
        if (!addPeople(doc->database(), u"alice"_qs,
                       {personWithLogin(u"Alice Moreau"_qs, u"alice"_qs, {u"release_manager"_qs}),
                        personWithLogin(u"Bob Lindqvist"_qs, u"bob"_qs, {u"release_manager"_qs}),
                        personWithLogin(u"Carol Diaz"_qs, u"carol"_qs, {u"qa"_qs})}))
            return 0;
        ReleaseService releases(doc->database(), Session{u"alice"_qs, {}});
        Release r = newRelease(u"Ledger"_qs, u"2.0.0"_qs);
        r.windowStart = QDateTime(QDate(2031, 5, 6), QTime(22, 0), Qt::UTC);
        r.windowEnd = r.windowStart.addSecs(3600);
        return createRelease(releases, r);
    }

    // Opens `path` in `w` as whoever is acting now, on the release's Definition tab.
    static Document* showReadiness(MainWindow& w, const QString& path, qint64 releaseId,
                                   bool readOnly = false) {
        w.setDocument(openDocument(path, readOnly));
        if (!w.document())
            return nullptr;
        if (!w.isVisible()) {
            w.show();
            if (!QTest::qWaitForWindowExposed(&w))
                helperFailed(u"the window did not show"_qs);
        }
        w.releasesView()->selectRelease(releaseId);
        w.releasesView()->showDefinition();
        return w.document();
    }

    // The reloads the section queues after an edit.
    static void settle() {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    static QString stateOf(MainWindow& w, const QString& guard) {
        auto* row = child<QWidget>(w, u"readiness_"_qs + guard);
        return row ? row->findChildren<QLabel*>().value(0)->text() : QString();
    }

    static QString messageOf(MainWindow& w) {
        auto* bar = child<MessageBar>(w, u"definitionMessages"_qs);
        return bar && bar->isVisible() ? bar->text() : QString();
    }

    // Fills in the override dialog that is open in `w` and presses its OK button.
    static bool answerDialog(MainWindow& w, const QString& editName, const QString& text) {
        auto* dialog = w.findChild<OverrideDialog*>(u"overrideDialog"_qs);
        if (!dialog || !dialog->isVisible()) {
            helperFailed(u"no override dialog is open"_qs);
            return false;
        }
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        auto* edit = child<QPlainTextEdit>(*dialog, editName);
        if (!edit || ok->isEnabled()) {
            helperFailed(u"OK is enabled before any text is given"_qs);
            return false;
        }
        QTest::keyClicks(edit, u"   "_qs);
        if (ok->isEnabled()) {
            helperFailed(u"OK is enabled for blank text"_qs);
            return false;
        }
        QTest::keyClicks(edit, text);
        if (!ok->isEnabled()) {
            helperFailed(u"OK stays disabled with text given"_qs);
            return false;
        }
        shoot(dialog, editName);
        QTest::mouseClick(ok, Qt::LeftButton);
        settle();
        return true;
    }

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
        // Before production: its artifacts verified, and only what was tested deployed.
        QVERIFY(child<QWidget>(w, u"readiness_artifacts"_qs));
        auto* tested = child<QWidget>(w, u"readiness_tested"_qs);
        QVERIFY(tested);
        QCOMPARE(tested->findChildren<QLabel*>().first()->text(), u"✓"_qs);
        QVERIFY(approval->findChildren<QLabel*>().first()->text() == u"✗"_qs);
        QVERIFY(window->findChildren<QLabel*>().first()->text() == u"✓"_qs);
        QVERIFY(!window->findChild<QPushButton*>()); // met: nothing to open
        auto* open = child<QPushButton>(w, u"readinessOpen_approval"_qs);
        QVERIFY(open);
        QTest::mouseClick(open, Qt::LeftButton);
        QCOMPARE(w.currentScreen(), u"cab"_qs);
    }

    // An open guard's override, asked for through the dialog by one release manager, refused
    // to the same person and to someone without the role, approved by a second release manager
    // (the guard is then overridden) and settled; each step undoable.
    void overrideAskedApprovedAndSettled() {
        const QString path = m_files.newFile();
        const qint64 release = governedFile(path);
        QVERIFY(release > 0);
        MainWindow w;
        qint64 id = 0;
        {
            ActingAs alice("alice");
            Document* doc = showReadiness(w, path, release);
            QVERIFY(doc);
            QCOMPARE(stateOf(w, u"approval"_qs), u"✗"_qs);
            QVERIFY(!w.findChild<QPushButton*>(u"readinessOverride_window"_qs)); // met
            auto* ask = child<QPushButton>(w, u"readinessOverride_approval"_qs);
            QVERIFY(ask && ask->isEnabled());
            QTest::mouseClick(ask, Qt::LeftButton);
            auto* dialog = w.findChild<OverrideDialog*>(u"overrideDialog"_qs);
            QVERIFY(dialog);
            QVERIFY(child<QLabel>(*dialog, u"overrideExplanation"_qs)
                        ->text()
                        .contains(u"second person with the release manager role"_qs));
            QVERIFY(answerDialog(w, u"overrideReason"_qs, u"Vendor hotfix for an outage"_qs));

            auto overrides = doc->deployments().overrides(release);
            QVERIFY(overrides);
            QCOMPARE(overrides->size(), 1);
            const LifecycleOverride asked = overrides->first();
            id = asked.id;
            QCOMPARE(asked.requestedBy, u"alice"_qs);
            QCOMPARE(asked.reason, u"Vendor hotfix for an outage"_qs);
            QCOMPARE(asked.guard, u"approval"_qs);
            // Asked for, not approved: the guard stays open and is not offered again.
            QCOMPARE(stateOf(w, u"approval"_qs), u"✗"_qs);
            QVERIFY(!w.findChild<QPushButton*>(u"readinessOverride_approval"_qs));
            auto* approve = child<QPushButton>(w, u"readinessApprove_%1"_qs.arg(id));
            QVERIFY(approve);

            // Alice cannot approve her own request: refused in the message bar, nothing kept.
            const int commands = doc->undoStack()->count();
            QTest::mouseClick(approve, Qt::LeftButton);
            settle();
            QVERIFY2(messageOf(w).contains(u"second person"_qs), qPrintable(messageOf(w)));
            QVERIFY(!doc->deployments().overrides(release)->first().isApproved());
            QCOMPARE(doc->undoStack()->count(), commands);

            // Undo withdraws the request; redo brings the same one back.
            doc->undoStack()->undo();
            settle();
            QVERIFY(doc->deployments().overrides(release)->isEmpty());
            QVERIFY(child<QPushButton>(w, u"readinessOverride_approval"_qs));
            doc->undoStack()->redo();
            settle();
            QCOMPARE(doc->deployments().overrides(release)->first().id, id);
            QCOMPARE(doc->deployments().overrides(release)->first().requestedBy, u"alice"_qs);
        }
        {
            // Carol is a person in the file, but not a release manager.
            ActingAs carol("carol");
            Document* doc = showReadiness(w, path, release);
            QVERIFY(doc);
            QTest::mouseClick(child<QPushButton>(w, u"readinessApprove_%1"_qs.arg(id)),
                              Qt::LeftButton);
            settle();
            QVERIFY2(messageOf(w).contains(u"release manager role"_qs), qPrintable(messageOf(w)));
            QVERIFY(!doc->deployments().overrides(release)->first().isApproved());
        }
        {
            ActingAs bob("bob");
            Document* doc = showReadiness(w, path, release);
            QVERIFY(doc);
            QTest::mouseClick(child<QPushButton>(w, u"readinessApprove_%1"_qs.arg(id)),
                              Qt::LeftButton);
            settle();
            QVERIFY2(messageOf(w).isEmpty(), qPrintable(messageOf(w)));
            QCOMPARE(doc->deployments().overrides(release)->first().approvedBy, u"bob"_qs);
            QCOMPARE(stateOf(w, u"approval"_qs), u"⚑"_qs);
            QVERIFY(doc->lifecycle().facts(release)->overridden.contains(u"approval"_qs));
            QVERIFY(child<QPushButton>(w, u"readinessSettle_%1"_qs.arg(id)));

            // Undo takes the approval back (the guard is open again); redo approves again.
            doc->undoStack()->undo();
            settle();
            QCOMPARE(stateOf(w, u"approval"_qs), u"✗"_qs);
            QVERIFY(!doc->deployments().overrides(release)->first().isApproved());
            doc->undoStack()->redo();
            settle();
            QCOMPARE(stateOf(w, u"approval"_qs), u"⚑"_qs);

            QTest::mouseClick(child<QPushButton>(w, u"readinessSettle_%1"_qs.arg(id)),
                              Qt::LeftButton);
            QVERIFY(answerDialog(w, u"overrideSettlement"_qs, u"CAB approved CHG0042 after"_qs));
            const LifecycleOverride settled = doc->deployments().overrides(release)->first();
            QCOMPARE(settled.settledBy, u"bob"_qs);
            QCOMPARE(settled.settlement, u"CAB approved CHG0042 after"_qs);
            QVERIFY(!w.findChild<QWidget*>(u"readinessOverrideRow_%1"_qs.arg(id)));
            doc->undoStack()->undo();
            settle();
            QVERIFY(!doc->deployments().overrides(release)->first().isSettled());
            QVERIFY(child<QPushButton>(w, u"readinessSettle_%1"_qs.arg(id)));
        }
        // Every step was audited, and check --full finds each row as its last entry says.
        QCOMPARE(queryValue(path, u"SELECT count(*) FROM audit_log WHERE entity = "
                                  "'lifecycle_override'"_qs)
                     .toInt(),
                 8); // ask, withdraw, restore, approve, revoke, approve, settle, reopen
        const Run check = runSlipway({u"check"_qs, u"--db"_qs, path, u"--full"_qs});
        QVERIFY2(check.outText().contains(u"Row state:     0 row(s)"_qs),
                 qPrintable(check.outText()));
    }

    // In a read-only window the override buttons and the setting cannot be used.
    void readOnlyDisablesOverrides() {
        const QString path = m_files.newFile();
        const qint64 release = governedFile(path);
        QVERIFY(release > 0);
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            DeploymentService asAlice(doc->database(), Session{u"alice"_qs, {}});
            QVERIFY(asAlice.requestOverride(release, Guard::Gates, u"Gates tool down"_qs));
        }
        MainWindow w;
        QVERIFY(showReadiness(w, path, release, true));
        const qint64 id =
            queryValue(path, u"SELECT max(id) FROM lifecycle_overrides"_qs).toLongLong();
        QVERIFY(!child<QPushButton>(w, u"readinessOverride_approval"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(w, u"readinessApprove_%1"_qs.arg(id))->isEnabled());
        QVERIFY(!child<QSpinBox>(w, u"emergencyApprovalDays"_qs)->isEnabled());
        QVERIFY(child<QPushButton>(w, u"readinessOpen_approval"_qs)->isEnabled()); // a link
    }

    // The emergency approval days, set from the section's header: stored, audited, undoable,
    // and refused to someone who is not a release manager.
    void emergencyApprovalDaysFromTheHeader() {
        const QString path = m_files.newFile();
        const qint64 release = governedFile(path);
        QVERIFY(release > 0);
        MainWindow w;
        {
            ActingAs carol("carol");
            QVERIFY(showReadiness(w, path, release));
            auto* days = child<QSpinBox>(w, u"emergencyApprovalDays"_qs);
            QCOMPARE(days->value(), kDefaultEmergencyApprovalDays);
            days->setValue(7);
            settle();
            QVERIFY2(messageOf(w).contains(u"release manager role"_qs), qPrintable(messageOf(w)));
            QCOMPARE(days->value(), kDefaultEmergencyApprovalDays); // put back
            QVERIFY(queryValue(path, u"SELECT value FROM meta WHERE key = "
                                     "'emergency_approval_days'"_qs)
                        .isNull());
        }
        ActingAs bob("bob");
        Document* doc = showReadiness(w, path, release);
        QVERIFY(doc);
        auto* days = child<QSpinBox>(w, u"emergencyApprovalDays"_qs);
        QVERIFY(days->isEnabled());
        days->setFocus();
        QTest::keyClick(days, Qt::Key_Up); // 3 → 4, committed at once
        settle();
        QVERIFY2(messageOf(w).isEmpty(), qPrintable(messageOf(w)));
        QCOMPARE(queryValue(path, u"SELECT value FROM meta WHERE key = "
                                  "'emergency_approval_days'"_qs)
                     .toString(),
                 u"4"_qs);
        QCOMPARE(doc->lifecycle().emergencyApprovalDays().value(), 4);
        QCOMPARE(queryValue(path, u"SELECT actor || ' ' || after_json FROM audit_log WHERE "
                                  "entity = 'file_setting' ORDER BY seq DESC"_qs)
                     .toString(),
                 u"bob {\"key\":\"emergency_approval_days\",\"value\":4}"_qs);
        doc->undoStack()->undo();
        settle();
        QCOMPARE(doc->lifecycle().emergencyApprovalDays().value(), 3);
        QCOMPARE(days->value(), 3);
        doc->undoStack()->redo();
        settle();
        QCOMPARE(days->value(), 4);

        // Someone else changed it since: undo is refused, naming who, and keeps their number.
        QVERIFY(LifecycleService(doc->database())
                    .setEmergencyApprovalDays(Session{u"alice"_qs, {}}, 10, 4));
        doc->undoStack()->undo();
        settle();
        QVERIFY2(messageOf(w).contains(u"by alice"_qs), qPrintable(messageOf(w)));
        QCOMPARE(doc->lifecycle().emergencyApprovalDays().value(), 10);
    }
};

QTEST_MAIN(tst_LifecycleEditor)
#include "tst_LifecycleEditor.moc"
