// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentTableModel.h"

#include "Roles.h"

#include <QDateTime>
#include <QLocale>

namespace slipway {

DeploymentTableModel::DeploymentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void DeploymentTableModel::setDeployments(QList<Deployment> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int DeploymentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Deployment& d = m_rows.at(index.row());
    if (role == IdRole)
        return d.id;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(QDateTime::fromSecsSinceEpoch(d.deployedAt).toLocalTime(),
                                      QLocale::ShortFormat);
        case ReleaseColumn:
            return d.releaseLabel;
        case VersionColumn:
            return d.version;
        case EnvironmentColumn:
            return d.production ? tr("%1 (production)").arg(d.environmentName) : d.environmentName;
        case OutcomeColumn:
            return displayName(d.outcome);
        case DeployedByColumn:
            return d.deployedBy;
        case TicketColumn:
            return role == Qt::ToolTipRole && !d.notes.isEmpty()
                       ? d.changeTicket + QStringLiteral("\n") + d.notes
                       : d.changeTicket;
        default:
            return {};
        }
    }
    if (role == SortRole && index.column() == WhenColumn)
        return d.deployedAt;
    return {};
}

QVariant DeploymentTableModel::headerData(int section, Qt::Orientation orientation,
                                          int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ReleaseColumn:
        return tr("Release");
    case VersionColumn:
        return tr("Version");
    case EnvironmentColumn:
        return tr("Environment");
    case OutcomeColumn:
        return tr("Outcome");
    case DeployedByColumn:
        return tr("Deployed by");
    case TicketColumn:
        return tr("Change ticket");
    default:
        return {};
    }
}

} // namespace slipway
