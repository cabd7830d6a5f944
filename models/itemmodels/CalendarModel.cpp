// SPDX-License-Identifier: GPL-3.0-or-later
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

bool anyOf(const QList<qint64>& ids, const QSet<qint64>& wanted) {
    return std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return wanted.contains(id); });
}

} // namespace

CalendarModel::CalendarModel(Database& db, ReleaseService& releases, QObject* parent)
    : QAbstractItemModel(parent)
    , m_db(db)
    , m_releases(releases) {
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    m_range = {now - qint64(90) * 86400, now + qint64(270) * 86400};
    connect(&releases, &ReleaseService::releaseAdded, this, &CalendarModel::scheduleReload);
    connect(&releases, &ReleaseService::releaseChanged, this, &CalendarModel::releaseEdited);
    connect(&releases, &ReleaseService::releaseRemoved, this, &CalendarModel::scheduleReload);
    connect(&db, &Database::changedElsewhere, this, &CalendarModel::scheduleReload);
}

CalendarModel::~CalendarModel() = default;

void CalendarModel::setRange(const Interval& range) {
    if (range.isEmpty() || range == m_range)
        return;
    m_range = range;
    reload();
}

void CalendarModel::ensureRange(const Interval& visible) {
    if (m_range.contains(visible))
        return;
    // Load well past what is visible so scrolling does not reload at every step.
    const qint64 margin = qMax<qint64>(visible.length(), 30 * 86400);
    setRange(
        {qMin(visible.start - margin, m_range.start), qMax(visible.end + margin, m_range.end)});
}

void CalendarModel::setGroupBy(GroupBy groupBy) {
    if (groupBy == m_groupBy)
        return;
    m_groupBy = groupBy;
    rebuild();
}

void CalendarModel::setFilter(const Filter& filter) {
    m_filter = filter;
    rebuild();
}

void CalendarModel::scheduleReload() {
    // A drag or an import signals many changes in a row: read the file once after them.
    if (m_reloadPending)
        return;
    m_reloadPending = true;
    QTimer::singleShot(0, this, [this] {
        if (m_reloadPending)
            reload();
    });
}

void CalendarModel::releaseEdited(qint64 releaseId) {
    // An edit (a drag, a resize, a changed status) updates what it touches; many in a row
    // are applied together once control returns to the event loop.
    const bool first = m_edited.isEmpty();
    m_edited.insert(releaseId);
    if (first)
        QTimer::singleShot(0, this, &CalendarModel::applyEdits);
}

void CalendarModel::applyEdits() {
    const QSet<qint64> edited = std::exchange(m_edited, {});
    if (edited.isEmpty() || m_reloadPending)
        return; // a full read is on its way and will include them
    QSet<qint64> touched;
    for (qint64 id : edited) {
        auto update = m_source.updateRelease(m_db, m_releases, id, m_range);
        if (!update || update->needsFullRead) {
            reload();
            return;
        }
        touched.unite(update->touched);
    }
    // A type or status filter may now hide or show the window: the rows are laid out again
    // from what was read, which is still far cheaper than reading the file.
    if (!m_filter.types.isEmpty() || !m_filter.statuses.isEmpty()) {
        rebuild();
        return;
    }
    // Only what changed is announced: the items' fields, and the lanes whose windows moved
    // (their order and sub-rows are laid out again).
    QSet<int> moved;
    QList<int> changed;
    for (qint64 id : std::as_const(touched)) {
        const auto window = m_source.windowOf.constFind(id);
        if (window == m_source.windowOf.cend())
            continue;
        const CalendarItem& fresh = m_source.windows[*window].item;
        for (int i : m_itemsOfRelease.value(id)) {
            Item& item = m_items[i];
            changed << i;
            if (item.bookingId == 0) {
                if (item.when != fresh.when)
                    moved.insert(m_laneOfItem[i]);
                const int track = item.track;
                item = fresh;
                item.track = track;
            } else {
                // A booking keeps its own times; it shows the release's name and kind.
                item.name = fresh.name;
                item.version = fresh.version;
                item.type = fresh.type;
                item.status = fresh.status;
                item.zone = fresh.zone;
            }
        }
    }
    if (!moved.isEmpty()) {
        QList<QPersistentModelIndex> parents;
        for (int lane : std::as_const(moved))
            parents << laneIndex(lane);
        Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
        for (int lane : std::as_const(moved)) {
            const QList<int> before = m_lanes[lane].items;
            finishLane(m_lanes[lane]);
            const QModelIndex parent = laneIndex(lane);
            for (const QModelIndex& old : persistentIndexList()) {
                if (old.parent() != parent)
                    continue;
                const int row = int(m_lanes[lane].items.indexOf(before.value(old.row(), -1)));
                changePersistentIndex(old, row < 0 ? QModelIndex() : index(row, 0, parent));
            }
        }
        Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
    }
    for (int i : std::as_const(changed)) {
        const int lane = m_laneOfItem.value(i, -1);
        if (lane < 0)
            continue;
        const int row = int(m_lanes[lane].items.indexOf(i));
        if (row < 0)
            continue;
        const QModelIndex at = index(row, 0, laneIndex(lane));
        Q_EMIT dataChanged(at, at);
    }
    Q_EMIT reloaded();
}

