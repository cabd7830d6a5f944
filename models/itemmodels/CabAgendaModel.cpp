// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabAgendaModel.h"

#include "Roles.h"

#include <QDateTime>

namespace slipway {

CabAgendaModel::CabAgendaModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void CabAgendaModel::setSemanticStyle(const SemanticStyle& style) {
    m_style = style;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, RiskColumn), index(rowCount() - 1, ApprovalColumn),
                           {Qt::ForegroundRole});
}

void CabAgendaModel::setPack(const CabPack& pack) {
    replace(pack.meeting.id, pack.items);
}

void CabAgendaModel::clear() {
    replace(0, {});
}

// The same items of the same meeting in the same order are updated in place, so a decision
// keeps the row selected; anything else starts the table afresh.
void CabAgendaModel::replace(qint64 meetingId, const QList<CabPackItem>& items) {
    bool same = meetingId == m_meetingId && items.size() == m_items.size();
    for (qsizetype r = 0; same && r < items.size(); ++r) {
        const AgendaItem& a = items[r].item;
        const AgendaItem& b = m_items[r].item;
        same = a.id == b.id && a.kind == b.kind && a.changeId == b.changeId;
    }
    if (!same) {
        beginResetModel();
        m_meetingId = meetingId;
        m_items = items;
        endResetModel();
        return;
    }
    m_items = items;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int CabAgendaModel::rowOf(qint64 agendaItemId) const {
    for (int row = 0; row < m_items.size(); ++row)
        if (m_items[row].item.id == agendaItemId)
            return row;
    return -1;
}

int CabAgendaModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_items.size());
}

int CabAgendaModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString CabAgendaModel::display(const CabPackItem& i, int column) const {
    switch (column) {
    case PositionColumn:
        return QString::number(i.item.position);
    case TicketColumn:
        return i.ticket();
    case ChangeColumn: {
        QString what = i.change ? i.change->summary : i.item.title;
        if (i.item.kind == AgendaItem::Kind::Emergency)
            return tr("Review: %1").arg(what);
        if (i.item.kind == AgendaItem::Kind::Escalation)
            return tr("Escalation: %1").arg(what);
        return what;
    }
    case WindowColumn:
        return i.windowStart > 0 ? QDateTime::fromSecsSinceEpoch(i.windowStart, Qt::UTC)
                                       .toString(QStringLiteral("ddd d MMM HH:mm"))
                                 : tr("—");
    case RiskColumn:
        return i.change ? QStringLiteral("%1 %2")
                              .arg(displayName(i.change->riskLevel))
                              .arg(i.change->riskScore)
                        : QString();
    case ApprovalColumn:
        return i.change ? QStringLiteral("%1 (%2/%3)")
                              .arg(displayName(i.approval.status))
                              .arg(i.approval.filledCount())
                              .arg(i.approval.slots.size())
                        : tr("to hear");
    }
    return {};
}

QVariant CabAgendaModel::sortValue(const CabPackItem& i, int column) const {
    switch (column) {
    case PositionColumn:
        return i.item.position;
    case WindowColumn:
        return i.windowStart;
    case RiskColumn:
        return i.change ? i.change->riskScore : -1;
    case ApprovalColumn:
        return i.change ? int(i.approval.status) : -1;
    default:
        return display(i, column).toLower();
    }
}

QVariant CabAgendaModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CabPackItem& i = m_items.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(i, column);
    case Qt::ToolTipRole:
        if (column == ChangeColumn && !i.item.reason.isEmpty())
            return i.item.reason;
        return {};
    case Qt::ForegroundRole:
        if (!i.change)
            return {};
        if (column == RiskColumn && m_style.riskColor)
            return m_style.riskColor(i.change->riskLevel);
        if (column == ApprovalColumn && m_style.approvalColor)
            return m_style.approvalColor(i.approval.status);
        return {};
    case IdRole:
        return i.item.id;
    case AgendaKindRole:
        return int(i.item.kind);
    case ChangeIdRole:
        return i.change ? i.change->id : qint64(0);
    case RiskLevelRole:
        return i.change ? QVariant(int(i.change->riskLevel)) : QVariant();
    case ApprovalStatusRole:
        return i.change ? QVariant(int(i.approval.status)) : QVariant();
    case StartTimeRole:
        return i.windowStart > 0 ? QDateTime::fromSecsSinceEpoch(i.windowStart, Qt::UTC)
                                 : QDateTime();
    case EndTimeRole:
        return i.windowEnd > 0 ? QDateTime::fromSecsSinceEpoch(i.windowEnd, Qt::UTC) : QDateTime();
    case SortRole:
        return sortValue(i, column);
    }
    return {};
}

QVariant CabAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PositionColumn:
        return tr("#");
    case TicketColumn:
        return tr("Ticket");
    case ChangeColumn:
        return tr("Change");
    case WindowColumn:
        return tr("Window (UTC)");
    case RiskColumn:
        return tr("Risk");
    case ApprovalColumn:
        return tr("Approval");
    }
    return {};
}

} // namespace slipway
