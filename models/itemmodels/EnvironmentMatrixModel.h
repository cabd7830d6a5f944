// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/EnvironmentMatrix.h"

#include <QAbstractTableModel>
#include <QColor>

namespace slipway {

// What runs where, as a table: one row per component, one column per environment, each cell
// the versions running there. A cell with drift carries the drift colour the ui hands in and
// a tooltip naming why; every cell's tooltip says which release brought each version and when.
class EnvironmentMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit EnvironmentMatrixModel(QObject* parent = nullptr);

    void setMatrix(EnvironmentMatrix matrix);
    const EnvironmentMatrix& matrix() const { return m_matrix; }
    void setDriftColor(QColor color) { m_driftColor = color; }
    // Why the cell is drift, one line per finding; empty when it is not.
    QStringList driftReasons(int row, int column) const;
    int driftCellCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    EnvironmentMatrix m_matrix;
    QColor m_driftColor;
};

} // namespace slipway
