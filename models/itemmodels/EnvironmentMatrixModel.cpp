// SPDX-License-Identifier: GPL-3.0-or-later
#include "EnvironmentMatrixModel.h"

#include "Roles.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace slipway {

EnvironmentMatrixModel::EnvironmentMatrixModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EnvironmentMatrixModel::setMatrix(EnvironmentMatrix matrix) {
    beginResetModel();
    m_matrix = std::move(matrix);
    endResetModel();
}

int EnvironmentMatrixModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int EnvironmentMatrixModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_matrix.columnCount() + 1; // the component, then each
}

QStringList EnvironmentMatrixModel::driftReasons(int row, int column) const {
    if (row < 0 || row >= m_matrix.rowCount() || column < 0 || column >= m_matrix.columnCount())
        return {};
    const MatrixCell& cell = m_matrix.cell(row, column);
    if (!cell.hasDrift())
        return {};
    const qint64 environmentId = m_matrix.environments.at(column).id;
    QStringList reasons;
    for (const MatrixDrift& d : m_matrix.drift) {
        if (d.kind == MatrixDrift::Kind::StagingProductionGap && cell.gap && d.row == row)
            reasons << d.message;
        if (d.kind == MatrixDrift::Kind::UnverifiedInProduction && cell.unverified &&
            d.environmentId == environmentId &&
            std::any_of(cell.placements.cbegin(), cell.placements.cend(),
                        [&](const MatrixPlacement& p) { return p.releaseId == d.releaseId; }))
            reasons << d.message;
    }
    reasons.removeDuplicates();
    if (reasons.isEmpty()) // a finding the cell's flags know of but the list does not name
        reasons << (cell.gap ? tr("Staging and production run different versions, and no "
                                  "planned release closes the gap")
                             : tr("Runs in production from a release whose artifacts were "
                                  "never all verified"));
    return reasons;
}

int EnvironmentMatrixModel::driftCellCount() const {
    int count = 0;
    for (const MatrixCell& c : m_matrix.cells)
        count += c.hasDrift() ? 1 : 0;
    return count;
}

QVariant EnvironmentMatrixModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_matrix.rowCount())
        return {};
    const MatrixComponent& component = m_matrix.components.at(index.row());
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
        case SortRole:
            return component.label();
        case Qt::ToolTipRole:
            return component.purl.isEmpty() ? component.label()
                                            : component.label() + u'\n' + component.purl;
        default:
            return {};
        }
    }
    const int column = index.column() - 1;
    const MatrixCell& cell = m_matrix.cell(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return cell.versions().join(QStringLiteral(", "));
    case Qt::AccessibleTextRole: {
        const QString text = cell.isEmpty() ? tr("not running") : cell.versions().join(u',');
        return cell.hasDrift() ? tr("%1, drift").arg(text) : text;
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        for (const MatrixPlacement& p : cell.placements) {
            const QString since = QLocale().toString(
                QDateTime::fromSecsSinceEpoch(p.since).toLocalTime().date(), QLocale::ShortFormat);
            lines << (p.source == MatrixPlacement::Source::Deployment
                          ? tr("%1 from %2, deployed %3").arg(p.version, p.releaseLabel, since)
                          : tr("%1 from %2, promoted %3").arg(p.version, p.releaseLabel, since));
        }
        const QStringList reasons = driftReasons(index.row(), column);
        if (!reasons.isEmpty())
            lines << QString() << tr("Drift:") << reasons;
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::BackgroundRole:
        if (cell.hasDrift() && m_driftColor.isValid())
            return m_driftColor;
        return {};
    case Qt::FontRole:
        if (cell.hasDrift()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant EnvironmentMatrixModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Component");
    if (section - 1 < m_matrix.columnCount())
        return m_matrix.environments.at(section - 1).name;
    return {};
}

} // namespace slipway