void CalendarModel::reload() {
    m_reloadPending = false;
    m_edited.clear();
    auto read = CalendarSource::read(m_db, m_releases, m_range);
    if (!read) {
        m_loadError = read.error().message;
        m_source = {};
        rebuild();
        Q_EMIT loadFailed(m_loadError);
        return;
    }
    m_loadError.clear();
    m_source = std::move(read.value());
    rebuild();
}

bool CalendarModel::passes(const Item& item, qint64 teamId, const QList<qint64>& services) const {
    if (!m_filter.types.isEmpty() && !m_filter.types.contains(int(item.type)))
        return false;
    if (!m_filter.statuses.isEmpty() && !m_filter.statuses.contains(int(item.status)))
        return false;
    if (!m_filter.teams.isEmpty() && !m_filter.teams.contains(teamId))
        return false;
    if (!m_filter.services.isEmpty() && !anyOf(services, m_filter.services))
        return false;
    return true;
}

void CalendarModel::finishLane(Lane& lane) {
    std::sort(lane.items.begin(), lane.items.end(),
              [this](int a, int b) { return m_items[a].when.start < m_items[b].when.start; });
    // Greedy interval partitioning: each window takes the first sub-row free at its start.
    QList<qint64> trackEnds;
    QList<Interval> when;
    when.reserve(lane.items.size());
    for (int i : std::as_const(lane.items)) {
        Item& item = m_items[i];
        int track = -1;
        for (int t = 0; t < trackEnds.size(); ++t) {
            if (trackEnds[t] <= item.when.start) {
                track = t;
                break;
            }
        }
        if (track < 0 && trackEnds.size() < kMaxTracks) {
            track = int(trackEnds.size());
            trackEnds.append(item.when.end);
        } else if (track < 0) {
            track =
                int(std::min_element(trackEnds.cbegin(), trackEnds.cend()) - trackEnds.cbegin());
        }
        trackEnds[track] = qMax(trackEnds[track], item.when.end);
        item.track = track;
        when.append(item.when);
    }
    lane.tracks = qMax(1, int(trackEnds.size()));
    lane.itemIndex = IntervalIndex(when);
    QList<Interval> bandWhen;
    for (int b : std::as_const(lane.bands))
        bandWhen.append(m_bands[b].when);
    lane.bandIndex = IntervalIndex(bandWhen);
}

