// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdherencePanel.h"

#include "AdherenceReportWriter.h"
#include "AdherenceTrendChart.h"
#include "CorrectiveActionCommands.h"
#include "CorrectiveActionDialog.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "ReportSavePath.h"
#include "Theme.h"
#include "services/AdherenceService.h"
#include "services/AuditService.h"
#include "services/CorrectiveActionService.h"
#include "services/Document.h"
#include "validation/RecordTable.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace slipway::ui {
namespace {

enum DeviationColumn { DWhen, DKind, DRelease, DTeam, DActions, DDetail };
enum ActionColumn { ATitle, AOwner, ADue, AState, ANote };

QStandardItem* cell(const QString& text) {
    auto* item = new QStandardItem(text);
    item->setToolTip(text);
    return item;
}

QString utcText(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

AdherencePanel::AdherencePanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("adherencePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* row = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Kind:"), this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("adherenceKind"));
    m_kind->addItem(tr("All kinds"), QString());
    for (DeviationKind kind : allDeviationKinds())
        m_kind->addItem(deviationKindLabel(kind), toKey(kind));
    m_kind->setToolTip(tr("Show one kind of deviation only"));
    kindLabel->setBuddy(m_kind);
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("adherenceSummary"));
    m_summary->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    row->addSpacing(Theme::space(1));
    row->addWidget(m_summary, 1);
    m_export = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Export…"), this);
    m_export->setObjectName(QStringLiteral("adherenceExport"));
    m_export->setToolTip(tr("Write the review as a PDF an auditor can sign off, or as CSV"));
    row->addWidget(m_export);
    layout->addLayout(row);
    m_message = new MessageBar(QStringLiteral("adherenceMessage"), this);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(QStringLiteral("verify"), tr("No deviations in this period"),
                             tr("Every release deployed in the period followed the process: "
                                "approved first, outside blackouts and freezes, no gate waived "
                                "or guard overridden, reviews on time. Choose a longer period "
                                "above to look further back."),
                             QString(), m_pages);
    m_empty->setObjectName(QStringLiteral("adherenceEmptyState"));
    m_pages->addWidget(m_empty);

    auto* split = new QSplitter(Qt::Vertical, m_pages);
    split->setObjectName(QStringLiteral("adherenceSplitter"));
    split->setChildrenCollapsible(false);
    m_deviationTable = newRecordTable(split, QStringLiteral("deviationTable"));
    m_deviationModel = new QStandardItemModel(0, 6, this);
    m_deviationModel->setHorizontalHeaderLabels({tr("When (UTC)"), tr("Kind"), tr("Release"),
                                                 tr("Team"), tr("Corrective actions"),
                                                 tr("What happened")});
    m_deviationTable->setModel(m_deviationModel);
    m_deviationTable->setWordWrap(false);
    setMinimumRows(m_deviationTable, 5);
    split->addWidget(m_deviationTable);

    auto* lower = new QWidget(split);
    auto* lowerLayout = new QHBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->setSpacing(Theme::space(2));
    auto* actions = new QVBoxLayout;
    m_actionsTitle = new QLabel(lower);
    m_actionsTitle->setObjectName(QStringLiteral("correctiveTitleLabel"));
    m_actionsTitle->setFont(Theme::sectionFont());
    m_actionsTitle->setTextFormat(Qt::PlainText);
    m_actionsTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    actions->addWidget(m_actionsTitle);
    m_deviationDetail = new QLabel(lower);
    m_deviationDetail->setObjectName(QStringLiteral("deviationDetail"));
    m_deviationDetail->setTextFormat(Qt::PlainText);
    m_deviationDetail->setWordWrap(true);
    m_deviationDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deviationDetail->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    actions->addWidget(m_deviationDetail);
    m_actionTable = newRecordTable(lower, QStringLiteral("correctiveActionTable"));
    m_actionModel = new QStandardItemModel(0, 5, this);
    m_actionModel->setHorizontalHeaderLabels(
        {tr("Corrective action"), tr("Owner"), tr("Due"), tr("State"), tr("Note")});
    m_actionTable->setModel(m_actionModel);
    // The title takes the room; the note keeps a readable width and says the rest in its tip.
    m_actionTable->horizontalHeader()->setStretchLastSection(false);
    m_actionTable->horizontalHeader()->setSectionResizeMode(ATitle, QHeaderView::Stretch);
    m_actionTable->horizontalHeader()->resizeSection(ANote, Theme::space(16));
    setMinimumRows(m_actionTable, 3);
    actions->addWidget(m_actionTable, 1);
    m_actionsHint = new QLabel(tr("No corrective action for this deviation yet. Add one: what "
                                  "will be done, who owns it and by when."),
                               lower);
    m_actionsHint->setObjectName(QStringLiteral("correctiveHint"));
    m_actionsHint->setWordWrap(true);
    m_actionsHint->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    actions->addWidget(m_actionsHint);
    auto* buttons = new QHBoxLayout;
    const auto button = [lower, buttons](const QString& name, const QString& icon,
                                         const QString& text, const QString& tip) {
        auto* b = new QPushButton(IconProvider::icon(icon), text, lower);
        b->setObjectName(name);
        b->setToolTip(tip);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("correctiveAdd"), QStringLiteral("add"), tr("Add…"),
                   tr("Attach a corrective action to the chosen deviation"));
    m_edit = button(QStringLiteral("correctiveEdit"), QStringLiteral("edit"), tr("Edit…"),
                    tr("Change the action's title, owner, due date, state or note"));
    m_done = button(QStringLiteral("correctiveDone"), QStringLiteral("status-closed"),
                    tr("Mark Done…"), tr("Close the action as done, with a note on how"));
    m_drop = button(QStringLiteral("correctiveDrop"), QStringLiteral("status-cancelled"),
                    tr("Drop…"), tr("Close the action without doing it, with a note saying why"));
    m_remove = button(QStringLiteral("correctiveRemove"), QStringLiteral("delete"), tr("Remove"),
                      tr("Remove an action entered by mistake (Undo brings it back)"));
    buttons->addStretch(1);
    actions->addLayout(buttons);
    lowerLayout->addLayout(actions, 5);
    m_trend = new AdherenceTrendChart(lower);
    lowerLayout->addWidget(m_trend, 4);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_pages->addWidget(split);
    layout->addWidget(m_pages, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AdherencePanel::fillDeviations);
    connect(m_deviationTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdherencePanel::fillActions);
    connect(m_actionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdherencePanel::updateButtons);
    connect(m_deviationTable, &QTableView::doubleClicked, this, &AdherencePanel::addDialog);
    connect(m_actionTable, &QTableView::doubleClicked, this, [this] { editDialog({}); });
    connect(m_add, &QPushButton::clicked, this, &AdherencePanel::addDialog);
    connect(m_edit, &QPushButton::clicked, this, [this] { editDialog({}); });
    connect(m_done, &QPushButton::clicked, this, [this] { editDialog(CorrectiveState::Done); });
    connect(m_drop, &QPushButton::clicked, this, [this] { editDialog(CorrectiveState::Dropped); });
    connect(m_remove, &QPushButton::clicked, this, &AdherencePanel::removeAction);
    connect(m_export, &QPushButton::clicked, this, &AdherencePanel::exportDialog);
    updateButtons();
}

