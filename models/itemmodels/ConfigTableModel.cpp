// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigTableModel.h"

#include "Roles.h"
#include "services/ConfigService.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace slipway {

ConfigTableModel::ConfigTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ConfigTableModel::setItems(QList<ConfigItem> rows) {
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ConfigTableModel::kindText(const ConfigItem& item) {
    if (item.isReference())
        return tr("secret reference");
    return item.isSecret ? tr("secret value") : tr("value");
}

int ConfigTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConfigTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConfigTableModel::display(const ConfigItem& item, int column) const {
    switch (column) {
    case KeyColumn:
        return item.key;
    case ValueColumn:
        return ConfigService::shownValue(item); // never a secret value in clear
    case KindColumn:
        return kindText(item);
    case ChangedColumn: {
        const qint64 at = item.updatedAt ? item.updatedAt : item.createdAt;
        const QString by = item.updatedAt ? item.updatedBy : item.createdBy;
        if (!at)
            return by;
        return tr("%1, %2").arg(
            by, QLocale().toString(QDateTime::fromSecsSinceEpoch(at).toLocalTime().date(),
                                   QLocale::ShortFormat));
    }
    default:
        return {};
    }
}

QVariant ConfigTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConfigItem& item = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case RowVersionRole:
        return item.rowVersion;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn) {
            if (item.isReference())
                return tr("Resolved at deployment from the secret store; Slipway never holds "
                          "the secret itself");
            if (item.isSecret)
                return tr("Marked secret: never shown, listed, diffed or exported in clear");
        }
        return display(item, index.column());
    case Qt::DecorationRole:
        if (index.column() == ValueColumn && item.isSecret && !m_secretIcon.isNull())
            return m_secretIcon;
        return {};
    case Qt::FontRole:
        if (index.column() == KeyColumn || (index.column() == ValueColumn && !item.isSecret)) {
            QFont mono(QStringLiteral("monospace"));
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        return {};
    case SortRole:
        return display(item, index.column()).toString().toLower();
    default:
        return {};
    }
}

QVariant ConfigTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value or reference");
    case KindColumn:
        return tr("Kind");
    case ChangedColumn:
        return tr("Last changed");
    default:
        return {};
    }
}

} // namespace slipway