void CalendarModel::rebuild() {
    beginResetModel();
    m_groups.clear();
    m_lanes.clear();
    m_items.clear();
    m_bands.clear();
    m_itemsOfRelease.clear();
    m_laneOfItem.clear();
    const CalendarSource& src = m_source;

    // Bands first: which lane they cover is decided per lane below.
    QList<QList<qint64>> bandServices; // empty: every row
    for (const BlackoutOccurrence& b : src.blackouts) {
        m_bands.append(
            {b.blackoutId, b.name, b.when, b.hard ? Band::Kind::Hard : Band::Kind::Soft});
        bandServices.append(b.allServices ? QList<qint64>{} : b.serviceIds);
    }
    for (const IncidentFreeze& f : src.freezes) {
        m_bands.append({f.id, f.name, f.when, Band::Kind::Freeze});
        bandServices.append(QList<qint64>{});
    }

    // The first group: a lane per team (or service), in name order, then the unassigned.
    const bool byTeam = m_groupBy == GroupBy::Team;
    const QHash<qint64, QString>& names = byTeam ? m_source.teamNames : m_source.serviceNames;
    const QSet<qint64>& laneFilter = byTeam ? m_filter.teams : m_filter.services;
    QList<qint64> keys = names.keys();
    std::sort(keys.begin(), keys.end(), [&](qint64 a, qint64 b) {
        const int c = names.value(a).localeAwareCompare(names.value(b));
        return c != 0 ? c < 0 : a < b;
    });
    QHash<qint64, int> laneOfKey;
    m_groups.append({byTeam ? tr("Teams") : tr("Services"), 0, 0});
    for (qint64 key : std::as_const(keys)) {
        if (!laneFilter.isEmpty() && !laneFilter.contains(key))
            continue;
        Lane lane;
        lane.kind = byTeam ? RowKind::Team : RowKind::Service;
        lane.id = key;
        lane.name = names.value(key);
        laneOfKey.insert(key, int(m_lanes.size()));
        m_lanes.append(lane);
    }
    int unassigned = -1;
    const auto unassignedLane = [&]() {
        if (unassigned < 0) {
            Lane lane;
            lane.kind = RowKind::Unassigned;
            lane.name = byTeam ? tr("No team") : tr("No service");
            unassigned = int(m_lanes.size());
            m_lanes.append(lane);
        }
        return unassigned;
    };
    for (const CalendarSource::Window& w : src.windows) {
        if (!passes(w.item, w.teamId, w.serviceIds))
            continue;
        QList<int> targets;
        if (byTeam) {
            targets.append(w.teamId > 0 ? laneOfKey.value(w.teamId, -1) : unassignedLane());
        } else if (w.serviceIds.isEmpty()) {
            targets.append(unassignedLane());
        } else {
            for (qint64 s : w.serviceIds)
                targets.append(laneOfKey.value(s, -1));
        }
        for (int lane : std::as_const(targets)) {
            if (lane < 0)
                continue;
            m_lanes[lane].items.append(int(m_items.size()));
            m_items.append(w.item);
        }
    }
    m_groups[0].laneCount = int(m_lanes.size());

    // The environments group: each environment's explicit bookings and the windows that
    // deploy through it (a release with a booking there is shown once, by its booking).
    Group envGroup{tr("Environments"), int(m_lanes.size()), 0};
    QHash<qint64, int> laneOfEnv;
    for (const EnvironmentInfo& e : src.environments) {
        Lane lane;
        lane.kind = RowKind::Environment;
        lane.id = e.id;
        lane.name = e.shared ? tr("%1 (shared)").arg(e.name) : e.name;
        lane.group = 1;
        laneOfEnv.insert(e.id, int(m_lanes.size()));
        m_lanes.append(lane);
    }
    QSet<QPair<qint64, qint64>> booked; // (environment, release)
    for (const CalendarSource::Booking& b : src.bookings) {
        const int lane = laneOfEnv.value(b.environmentId, -1);
        if (lane < 0 || (b.item.releaseId > 0 && !passes(b.item, b.teamId, b.serviceIds)))
            continue;
        booked.insert({b.environmentId, b.item.releaseId});
        m_lanes[lane].items.append(int(m_items.size()));
        m_items.append(b.item);
    }
    for (const CalendarSource::Window& w : src.windows) {
        if (!passes(w.item, w.teamId, w.serviceIds))
            continue;
        for (qint64 env : w.environmentIds) {
            const int lane = laneOfEnv.value(env, -1);
            if (lane < 0 || booked.contains({env, w.item.releaseId}))
                continue;
            m_lanes[lane].items.append(int(m_items.size()));
            m_items.append(w.item);
        }
    }
    envGroup.laneCount = int(m_lanes.size()) - envGroup.firstLane;
    if (envGroup.laneCount > 0)
        m_groups.append(envGroup);

    // Under a filter, a row with nothing that passes says nothing: it goes (grouping by
    // service with a team filter would otherwise list every service, most of them empty).
    if (!m_filter.isEmpty()) {
        QList<Lane> kept;
        QList<Group> groups;
        for (const Group& g : std::as_const(m_groups)) {
            Group shown = g;
            shown.firstLane = int(kept.size());
            for (int l = g.firstLane; l < g.firstLane + g.laneCount; ++l) {
                if (!m_lanes[l].items.isEmpty()) {
                    kept.append(std::move(m_lanes[l]));
                    kept.last().group = int(groups.size());
                }
            }
            shown.laneCount = int(kept.size()) - shown.firstLane;
            if (shown.laneCount > 0 || groups.isEmpty())
                groups.append(shown);
        }
        m_lanes = std::move(kept);
        m_groups = std::move(groups);
    }

    // Which bands cover which lane: every band covers every row unless it names services;
    // then it covers those services' rows and the rows of the teams whose releases use them.
    for (Lane& lane : m_lanes) {
        for (int b = 0; b < m_bands.size(); ++b) {
            const QList<qint64>& only = bandServices[b];
            bool covers = only.isEmpty();
            if (!covers && lane.kind == RowKind::Service)
                covers = only.contains(lane.id);
            if (!covers && lane.kind == RowKind::Team)
                covers = anyOf(only, src.servicesOfTeam.value(lane.id));
            if (covers)
                lane.bands.append(b);
        }
        finishLane(lane);
    }
    m_laneOfItem.resize(m_items.size());
    for (int l = 0; l < m_lanes.size(); ++l) {
        for (int i : std::as_const(m_lanes[l].items))
            m_laneOfItem[i] = l;
    }
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items[i].releaseId > 0)
            m_itemsOfRelease[m_items[i].releaseId].append(i);
    }
    endResetModel();
    Q_EMIT reloaded();
}

