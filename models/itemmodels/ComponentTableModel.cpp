// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentTableModel.h"

#include "Roles.h"

#include <QFont>

namespace slipway {

ComponentTableModel::ComponentTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ComponentTableModel::setComponents(QList<Component> rows,
                                        const QList<ComponentDependency>& dependencies) {
    beginResetModel();
    m_rows = std::move(rows);
    m_dependsOn.clear();
    m_labels.clear();
    for (const Component& c : std::as_const(m_rows))
        m_labels.insert(c.id, c.label());
    m_edges = 0;
    for (const ComponentDependency& d : dependencies) {
        m_dependsOn[d.componentId] << d.dependsOnId;
        ++m_edges;
    }
    endResetModel();
}

QStringList ComponentTableModel::dependsOn(qint64 componentId) const {
    QStringList labels;
    for (const qint64 id : m_dependsOn.value(componentId))
        labels << m_labels.value(id, QString::number(id));
    return labels;
}

int ComponentTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentTableModel::display(const Component& c, int column) const {
    switch (column) {
    case NameColumn:
        return c.group.isEmpty() ? c.name : c.group + u'/' + c.name;
    case VersionColumn:
        return c.version;
    case TypeColumn:
        return c.subject
                   ? tr("%1 (the SBOM's subject)").arg(c.type.isEmpty() ? tr("software") : c.type)
                   : c.type;
    case LicencesColumn:
        return c.licences.join(QStringLiteral(", "));
    case PurlColumn:
        return c.purl;
    case DependsOnColumn:
        return dependsOn(c.id).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ComponentTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Component& c = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return c.id;
    case RowVersionRole:
        return c.rowVersion;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return c.ref.isEmpty() ? c.label() : c.label() + u'\n' + c.ref;
        case VersionColumn:
            return c.versionIsRange ? tr("A version range, not one version") : QVariant();
        case DependsOnColumn: {
            const QStringList labels = dependsOn(c.id);
            return labels.isEmpty() ? tr("Depends on nothing the SBOM lists") : labels.join(u'\n');
        }
        case PurlColumn:
            return c.purl.isEmpty() ? tr("The SBOM gives no package URL") : c.purl;
        default:
            return display(c, index.column());
        }
    case Qt::FontRole:
        if (c.subject) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case SortRole:
        if (index.column() == DependsOnColumn)
            return int(m_dependsOn.value(c.id).size());
        return display(c, index.column()).toString().toLower();
    case FilterTextRole:
        return QStringList{c.label(), c.purl, c.type, c.licences.join(u' ')}.join(u' ').toLower();
    default:
        return {};
    }
}

QVariant ComponentTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Component");
    case VersionColumn:
        return tr("Version");
    case TypeColumn:
        return tr("Type");
    case LicencesColumn:
        return tr("Licences");
    case PurlColumn:
        return tr("Package URL");
    case DependsOnColumn:
        return tr("Depends on");
    default:
        return {};
    }
}

} // namespace slipway
