// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Component.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace slipway {

// A release's component list as its SBOM gave it, one row per component (the subject first):
// name, version, type, licences, purl and the components it depends on.
class ComponentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VersionColumn,
        TypeColumn,
        LicencesColumn,
        PurlColumn,
        DependsOnColumn,
        ColumnCount
    };

    explicit ComponentTableModel(QObject* parent = nullptr);

    void setComponents(QList<Component> rows, const QList<ComponentDependency>& dependencies);
    const QList<Component>& components() const { return m_rows; }
    // The labels of what the component depends on, in the list's order.
    QStringList dependsOn(qint64 componentId) const;
    int edgeCount() const { return m_edges; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Component& c, int column) const;

    QList<Component> m_rows;
    QHash<qint64, QList<qint64>> m_dependsOn;
    QHash<qint64, QString> m_labels;
    int m_edges = 0;
};

} // namespace slipway
