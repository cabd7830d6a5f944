// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB screen's editors through the real main window on a demo file: a change request
// raised with the risk questionnaire (score and level from RiskClassifier), a change edited,
// a meeting's details and agenda edited, a condition marked met, an action added and marked
// done. Each is undone and redone, and each lands in the audit log.
#include "MainWindow.h"
#include "TestSupport.h"
#include "cab/CabScreen.h"
#include "cab/ChangeRequestDialog.h"
#include "cab/MeetingDialog.h"
#include "domain/RiskAssessment.h"
#include "io/DemoGenerator.h"
#include "rules/RiskClassifier.h"
#include "services/Document.h"
#include "storage/AuditLog.h"
#include "storage/CabDecisionRepository.h"
#include "storage/CabMeetingRepository.h"
#include "storage/ChangeRequestRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace slipway;
using namespace slipway::ui;

namespace {

AuditEntry newest(Database& db, const QString& entity) {
    auto page = AuditLog(db).page({QString(), entity, std::nullopt}, 0, 1);
    return page && !page->isEmpty() ? page->first() : AuditEntry{};
}

QJsonObject afterOf(const AuditEntry& e) {
    return QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
}

std::optional<ChangeRequest> byTicket(Database& db, const QString& ticket) {
    auto all = ChangeRequestRepository(db).all();
    if (all)
        for (const ChangeRequest& c : all.value())
            if (c.ticket == ticket)
                return c;
    return std::nullopt;
}

QPushButton* okOf(QDialog* dialog) {
    return dialog->findChild<QDialogButtonBox*>(u"buttons"_qs)->button(QDialogButtonBox::Ok);
}

template <typename T> T* child(QObject* parent, const QString& name) {
    return parent->findChild<T*>(name);
}

} // namespace

class tst_CabEditors : public QObject {
    Q_OBJECT
private:
    test::TempFiles m_files{u"editors"_qs};
    std::unique_ptr<MainWindow> m_window;
    CabScreen* m_cab = nullptr;

    Database& db() { return m_window->document()->database(); }
    QUndoStack* undo() { return m_window->document()->undoStack(); }

    bool openDemo() {
        const QString path = m_files.newFile();
        if (!DemoGenerator::generate(path, DemoGenerator::Scale::Small, 1))
            return false;
        m_window = std::make_unique<MainWindow>();
        if (!m_window->openFile(path, false))
            return false;
        m_window->show();
        m_window->showScreen(u"cab"_qs);
        m_cab = m_window->cabScreen();
        return m_cab && m_cab->selectMeeting(3);
    }

private Q_SLOTS:
    void cleanup() {
        m_cab = nullptr;
        m_window.reset();
    }