void AdherencePanel::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void AdherencePanel::setPeriod(qint64 fromUtc, qint64 toUtc) {
    m_fromUtc = fromUtc;
    m_toUtc = toUtc;
    m_stale = true;
}

void AdherencePanel::refreshIfStale() {
    if (m_stale)
        refresh();
}

void AdherencePanel::refresh() {
    m_stale = false;
    if (m_toUtc <= m_fromUtc)
        return;
    auto found =
        m_document.adherence().deviations(m_fromUtc, m_toUtc, QDateTime::currentSecsSinceEpoch());
    if (!found) {
        m_message->showMessage(MessageBar::Kind::Error, found.error().message);
        return;
    }
    m_message->hide();
    m_deviations = found.value();
    // Newest first: the review is read from what happened last.
    std::stable_sort(m_deviations.begin(), m_deviations.end(),
                     [](const Deviation& a, const Deviation& b) { return a.at > b.at; });
    m_trend->setCounts(AdherenceService::countsByTeamAndMonth(m_deviations), m_fromUtc, m_toUtc);
    reloadActions();
}

void AdherencePanel::reloadActions() {
    m_actions.clear();
    auto all = m_document.correctiveActions().list();
    if (!all)
        m_message->showMessage(MessageBar::Kind::Error, all.error().message);
    else
        for (const CorrectiveAction& a : all.value())
            m_actions[a.deviationKey].append(a);
    fillDeviations();
}

