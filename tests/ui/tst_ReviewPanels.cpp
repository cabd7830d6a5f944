// SPDX-License-Identifier: GPL-3.0-or-later
// The After release screen's Feedback, Review and Closure tabs on real files: feedback added
// through its dialog, undone and redone; a review started, refused as done without its lessons
// (said in the message bar), then done and undone; an overdue action shown in red; a checklist
// item ticked with a reference and undone; "Close release" disabled with what blocks it listed,
// enabled once every fact is met, and closing writes the configuration-management record.
#include "Fixtures.h"
#include "MessageBar.h"
#include "TestSupport.h"
#include "Theme.h"
#include "WidgetSupport.h"
#include "services/ClosureService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ReviewService.h"
#include "validation/ChecklistDialog.h"
#include "validation/ClosurePanel.h"
#include "validation/FeedbackCommands.h"
#include "validation/FeedbackDialog.h"
#include "validation/FeedbackPanel.h"
#include "validation/PirReportWriter.h"
#include "validation/ReviewCommands.h"
#include "validation/ReviewPanel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::test;
using namespace slipway::ui;

namespace {

const qint64 kHour = 3600;

// A release of `type` whose production deployment (succeeded) was `hoursAgo` hours ago, its
// status Deployed, as the deployment record would have left it.
qint64 deployedRelease(Document& doc, ReleaseType type, qint64 hoursAgo,
                       const QList<qint64>& services = {}) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 at = now - hoursAgo * kHour;
    Release r = releaseBetween(u"Payments API"_qs, at - kHour, at + kHour, type);
    r.version = u"2.4.0"_qs;
    r.serviceIds = services;
    const qint64 id = createRelease(doc.releases(), r);
    if (id <= 0)
        return 0;
    exec(doc.database(), u"INSERT OR IGNORE INTO environments (name, kind, created_by, "
                         "created_at, updated_by, updated_at) VALUES ('Production', 'prod', 't', "
                         "0, 't', 0)"_qs);
    exec(doc.database(),
         u"INSERT INTO deployments (release_id, environment_id, version, outcome, deployed_by, "
         "deployed_at, created_by, created_at) SELECT %1, id, '1.0.0', 'succeeded', 'pipeline', "
         "%2, 't', %2 FROM environments WHERE name = 'Production'"_qs.arg(id)
             .arg(at));
    exec(doc.database(), u"UPDATE releases SET status = 'deployed' WHERE id = %1"_qs.arg(id));
    Q_EMIT doc.changedElsewhere();
    return id;
}

template <typename D> D* openDialog(QWidget& panel, const QString& button) {
    QPushButton* b = child<QPushButton>(panel, button);
    if (!b)
        return nullptr;
    if (!b->isEnabled()) {
        helperFailed(button + u" is disabled"_qs);
        return nullptr;
    }
    b->click();
    D* dialog = panel.findChild<D*>();
    if (!dialog)
        helperFailed(u"no dialog after "_qs + button);
    return dialog;
}

void accept(QDialog* dialog) {
    auto* buttons = dialog->findChild<QDialogButtonBox*>();
    QVERIFY(buttons);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

} // namespace

class tst_ReviewPanels : public QObject {
    Q_OBJECT
private:
    TempFiles m_files{u"review-panels"_qs};

private Q_SLOTS:
    void initTestCase() { dropLoginSession(); }

    void feedbackThroughItsDialogUndoAndRedo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 id = deployedRelease(*doc, ReleaseType::Minor, 10);
        QVERIFY(id > 0);
        FeedbackPanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        // 10 hours into the 72: the countdown says what is left, the empty table what to do.
        QVERIFY2(child<QLabel>(panel, u"feedbackCountdown"_qs)
                     ->text()
                     .contains(QRegularExpression(u"6[12] h \\d\\d min left"_qs)),
                 qPrintable(child<QLabel>(panel, u"feedbackCountdown"_qs)->text()));
        QVERIFY(child<QLabel>(panel, u"feedbackEmpty"_qs)->text().contains(u"No feedback"_qs));
        QVERIFY(child<QLabel>(panel, u"incidentsEmpty"_qs)->text().contains(u"Import"_qs));

