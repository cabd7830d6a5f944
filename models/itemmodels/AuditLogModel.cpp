// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLogModel.h"

#include "ReleaseTableModel.h"
#include "Roles.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTimeZone>

namespace slipway {

AuditLogModel::AuditLogModel(Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database) {
    connect(&database, &Database::changedElsewhere, this, &AuditLogModel::reload);
    reload();
}

void AuditLogModel::setFilter(const AuditFilter& filter) {
    m_filter = filter;
    reload();
}

void AuditLogModel::reload() {
    // The first page is read inside the reset, so views see one consistent change.
    beginResetModel();
    m_entries.clear();
    m_exhausted = false;
    m_loadError.clear();
    m_entries = nextPage();
    endResetModel();
}

QList<AuditEntry> AuditLogModel::nextPage() {
    const qint64 before = m_entries.isEmpty() ? 0 : m_entries.constLast().seq;
    auto page = AuditLog(m_database).page(m_filter, before, kPageSize);
    if (!page) {
        m_loadError = page.error().message;
        m_exhausted = true;
        return {};
    }
    if (page->size() < kPageSize)
        m_exhausted = true;
    return page.value();
}

bool AuditLogModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_exhausted;
}

void AuditLogModel::fetchMore(const QModelIndex& parent) {
    if (parent.isValid() || m_exhausted)
        return;
    const QList<AuditEntry> rows = nextPage();
    if (rows.isEmpty())
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + int(rows.size()) - 1);
    m_entries.append(rows);
    endInsertRows();
}

int AuditLogModel::rowOfSeq(qint64 seq) {
    for (;;) {
        // Entries are newest first, so once the last loaded seq is at or below the target
        // the entry is either loaded or filtered out.
        for (int row = 0; row < m_entries.size(); ++row) {
            if (m_entries.at(row).seq == seq)
                return row;
        }
        if (m_exhausted || (!m_entries.isEmpty() && m_entries.constLast().seq <= seq))
            return -1;
        fetchMore({});
    }
}

int AuditLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TimeColumn:
            return ReleaseTableModel::formatTime(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC),
                                                 QString::fromUtf8(QTimeZone::systemTimeZoneId()));
        case ActorColumn:
            return e.actor;
        case ActionColumn:
            return e.action;
        case EntityColumn:
            return e.entity;
        case EntityIdColumn:
            return e.entityId;
        case ChangeTicketColumn:
            return e.changeTicket;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == TimeColumn)
            return tr("Entry %1, UTC %2")
                .arg(e.seq)
                .arg(QDateTime::fromMSecsSinceEpoch(e.atMs, Qt::UTC).toString(Qt::ISODate));
        return {};
    case Qt::TextAlignmentRole:
        if (column == EntityIdColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case IdRole:
        return e.entityId;
    case AuditSeqRole:
        return e.seq;
    case SortRole:
        return column == TimeColumn ? QVariant(e.seq) : data(index, Qt::DisplayRole);
    case BeforeJsonRole:
        return e.beforeJson;
    case AfterJsonRole:
        return e.afterJson;
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == EntityIdColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("Actor");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case EntityIdColumn:
        return tr("Id");
    case ChangeTicketColumn:
        return tr("Change ticket");
    }
    return {};
}

} // namespace slipway
