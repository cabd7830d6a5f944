// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Pin.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace slipway {

// A release's pins — version constraints its components put on what they depend on, from the
// SBOM or set by hand — each with how it holds where the release runs. The ui hands in the
// colour of an unmet pin.
class PinTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        ComponentColumn,
        TargetColumn,
        ConstraintColumn,
        SourceColumn,
        HoldsColumn,
        ColumnCount
    };

    explicit PinTableModel(QObject* parent = nullptr);

    // `checks`: every pin's checks (other releases' are ignored).
    void setPins(QList<Pin> pins, const QList<PinCheck>& checks);
    const QList<Pin>& pins() const { return m_pins; }
    void setUnmetColor(QColor color) { m_unmet = color; }
    int unmetCount() const;
    // "unmet in Production (runs 2.1.0)", "met in Staging, Production", "runs nowhere yet".
    QString holdsText(const Pin& pin) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    bool isUnmet(const Pin& pin) const;

    QList<Pin> m_pins;
    QHash<qint64, QList<PinCheck>> m_checks; // by pin id
    QColor m_unmet;
};

} // namespace slipway
