// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewActionsPanel.h"

#include "ActionDialog.h"
#include "IconProvider.h"
#include "ReviewCommands.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ReviewService.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

ReviewActionsPanel::ReviewActionsPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("reviewActions"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* title = new QLabel(tr("Actions"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    // Compact buttons on their own row: the tab shares its width with the review's template.
    auto* bar = new QHBoxLayout;
    bar->setSpacing(Theme::space(1) / 2);
    const auto button = [this, bar](const QString& name, const QString& text) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setObjectName(name);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("actionAdd"), tr("Add…"));
    m_add->setIcon(IconProvider::icon(QStringLiteral("add")));
    m_edit = button(QStringLiteral("actionEdit"), tr("Edit…"));
    m_done = button(QStringLiteral("actionDone"), tr("Done"));
    m_drop = button(QStringLiteral("actionDrop"), tr("Drop"));
    m_reopen = button(QStringLiteral("actionReopen"), tr("Reopen"));
    m_remove = button(QStringLiteral("actionRemove"), tr("Remove"));
    bar->addStretch(1);
    layout->addLayout(bar);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Owner"), tr("Due (UTC)"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);
    m_empty = new QLabel(tr("No actions yet. Add each change the review decides on, with an "
                            "owner and a due date; open ones past their date show in red."),
                         this);
    m_empty->setObjectName(QStringLiteral("actionsEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_empty, 1);

    connect(m_add, &QToolButton::clicked, this, &ReviewActionsPanel::add);
    connect(m_edit, &QToolButton::clicked, this, &ReviewActionsPanel::edit);
    connect(m_done, &QToolButton::clicked, this, [this] { setState(ReviewAction::State::Done); });
    connect(m_drop, &QToolButton::clicked, this,
            [this] { setState(ReviewAction::State::Dropped); });
    connect(m_reopen, &QToolButton::clicked, this, [this] { setState(ReviewAction::State::Open); });
    connect(m_remove, &QToolButton::clicked, this, &ReviewActionsPanel::remove);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewActionsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_editable)
            edit();
    });
}

void ReviewActionsPanel::setRelease(qint64 releaseId) {
    m_releaseId = releaseId;
    reload();
}

void ReviewActionsPanel::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void ReviewActionsPanel::reload() {
    // The selection follows the action, not the row, across a reload.
    const ReviewAction* was = selected();
    const qint64 selectedId = was ? was->id : 0;
    m_actions.clear();
    if (m_releaseId > 0) {
        if (auto actions = m_document.reviews().actions(m_releaseId))
            m_actions = actions.value();
        else
            Q_EMIT failed(actions.error().message);
    }
    fill();
    for (int row = 0; row < m_actions.size(); ++row)
        if (m_actions[row].id == selectedId)
            m_table->selectRow(row);
    updateButtons();
}

void ReviewActionsPanel::fill() {
    m_table->clearSelection();
    m_table->setRowCount(int(m_actions.size()));
    m_table->setVisible(!m_actions.isEmpty());
    m_empty->setVisible(m_actions.isEmpty());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (int row = 0; row < m_actions.size(); ++row) {
        const ReviewAction& a = m_actions[row];
        const bool overdue = a.isOverdue(now);
        auto* title = new QTableWidgetItem(a.title);
        title->setToolTip(a.title);
        m_table->setItem(row, 0, title);
        m_table->setItem(row, 1,
                         new QTableWidgetItem(a.owner.isEmpty() ? tr("no owner") : a.owner));
        auto* due =
            new QTableWidgetItem(a.dueAt > 0 ? QDateTime::fromSecsSinceEpoch(a.dueAt, Qt::UTC)
                                                       .toString(QStringLiteral("yyyy-MM-dd")) +
                                                   (overdue ? tr(" — overdue") : QString())
                                             : tr("no date"));
        auto* state = new QTableWidgetItem(displayName(a.state));
        if (overdue) {
            for (QTableWidgetItem* i : {due, state}) {
                i->setForeground(Theme::danger());
                QFont bold = i->font();
                bold.setBold(true);
                i->setFont(bold);
                i->setToolTip(tr("Open past its due date"));
            }
        } else if (a.state != ReviewAction::State::Open) {
            state->setForeground(a.state == ReviewAction::State::Done ? Theme::success()
                                                                      : Theme::muted());
        }
        m_table->setItem(row, 2, due);
        m_table->setItem(row, 3, state);
    }
    for (int c = 1; c < 4; ++c)
        m_table->resizeColumnToContents(c);
    m_table->resizeRowsToContents();
}

const ReviewAction* ReviewActionsPanel::selected() const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.first()->row();
    return row >= 0 && row < m_actions.size() ? &m_actions[row] : nullptr;
}

void ReviewActionsPanel::updateButtons() {
    const bool can = m_editable && m_releaseId > 0;
    const ReviewAction* a = selected();
    const bool open = a && a->state == ReviewAction::State::Open;
    m_add->setEnabled(can);
    m_edit->setEnabled(can && a);
    m_done->setEnabled(can && open);
    m_drop->setEnabled(can && open);
    m_reopen->setEnabled(can && a && !open);
    m_remove->setEnabled(can && a);
}

void ReviewActionsPanel::add() {
    if (!m_editable || m_releaseId <= 0)
        return;
    ReviewAction action;
    action.releaseId = m_releaseId;
    auto* dialog = new ActionDialog(action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT editing();
        pushCommand(m_document.undoStack(),
                    new AddReviewActionCommand(m_document.reviews(), dialog->action(),
                                               [this](const QString& m) { Q_EMIT failed(m); }));
    });
    dialog->open();
}

void ReviewActionsPanel::edit() {
    const ReviewAction* a = selected();
    if (!m_editable || !a)
        return;
    const ReviewAction before = *a;
    auto* dialog = new ActionDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        Q_EMIT editing();
        pushCommand(m_document.undoStack(),
                    new EditReviewActionCommand(m_document.reviews(), before, dialog->action(),
                                                tr("Edit the action “%1”").arg(before.title),
                                                [this](const QString& m) { Q_EMIT failed(m); }));
    });
    dialog->open();
}

void ReviewActionsPanel::setState(ReviewAction::State state) {
    const ReviewAction* a = selected();
    if (!m_editable || !a || a->state == state)
        return;
    const ReviewAction before = *a;
    ReviewAction after = before;
    after.state = state;
    after.doneAt = state == ReviewAction::State::Open ? 0 : QDateTime::currentSecsSinceEpoch();
    const QString text = state == ReviewAction::State::Done      ? tr("Mark “%1” done")
                         : state == ReviewAction::State::Dropped ? tr("Drop “%1”")
                                                                 : tr("Reopen “%1”");
    Q_EMIT editing();
    pushCommand(m_document.undoStack(),
                new EditReviewActionCommand(m_document.reviews(), before, after,
                                            text.arg(before.title),
                                            [this](const QString& m) { Q_EMIT failed(m); }));
}

void ReviewActionsPanel::remove() {
    const ReviewAction* a = selected();
    if (!m_editable || !a)
        return;
    const ReviewAction before = *a;
    Q_EMIT editing();
    pushCommand(m_document.undoStack(),
                new RemoveReviewActionCommand(m_document.reviews(), before,
                                              [this](const QString& m) { Q_EMIT failed(m); }));
}

} // namespace slipway::ui
