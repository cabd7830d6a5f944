// SPDX-License-Identifier: GPL-3.0-or-later
#include "MinutesPanel.h"

#include "CabRecordOps.h"
#include "CabStyle.h"
#include "SetConditionStatusCommand.h"
#include "Theme.h"
#include "io/CabPack.h"
#include "services/CabDecisionService.h"
#include "services/CabMeetingService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

QTableWidgetItem* cell(const QString& text, const QColor& colour = {}) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (colour.isValid())
        item->setForeground(colour);
    return item;
}

QTableWidget* table(QWidget* parent, const char* name, const QStringList& headers, int stretch) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setWordWrap(true);
    return t;
}

QLabel* section(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setFont(Theme::sectionFont());
    return label;
}

} // namespace

MinutesPanel::MinutesPanel(CabDecisionService& decisions, CabMeetingService& meetings,
                           QUndoStack* undo, ErrorSink onMessage, QWidget* parent)
    : QWidget(parent)
    , m_decisions(decisions)
    , m_meetings(meetings)
    , m_undo(undo)
    , m_onMessage(std::move(onMessage))
    , m_decided(new QPlainTextEdit(this))
    , m_conditionTable(table(this, "conditionTable",
                             {tr("Ticket"), tr("Condition"), tr("Owner"), tr("Due"), tr("Status")},
                             1))
    , m_conditionButton(new QPushButton(tr("Mark Met"), this))
    , m_actionTable(
          table(this, "actionTable", {tr("Done"), tr("Action"), tr("Owner"), tr("Due")}, 1))
    , m_actionButton(new QPushButton(tr("Mark Done"), this))
    , m_actionText(new QLineEdit(this))
    , m_actionError(new QLabel(this))
    , m_actionOwner(new QComboBox(this))
    , m_actionDue(new QDateEdit(this)) {
    setObjectName(QStringLiteral("minutes"));
    m_decided->setObjectName(QStringLiteral("minutesDecisions"));
    m_decided->setReadOnly(true);
    m_decided->setMaximumHeight(Theme::space(14));
    m_conditionButton->setObjectName(QStringLiteral("conditionMetButton"));
    m_conditionButton->setToolTip(tr("Record that the selected condition is met (who and when "
                                     "go into the audit log)"));
    m_actionButton->setObjectName(QStringLiteral("actionDoneButton"));
    m_actionText->setObjectName(QStringLiteral("actionTextEdit"));
    m_actionText->setPlaceholderText(tr("New action, e.g. Share the rollback rehearsal results"));
    m_actionError->setObjectName(QStringLiteral("actionTextError"));
    m_actionError->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_actionError->hide();
    m_actionOwner->setObjectName(QStringLiteral("actionOwnerCombo"));
    m_actionOwner->setEditable(true);
    m_actionOwner->setMinimumContentsLength(6);
    m_actionOwner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actionDue->setObjectName(QStringLiteral("actionDueEdit"));
    m_actionDue->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_actionDue->setCalendarPopup(true);
    m_addAction = new QPushButton(tr("Add Action"), this);
    m_addAction->setObjectName(QStringLiteral("addActionButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1), Theme::space(1));
    layout->addWidget(section(tr("Decisions in this meeting"), this));
    layout->addWidget(m_decided);
    layout->addWidget(section(tr("Conditions on the agenda's changes"), this));
    layout->addWidget(m_conditionTable, 1);
    auto* conditionRow = new QHBoxLayout;
    conditionRow->addStretch(1);
    conditionRow->addWidget(m_conditionButton);
    layout->addLayout(conditionRow);
    layout->addWidget(section(tr("Actions"), this));
    layout->addWidget(m_actionTable, 1);
    auto* actionRow = new QHBoxLayout;
    actionRow->addStretch(1);
    actionRow->addWidget(m_actionButton);
    layout->addLayout(actionRow);
    layout->addWidget(m_actionText);
    auto* form = new QHBoxLayout;
    form->addWidget(new QLabel(tr("Owner:"), this));
    form->addWidget(m_actionOwner, 1);
    form->addWidget(new QLabel(tr("Due:"), this));
    form->addWidget(m_actionDue);
    form->addWidget(m_addAction);
    layout->addLayout(form);
    layout->addWidget(m_actionError);

    connect(m_conditionButton, &QPushButton::clicked, this, &MinutesPanel::toggleSelectedCondition);
    connect(m_actionButton, &QPushButton::clicked, this, &MinutesPanel::toggleSelectedAction);
    connect(m_addAction, &QPushButton::clicked, this, &MinutesPanel::addAction);
    connect(m_actionText, &QLineEdit::returnPressed, this, &MinutesPanel::addAction);
    connect(m_actionText, &QLineEdit::textChanged, m_actionError, &QLabel::hide);
    connect(m_conditionTable, &QTableWidget::itemSelectionChanged, this,
            &MinutesPanel::updateButtons);
    connect(m_actionTable, &QTableWidget::itemSelectionChanged, this, &MinutesPanel::updateButtons);
    updateButtons();
}

void MinutesPanel::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void MinutesPanel::setPack(const CabPack& pack, const QStringList& people) {
    const int conditionAt = conditionRow();
    const int actionAt = actionRow();
    m_meetingId = pack.meeting.id;
    QStringList lines;
    for (const CabDecision& d : pack.decisions)
        lines << QStringLiteral("• ") + cabtext::decisionLine(d, pack.ticketOf.value(d.changeId));
    m_decided->setPlainText(lines.isEmpty() ? tr("No decisions recorded in this meeting yet.")
                                            : lines.join(u'\n'));

    m_conditions.clear();
    for (const CabPackItem& i : pack.items)
        m_conditions << i.conditions;
    m_conditionTable->setRowCount(0);
    m_conditionTable->setRowCount(int(m_conditions.size()));
    for (int r = 0; r < m_conditions.size(); ++r) {
        const CabCondition& c = m_conditions[r];
        m_conditionTable->setItem(r, 0, cell(pack.ticketOf.value(c.changeId)));
        m_conditionTable->setItem(r, 1, cell(c.text));
        m_conditionTable->setItem(r, 2, cell(c.owner.isEmpty() ? tr("none") : c.owner));
        m_conditionTable->setItem(r, 3, cell(c.dueUtc > 0 ? cabtext::date(c.dueUtc) : tr("—")));
        QString status;
        switch (c.status) {
        case CabCondition::Status::Open:
            status = tr("open");
            break;
        case CabCondition::Status::Met:
            status = tr("met by %1, %2").arg(c.closedBy, cabtext::dateTime(c.closedAt));
            break;
        case CabCondition::Status::Waived:
            status = tr("waived by %1, %2").arg(c.closedBy, cabtext::dateTime(c.closedAt));
            break;
        }
        m_conditionTable->setItem(
            r, 4,
            cell(status, c.status == CabCondition::Status::Open
                             ? CabStyle::statusColor(ApprovalStatus::ConditionsOpen)
                             : CabStyle::statusColor(ApprovalStatus::Ready)));
    }
    if (m_conditions.isEmpty()) {
        m_conditionTable->setRowCount(1);
        auto* empty = cell(tr("No conditions: \"approve with conditions\" (C in CAB mode) "
                              "records them here."),
                           Theme::muted());
        empty->setFlags(Qt::NoItemFlags);
        m_conditionTable->setItem(0, 1, empty);
    }

    m_actions = pack.actions;
    m_actionTable->setRowCount(0);
    m_actionTable->setRowCount(int(m_actions.size()));
    for (int r = 0; r < m_actions.size(); ++r) {
        const CabAction& a = m_actions[r];
        m_actionTable->setItem(r, 0, cell(a.done ? tr("✓ done") : tr("open")));
        m_actionTable->setItem(r, 1, cell(a.text));
        m_actionTable->setItem(r, 2, cell(a.owner.isEmpty() ? tr("none") : a.owner));
        m_actionTable->setItem(r, 3, cell(a.dueUtc > 0 ? cabtext::date(a.dueUtc) : tr("no date")));
    }
    if (m_actions.isEmpty()) {
        m_actionTable->setRowCount(1);
        auto* empty =
            cell(tr("No actions yet: type one below and press Add Action."), Theme::muted());
        empty->setFlags(Qt::NoItemFlags);
        m_actionTable->setItem(0, 1, empty);
    }
    if (conditionAt >= 0 && conditionAt < m_conditions.size())
        m_conditionTable->selectRow(conditionAt);
    if (actionAt >= 0 && actionAt < m_actions.size())
        m_actionTable->selectRow(actionAt);

    const QString owner = m_actionOwner->currentText();
    m_actionOwner->clear();
    m_actionOwner->addItems(people);
    m_actionOwner->setCurrentText(owner);
    if (m_actionDue->date() < QDate(2000, 1, 1) || m_meetingId != m_actionDue->property("meeting"))
        m_actionDue->setDate(
            QDateTime::fromSecsSinceEpoch(pack.meeting.startUtc, Qt::UTC).date().addDays(7));
    m_actionDue->setProperty("meeting", m_meetingId);
    updateButtons();
}

int MinutesPanel::conditionRow() const {
    const auto rows = m_conditionTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row < m_conditions.size() ? row : -1;
}

int MinutesPanel::actionRow() const {
    const auto rows = m_actionTable->selectionModel()->selectedRows();
    const int row = rows.isEmpty() ? -1 : rows.first().row();
    return row < m_actions.size() ? row : -1;
}

void MinutesPanel::updateButtons() {
    const int c = conditionRow();
    m_conditionButton->setEnabled(m_editable && c >= 0);
    m_conditionButton->setText(c >= 0 && m_conditions[c].status != CabCondition::Status::Open
                                   ? tr("Reopen Condition")
                                   : tr("Mark Met"));
    const int a = actionRow();
    m_actionButton->setEnabled(m_editable && a >= 0);
    m_actionButton->setText(a >= 0 && m_actions[a].done ? tr("Mark Not Done") : tr("Mark Done"));
    for (QWidget* w : {static_cast<QWidget*>(m_actionText), static_cast<QWidget*>(m_actionOwner),
                       static_cast<QWidget*>(m_actionDue), static_cast<QWidget*>(m_addAction)})
        w->setEnabled(m_editable && m_meetingId > 0);
}

void MinutesPanel::report(const QString& message) {
    if (m_onMessage)
        m_onMessage(message, true);
}

void MinutesPanel::toggleSelectedCondition() {
    const int row = conditionRow();
    if (row < 0 || !m_editable)
        return;
    const CabCondition c = m_conditions[row];
    const bool open = c.status == CabCondition::Status::Open;
    m_undo->push(new SetConditionStatusCommand(
        m_decisions, c, open ? CabCondition::Status::Met : CabCondition::Status::Open,
        open ? tr("Mark condition met: %1").arg(c.text) : tr("Reopen condition: %1").arg(c.text),
        [this](const QString& m) { report(m); }));
}

bool MinutesPanel::addAction() {
    if (!m_editable || m_meetingId <= 0)
        return false;
    CabAction a;
    a.meetingId = m_meetingId;
    a.text = m_actionText->text().trimmed();
    a.owner = m_actionOwner->currentText().trimmed();
    a.dueUtc = QDateTime(m_actionDue->date(), QTime(17, 0), Qt::UTC).toSecsSinceEpoch();
    if (a.text.isEmpty()) {
        m_actionError->setText(tr("Say what the action is."));
        m_actionError->show();
        m_actionText->setFocus();
        return false;
    }
    auto* command = new ChangeRecordCommand<CabAction>(actionOps(m_meetings), std::nullopt, a,
                                                       tr("Add action: %1").arg(a.text),
                                                       [this](const QString& m) { report(m); });
    m_undo->push(command);
    m_actionText->clear();
    return true;
}

void MinutesPanel::toggleSelectedAction() {
    const int row = actionRow();
    if (row < 0 || !m_editable)
        return;
    const CabAction before = m_actions[row];
    CabAction after = before;
    after.done = !before.done;
    m_undo->push(new ChangeRecordCommand<CabAction>(
        actionOps(m_meetings), before, after,
        after.done ? tr("Mark action done: %1").arg(before.text)
                   : tr("Mark action not done: %1").arg(before.text),
        [this](const QString& m) { report(m); }));
}

} // namespace slipway::ui
