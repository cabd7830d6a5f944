// SPDX-License-Identifier: GPL-3.0-or-later
// The CAB screen's edits: meetings, change requests, the agenda and decisions, each one
// undoable command through the document's services.
#include "CabScreen.h"

#include "CabCharts.h"
#include "CabDecider.h"
#include "CabModeWindow.h"
#include "CabRecordOps.h"
#include "CabReportWriter.h"
#include "CabStyle.h"
#include "ChangeRequestDialog.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MeetingDialog.h"
#include "MinutesPanel.h"
#include "SetAgendaCommand.h"
#include "Theme.h"
#include "rules/RiskClassifier.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"
#include "services/Document.h"
#include "services/PeopleService.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"

#include <QAbstractAxis>
#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

void CabScreen::newMeeting() {
    auto proposed = m_meetings->proposeNext(QDateTime::currentSecsSinceEpoch());
    if (!proposed)
        return showMessage(proposed.error().message, true);
    auto* command = new ChangeRecordCommand<CabMeeting>(
        meetingOps(*m_meetings), std::nullopt, proposed.value(), tr("New CAB meeting"),
        [this](const QString& why) { showMessage(why, true); });
    const bool stands = pushCommand(m_document.undoStack(), command);
    reload();
    if (stands)
        selectMeeting(command->stored()->id);
}

namespace {

// How people appear where a login is wanted: the login, else the mail name, else the name.
QString handleOf(const Person& p) {
    if (!p.login.isEmpty())
        return p.login;
    const QString mail = p.email.section(u'@', 0, 0);
    return mail.isEmpty() ? p.name : mail;
}

} // namespace

void CabScreen::newChangeRequest() {
    ChangeRequest fresh;
    fresh.requestedBy = m_document.session().actor;
    RiskClassifier::assess(fresh, RiskAnswers{});
    auto all = m_changes->all();
    QSet<QString> taken;
    if (all)
        for (const ChangeRequest& c : all.value())
            taken.insert(c.ticket);
    QList<std::pair<qint64, QString>> releases;
    if (auto list = m_document.releases().all(); list)
        for (const Release& r : list.value())
            if (r.status != ReleaseStatus::Cancelled)
                releases.append({r.id, releaseLabel(r.name, r.version)});
    QStringList handles;
    if (auto people = m_document.scheduling().people().all(); people)
        for (const Person& p : people.value())
            handles << handleOf(p);
    auto* dialog = new ChangeRequestDialog(releases, taken, handles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New change request"));
    dialog->setChange(fresh);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ChangeRequest c = dialog->change();
        m_document.undoStack()->push(new ChangeRecordCommand<ChangeRequest>(
            changeRequestOps(*m_changes), std::nullopt, c,
            tr("New change request %1").arg(c.ticket),
            [this](const QString& why) { showMessage(why, true); }));
        showMessage(tr("%1 raised: %2 risk, score %3. Add it to a meeting's agenda with Edit "
                       "Meeting or Build Agenda.")
                        .arg(c.ticket, displayName(c.riskLevel))
                        .arg(c.riskScore),
                    false);
    });
    dialog->open();
}

void CabScreen::editSelectedChange() {
    const int row = selectedRow();
    if (row < 0 || row >= m_pack.items.size() || !m_pack.items[row].change)
        return;
    auto before = m_changes->find(m_pack.items[row].change->id);
    if (!before)
        return showMessage(before.error().message, true);
    QSet<QString> taken;
    if (auto all = m_changes->all(); all)
        for (const ChangeRequest& c : all.value())
            taken.insert(c.ticket);
    QList<std::pair<qint64, QString>> releases;
    if (auto list = m_document.releases().all(); list)
        for (const Release& r : list.value())
            if (r.status != ReleaseStatus::Cancelled || r.id == before->releaseId)
                releases.append({r.id, releaseLabel(r.name, r.version)});
    QStringList handles;
    if (auto people = m_document.scheduling().people().all(); people)
        for (const Person& p : people.value())
            handles << handleOf(p);
    auto* dialog = new ChangeRequestDialog(releases, taken, handles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Change request %1").arg(before->ticket));
    dialog->setChange(before.value());
    const ChangeRequest seen = before.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen] {
        const ChangeRequest c = dialog->change();
        m_document.undoStack()->push(new ChangeRecordCommand<ChangeRequest>(
            changeRequestOps(*m_changes), seen, c, tr("Edit change request %1").arg(c.ticket),
            [this](const QString& why) { showMessage(why, true); }));
    });
    dialog->open();
}

