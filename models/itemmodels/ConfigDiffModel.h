// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ConfigService.h"

#include <QAbstractTableModel>
#include <QColor>

#include <functional>

namespace slipway {

// How one environment's configuration differs from another's, one row per key that differs:
// added, removed, changed, a secret changed (neither side shown) or the same reference. The
// ui hands in the colour of each kind of change.
class ConfigDiffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using Change = ConfigService::DiffEntry::Change;
    enum Column { KeyColumn, ChangeColumn, FromColumn, ToColumn, ColumnCount };

    explicit ConfigDiffModel(QObject* parent = nullptr);

    void setDiff(ConfigService::Diff diff, const QString& fromName, const QString& toName);
    const ConfigService::Diff& diff() const { return m_diff; }
    void setChangeColor(std::function<QColor(Change)> color) { m_color = std::move(color); }

    static QString changeText(Change change);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ConfigService::Diff m_diff;
    QString m_fromName;
    QString m_toName;
    std::function<QColor(Change)> m_color;
};

} // namespace slipway
