// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCriteriaSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "IconProvider.h"
#include "ReorderExitCriteriaCommand.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {
namespace {

enum Column { CriterionColumn, StateColumn, ColumnCount };

} // namespace

ExitCriteriaSection::ExitCriteriaSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("exitCriteriaSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Exit criteria"), this);
    title->setFont(Theme::sectionFont());
    header->addWidget(title);
    header->addStretch(1);
    m_done = new QLabel(this);
    m_done->setObjectName(QStringLiteral("developmentDoneLabel"));
    header->addWidget(m_done);
    layout->addLayout(header);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exitCompletion"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(Theme::space(2) + 4);
    layout->addWidget(m_progress);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("exitCriteriaTable"));
    m_table->setHorizontalHeaderLabels({tr("Criterion"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(CriterionColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(StateColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(StateColumn, Theme::space(34));
    m_table->setMinimumHeight(Theme::space(16));
    layout->addWidget(m_table, 1);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(Theme::space(1));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newCriterionEdit"));
    m_new->setPlaceholderText(tr("Add a criterion, e.g. “All P1 tests pass”"));
    addRow->addWidget(m_new, 1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addCriterionButton"));
    addRow->addWidget(m_add);
    m_up = new QPushButton(QStringLiteral("↑"), this);
    m_up->setObjectName(QStringLiteral("criterionUpButton"));
    m_up->setToolTip(tr("Move the selected criterion up"));
    m_down = new QPushButton(QStringLiteral("↓"), this);
    m_down->setObjectName(QStringLiteral("criterionDownButton"));
    m_down->setToolTip(tr("Move the selected criterion down"));
    for (QPushButton* b : {m_up, m_down}) {
        b->setFixedWidth(Theme::space(4));
        addRow->addWidget(b);
    }
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), QString(), this);
    m_remove->setObjectName(QStringLiteral("removeCriterionButton"));
    m_remove->setToolTip(tr("Remove the selected criterion"));
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    auto* waiveRow = new QHBoxLayout;
    waiveRow->setSpacing(Theme::space(1));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("waiverReasonEdit"));
    m_reason->setPlaceholderText(tr("Reason to waive the selected criterion (required)"));
    waiveRow->addWidget(m_reason, 1);
    m_waive = new QPushButton(tr("Waive"), this);
    m_waive->setObjectName(QStringLiteral("waiveCriterionButton"));
    m_waive->setToolTip(tr("Settle the selected criterion without meeting it; the reason is kept "
                           "on record"));
    waiveRow->addWidget(m_waive);
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_reopen->setObjectName(QStringLiteral("reopenCriterionButton"));
    m_reopen->setToolTip(tr("Clear the check or the waiver of the selected criterion"));
    waiveRow->addWidget(m_reopen);
    layout->addLayout(waiveRow);

    const auto add = [this] {
        if (m_new->text().trimmed().isEmpty() || m_releaseId <= 0)
            return;
        ExitCriterion e;
        e.releaseId = m_releaseId;
        e.text = m_new->text().trimmed();
        if (m_context.push(new ChangeRecordCommand<ExitCriterion>(
                exitCriterionOps(m_context.document), std::nullopt, e,
                tr("Add exit criterion “%1”").arg(e.text), m_context.fail)))
            m_new->clear();
        load(m_releaseId);
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_new, &QLineEdit::returnPressed, this, add);
    connect(m_new, &QLineEdit::textChanged, this, &ExitCriteriaSection::updateButtons);
    connect(m_reason, &QLineEdit::textChanged, this, &ExitCriteriaSection::updateButtons);
    connect(m_reason, &QLineEdit::returnPressed, this, &ExitCriteriaSection::waiveSelected);
    connect(m_waive, &QPushButton::clicked, this, &ExitCriteriaSection::waiveSelected);
    connect(m_reopen, &QPushButton::clicked, this, &ExitCriteriaSection::reopenSelected);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_remove, &QPushButton::clicked, this, &ExitCriteriaSection::removeSelected);
    connect(m_table, &QTableWidget::itemChanged, this, &ExitCriteriaSection::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ExitCriteriaSection::updateButtons);
}

void ExitCriteriaSection::load(qint64 releaseId) {
    const int keepRow = selectedRow();
    m_releaseId = releaseId;
    m_criteria.clear();
    if (releaseId > 0) {
        auto criteria = m_context.document.exitCriteria().forRelease(releaseId);
        if (criteria)
            m_criteria = criteria.value();
        else
            m_context.fail(criteria.error().message);
    }
    m_loading = true;
    m_table->setRowCount(int(m_criteria.size()));
    for (int row = 0; row < m_criteria.size(); ++row) {
        const ExitCriterion& e = m_criteria.at(row);
        auto* text = new QTableWidgetItem(e.text);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (m_context.editable)
            flags |= Qt::ItemIsEditable | Qt::ItemIsUserCheckable;
        text->setFlags(flags);
        text->setCheckState(e.checked ? Qt::Checked : Qt::Unchecked);
        text->setToolTip(e.text);
        m_table->setItem(row, CriterionColumn, text);

        QString state;
        QColor color = Theme::muted();
        const QString when =
            QLocale().toString(e.settledAt.toLocalTime().date(), QLocale::ShortFormat);
        if (e.checked) {
            state = tr("✓ Checked by %1, %2").arg(e.settledBy, when);
            color = Theme::success();
        } else if (e.waived) {
            state = tr("Waived: %1").arg(e.waiverReason);
            color = Theme::warning();
        } else {
            state = tr("Open");
        }
        auto* stateItem = new QTableWidgetItem(state);
        stateItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        stateItem->setForeground(color);
        stateItem->setToolTip(
            e.waived ? tr("Waived by %1, %2: %3").arg(e.settledBy, when, e.waiverReason) : state);
        m_table->setItem(row, StateColumn, stateItem);
    }
    m_loading = false;
    if (keepRow >= 0 && keepRow < m_table->rowCount())
        m_table->selectRow(keepRow);

    const ExitCompletion c = completionOf(m_criteria);
    m_progress->setRange(0, std::max(1, c.total));
    m_progress->setValue(c.settled());
    m_progress->setFormat(
        c.total == 0
            ? tr("No exit criteria yet")
            : tr("%1 of %2 settled (%3 waived)").arg(c.settled()).arg(c.total).arg(c.waived));
    if (c.developmentDone()) {
        m_done->setText(tr("✓ Development done"));
        m_done->setStyleSheet(
            QStringLiteral("color: %1; font-weight: bold;").arg(Theme::success().name()));
    } else {
        m_done->setText(c.total == 0
                            ? tr("Add the criteria that say development is done")
                            : tr("Development not done: %n open", nullptr, c.total - c.settled()));
        m_done->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    }
    updateButtons();
}

void ExitCriteriaSection::setEditable(bool) {
    load(m_releaseId);
}

int ExitCriteriaSection::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ExitCriteriaSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    const int row = selectedRow();
    const bool selected = row >= 0 && row < m_criteria.size();
    m_new->setEnabled(editable);
    m_reason->setEnabled(editable);
    m_add->setEnabled(editable && !m_new->text().trimmed().isEmpty());
    m_waive->setEnabled(editable && selected && !m_criteria.at(row).waived &&
                        !m_reason->text().trimmed().isEmpty());
    m_reopen->setEnabled(editable && selected && m_criteria.at(row).settled());
    m_up->setEnabled(editable && selected && row > 0);
    m_down->setEnabled(editable && selected && row + 1 < m_criteria.size());
    m_remove->setEnabled(editable && selected);
}

