// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ConfigItem.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace slipway {

// One environment's configuration for a release, key by key: the value, the secret reference
// in its place, or •••• for a value marked secret. The ui hands in the secret icon.
class ConfigTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, KindColumn, ChangedColumn, ColumnCount };

    explicit ConfigTableModel(QObject* parent = nullptr);

    void setItems(QList<ConfigItem> rows);
    const QList<ConfigItem>& items() const { return m_rows; }
    void setSecretIcon(QIcon icon) { m_secretIcon = std::move(icon); }

    // "reference", "secret value", "value".
    static QString kindText(const ConfigItem& item);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ConfigItem& item, int column) const;

    QList<ConfigItem> m_rows;
    QIcon m_secretIcon;
};

} // namespace slipway
