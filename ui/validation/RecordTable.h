// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>
#include <QList>
#include <QStandardItemModel>
#include <QTableView>

#include <algorithm>

namespace slipway::ui {

// The table plumbing the checks and metrics panels share: a record's id is kept under
// Qt::UserRole in one column of each row.

// A read-only table of records, one row each: whole rows, one at a time, no grid and no row
// numbers.
inline QTableView* newRecordTable(QWidget* parent, const QString& name) {
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->setShowGrid(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    return table;
}

// Keeps room for `rows` rows and the header in `table`.
inline void setMinimumRows(QTableView* table, int rows) {
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * rows +
                            table->horizontalHeader()->sizeHint().height() + 4);
}

// The id of the table's current row, 0 when none.
inline qint64 currentRowId(const QTableView* table, const QStandardItemModel* model, int idColumn) {
    const QModelIndex index = table->selectionModel()->currentIndex();
    return index.isValid() ? model->index(index.row(), idColumn).data(Qt::UserRole).toLongLong()
                           : 0;
}

// The row holding `id`, -1 when none.
inline int rowOfId(const QStandardItemModel* model, int idColumn, qint64 id) {
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, idColumn).data(Qt::UserRole).toLongLong() == id)
            return row;
    return -1;
}

// The record with `id` in `records`, nullptr when none.
template <typename T> const T* recordWithId(const QList<T>& records, qint64 id) {
    for (const T& record : records)
        if (record.id == id)
            return &record;
    return nullptr;
}

// The row to select after a refill: the record shown before (`keep`), else the first one
// `needsLook` picks, else the first.
template <typename T, typename Pred>
int rowToSelect(const QList<T>& records, qint64 keep, Pred needsLook) {
    int row = -1;
    for (int i = 0; i < records.size(); ++i)
        if (records.at(i).id == keep)
            row = i;
    for (int i = 0; i < records.size() && row < 0; ++i)
        if (needsLook(records.at(i)))
            row = i;
    return std::max(row, 0);
}

} // namespace slipway::ui