void ExitCriteriaSection::change(const ExitCriterion& before, const ExitCriterion& after,
                                 const QString& text) {
    // Deferred: the table item that asked for this is rebuilt by load().
    QMetaObject::invokeMethod(
        this,
        [this, before, after, text] {
            m_context.push(new ChangeRecordCommand<ExitCriterion>(
                exitCriterionOps(m_context.document), before, after, text, m_context.fail));
            load(m_releaseId);
        },
        Qt::QueuedConnection);
}

void ExitCriteriaSection::itemChanged(QTableWidgetItem* item) {
    if (m_loading || item->column() != CriterionColumn || item->row() >= m_criteria.size())
        return;
    const ExitCriterion before = m_criteria.at(item->row());
    ExitCriterion after = before;
    const bool checked = item->checkState() == Qt::Checked;
    if (checked != before.checked) {
        after.checked = checked;
        after.waived = false;
        after.waiverReason.clear();
        change(before, after,
               checked ? tr("Check “%1”").arg(before.text) : tr("Uncheck “%1”").arg(before.text));
    } else if (item->text().trimmed() != before.text) {
        if (item->text().trimmed().isEmpty()) {
            m_context.fail(tr("An exit criterion needs some text."));
            QMetaObject::invokeMethod(
                this, [this] { load(m_releaseId); }, Qt::QueuedConnection);
            return;
        }
        after.text = item->text().trimmed();
        change(before, after, tr("Rename exit criterion “%1”").arg(before.text));
    }
}

void ExitCriteriaSection::waiveSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= m_criteria.size() || !m_context.editable)
        return;
    if (m_reason->text().trimmed().isEmpty()) {
        m_context.fail(tr("Say why the criterion is waived: the reason is kept on record."));
        return;
    }
    const ExitCriterion before = m_criteria.at(row);
    ExitCriterion after = before;
    after.checked = false;
    after.waived = true;
    after.waiverReason = m_reason->text().trimmed();
    m_reason->clear();
    change(before, after, tr("Waive “%1”").arg(before.text));
}

void ExitCriteriaSection::reopenSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= m_criteria.size())
        return;
    const ExitCriterion before = m_criteria.at(row);
    ExitCriterion after = before;
    after.checked = false;
    after.waived = false;
    after.waiverReason.clear();
    change(before, after, tr("Reopen “%1”").arg(before.text));
}

void ExitCriteriaSection::removeSelected() {
    const int row = selectedRow();
    if (row < 0 || row >= m_criteria.size())
        return;
    const ExitCriterion before = m_criteria.at(row);
    m_context.push(new ChangeRecordCommand<ExitCriterion>(
        exitCriterionOps(m_context.document), before, std::nullopt,
        tr("Remove exit criterion “%1”").arg(before.text), m_context.fail));
    load(m_releaseId);
}

void ExitCriteriaSection::move(int delta) {
    const int row = selectedRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_criteria.size())
        return;
    QList<qint64> before;
    for (const ExitCriterion& e : std::as_const(m_criteria))
        before << e.id;
    QList<qint64> after = before;
    after.move(row, to);
    m_context.push(new ReorderExitCriteriaCommand(m_context.document.exitCriteria(), m_releaseId,
                                                  before, after, m_context.fail));
    load(m_releaseId);
    m_table->selectRow(to);
}

} // namespace slipway::ui
