// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"

#include <QAbstractTableModel>
#include <QList>

namespace slipway {

// Deployment records as the Deployments screen lists them: newest first, one per row.
class DeploymentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        WhenColumn,
        ReleaseColumn,
        VersionColumn,
        EnvironmentColumn,
        OutcomeColumn,
        DeployedByColumn,
        TicketColumn,
        ColumnCount
    };

    explicit DeploymentTableModel(QObject* parent = nullptr);

    void setDeployments(QList<Deployment> rows);
    const QList<Deployment>& deployments() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Deployment> m_rows;
};

} // namespace slipway