QList<CorrectiveAction> AdherencePanel::actionsOf(const QString& deviationKey) const {
    return m_actions.value(deviationKey);
}

QString AdherencePanel::actionSummary(const QList<CorrectiveAction>& actions) {
    if (actions.isEmpty())
        return tr("None");
    QStringList parts;
    for (CorrectiveState state : allCorrectiveStates()) {
        const auto n =
            std::count_if(actions.begin(), actions.end(),
                          [state](const CorrectiveAction& a) { return a.state == state; });
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(correctiveStateLabel(state).toLower());
    }
    return parts.join(QStringLiteral(" · "));
}

QString AdherencePanel::summary() const {
    return m_summary->text();
}

void AdherencePanel::fillDeviations() {
    const QString keep = currentDeviationKey();
    const QString kind = m_kind->currentData().toString();
    int without = 0;
    int open = 0;
    for (const Deviation& d : std::as_const(m_deviations)) {
        const QList<CorrectiveAction> actions = m_actions.value(d.key);
        without += actions.isEmpty() ? 1 : 0;
        for (const CorrectiveAction& a : actions)
            open += isClosed(a.state) ? 0 : 1;
    }
    m_summary->setText(tr("%n deviation(s) in the period", nullptr, int(m_deviations.size())) +
                       QStringLiteral(" · ") +
                       tr("%n without a corrective action", nullptr, without) +
                       QStringLiteral(" · ") + tr("%n action(s) open", nullptr, open));
    m_deviationModel->removeRows(0, m_deviationModel->rowCount());
    for (const Deviation& d : std::as_const(m_deviations)) {
        if (!kind.isEmpty() && toKey(d.kind) != kind)
            continue;
        const QList<CorrectiveAction> actions = m_actions.value(d.key);
        QList<QStandardItem*> row{
            cell(utcText(d.at)),          cell(deviationKindLabel(d.kind)),
            cell(d.releaseLabel),         cell(d.teamName.isEmpty() ? tr("No team") : d.teamName),
            cell(actionSummary(actions)), cell(d.detail)};
        row[DWhen]->setData(d.key, Qt::UserRole);
        const bool allClosed = std::all_of(actions.begin(), actions.end(),
                                           [](const auto& a) { return isClosed(a.state); });
        row[DActions]->setForeground(actions.isEmpty() ? Theme::warning()
                                     : allClosed       ? Theme::success()
                                                 : QApplication::palette().color(QPalette::Text));
        m_deviationModel->appendRow(row);
    }
    m_pages->setCurrentIndex(m_deviations.isEmpty() ? 0 : 1);
    m_export->setEnabled(m_toUtc > m_fromUtc);
    auto* header = m_deviationTable->horizontalHeader();
    for (int column : {DWhen, DKind, DRelease, DTeam, DActions}) {
        m_deviationTable->resizeColumnToContents(column);
        header->resizeSection(column, std::min(header->sectionSize(column), Theme::space(30)));
    }
    if (!selectDeviation(keep) && m_deviationModel->rowCount() > 0)
        m_deviationTable->selectRow(0);
    fillActions();
}

