// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "SemanticStyle.h"
#include "io/CabPack.h"

#include <QAbstractTableModel>
#include <QList>

namespace slipway {

// A CAB meeting's agenda as a table, in the board's order: position, ticket, what is heard,
// window, risk and approval so far. Fed the pack the screen reads, so the table, the charts
// and the report show the same moment.
class CabAgendaModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PositionColumn,
        TicketColumn,
        ChangeColumn,
        WindowColumn,
        RiskColumn,
        ApprovalColumn,
        ColumnCount
    };

    explicit CabAgendaModel(QObject* parent = nullptr);

    void setSemanticStyle(const SemanticStyle& style);
    void setPack(const CabPack& pack);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    qint64 meetingId() const { return m_meetingId; }
    const CabPackItem& item(int row) const { return m_items.at(row); }
    int rowOf(qint64 agendaItemId) const; // -1 when not on the agenda

private:
    void replace(qint64 meetingId, const QList<CabPackItem>& items);
    QString display(const CabPackItem& i, int column) const;
    QVariant sortValue(const CabPackItem& i, int column) const;

    qint64 m_meetingId = 0;
    QList<CabPackItem> m_items;
    SemanticStyle m_style;
};

} // namespace slipway