QList<Conflict> CalendarModel::conflictsOf(qint64 releaseId) const {
    const auto it = m_source.windowOf.constFind(releaseId);
    if (!m_source.engine || it == m_source.windowOf.cend())
        return {};
    return m_source.engine->conflictsFor(m_source.engine->inputs().windows.at(*it));
}

QList<Conflict> CalendarModel::conflictsIfMoved(qint64 releaseId, const Interval& when) const {
    const auto it = m_source.windowOf.constFind(releaseId);
    if (!m_source.engine || it == m_source.windowOf.cend())
        return {};
    ScheduledWindow moved = m_source.engine->inputs().windows.at(*it);
    moved.when = when;
    return m_source.engine->conflictsFor(moved);
}

QList<Conflict> CalendarModel::conflictsIfBookingMoved(qint64 bookingId,
                                                       const Interval& when) const {
    QList<Conflict> out;
    if (!m_source.engine)
        return out;
    const ScheduleInputs& in = m_source.engine->inputs();
    const auto booking =
        std::find_if(in.bookings.cbegin(), in.bookings.cend(),
                     [&](const EnvironmentBooking& b) { return b.id == bookingId; });
    if (booking == in.bookings.cend())
        return out;
    const auto env =
        std::find_if(in.environments.cbegin(), in.environments.cend(),
                     [&](const EnvironmentInfo& e) { return e.id == booking->environmentId; });
    if (env == in.environments.cend() || !env->shared)
        return out;
    for (const ScheduledWindow& w : in.windows) {
        if (w.releaseId == booking->releaseId || !w.when.overlaps(when) ||
            !w.environmentIds.contains(env->id))
            continue;
        Conflict c;
        c.kind = Conflict::Kind::EnvironmentDoubleBooked;
        c.releaseId = w.releaseId;
        c.releaseLabel = w.label;
        c.otherId = booking->releaseId;
        c.otherLabel = booking->releaseLabel;
        c.environment = env->name;
        c.overlap = w.when.intersected(when);
        c.otherWhen = when;
        out.append(c);
    }
    return out;
}

QList<CalendarModel::Participant> CalendarModel::participants(qint64 releaseId) const {
    QList<Participant> out;
    const auto it = m_source.windowOf.constFind(releaseId);
    if (!m_source.engine || it == m_source.windowOf.cend())
        return out;
    const ScheduleInputs& in = m_source.engine->inputs();
    const ScheduledWindow& w = in.windows.at(*it);
    for (qsizetype i : m_source.engine->coveringPeople(w)) {
        const PersonSchedule& person = in.people.at(i);
        Participant p{person.name, person.zone, {}};
        for (const QString& role : w.requiredRoles) {
            if (person.roles.contains(role))
                p.roles << role;
        }
        out << p;
    }
    return out;
}

int CalendarModel::neighbour(qint64 releaseId, int lanes, int steps, qint64 around) const {
    int lane = -1, pos = -1;
    for (int l = 0; l < m_lanes.size() && lane < 0 && releaseId != 0; ++l) {
        for (int k = 0; k < m_lanes[l].items.size(); ++k) {
            if (m_items[m_lanes[l].items[k]].releaseId == releaseId) {
                lane = l;
                pos = k;
                break;
            }
        }
    }
    if (lane >= 0 && lanes == 0) {
        const QList<int>& items = m_lanes[lane].items;
        return items[std::clamp(pos + steps, 0, int(items.size()) - 1)];
    }
    if (lane >= 0)
        around = m_items[m_lanes[lane].items[pos]].when.start;
    const int direction = lanes < 0 ? -1 : 1;
    for (int l = lane + direction; l >= 0 && l < m_lanes.size(); l += direction) {
        const QList<int>& items = m_lanes[l].items;
        if (items.isEmpty())
            continue;
        int best = items.first();
        for (int i : items) {
            if (std::abs(m_items[i].when.start - around) <
                std::abs(m_items[best].when.start - around))
                best = i;
        }
        return best;
    }
    return -1;
}

int CalendarModel::laneOf(qint64 releaseId) const {
    for (int l = 0; l < m_lanes.size(); ++l) {
        for (int i : m_lanes[l].items) {
            if (m_items[i].releaseId == releaseId)
                return l;
        }
    }
    return -1;
}

} // namespace slipway