    void raiseAChangeRequestWithItsRiskQuestionnaire() {
        QVERIFY(openDemo());
        QTest::mouseClick(child<QPushButton>(m_cab, u"newChangeButton"_qs), Qt::LeftButton);
        auto* dialog = m_cab->findChild<ChangeRequestDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QPushButton* ok = okOf(dialog);
        // Empty: the problems stand next to their fields and OK stays off.
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"ticketError"_qs)->isHidden());
        QVERIFY(!child<QLabel>(dialog, u"summaryError"_qs)->isHidden());
        QVERIFY(!child<QLabel>(dialog, u"windowError"_qs)->isHidden());
        QTest::keyClicks(child<QLineEdit>(dialog, u"ticketEdit"_qs), u"CHG0099001"_qs);
        QTest::keyClicks(child<QLineEdit>(dialog, u"summaryEdit"_qs),
                         u"Move the search cluster to new hardware"_qs);
        QVERIFY(child<QLabel>(dialog, u"ticketError"_qs)->isHidden());
        child<QCheckBox>(dialog, u"ownWindowCheck"_qs)->setChecked(true);
        QVERIFY(child<QLabel>(dialog, u"windowError"_qs)->isHidden());
        child<QComboBox>(dialog, u"riskUsers"_qs)
            ->setCurrentIndex(int(UsersAffected::AllCustomers));
        child<QComboBox>(dialog, u"riskDataMigration"_qs)
            ->setCurrentIndex(int(DataMigration::Irreversible));
        child<QComboBox>(dialog, u"riskRegulatory"_qs)
            ->setCurrentIndex(int(RegulatoryExposure::Regulated));
        QTest::keyClicks(child<QLineEdit>(dialog, u"tagsEdit"_qs), u"SOX"_qs);
        QTest::keyClicks(child<QPlainTextEdit>(dialog, u"rollbackEdit"_qs),
                         u"Point the search alias back at the old cluster"_qs);
        RiskAnswers answers;
        answers.users = UsersAffected::AllCustomers;
        answers.dataMigration = DataMigration::Irreversible;
        answers.regulatory = RegulatoryExposure::Regulated;
        const RiskAssessmentResult expected = RiskClassifier::classify(answers);
        const QString result = child<QLabel>(dialog, u"riskResultLabel"_qs)->text();
        QVERIFY2(result.contains(QString::number(expected.score)) && result.contains(u"high"_qs),
                 qPrintable(result));
        QVERIFY(child<QLabel>(dialog, u"riskDriversLabel"_qs)
                    ->text()
                    .contains(expected.drivers.first().explanation));
        // A ticket already in the file is refused next to the field.
        auto taken = ChangeRequestRepository(db()).all();
        QVERIFY(taken && !taken->isEmpty());
        child<QLineEdit>(dialog, u"ticketEdit"_qs)->setText(taken->first().ticket);
        QVERIFY(!ok->isEnabled());
        QVERIFY(child<QLabel>(dialog, u"ticketError"_qs)->text().contains(u"already"_qs));
        child<QLineEdit>(dialog, u"ticketEdit"_qs)->setText(u"CHG0099001"_qs);
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);

        auto stored = byTicket(db(), u"CHG0099001"_qs);
        QVERIFY(stored);
        QCOMPARE(stored->riskScore, expected.score);
        QCOMPARE(stored->riskLevel, RiskLevel::High);
        QCOMPARE(stored->tags, QStringList{u"sox"_qs});
        QCOMPARE(stored->requestedBy, m_window->document()->session().actor);
        QVERIFY(stored->plannedStart > 0 && stored->plannedEnd > stored->plannedStart);
        AuditEntry e = newest(db(), u"change_request"_qs);
        QCOMPARE(e.action, u"create"_qs);
        QCOMPARE(e.changeTicket, u"CHG0099001"_qs);
        QCOMPARE(afterOf(e).value(u"risk_score"_qs).toInt(), expected.score);

        undo()->undo();
        QVERIFY(!byTicket(db(), u"CHG0099001"_qs));
        QCOMPARE(newest(db(), u"change_request"_qs).action, u"delete"_qs);
        undo()->redo();
        auto back = byTicket(db(), u"CHG0099001"_qs);
        QVERIFY(back);
        QCOMPARE(back->id, stored->id);
        QCOMPARE(newest(db(), u"change_request"_qs).action, u"restore"_qs);
        QVERIFY(AuditLog(db()).verify()->intact());
    }

    void editTheSelectedChangeRequest() {
        QVERIFY(openDemo());
        auto* table = child<QTableView>(m_cab, u"agendaTable"_qs);
        int row = -1;
        for (int r = 0; r < table->model()->rowCount() && row < 0; ++r)
            if (m_cab->pack().items[r].change)
                row = r;
        QVERIFY(row >= 0);
        table->selectRow(row);
        const ChangeRequest before = *m_cab->pack().items[row].change;
        QTest::mouseClick(child<QPushButton>(m_cab, u"editChangeButton"_qs), Qt::LeftButton);
        auto* dialog = m_cab->findChild<ChangeRequestDialog*>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, u"ticketEdit"_qs)->text(), before.ticket);
        auto* summary = child<QLineEdit>(dialog, u"summaryEdit"_qs);
        summary->clear();
        QVERIFY(!okOf(dialog)->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"summaryError"_qs)->isHidden());
        QTest::keyClicks(summary, u"Deploy with the new feature flags"_qs);
        child<QComboBox>(dialog, u"riskRollback"_qs)
            ->setCurrentIndex(int(RollbackComplexity::Impossible));
        QTest::mouseClick(okOf(dialog), Qt::LeftButton);

        auto edited = ChangeRequestRepository(db()).find(before.id);
        QVERIFY(edited);
        QCOMPARE(edited->summary, u"Deploy with the new feature flags"_qs);
        QVERIFY(edited->riskLevel >= RiskLevel::High); // no rollback: at least high
        AuditEntry e = newest(db(), u"change_request"_qs);
        QCOMPARE(e.action, u"update"_qs);
        QCOMPARE(e.changeTicket, before.ticket);
        undo()->undo();
        QCOMPARE(ChangeRequestRepository(db()).find(before.id)->summary, before.summary);
        undo()->redo();
        QCOMPARE(ChangeRequestRepository(db()).find(before.id)->summary,
                 u"Deploy with the new feature flags"_qs);
    }

    void editAMeetingAndItsAgenda() {
        QVERIFY(openDemo());
        CabMeetingRepository meetings(db());
        const CabMeeting before = meetings.find(3).value();
        const QList<AgendaItem> agendaBefore = meetings.agenda(3).value();
        QVERIFY(agendaBefore.size() >= 3);
        QTest::mouseClick(child<QPushButton>(m_cab, u"editMeetingButton"_qs), Qt::LeftButton);
        auto* dialog = m_cab->findChild<MeetingDialog*>();
        QVERIFY(dialog);
        QPushButton* ok = okOf(dialog);
        QVERIFY(ok->isEnabled());
        // An end before the start is refused next to the time.
        auto* end = child<QDateTimeEdit>(dialog, u"endEdit"_qs);
        const QDateTime endWas = end->dateTime();
        end->setDateTime(child<QDateTimeEdit>(dialog, u"startEdit"_qs)->dateTime().addSecs(-60));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!child<QLabel>(dialog, u"endError"_qs)->isHidden());
        end->setDateTime(endWas.addSecs(30 * 60));
        QVERIFY(ok->isEnabled());
        auto* title = child<QLineEdit>(dialog, u"titleEdit"_qs);
        title->clear();
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(title, u"Weekly CAB and freeze review"_qs);
        child<QLineEdit>(dialog, u"locationEdit"_qs)->setText(u"Room Keel 1"_qs);
        auto* attendees = child<QListWidget>(dialog, u"attendeesList"_qs);
        int unchecked = -1;
        for (int i = 0; i < attendees->count() && unchecked < 0; ++i)
            if (attendees->item(i)->checkState() == Qt::Unchecked)
                unchecked = i;
        QVERIFY(unchecked >= 0);
        attendees->item(unchecked)->setCheckState(Qt::Checked);

        // Agenda: add a change that is not on it, move it up one, remove the first item.
        auto* list = child<QListWidget>(dialog, u"agendaList"_qs);
        const int n = list->count();
        QCOMPARE(n, agendaBefore.size());
        auto* candidates = child<QComboBox>(dialog, u"agendaChangeCombo"_qs);
        QVERIFY(candidates->count() > 0);
        const qint64 added = candidates->itemData(0).toLongLong();
        QTest::mouseClick(child<QPushButton>(dialog, u"agendaAddButton"_qs), Qt::LeftButton);
        QCOMPARE(list->count(), n + 1);
        QCOMPARE(list->currentRow(), n);
        QTest::mouseClick(child<QPushButton>(dialog, u"agendaUpButton"_qs), Qt::LeftButton);
        QCOMPARE(list->currentRow(), n - 1);
        list->setCurrentRow(0);
        QTest::mouseClick(child<QPushButton>(dialog, u"agendaRemoveButton"_qs), Qt::LeftButton);
        QCOMPARE(list->count(), n);
        QTest::mouseClick(ok, Qt::LeftButton);

        const CabMeeting after = meetings.find(3).value();
        QCOMPARE(after.title, u"Weekly CAB and freeze review"_qs);
        QCOMPARE(after.location, u"Room Keel 1"_qs);
        QCOMPARE(after.endUtc, before.endUtc + 30 * 60);
        QCOMPARE(after.attendeeIds.size(), before.attendeeIds.size() + 1);
        const QList<AgendaItem> agendaAfter = meetings.agenda(3).value();
        QCOMPARE(agendaAfter.size(), n);
        QCOMPARE(agendaAfter[n - 2].changeId, added);
        QCOMPARE(agendaAfter.first().changeId, agendaBefore[1].changeId);
        QCOMPARE(m_cab->pack().meeting.title, after.title);
        QCOMPARE(newest(db(), u"cab_meeting"_qs).action, u"update"_qs);
        QCOMPARE(newest(db(), u"cab_agenda"_qs).entityId, 3);
        QCOMPARE(afterOf(newest(db(), u"cab_agenda"_qs)).value(u"items"_qs).toArray().size(), n);

        // One undo takes back the whole edit, details and agenda.
        undo()->undo();
        QCOMPARE(meetings.find(3)->title, before.title);
        QCOMPARE(meetings.find(3)->location, before.location);
        QList<qint64> ids, idsBefore;
        const auto agendaAfterUndo = meetings.agenda(3); // kept: the loop borrows from it
        for (const AgendaItem& a : agendaAfterUndo.value())
            ids << a.changeId;
        for (const AgendaItem& a : agendaBefore)
            idsBefore << a.changeId;
        QCOMPARE(ids, idsBefore);
        undo()->redo();
        QCOMPARE(meetings.find(3)->title, u"Weekly CAB and freeze review"_qs);
        QCOMPARE(meetings.agenda(3)->at(n - 2).changeId, added);
        QVERIFY(AuditLog(db()).verify()->intact());
    }

    void markAConditionMetInTheMinutes() {
        QVERIFY(openDemo());
        auto* table = child<QTableView>(m_cab, u"agendaTable"_qs);
        table->selectRow(3);
        QVERIFY(m_cab->decideSelected(DecisionOutcome::ApproveWithConditions,
                                      {u"Confirm the on-call rota"_qs}));
        const qint64 changeId = m_cab->pack().items[3].change->id;
        auto* conditions = child<QTableWidget>(m_cab, u"conditionTable"_qs);
        int row = -1;
        for (int r = 0; r < conditions->rowCount(); ++r)
            if (conditions->item(r, 1) &&
                conditions->item(r, 1)->text() == u"Confirm the on-call rota"_qs)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(conditions->item(row, 4)->text(), u"open"_qs);
        conditions->selectRow(row);
        auto* met = child<QPushButton>(m_cab, u"conditionMetButton"_qs);
        QVERIFY(met->isEnabled());
        QTest::mouseClick(met, Qt::LeftButton);

        const QString actor = m_window->document()->session().actor;
        const auto condition = [&] {
            const auto all = CabDecisionRepository(db()).conditions(changeId); // the loop borrows
            for (const CabCondition& c : all.value())
                if (c.text == u"Confirm the on-call rota"_qs)
                    return c;
            return CabCondition{};
        };
        QCOMPARE(condition().status, CabCondition::Status::Met);
        QCOMPARE(condition().closedBy, actor);
        QVERIFY(condition().closedAt > 0);
        QVERIFY2(conditions->item(row, 4)->text().startsWith(u"met by "_qs + actor),
                 qPrintable(conditions->item(row, 4)->text()));
        AuditEntry e = newest(db(), u"cab_condition"_qs);
        QCOMPARE(e.action, u"update"_qs);
        QCOMPARE(afterOf(e).value(u"status"_qs).toString(), u"met"_qs);
        QCOMPARE(afterOf(e).value(u"meeting_id"_qs).toInteger(), 3);
        QCOMPARE(e.changeTicket, m_cab->pack().items[3].ticket());
        QCOMPARE(m_cab->pack().items[3].approval.status == ApprovalStatus::ConditionsOpen, false);

        undo()->undo();
        QCOMPARE(condition().status, CabCondition::Status::Open);
        QCOMPARE(afterOf(newest(db(), u"cab_condition"_qs)).value(u"status"_qs).toString(),
                 u"open"_qs);
        undo()->redo();
        QCOMPARE(condition().status, CabCondition::Status::Met);
    }

    void addAnActionAndMarkItDone() {
        QVERIFY(openDemo());
        auto* actions = child<QTableWidget>(m_cab, u"actionTable"_qs);
        const int before = int(CabMeetingRepository(db()).actions(3)->size());
        // Without text nothing is added, and the form says why.
        QTest::mouseClick(child<QPushButton>(m_cab, u"addActionButton"_qs), Qt::LeftButton);
        QVERIFY(!child<QLabel>(m_cab, u"actionTextError"_qs)->isHidden());
        QCOMPARE(CabMeetingRepository(db()).actions(3)->size(), before);

        QTest::keyClicks(child<QLineEdit>(m_cab, u"actionTextEdit"_qs),
                         u"Share the rollback rehearsal results"_qs);
        child<QComboBox>(m_cab, u"actionOwnerCombo"_qs)->setCurrentText(u"Grace Liu"_qs);
        child<QDateEdit>(m_cab, u"actionDueEdit"_qs)->setDate(QDate(2026, 11, 10));
        QTest::mouseClick(child<QPushButton>(m_cab, u"addActionButton"_qs), Qt::LeftButton);
        auto list = CabMeetingRepository(db()).actions(3).value();
        QCOMPARE(list.size(), before + 1);
        const CabAction added = list.last();
        QCOMPARE(added.text, u"Share the rollback rehearsal results"_qs);
        QCOMPARE(added.owner, u"Grace Liu"_qs);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(added.dueUtc, Qt::UTC).date(), QDate(2026, 11, 10));
        QVERIFY(!added.done);
        QCOMPARE(newest(db(), u"cab_action"_qs).action, u"create"_qs);
        QCOMPARE(actions->rowCount(), before + 1);

        int row = -1;
        for (int r = 0; r < actions->rowCount(); ++r)
            if (actions->item(r, 1)->text() == added.text)
                row = r;
        QVERIFY(row >= 0);
        actions->selectRow(row);
        QTest::mouseClick(child<QPushButton>(m_cab, u"actionDoneButton"_qs), Qt::LeftButton);
        const auto find = [&] {
            return CabMeetingRepository(db()).findAction(added.id);
        };
        QVERIFY(find()->done);
        AuditEntry e = newest(db(), u"cab_action"_qs);
        QCOMPARE(e.action, u"update"_qs);
        QVERIFY(afterOf(e).value(u"done"_qs).toBool());
        QVERIFY(actions->item(row, 0)->text().contains(u"done"_qs));

        undo()->undo();
        QVERIFY(!find()->done);
        undo()->undo();
        QVERIFY(!find());
        QCOMPARE(newest(db(), u"cab_action"_qs).action, u"delete"_qs);
        undo()->redo();
        QVERIFY(find());
        undo()->redo();
        QVERIFY(find()->done);
        QVERIFY(AuditLog(db()).verify()->intact());
    }
};

QTEST_MAIN(tst_CabEditors)
#include "tst_CabEditors.moc"
