// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionsSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "IconProvider.h"
#include "Theme.h"
#include "services/AssumptionService.h"
#include "services/Document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

enum Column {
    StatementColumn,
    OwnerColumn,
    DueColumn,
    StatusColumn,
    DependsColumn,
    ImpactColumn,
    ColumnCount
};

QColor statusColor(AssumptionStatus s) {
    switch (s) {
    case AssumptionStatus::Confirmed:
        return Theme::success();
    case AssumptionStatus::Broken:
        return Theme::danger();
    case AssumptionStatus::Open:
        break;
    }
    return Theme::muted();
}

} // namespace

AssumptionsSection::AssumptionsSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("assumptionsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Assumptions"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("assumptionsTable"));
    m_table->setHorizontalHeaderLabels({tr("Statement"), tr("Owner"), tr("Due"), tr("Status"),
                                        tr("Depends on"), tr("If it breaks")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(StatementColumn, Theme::space(30));
    m_table->horizontalHeader()->resizeSection(OwnerColumn, Theme::space(12));
    m_table->horizontalHeader()->resizeSection(DueColumn, Theme::space(12));
    m_table->horizontalHeader()->resizeSection(StatusColumn, Theme::space(14));
    m_table->horizontalHeader()->resizeSection(DependsColumn, Theme::space(18));
    m_table->setToolTip(tr("Double-click a cell to edit it; due dates are YYYY-MM-DD."));
    m_table->setMinimumHeight(Theme::space(16));
    layout->addWidget(m_table, 1);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(Theme::space(1));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newAssumptionEdit"));
    m_new->setPlaceholderText(
        tr("Add an assumption, e.g. “The payment provider's sandbox is up in week 48”"));
    addRow->addWidget(m_new, 1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addAssumptionButton"));
    addRow->addWidget(m_add);
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), QString(), this);
    m_remove->setObjectName(QStringLiteral("removeAssumptionButton"));
    m_remove->setToolTip(tr("Remove the selected assumption"));
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    const auto add = [this] {
        if (m_new->text().trimmed().isEmpty() || m_releaseId <= 0)
            return;
        Assumption a;
        a.releaseId = m_releaseId;
        a.statement = m_new->text().trimmed();
        a.owner = m_context.document.session().actor;
        if (m_context.push(new ChangeRecordCommand<Assumption>(
                assumptionOps(m_context.document), std::nullopt, a,
                tr("Add assumption “%1”").arg(a.statement), m_context.fail)))
            m_new->clear();
        load(m_releaseId);
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_new, &QLineEdit::returnPressed, this, add);
    connect(m_new, &QLineEdit::textChanged, this, &AssumptionsSection::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_assumptions.size())
            return;
        const Assumption before = m_assumptions.at(row);
        m_context.push(new ChangeRecordCommand<Assumption>(
            assumptionOps(m_context.document), before, std::nullopt,
            tr("Remove assumption “%1”").arg(before.statement), m_context.fail));
        load(m_releaseId);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &AssumptionsSection::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AssumptionsSection::updateButtons);
}

void AssumptionsSection::load(qint64 releaseId) {
    m_releaseId = releaseId;
    m_assumptions.clear();
    if (releaseId > 0) {
        auto all = m_context.document.assumptions().forRelease(releaseId);
        if (all)
            m_assumptions = all.value();
        else
            m_context.fail(all.error().message);
    }
    m_loading = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_assumptions.size()));
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                (m_context.editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    for (int row = 0; row < m_assumptions.size(); ++row) {
        const Assumption& a = m_assumptions.at(row);
        const QStringList cells{a.statement,
                                a.owner,
                                a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
                                QString(),
                                a.dependsOn,
                                a.impact};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setFlags(c == StatusColumn ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : flags);
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
        auto* status = new QComboBox(m_table);
        status->setObjectName(QStringLiteral("assumptionStatus%1").arg(row));
        for (const QString& key : allAssumptionStatusKeys()) {
            const AssumptionStatus s = *assumptionStatusFromKey(key);
            status->addItem(displayName(s), key);
            status->setItemData(status->count() - 1, statusColor(s), Qt::ForegroundRole);
        }
        status->setCurrentIndex(int(a.status));
        status->setEnabled(m_context.editable);
        status->setStyleSheet(QStringLiteral("color: %1;").arg(statusColor(a.status).name()));
        connect(status, &QComboBox::currentIndexChanged, this,
                [this, row](int index) { statusChosen(row, index); });
        m_table->setCellWidget(row, StatusColumn, status);
    }
    m_loading = false;
    updateButtons();
}

void AssumptionsSection::setEditable(bool) {
    load(m_releaseId);
}

void AssumptionsSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    m_new->setEnabled(editable);
    m_add->setEnabled(editable && !m_new->text().trimmed().isEmpty());
    const int row = m_table->currentRow();
    m_remove->setEnabled(editable && row >= 0 && row < m_assumptions.size());
}

void AssumptionsSection::save(const Assumption& before, const Assumption& after) {
    // Deferred: the table's editor or combo box that asked for this is rebuilt by load().
    QMetaObject::invokeMethod(
        this,
        [this, before, after] {
            m_context.push(new ChangeRecordCommand<Assumption>(
                assumptionOps(m_context.document), before, after,
                tr("Edit assumption “%1”").arg(before.statement), m_context.fail));
            load(m_releaseId);
        },
        Qt::QueuedConnection);
}

void AssumptionsSection::statusChosen(int row, int index) {
    if (m_loading || row >= m_assumptions.size() || index < 0)
        return;
    const Assumption before = m_assumptions.at(row);
    Assumption after = before;
    after.status = AssumptionStatus(index);
    if (after.status != before.status)
        save(before, after);
}

void AssumptionsSection::itemChanged(QTableWidgetItem* item) {
    if (m_loading || item->row() >= m_assumptions.size())
        return;
    const Assumption before = m_assumptions.at(item->row());
    Assumption after = before;
    const QString text = item->text().trimmed();
    switch (item->column()) {
    case StatementColumn:
        after.statement = text;
        break;
    case OwnerColumn:
        after.owner = text;
        break;
    case DueColumn:
        after.dueDate = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !after.dueDate.isValid()) {
            m_context.fail(tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(text));
            QMetaObject::invokeMethod(
                this, [this] { load(m_releaseId); }, Qt::QueuedConnection);
            return;
        }
        break;
    case DependsColumn:
        after.dependsOn = text;
        break;
    case ImpactColumn:
        after.impact = text;
        break;
    default:
        return;
    }
    if (toJson(after) != toJson(before))
        save(before, after);
}

} // namespace slipway::ui
