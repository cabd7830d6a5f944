// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDiffModel.h"

#include "Roles.h"

namespace slipway {

ConfigDiffModel::ConfigDiffModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConfigDiffModel::setDiff(ConfigService::Diff diff, const QString& fromName,
                              const QString& toName) {
    beginResetModel();
    m_diff = std::move(diff);
    m_fromName = fromName;
    m_toName = toName;
    endResetModel();
}

QString ConfigDiffModel::changeText(Change change) {
    switch (change) {
    case Change::Added:
        return tr("added");
    case Change::Removed:
        return tr("removed");
    case Change::Changed:
        return tr("changed");
    case Change::SecretChanged:
        return tr("secret changed");
    case Change::SameReference:
        return tr("same reference");
    }
    return {};
}

int ConfigDiffModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_diff.entries.size());
}

int ConfigDiffModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigDiffModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_diff.entries.size())
        return {};
    const ConfigService::DiffEntry& e = m_diff.entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SortRole:
        switch (index.column()) {
        case KeyColumn:
            return e.key;
        case ChangeColumn:
            return changeText(e.change);
        case FromColumn:
            if (e.change == Change::SecretChanged)
                return ConfigService::mask();
            return e.from;
        case ToColumn:
            if (e.change == Change::SecretChanged)
                return ConfigService::mask();
            return e.to;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (e.change == Change::SecretChanged)
            return tr("The secret differs between %1 and %2; neither value is shown")
                .arg(m_fromName, m_toName);
        if (e.change == Change::SameReference)
            return tr("Both environments name the same secret reference");
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ChangeColumn && m_color) {
            const QColor color = m_color(e.change);
            if (color.isValid()) // an invalid colour would paint black
                return color;
        }
        return {};
    default:
        return {};
    }
}

QVariant ConfigDiffModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ChangeColumn:
        return tr("Change");
    case FromColumn:
        return m_fromName.isEmpty() ? tr("From") : m_fromName;
    case ToColumn:
        return m_toName.isEmpty() ? tr("To") : m_toName;
    default:
        return {};
    }
}

} // namespace slipway