        auto* dialog = openDialog<FeedbackDialog>(panel, u"feedbackAdd"_qs);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"feedbackTeam"_qs), u"Service desk"_qs);
        auto* what = child<QPlainTextEdit>(*dialog, u"feedbackWhat"_qs);
        what->setPlainText(u"Refunds <b>slow</b> & retried"_qs);
        accept(dialog);
        auto* table = child<QTableWidget>(panel, u"feedbackTable"_qs);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), u"Service desk"_qs);
        QCOMPARE(table->item(0, 3)->text(), u"Refunds <b>slow</b> & retried"_qs);
        const qint64 entryId = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        QVERIFY(entryId > 0);

        doc->undoStack()->undo();
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM feedback_entries"_qs).toInt(), 0);
        QVERIFY(child<QLabel>(panel, u"feedbackEmpty"_qs)->isVisibleTo(&panel));
        doc->undoStack()->redo();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->data(Qt::UserRole).toLongLong(), entryId); // same id

        // Removal through the panel, then back.
        table->selectRow(0);
        child<QPushButton>(panel, u"feedbackRemove"_qs)->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM feedback_entries"_qs).toInt(), 0);
        doc->undoStack()->undo();
        QCOMPARE(queryValue(doc->path(), u"SELECT what FROM feedback_entries"_qs).toString(),
                 u"Refunds <b>slow</b> & retried"_qs);
        QVERIFY(!child<MessageBar>(panel, u"feedbackMessages"_qs)->isVisibleTo(&panel));

        // A hidden tab reads nothing on a change; shown again, it is up to date.
        panel.hide();
        FeedbackEntry more;
        more.releaseId = id;
        more.team = u"NOC"_qs;
        more.what = u"Latency up"_qs;
        more.reportedAt = QDateTime::currentSecsSinceEpoch();
        QVERIFY(
            pushCommand(doc->undoStack(), new AddFeedbackCommand(doc->feedback(), more, nullptr)));
        QCOMPARE(table->rowCount(), 1);
        panel.show();
        QCOMPARE(table->rowCount(), 2);
    }

    void incidentsImportedAndCorrelated() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        addTwoTeams(doc->database());
        const qint64 id = deployedRelease(*doc, ReleaseType::Minor, 20, {1});
        QVERIFY(id > 0);
        FeedbackPanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        const auto stamp = [](qint64 hoursAgo) {
            return QDateTime::fromSecsSinceEpoch(
                       QDateTime::currentSecsSinceEpoch() - hoursAgo * kHour, Qt::UTC)
                .toString(u"yyyy-MM-dd HH:mm:ss"_qs);
        };
        QTemporaryDir dir;
        const QString good = writeFile(
            dir, u"incidents.csv"_qs,
            (u"number,opened_at,short_description,priority,state,category,cmdb_ci,"
             "business_service\n"
             "INC0200001,%1,Refunds time out,1 - Critical,In Progress,Database,pay-db-01,"
             "Payments API\n"
             "INC0200002,%2,Checkout slow,3 - Moderate,New,Network,web-01,Checkout Web\n"_qs)
                .arg(stamp(15), stamp(14))
                .toUtf8());
        QVERIFY(panel.importIncidents(good));
        auto* bar = child<MessageBar>(panel, u"feedbackMessages"_qs);
        QVERIFY2(bar->text().contains(u"2 created"_qs), qPrintable(bar->text()));
        auto* table = child<QTableWidget>(panel, u"incidentTable"_qs);
        QCOMPARE(table->rowCount(), 1); // Checkout Web is not this release's service
        QCOMPARE(table->item(0, 0)->text(), u"INC0200001"_qs);
        QVERIFY(table->item(0, 4)->text().contains(u"Payments API"_qs));
        QVERIFY(table->item(0, 5)->text().contains(u"New pattern"_qs));
        QVERIFY(!table->item(0, 5)->toolTip().isEmpty());
        panel.resize(1000, 640);
        shoot(&panel, u"feedback-panel"_qs);

        // A file with bad rows: refused whole, its lines shown, nothing more written.
        const QString bad = testDataPath(u"incidents/servicenow_bad_rows_handwritten.csv"_qs);
        QVERIFY(!panel.importIncidents(bad));
        QVERIFY2(bar->text().contains(u"cannot be imported"_qs), qPrintable(bar->text()));
        QVERIFY(bar->text().contains(u"servicenow_bad_rows_handwritten.csv:"_qs));
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM incidents"_qs).toInt(), 2);
    }

    void reviewStartedRefusedWithoutLessonsThenDone() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 id = deployedRelease(*doc, ReleaseType::Major, 30);
        QVERIFY(id > 0);
        ReviewPanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        QVERIFY2(child<QLabel>(panel, u"reviewRequirement"_qs)->text().contains(u"major"_qs),
                 qPrintable(child<QLabel>(panel, u"reviewRequirement"_qs)->text()));
        panel.resize(1000, 640);
        shoot(&panel, u"review-panel-empty"_qs);
        child<QPushButton>(panel, u"reviewStart"_qs)->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM post_reviews"_qs).toString(),
                 u"draft"_qs);

        child<QPlainTextEdit>(panel, u"reviewSummary"_qs)->setPlainText(u"Went out on time."_qs);
        child<QPlainTextEdit>(panel, u"reviewFactors"_qs)
            ->setPlainText(u"The refund path had no synthetic check."_qs);
        QVERIFY(child<QPushButton>(panel, u"reviewSave"_qs)->isEnabled());
        child<QPushButton>(panel, u"reviewSave"_qs)->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT summary FROM post_reviews"_qs).toString(),
                 u"Went out on time."_qs);
        QVERIFY(!child<QPushButton>(panel, u"reviewSave"_qs)->isEnabled());
        child<QPushButton>(panel, u"reviewDone"_qs)->click();
        auto* bar = child<MessageBar>(panel, u"reviewMessages"_qs);
        QVERIFY(bar->isVisibleTo(&panel));
        QVERIFY2(bar->text().contains(u"lessons"_qs), qPrintable(bar->text()));
        QVERIFY(!bar->text().contains(u'\n'));
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM post_reviews"_qs).toString(),
                 u"draft"_qs);
        // The unsaved text survived the refusal.
        QCOMPARE(child<QPlainTextEdit>(panel, u"reviewSummary"_qs)->toPlainText(),
                 u"Went out on time."_qs);

        child<QPlainTextEdit>(panel, u"reviewLessons"_qs)
            ->setPlainText(u"Every payment path gets a check."_qs);
        child<QPushButton>(panel, u"reviewDone"_qs)->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM post_reviews"_qs).toString(),
                 u"done"_qs);
        QCOMPARE(queryValue(doc->path(), u"SELECT lessons FROM post_reviews"_qs).toString(),
                 u"Every payment path gets a check."_qs);
        QVERIFY(child<QPushButton>(panel, u"reviewReopen"_qs)->isVisibleTo(&panel));
        panel.resize(1000, 640);
        shoot(&panel, u"review-panel-done"_qs);
        doc->undoStack()->undo();
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM post_reviews"_qs).toString(),
                 u"draft"_qs);
        QCOMPARE(queryValue(doc->path(), u"SELECT lessons FROM post_reviews"_qs).toString(),
                 QString());
        doc->undoStack()->redo();
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM post_reviews"_qs).toString(),
                 u"done"_qs);

        // Export PDF writes the document, complete; a folder that is not there writes nothing
        // and says so on one line.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(u"review.pdf"_qs);
        QVERIFY(panel.exportPdf(pdf));
        QVERIFY(fileBytes(pdf).startsWith("%PDF"));
        const QString nowhere = dir.filePath(u"missing/review.pdf"_qs);
        QVERIFY(!panel.exportPdf(nowhere));
        QVERIFY(!QFile::exists(nowhere));
        QVERIFY(!bar->text().isEmpty() && !bar->text().contains(u'\n'));

        // Undo of the start removes the review once the two saves after it are undone.
        while (doc->undoStack()->canUndo())
            doc->undoStack()->undo();
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM post_reviews"_qs).toInt(), 0);
        QVERIFY(child<QPushButton>(panel, u"reviewStart"_qs)->isVisibleTo(&panel));
    }

    void overdueActionsAreRed() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 id = deployedRelease(*doc, ReleaseType::Major, 200);
        QVERIFY(id > 0);
        ReviewPanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        child<QPushButton>(panel, u"reviewStart"_qs)->click();
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ReviewAction late;
        late.releaseId = id;
        late.title = u"Alert on refund latency"_qs;
        late.owner = u"Payments SRE"_qs;
        late.dueAt = now - 2 * 86400;
        ReviewAction later = late;
        later.title = u"Document the cutover"_qs;
        later.dueAt = now + 5 * 86400;
        for (const ReviewAction& a : {late, later})
            QVERIFY(pushCommand(doc->undoStack(),
                                new AddReviewActionCommand(doc->reviews(), a, nullptr)));
        auto* table = child<QTableWidget>(panel, u"actionTable"_qs);
        QCOMPARE(table->rowCount(), 2);
        int lateRow = table->item(0, 0)->text() == late.title ? 0 : 1;
        QVERIFY(table->item(lateRow, 2)->text().contains(u"overdue"_qs));
        QCOMPARE(table->item(lateRow, 3)->foreground().color(), Theme::danger());
        QVERIFY(!table->item(1 - lateRow, 2)->text().contains(u"overdue"_qs));
        QVERIFY(table->item(1 - lateRow, 3)->foreground().color() != Theme::danger());

        // Done through the panel: no longer overdue; undo makes it so again.
        table->selectRow(lateRow);
        child<QAbstractButton>(panel, u"actionDone"_qs)->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM review_actions WHERE title = "
                                         "'Alert on refund latency'"_qs)
                     .toString(),
                 u"done"_qs);
        lateRow = table->item(0, 0)->text() == late.title ? 0 : 1;
        QVERIFY(!table->item(lateRow, 2)->text().contains(u"overdue"_qs));
        doc->undoStack()->undo();
        lateRow = table->item(0, 0)->text() == late.title ? 0 : 1;
        QVERIFY(table->item(lateRow, 2)->text().contains(u"overdue"_qs));
        panel.resize(1000, 640);
        shoot(&panel, u"review-panel-actions"_qs);
        // The timeline lists the production deployment, read-only.
        auto* timeline = child<QListWidget>(panel, u"reviewTimeline"_qs);
        QVERIFY(timeline->count() > 0);
    }

    void checklistTickWithReferenceAndUndo() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 id = deployedRelease(*doc, ReleaseType::Minor, 100);
        QVERIFY(id > 0);
        ClosurePanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        auto* state = child<QLabel>(panel, u"checklistState_runbooks"_qs);
        QCOMPARE(state->text(), u"Open"_qs);
        auto* dialog = openDialog<ChecklistDialog>(panel, u"checklistTick_runbooks"_qs);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"checklistReference"_qs),
                         u"https://wiki.example.com/runbooks/payments?v=2&x=<1>"_qs);
        accept(dialog);
        QVERIFY2(state->text().contains(u"https://wiki.example.com/runbooks/payments?v=2&x=<1>"_qs),
                 qPrintable(state->text()));
        QCOMPARE(queryValue(doc->path(), u"SELECT state FROM closure_checklist WHERE item = "
                                         "'runbooks'"_qs)
                     .toString(),
                 u"done"_qs);
        QVERIFY(panel.blockers().join(u' ').contains(u"Monitoring"_qs));
        QVERIFY(!panel.blockers().join(u' ').contains(u"Runbooks"_qs));
        doc->undoStack()->undo();
        QCOMPARE(state->text(), u"Open"_qs);
        doc->undoStack()->redo();
        QVERIFY(state->text().contains(u"wiki.example.com"_qs));
    }

    void closeReleaseWaitsOnBlockersThenWritesTheRecord() {
        auto doc = openDocument(m_files.newFile());
        QVERIFY(doc);
        const qint64 id = deployedRelease(*doc, ReleaseType::Minor, 100);
        QVERIFY(id > 0);
        ClosurePanel panel(*doc);
        panel.show();
        panel.setRelease(id);
        auto* close = child<QPushButton>(panel, u"closeRelease"_qs);
        QVERIFY(!close->isEnabled());
        const QString listed = child<QLabel>(panel, u"closureBlockers"_qs)->text();
        QVERIFY2(listed.contains(u"Documentation"_qs), qPrintable(listed));
        QVERIFY(child<QLabel>(panel, u"closeReason"_qs)->text().contains(u"waits"_qs));
        panel.resize(1000, 640);
        shoot(&panel, u"closure-panel-blocked"_qs);
        // The lifecycle's own guards (no change request, gates not promoted) are listed with
        // the closure rules' lines; approved overrides let this release past them.
        QVERIFY(listed.contains(u"Change approval"_qs));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        for (const QString& guard : {u"approval"_qs, u"gates"_qs})
            exec(doc->database(),
                 u"INSERT INTO lifecycle_overrides (release_id, guard, reason, requested_by, "
                 "requested_at, approved_by, approved_at) VALUES (%1, '%2', 'Standard change', "
                 "'alice', %3, 'bob', %3)"_qs.arg(id)
                     .arg(guard)
                     .arg(now));
        Q_EMIT doc->changedElsewhere();

        // Every item settled: nothing else blocks a minor release deployed 100 hours ago.
        for (ChecklistKey key : allChecklistKeys()) {
            ChecklistItem item;
            item.releaseId = id;
            item.key = key;
            item.state = key == ChecklistKey::Backup ? ChecklistItem::State::NotApplicable
                                                     : ChecklistItem::State::Done;
            item.reference = u"https://wiki.example.com/%1"_qs.arg(toKey(key));
            item.reason = u"No data store changed"_qs;
            if (item.state == ChecklistItem::State::Done)
                item.reason.clear();
            else
                item.reference.clear();
            auto settled = doc->closure().settle(item);
            QVERIFY2(settled, qPrintable(settled ? QString() : settled.error().message));
        }
        QVERIFY2(panel.blockers().isEmpty(), qPrintable(panel.blockers().join(u" | "_qs)));
        QVERIFY(close->isEnabled());
        close->click();
        QCOMPARE(queryValue(doc->path(), u"SELECT status FROM releases WHERE id = %1"_qs.arg(id))
                     .toString(),
                 u"closed"_qs);
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM cmdb_records"_qs).toInt(), 1);
        auto* record = child<QTableWidget>(panel, u"cmdbRecord"_qs);
        QVERIFY(record->isVisibleTo(&panel));
        QCOMPARE(record->item(0, 0)->text(), u"number"_qs);
        QCOMPARE(record->item(0, 1)->text(), u"SLIPWAY-R%1"_qs.arg(id));
        panel.resize(1000, 700);
        shoot(&panel, u"closure-panel-closed"_qs);
        // Exported as the import set takes it: CSV header and row, or insertMultiple's JSON.
        QTemporaryDir dir;
        QVERIFY(panel.exportRecord(dir.filePath(u"record.csv"_qs)));
        const QList<QByteArray> lines = fileBytes(dir.filePath(u"record.csv"_qs)).split('\n');
        QVERIFY(lines.value(0).startsWith("number,short_description,cmdb_ci"));
        QVERIFY(lines.value(1).startsWith(QByteArray("SLIPWAY-R" + QByteArray::number(id) + ',')));
        QVERIFY(panel.exportRecord(dir.filePath(u"record.json"_qs)));
        const QJsonObject json =
            QJsonDocument::fromJson(fileBytes(dir.filePath(u"record.json"_qs))).object();
        QCOMPARE(json.value(u"records"_qs).toArray().first().toObject().value(u"state"_qs),
                 QJsonValue(u"Closed"_qs));
        // Byte for byte what `slipway export cmdb` writes.
        for (const QString& ext : {u"csv"_qs, u"json"_qs}) {
            const QString cli = dir.filePath(u"cli."_qs + ext);
            const Run run = runSlipway({u"export"_qs, u"cmdb"_qs, u"--db"_qs, doc->path(),
                                        u"--release"_qs, QString::number(id), u"--out"_qs, cli});
            QVERIFY2(run.exitCode == 0, qPrintable(run.errText()));
            QCOMPARE(fileBytes(dir.filePath(u"record."_qs + ext)), fileBytes(cli));
        }
        QVERIFY(!panel.exportRecord(dir.filePath(u"record.txt"_qs)));
        QVERIFY(!QFile::exists(dir.filePath(u"record.txt"_qs)));

        // Closed is final: undo is refused on one line in the message bar, the record kept.
        doc->undoStack()->undo();
        QCOMPARE(queryValue(doc->path(), u"SELECT status FROM releases WHERE id = %1"_qs.arg(id))
                     .toString(),
                 u"closed"_qs);
        QCOMPARE(queryValue(doc->path(), u"SELECT count(*) FROM cmdb_records"_qs).toInt(), 1);
        auto* bar = child<MessageBar>(panel, u"closureMessages"_qs);
        QVERIFY(!bar->text().isEmpty());
        QVERIFY(!bar->text().contains(u'\n'));
    }

    void pirHtmlEscapesEveryUserString() {
        PirReportWriter::Input in;
        in.releaseLabel = u"Pay <script>alert(1)</script> & \"Co\""_qs;
        in.release.name = in.releaseLabel;
        in.review.summary = u"<img src=x onerror=alert(1)>"_qs;
        in.review.factors = u"a & b"_qs;
        ReviewAction a;
        a.title = u"<b>bold</b>"_qs;
        in.actions << a;
        FeedbackEntry f;
        f.team = u"<i>desk</i>"_qs;
        in.feedback << f;
        const QString html = PirReportWriter::html(in);
        QVERIFY(
            html.contains(u"Pay &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;"_qs));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(1)&gt;"_qs));
        QVERIFY(html.contains(u"&lt;b&gt;bold&lt;/b&gt;"_qs));
        QVERIFY(html.contains(u"&lt;i&gt;desk&lt;/i&gt;"_qs));
        for (const QString& raw : {u"<script>"_qs, u"<img"_qs, u"<b>bold"_qs, u"<i>desk"_qs})
            QVERIFY2(!html.contains(raw), qPrintable(raw));
        QVERIFY(html.contains(u"DRAFT"_qs)); // a draft says so
        in.review.state = PostReview::State::Done;
        QVERIFY(!PirReportWriter::html(in).contains(u"DRAFT"_qs));
    }

    void refusalsShowOnOneLineInTheMessageBar() {
        // Roles count once a file has logins: carol (QA) may not start a review or settle the
        // checklist; the service refuses and each tab says so in its message bar.
        const QString path = m_files.newFile();
        const QByteArray before = qgetenv("SLIPWAY_TEST_USER");
        qint64 id = 0;
        {
            qputenv("SLIPWAY_TEST_USER", "alice");
            auto doc = openDocument(path);
            QVERIFY(doc);
            QVERIFY(addPeople(
                doc->database(), u"alice"_qs,
                {personWithLogin(u"Alice Moreau"_qs, u"alice"_qs, {u"release_manager"_qs}),
                 personWithLogin(u"Carol Diaz"_qs, u"carol"_qs, {u"qa"_qs})}));
            id = deployedRelease(*doc, ReleaseType::Major, 30);
        }
        qputenv("SLIPWAY_TEST_USER", "carol");
        auto doc = openDocument(path);
        qputenv("SLIPWAY_TEST_USER", before);
        QVERIFY(doc && id > 0);
        ReviewPanel review(*doc);
        review.show();
        review.setRelease(id);
        child<QPushButton>(review, u"reviewStart"_qs)->click();
        const QString said = child<MessageBar>(review, u"reviewMessages"_qs)->text();
        QVERIFY2(said.contains(u"carol"_qs) || said.contains(u"Carol"_qs), qPrintable(said));
        QVERIFY(!said.contains(u'\n'));
        QCOMPARE(queryValue(path, u"SELECT count(*) FROM post_reviews"_qs).toInt(), 0);
        QVERIFY(!doc->undoStack()->canUndo());

        ClosurePanel closure(*doc);
        closure.show();
        closure.setRelease(id);
        auto* dialog = openDialog<ChecklistDialog>(closure, u"checklistNa_backup"_qs);
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(*dialog, u"checklistReason"_qs), u"No data"_qs);
        accept(dialog);
        const QString refused = child<MessageBar>(closure, u"closureMessages"_qs)->text();
        QVERIFY2(!refused.isEmpty() && !refused.contains(u'\n'), qPrintable(refused));
        QCOMPARE(queryValue(path, u"SELECT count(*) FROM closure_checklist"_qs).toInt(), 0);
    }

    void readOnlyPanelsOfferNoEdits() {
        const QString path = m_files.newFile();
        qint64 id = 0;
        {
            auto doc = openDocument(path);
            QVERIFY(doc);
            id = deployedRelease(*doc, ReleaseType::Minor, 5);
        }
        auto doc = openDocument(path, true);
        QVERIFY(doc);
        FeedbackPanel feedback(*doc);
        feedback.show();
        feedback.setRelease(id);
        feedback.setEditable(false);
        QVERIFY(!child<QPushButton>(feedback, u"feedbackAdd"_qs)->isEnabled());
        ClosurePanel closure(*doc);
        closure.show();
        closure.setRelease(id);
        closure.setEditable(false);
        QVERIFY(!child<QPushButton>(closure, u"checklistTick_runbooks"_qs)->isEnabled());
        QVERIFY(!child<QPushButton>(closure, u"closeRelease"_qs)->isEnabled());
    }
};

QTEST_MAIN(tst_ReviewPanels)
#include "tst_ReviewPanels.moc"
