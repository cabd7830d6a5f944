// SPDX-License-Identifier: GPL-3.0-or-later
// The Controls dialog over a real file: control sets added, edited and removed, a release
// tagged from its check boxes and an attestation recorded, each change an undo command on the
// document's stack, undone and redone as audited service calls; what the tables show follows
// the file; someone else's change in between refuses the undo, shown in the dialog; a removed
// control comes back with the references recorded for it.
#include "Fixtures.h"
#include "TestSupport.h"
#include "WidgetSupport.h"
#include "reporting/ControlsDialog.h"
#include "services/ControlService.h"
#include "services/Document.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

qint64 audit(Database& db, const QString& entity) {
    return queryValue(db.path(),
                      u"SELECT count(*) FROM audit_log WHERE entity = '"_qs + entity + u"'"_qs)
        .toLongLong();
}

QString cell(QTableWidget* table, int row, int column) {
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

class tst_ControlsDialog : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"controls-dialog"_qs};

private Q_SLOTS:
    void controlSetsUndone() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        ControlService service(doc->database(), doc->session());
        QUndoStack* stack = doc->undoStack();
        ControlsDialog dialog(service, stack, 0, QString());
        QTableWidget* table = dialog.controlsTable();
        QCOMPARE(table->rowCount(), 9);
        QVERIFY(dialog.checksTable() == nullptr);

        RegulatoryControl c;
        c.tag = u"gdpr"_qs;
        c.kind = ControlKind::Attestation;
        c.name = u"Records of processing updated"_qs;
        QVERIFY(dialog.addControl(c));
        QCOMPARE(table->rowCount(), 10);
        qint64 id = 0;
        const QList<RegulatoryControl> all = service.controls().value();
        for (const RegulatoryControl& stored : all)
            id = std::max(id, stored.id);
        QCOMPARE(service.find(id)->position, 2); // after the two seeded GDPR controls
        stack->undo();
        QCOMPARE(table->rowCount(), 9);
        stack->redo();
        QCOMPARE(table->rowCount(), 10);
        QCOMPARE(service.find(id)->name, c.name);

        // Switched off, and back.
        const RegulatoryControl before = service.find(1).value();
        RegulatoryControl after = before;
        after.enabled = false;
        QVERIFY(dialog.editControl(before, after));
        int row = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (cell(table, r, 1) == before.name)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(cell(table, row, 4), u"No"_qs);
        stack->undo();
        QCOMPARE(cell(table, row, 4), u"Yes"_qs);
        QVERIFY(service.find(1)->enabled);
        stack->redo();
        QVERIFY(!service.find(1)->enabled);

        // A refused change leaves nothing on the stack and says why.
        const int commands = stack->count();
        QVERIFY(!dialog.addControl(c)); // the name is taken in GDPR
        QCOMPARE(stack->count(), commands);
        QVERIFY2(dialog.lastError().contains(u"already has a control"_qs),
                 qPrintable(dialog.lastError()));
        // Add, edit, edit undone, redone, remove: each an audit entry; plus the undo and redo.
        QCOMPARE(audit(doc->database(), u"regulatory_control"_qs), 6);
        shoot(&dialog, u"controls-dialog-sets"_qs);
    }

    void releaseTaggedAndAttested() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = createRelease(doc->releases(), newRelease(u"Patient Portal"_qs));
        QVERIFY(r > 0);
        ControlService service(doc->database(), doc->session());
        QUndoStack* stack = doc->undoStack();
        ControlsDialog dialog(service, stack, r, u"Patient Portal 1.0.0"_qs);
        QTableWidget* checks = dialog.checksTable();
        QCOMPARE(checks->rowCount(), 1);
        QVERIFY(cell(checks, 0, 1).contains(u"No control applies"_qs));

        QCheckBox* hipaa = dialog.tagBox(u"hipaa"_qs);
        QVERIFY(hipaa && !hipaa->isChecked());
        hipaa->click();
        QCOMPARE(service.releaseTags(r).value(), QStringList{u"hipaa"_qs});
        QCOMPARE(checks->rowCount(), 2);
        QCOMPARE(cell(checks, 0, 0), u"Fails"_qs);
        QVERIFY(cell(checks, 0, 1).startsWith(u"HIPAA · "_qs));
        stack->undo();
        QVERIFY(service.releaseTags(r)->isEmpty());
        QVERIFY(!hipaa->isChecked());
        stack->redo();
        QVERIFY(hipaa->isChecked());

        QVERIFY(dialog.attest(4, ControlOutcome::Met, u"ACC-2026-44"_qs));
        QCOMPARE(cell(checks, 0, 0), u"Passes"_qs);
        QVERIFY(cell(checks, 0, 2).contains(u"ACC-2026-44"_qs));
        stack->undo();
        QCOMPARE(cell(checks, 0, 0), u"Fails"_qs);
        QVERIFY(!service.record(r, 4)->has_value());
        stack->redo();
        QCOMPARE(service.record(r, 4)->value().reference, u"ACC-2026-44"_qs);
        QVERIFY(dialog.attest(5, ControlOutcome::NotApplicable, u"no health data"_qs));
        QCOMPARE(cell(checks, 1, 0), u"Not applicable"_qs);
        shoot(&dialog, u"controls-dialog-release"_qs);

        // Someone else takes the tag off: undoing the attestation still works (it is theirs
        // to keep), but undoing the tag is refused and shown.
        ControlService other(doc->database(), Session{u"someone"_qs, {}});
        QVERIFY(other.untag(r, u"hipaa"_qs));
        stack->undo(); // the not-applicable record
        QVERIFY(!service.record(r, 5)->has_value());
        stack->undo(); // the first attestation
        stack->undo(); // the tag: it is gone already
        QVERIFY2(dialog.lastError().contains(u"is not tagged hipaa"_qs),
                 qPrintable(dialog.lastError()));
        QCOMPARE(audit(doc->database(), u"release_tag"_qs), 4);
    }

    // A control attested on two releases, removed from the dialog: undo brings it back with
    // both references as they were (by whom and when), and the release's checks as before;
    // redo takes them again, and a second undo still brings them back.
    void removedControlKeepsItsReferences() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r1 = createRelease(doc->releases(), newRelease(u"Patient Portal"_qs));
        const qint64 r2 = createRelease(doc->releases(), newRelease(u"Claims"_qs));
        QVERIFY(r1 > 0 && r2 > 0);
        ControlService service(doc->database(), doc->session());
        QUndoStack* stack = doc->undoStack();
        ControlsDialog dialog(service, stack, r1, u"Patient Portal 1.0.0"_qs);
        QTableWidget* checks = dialog.checksTable();
        QVERIFY(dialog.setTagged(u"hipaa"_qs, true));
        QVERIFY(service.tag(r2, u"hipaa"_qs));

        RegulatoryControl c;
        c.tag = u"hipaa"_qs;
        c.kind = ControlKind::Attestation;
        c.name = u"Consent log reviewed"_qs;
        QVERIFY(dialog.addControl(c));
        qint64 id = 0;
        const QList<RegulatoryControl> all = service.controls().value();
        for (const RegulatoryControl& stored : all)
            id = std::max(id, stored.id);
        QVERIFY(dialog.attest(id, ControlOutcome::Met, u"CONSENT-2026-3"_qs));
        QVERIFY(service.attest(r2, id, ControlOutcome::NotApplicable, u"no consent data"_qs));
        const auto rows = [&] {
            QStringList out;
            for (int r = 0; r < checks->rowCount(); ++r)
                out << cell(checks, r, 0) + u" | "_qs + cell(checks, r, 1) + u" | "_qs +
                           cell(checks, r, 2);
            return out;
        };
        const QStringList shown = rows();
        QCOMPARE(shown.size(), 3);
        QVERIFY(shown.join(u'\n').contains(u"CONSENT-2026-3"_qs));
        const ControlRecord first = service.record(r1, id)->value();
        const ControlRecord second = service.record(r2, id)->value();

        QVERIFY(dialog.removeControl(service.find(id).value()));
        QVERIFY(isRefusal(service.find(id), Error::Kind::NotFound));
        QCOMPARE(checks->rowCount(), 2);
        QCOMPARE(queryValue(doc->database().path(),
                            u"SELECT count(*) FROM release_control_records WHERE control_id = "_qs +
                                QString::number(id))
                     .toInt(),
                 0);

        for (int round = 0; round < 2; ++round) {
            stack->undo();
            QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
            QCOMPARE(rows(), shown);
            for (const ControlRecord& want : {first, second}) {
                const auto got = service.record(want.releaseId, id);
                QVERIFY(got && got->has_value());
                QCOMPARE(got->value().outcome, want.outcome);
                QCOMPARE(got->value().reference, want.reference);
                QCOMPARE(got->value().recordedBy, want.recordedBy);
                QCOMPARE(got->value().recordedAt, want.recordedAt);
            }
            QCOMPARE(service.status(r2)->checks.size(), 3);
            stack->redo();
            QVERIFY2(dialog.lastError().isEmpty(), qPrintable(dialog.lastError()));
            QCOMPARE(checks->rowCount(), 2);
            QVERIFY(!service.record(r1, id)->has_value());
            QVERIFY(!service.record(r2, id)->has_value());
        }
        // Removal, two undos and two redos: each logs both references.
        QCOMPARE(audit(doc->database(), u"control_record"_qs), 2 + 5 * 2);
    }

    // Opened over the document, as the release editor does: the commands it leaves on the
    // document's stack still undo after it closed, and each change is the document's.
    void openedOverTheDocument() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 r = createRelease(doc->releases(), newRelease(u"Ledger"_qs));
        QSignalSpy modified(doc.get(), &Document::modified);
        bool shown = false;
        QTimer::singleShot(0, [&] {
            auto* dialog = qobject_cast<ControlsDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            shown = true;
            dialog->tagBox(u"sox"_qs)->click();
            dialog->reject();
        });
        ControlsDialog::openFor(*doc, r, u"Ledger 1.0.0"_qs, nullptr);
        QVERIFY(shown);
        QVERIFY(modified.count() >= 1);
        ControlService reader(doc->database(), doc->session());
        QCOMPARE(reader.releaseTags(r).value(), QStringList{u"sox"_qs});
        doc->undoStack()->undo();
        QVERIFY(reader.releaseTags(r)->isEmpty());
        doc->undoStack()->redo();
        QCOMPARE(reader.releaseTags(r).value(), QStringList{u"sox"_qs});
    }
};

QTEST_MAIN(tst_ControlsDialog)
#include "tst_ControlsDialog.moc"