void CabScreen::editMeeting() {
    const qint64 id = meetingId();
    auto before = m_meetings->find(id);
    if (!before)
        return showMessage(before.error().message, true);
    auto agenda = m_meetings->agenda(id);
    if (!agenda)
        return showMessage(agenda.error().message, true);
    auto people = m_document.scheduling().people().all();
    QList<MeetingDialog::Candidate> candidates;
    if (auto all = m_changes->all(); all)
        for (const ChangeRequest& c : all.value())
            candidates.append({c.id, c.releaseId, c.ticket + QStringLiteral(" — ") + c.summary,
                               c.summary, c.type == ChangeType::Emergency});
    auto* dialog = new MeetingDialog(people ? people.value() : QList<Person>(), candidates, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("CAB meeting “%1”").arg(before->title));
    dialog->setMeeting(before.value(), agenda.value());
    const CabMeeting seen = before.value();
    const QList<AgendaItem> seenAgenda = agenda.value();
    connect(dialog, &QDialog::accepted, this, [this, dialog, seen, seenAgenda] {
        const CabMeeting m = dialog->meeting();
        const QList<AgendaItem> items = dialog->agenda();
        const auto same = [](const QList<AgendaItem>& a, const QList<AgendaItem>& b) {
            if (a.size() != b.size())
                return false;
            for (qsizetype i = 0; i < a.size(); ++i)
                if (a[i].kind != b[i].kind || a[i].changeId != b[i].changeId ||
                    a[i].title != b[i].title)
                    return false;
            return true;
        };
        QJsonObject was = toJson(seen), now = toJson(m);
        was.remove(QStringLiteral("row_version"));
        now.remove(QStringLiteral("row_version"));
        const bool details = was != now;
        const bool reordered = !same(seenAgenda, items);
        if (!details && !reordered)
            return;
        const auto onError = [this](const QString& why) {
            showMessage(why, true);
        };
        QUndoStack* stack = m_document.undoStack();
        stack->beginMacro(tr("Edit CAB meeting “%1”").arg(m.title));
        if (details)
            stack->push(new ChangeRecordCommand<CabMeeting>(
                meetingOps(*m_meetings), seen, m, tr("Edit the meeting's details"), onError));
        if (reordered)
            stack->push(new SetAgendaCommand(*m_meetings, m.id, seenAgenda, items,
                                             tr("Edit the agenda"), onError));
        stack->endMacro();
    });
    dialog->open();
}

void CabScreen::buildAgenda() {
    const qint64 id = meetingId();
    auto proposed = m_meetings->proposeAgenda(id);
    if (!proposed)
        return showMessage(proposed.error().message, true);
    QList<AgendaItem> before;
    for (const CabPackItem& i : m_pack.items)
        before << i.item;
    m_document.undoStack()->push(
        new SetAgendaCommand(*m_meetings, id, before, proposed.value(), tr("Build the CAB agenda"),
                             [this](const QString& why) { showMessage(why, true); }));
    showMessage(
        tr("The agenda holds %n item(s), by window then risk.", nullptr, int(proposed->size())),
        false);
}

void CabScreen::moveSelected(int delta) {
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_pack.items.size())
        return;
    QList<AgendaItem> before, after;
    for (const CabPackItem& i : m_pack.items)
        before << i.item;
    after = before;
    after.move(row, to);
    m_document.undoStack()->push(
        new SetAgendaCommand(*m_meetings, meetingId(), before, after, tr("Reorder the CAB agenda"),
                             [this](const QString& why) { showMessage(why, true); }));
    m_agenda->selectRow(to);
}

void CabScreen::removeSelected() {
    const int row = selectedRow();
    if (row < 0)
        return;
    QList<AgendaItem> before;
    for (const CabPackItem& i : m_pack.items)
        before << i.item;
    QList<AgendaItem> after = before;
    after.removeAt(row);
    m_document.undoStack()->push(
        new SetAgendaCommand(*m_meetings, meetingId(), before, after, tr("Remove an agenda item"),
                             [this](const QString& why) { showMessage(why, true); }));
}

bool CabScreen::decideSelected(DecisionOutcome outcome, const QStringList& conditions) {
    const int row = selectedRow();
    if (row < 0 || row >= m_pack.items.size() || !m_pack.items[row].change)
        return false;
    // Copies: recording the decision reloads m_pack.
    const qint64 changeId = m_pack.items[row].change->id;
    const QString ticket = m_pack.items[row].change->ticket;
    QString message;
    const bool ok =
        m_decider->decide(meetingId(), changeId, ticket, outcome, conditions, QString(), &message);
    showMessage(message, !ok);
    return ok;
}

} // namespace slipway::ui
