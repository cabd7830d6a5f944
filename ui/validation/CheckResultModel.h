// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QAbstractTableModel>

namespace slipway::ui {

// A check's results for one release, newest first: time, pass or fail, latency, HTTP status,
// reason and the start of the answer. Thousands of rows (one every five minutes for days),
// so the rows are the results themselves, not an item per cell.
class CheckResultModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        ResultColumn,
        LatencyColumn,
        StatusColumn,
        ReasonColumn,
        ExcerptColumn,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    // `results` oldest first, as the service gives them.
    void setResults(const QList<CheckResult>& results);
    const CheckResult& result(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CheckResult> m_results; // oldest first; row 0 is the last
};

} // namespace slipway::ui