bool AdherencePanel::selectDeviation(const QString& key) {
    for (int row = 0; row < m_deviationModel->rowCount() && !key.isEmpty(); ++row)
        if (m_deviationModel->index(row, DWhen).data(Qt::UserRole).toString() == key) {
            m_deviationTable->selectRow(row);
            m_deviationTable->scrollTo(m_deviationModel->index(row, DWhen));
            return true;
        }
    return false;
}

void AdherencePanel::showBusiestDeviation() {
    refreshIfStale();
    QString best;
    qsizetype most = 0;
    for (const Deviation& d : std::as_const(m_deviations))
        if (m_actions.value(d.key).size() > most) {
            most = m_actions.value(d.key).size();
            best = d.key;
        }
    if (!selectDeviation(best) && m_deviationModel->rowCount() > 0)
        m_deviationTable->selectRow(0);
}

QString AdherencePanel::currentDeviationKey() const {
    const QModelIndex index = m_deviationTable->selectionModel()->currentIndex();
    return index.isValid()
               ? m_deviationModel->index(index.row(), DWhen).data(Qt::UserRole).toString()
               : QString();
}

const Deviation* AdherencePanel::currentDeviation() const {
    const QString key = currentDeviationKey();
    for (const Deviation& d : m_deviations)
        if (d.key == key && !key.isEmpty())
            return &d;
    return nullptr;
}

const CorrectiveAction* AdherencePanel::currentAction() const {
    const Deviation* d = currentDeviation();
    const qint64 id = currentRowId(m_actionTable, m_actionModel, ATitle);
    if (!d || id <= 0)
        return nullptr;
    const auto it = m_actions.constFind(d->key);
    return it == m_actions.cend() ? nullptr : recordWithId(it.value(), id);
}

void AdherencePanel::fillActions() {
    const qint64 keep = currentRowId(m_actionTable, m_actionModel, ATitle);
    m_actionModel->removeRows(0, m_actionModel->rowCount());
    const Deviation* d = currentDeviation();
    m_actionsTitle->setText(
        d ? tr("Corrective actions: %1, %2").arg(deviationKindLabel(d->kind), d->releaseLabel)
          : tr("Corrective actions"));
    m_deviationDetail->setText(d ? d->detail : QString());
    m_deviationDetail->setVisible(d != nullptr);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (const CorrectiveAction& a : d ? m_actions.value(d->key) : QList<CorrectiveAction>()) {
        QList<QStandardItem*> row{cell(a.title), cell(a.owner),
                                  cell(a.due.toString(QStringLiteral("yyyy-MM-dd"))),
                                  cell(correctiveStateLabel(a.state)), cell(a.note)};
        row[ATitle]->setData(a.id, Qt::UserRole);
        if (!isClosed(a.state) && a.due < today) {
            row[ADue]->setForeground(Theme::danger());
            row[ADue]->setToolTip(tr("Overdue: due %1").arg(a.due.toString(Qt::ISODate)));
        }
        if (isClosed(a.state))
            row[AState]->setForeground(a.state == CorrectiveState::Done ? Theme::success()
                                                                        : Theme::muted());
        m_actionModel->appendRow(row);
    }
    m_actionsHint->setVisible(d && m_actionModel->rowCount() == 0);
    for (int column : {AOwner, ADue, AState})
        m_actionTable->resizeColumnToContents(column);
    const int row = rowOfId(m_actionModel, ATitle, keep);
    if (m_actionModel->rowCount() > 0)
        m_actionTable->selectRow(std::max(row, 0));
    updateButtons();
}

void AdherencePanel::updateButtons() {
    const bool deviation = currentDeviation() != nullptr;
    const CorrectiveAction* action = currentAction();
    m_add->setEnabled(m_editable && deviation);
    m_edit->setEnabled(m_editable && action);
    m_done->setEnabled(m_editable && action && !isClosed(action->state));
    m_drop->setEnabled(m_editable && action && !isClosed(action->state));
    m_remove->setEnabled(m_editable && action);
}

bool AdherencePanel::push(UndoCommand* command) {
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_message->hide();
    reloadActions();
    return done;
}

