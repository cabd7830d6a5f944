// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeTradeoff.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace slipway {

class ScopeService;

// The trade-off log, newest first: who decided, when, the item, from where to where, why.
class ScopeTradeoffModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { When, Who, Item, From, To, Why, ColumnCount };

    explicit ScopeTradeoffModel(ScopeService& service, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    bool reload();
    const QList<ScopeTradeoff>& tradeoffs() const { return m_rows; }
    // "Payments 2.4.0 · Committed", or "Backlog · Proposed".
    QString placeText(qint64 releaseId, ScopeStatus status) const;

private:
    ScopeService& m_service;
    QList<ScopeTradeoff> m_rows;
    QHash<qint64, QString> m_releaseLabels;
};

} // namespace slipway
