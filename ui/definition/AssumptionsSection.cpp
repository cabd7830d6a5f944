// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssumptionsSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "Theme.h"
#include "services/AssumptionService.h"
#include "services/Document.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableWidget>

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

RecordTableSection::Texts texts() {
    RecordTableSection::Texts t;
    t.objectName = QStringLiteral("assumptionsSection");
    t.title = AssumptionsSection::tr("Assumptions");
    t.headers = {AssumptionsSection::tr("Statement"),  AssumptionsSection::tr("Owner"),
                 AssumptionsSection::tr("Due"),        AssumptionsSection::tr("Status"),
                 AssumptionsSection::tr("Depends on"), AssumptionsSection::tr("If it breaks")};
    t.tableName = QStringLiteral("assumptionsTable");
    t.tableTip =
        AssumptionsSection::tr("Double-click a cell to edit it; due dates are YYYY-MM-DD.");
    t.newEditName = QStringLiteral("newAssumptionEdit");
    t.placeholder = AssumptionsSection::tr(
        "Add an assumption, e.g. “The payment provider's sandbox is up in week 48”");
    t.addName = QStringLiteral("addAssumptionButton");
    t.removeName = QStringLiteral("removeAssumptionButton");
    t.removeTip = AssumptionsSection::tr("Remove the selected assumption");
    return t;
}

} // namespace

AssumptionsSection::AssumptionsSection(DefinitionContext& context, QWidget* parent)
    : RecordTableSection(context, texts(), parent) {
    QHeaderView* header = table()->horizontalHeader();
    header->resizeSection(StatementColumn, Theme::space(30));
    header->resizeSection(OwnerColumn, Theme::space(12));
    header->resizeSection(DueColumn, Theme::space(12));
    header->resizeSection(StatusColumn, Theme::space(14));
    header->resizeSection(DependsColumn, Theme::space(18));
    table()->setMinimumHeight(Theme::space(16));
}

int AssumptionsSection::fetch(qint64 releaseId) {
    m_assumptions.clear();
    if (releaseId > 0) {
        auto all = context().document.assumptions().forRelease(releaseId);
        if (all)
            m_assumptions = all.value();
        else
            context().fail(all.error().message);
    }
    return int(m_assumptions.size());
}

void AssumptionsSection::fillRow(int row, Qt::ItemFlags flags) {
    const Assumption& a = m_assumptions.at(row);
    const QStringList cells{
        a.statement, a.owner,     a.dueDate.isValid() ? a.dueDate.toString(Qt::ISODate) : QString(),
        QString(),   a.dependsOn, a.impact};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setFlags(c == StatusColumn ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : flags);
        item->setToolTip(cells.at(c));
        table()->setItem(row, c, item);
    }
    auto* status = new QComboBox(table());
    status->setObjectName(QStringLiteral("assumptionStatus%1").arg(row));
    for (const QString& key : allAssumptionStatusKeys()) {
        const AssumptionStatus s = *assumptionStatusFromKey(key);
        status->addItem(displayName(s), key);
        status->setItemData(status->count() - 1, statusColor(s), Qt::ForegroundRole);
    }
    status->setCurrentIndex(int(a.status));
    status->setEnabled(context().editable);
    status->setStyleSheet(QStringLiteral("color: %1;").arg(statusColor(a.status).name()));
    connect(status, &QComboBox::currentIndexChanged, this,
            [this, row](int index) { statusChosen(row, index); });
    table()->setCellWidget(row, StatusColumn, status);
}

bool AssumptionsSection::add(const QString& text) {
    Assumption a;
    a.releaseId = releaseId();
    a.statement = text;
    a.owner = context().document.session().actor;
    return context().push(new ChangeRecordCommand<Assumption>(
        assumptionOps(context().document), std::nullopt, a,
        tr("Add assumption “%1”").arg(a.statement), context().fail));
}

void AssumptionsSection::remove(int row) {
    const Assumption before = m_assumptions.at(row);
    context().push(new ChangeRecordCommand<Assumption>(
        assumptionOps(context().document), before, std::nullopt,
        tr("Remove assumption “%1”").arg(before.statement), context().fail));
}

void AssumptionsSection::save(const Assumption& before, const Assumption& after) {
    pushLater([this, before, after] {
        return new ChangeRecordCommand<Assumption>(assumptionOps(context().document), before, after,
                                                   tr("Edit assumption “%1”").arg(before.statement),
                                                   context().fail);
    });
}

void AssumptionsSection::statusChosen(int row, int index) {
    if (isLoading() || row >= m_assumptions.size() || index < 0)
        return;
    const Assumption before = m_assumptions.at(row);
    Assumption after = before;
    after.status = AssumptionStatus(index);
    if (after.status != before.status)
        save(before, after);
}

void AssumptionsSection::cellEdited(int row, int column, const QString& text) {
    const Assumption before = m_assumptions.at(row);
    Assumption after = before;
    switch (column) {
    case StatementColumn:
        after.statement = text;
        break;
    case OwnerColumn:
        after.owner = text;
        break;
    case DueColumn:
        after.dueDate = QDate::fromString(text, Qt::ISODate);
        if (!text.isEmpty() && !after.dueDate.isValid()) {
            refuse(tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(text));
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
