// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunStepRows.h"

#include <QAbstractTableModel>

namespace slipway::ui {

// The steps of a run, one per row: forward steps in the runbook's order, then the rollback
// steps. Status in colour and words; steps waiting on others greyed out. A new reading with
// the same steps changes cells in place, so a view keeps its selection and scroll position.
class RunStepModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        KeyColumn,
        StepColumn,
        KindColumn,
        StatusColumn,
        ByColumn, // who marked it last; the owner, greyed, until someone has
        WhenColumn,
        ElapsedColumn,
        PlannedColumn,
        NoteColumn,
        ColumnCount
    };

    explicit RunStepModel(QObject* parent = nullptr);

    void setRows(QList<RunStepRow> rows, qint64 nowUtc);
    const QList<RunStepRow>& rows() const { return m_rows; }
    int rowOf(const QString& stepKey) const; // -1 when none

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // What the Status column says for `row`: the status, and what a waiting step waits on.
    static QString statusText(const RunStepRow& row);
    // "4:05 / 15:00" and, past the plan, by how much.
    static QString elapsedText(const RunStepRow& row);

private:
    QVariant display(const RunStepRow& row, int column) const;

    QList<RunStepRow> m_rows;
    qint64 m_now = 0;
};

} // namespace slipway::ui