bool AdherencePanel::addAction(const CorrectiveAction& action) {
    if (!m_editable)
        return false;
    return push(new AddCorrectiveActionCommand(
        m_document.correctiveActions(), action,
        [this](const QString& m) { m_message->showMessage(MessageBar::Kind::Error, m); }));
}

void AdherencePanel::addDialog() {
    const Deviation* d = currentDeviation();
    if (!m_editable || !d)
        return;
    CorrectiveAction fresh;
    fresh.deviationKey = d->key;
    fresh.releaseId = d->releaseId;
    CorrectiveActionDialog dialog(
        fresh, tr("%1 · %2 · %3").arg(deviationKindLabel(d->kind), d->releaseLabel, d->detail),
        this);
    if (dialog.exec() == QDialog::Accepted)
        addAction(dialog.action());
}

void AdherencePanel::editDialog(std::optional<CorrectiveState> state) {
    const Deviation* d = currentDeviation();
    const CorrectiveAction* seen = currentAction();
    if (!m_editable || !d || !seen)
        return;
    const CorrectiveAction before = *seen;
    CorrectiveAction shown = before;
    if (state)
        shown.state = *state;
    CorrectiveActionDialog dialog(
        shown, tr("%1 · %2 · %3").arg(deviationKindLabel(d->kind), d->releaseLabel, d->detail),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(new EditCorrectiveActionCommand(
        m_document.correctiveActions(), before, dialog.action(),
        [this](const QString& m) { m_message->showMessage(MessageBar::Kind::Error, m); }));
}

void AdherencePanel::removeAction() {
    const CorrectiveAction* seen = currentAction();
    if (!m_editable || !seen)
        return;
    const CorrectiveAction action = *seen;
    QMessageBox ask(QMessageBox::Question, tr("Remove Corrective Action"),
                    tr("Remove the corrective action \"%1\"? To close an action that will not "
                       "be done, drop it instead: the review keeps dropped actions. Undo brings "
                       "a removed one back.")
                        .arg(action.title),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton* remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    push(new RemoveCorrectiveActionCommand(
        m_document.correctiveActions(), action,
        [this](const QString& m) { m_message->showMessage(MessageBar::Kind::Error, m); }));
}

bool AdherencePanel::exportTo(const QString& path) {
    refreshIfStale();
    AdherenceReportWriter::Input input;
    input.fromUtc = m_fromUtc;
    input.toUtc = m_toUtc;
    input.generatedAt = QDateTime::currentSecsSinceEpoch();
    input.fileName = m_document.fileName();
    input.deviations = m_deviations;
    std::stable_sort(input.deviations.begin(), input.deviations.end(),
                     [](const Deviation& a, const Deviation& b) { return a.at < b.at; });
    for (const Deviation& d : std::as_const(input.deviations))
        if (m_actions.contains(d.key))
            input.actions.insert(d.key, m_actions.value(d.key));
    input.counts = AdherenceService::countsByTeamAndMonth(input.deviations);
    // The audit chain as it stands when the review is written: its last entry.
    auto tip = m_document.audit().page({}, 0, 1);
    if (!tip) {
        m_message->showMessage(MessageBar::Kind::Error, tip.error().message);
        return false;
    }
    if (!tip->isEmpty()) {
        input.chainEntries = tip->first().seq;
        input.chainHead = tip->first().hash;
    }
    auto written = AdherenceReportWriter::write(input, path);
    if (!written) {
        m_message->showMessage(MessageBar::Kind::Error, written.error().message);
        return false;
    }
    m_message->showMessage(MessageBar::Kind::Success,
                           written->countsFile.isEmpty()
                               ? tr("Wrote %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Wrote %1, and the counts by team and month to %2.")
                                     .arg(QDir::toNativeSeparators(path),
                                          QDir::toNativeSeparators(written->countsFile)));
    return true;
}

void AdherencePanel::exportDialog() {
    const QString path = askReportSavePath(this, tr("Export Adherence Review"),
                                           QStringLiteral("adherence-review.pdf"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace slipway::ui
