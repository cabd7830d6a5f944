// SPDX-License-Identifier: GPL-3.0-or-later
// CalendarModel as a Qt item model: groups, their lanes and the lanes\x27 items, with their roles.
#include "CalendarModel.h"

#include "Roles.h"
#include "rules/ConflictEngine.h"
#include "services/ReleaseService.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace slipway {
namespace {

// internalId of an index: 0 for a group, 1 + group for a lane, kItemBase + lane for a window.
constexpr quintptr kItemBase = 1024;

} // namespace

QModelIndex CalendarModel::index(int row, int column, const QModelIndex& parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    if (parent.internalId() == 0)
        return createIndex(row, column, 1 + quintptr(parent.row()));
    if (parent.internalId() < kItemBase) {
        const int lane = m_groups[int(parent.internalId() - 1)].firstLane + parent.row();
        return createIndex(row, column, kItemBase + quintptr(lane));
    }
    return {};
}

QModelIndex CalendarModel::laneIndex(int lane) const {
    const int group = m_lanes[lane].group;
    return createIndex(lane - m_groups[group].firstLane, 0, 1 + quintptr(group));
}

QModelIndex CalendarModel::parent(const QModelIndex& child) const {
    if (!child.isValid() || child.internalId() == 0)
        return {};
    if (child.internalId() < kItemBase)
        return createIndex(int(child.internalId() - 1), 0, quintptr(0));
    const int lane = int(child.internalId() - kItemBase);
    const int group = m_lanes[lane].group;
    return createIndex(lane - m_groups[group].firstLane, 0, 1 + quintptr(group));
}

int CalendarModel::rowCount(const QModelIndex& parent) const {
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    if (parent.internalId() == 0)
        return m_groups[parent.row()].laneCount;
    if (parent.internalId() < kItemBase) {
        const int lane = m_groups[int(parent.internalId() - 1)].firstLane + parent.row();
        return int(m_lanes[lane].items.size());
    }
    return 0;
}

int CalendarModel::columnCount(const QModelIndex&) const {
    return 1;
}

QVariant CalendarModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        if (role == Qt::DisplayRole)
            return m_groups[index.row()].title;
        if (role == CalendarRowKindRole)
            return int(RowKind::Group);
        return {};
    }
    if (index.internalId() < kItemBase) {
        const int lane = m_groups[int(index.internalId() - 1)].firstLane + index.row();
        return laneData(m_lanes[lane], role);
    }
    const Lane& lane = m_lanes[int(index.internalId() - kItemBase)];
    return barData(m_items[lane.items[index.row()]], lane, role);
}

QVariant CalendarModel::laneData(const Lane& lane, int role) const {
    switch (role) {
    case Qt::DisplayRole:
        return lane.name;
    case IdRole:
        return lane.id;
    case CalendarRowKindRole:
        return int(lane.kind);
    default:
        return {};
    }
}

QVariant CalendarModel::barData(const Item& item, const Lane& lane, int role) const {
    Q_UNUSED(lane);
    switch (role) {
    case Qt::DisplayRole:
        return item.label();
    case IdRole:
        return item.releaseId;
    case RowVersionRole:
        return item.rowVersion;
    case StartTimeRole:
        return QDateTime::fromSecsSinceEpoch(item.when.start, Qt::UTC);
    case EndTimeRole:
        return QDateTime::fromSecsSinceEpoch(item.when.end, Qt::UTC);
    case TimeZoneRole:
        return item.zone;
    case ReleaseTypeRole:
        return int(item.type);
    case ReleaseStatusRole:
        return int(item.status);
    case ConflictCountRole:
        return item.conflicts;
    case CalendarRowKindRole:
        return int(item.bookingId > 0 ? RowKind::Booking : RowKind::Window);
    default:
        return {};
    }
}

} // namespace slipway
