// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CalendarSource.h"
#include "rules/Conflict.h"
#include "rules/IntervalIndex.h"
#include "rules/ScheduleInputs.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

namespace slipway {

class Database;
class ReleaseService;

// The release calendar as rows: a group of teams (or services), then a group of
// environments, each row holding its release windows (or bookings) and the blackout and
// freeze bands that cover it, for a loaded time range. Three levels for views that read
// roles (group → row → window); the calendar view reads the sorted lists directly.
class CalendarModel : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarModel)
public:
    enum class GroupBy { Team, Service };
    enum class RowKind { Group, Team, Service, Environment, Unassigned, Window, Booking };

    using Item = CalendarItem;

    struct Band {
        enum class Kind { Hard, Soft, Freeze };
        qint64 id = 0;
        QString name;
        Interval when;
        Kind kind = Kind::Hard;
    };

    struct Lane {
        RowKind kind = RowKind::Team;
        qint64 id = 0;
        QString name;
        int group = 0;
        int tracks = 1;
        QList<int> items; // into items(), sorted by start
        IntervalIndex itemIndex;
        QList<int> bands; // into bands()
        IntervalIndex bandIndex;
    };

    struct Group {
        QString title;
        int firstLane = 0;
        int laneCount = 0;
    };

    struct Filter {
        QSet<qint64> teams;    // empty: every team
        QSet<qint64> services; // empty: every service
        QSet<int> types;       // int(ReleaseType); empty: all
        QSet<int> statuses;    // int(ReleaseStatus); empty: all
        bool isEmpty() const {
            return teams.isEmpty() && services.isEmpty() && types.isEmpty() && statuses.isEmpty();
        }
    };

    static constexpr int kMaxTracks = 4;

    CalendarModel(Database& db, ReleaseService& releases, QObject* parent = nullptr);
    ~CalendarModel() override;

    // QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // The loaded range; ensureRange() reloads only when `visible` is not inside it.
    Interval range() const { return m_range; }
    void setRange(const Interval& range);
    void ensureRange(const Interval& visible);

    GroupBy groupBy() const { return m_groupBy; }
    void setGroupBy(GroupBy groupBy);
    const Filter& filter() const { return m_filter; }
    void setFilter(const Filter& filter);

    const QList<Group>& groups() const { return m_groups; }
    const QList<Lane>& lanes() const { return m_lanes; }
    const QList<Item>& items() const { return m_items; }
    const QList<Band>& bands() const { return m_bands; }
    const QHash<qint64, QString>& teamNames() const { return m_source.teamNames; }
    const QHash<qint64, QString>& serviceNames() const { return m_source.serviceNames; }

    // Every conflict of the windows in range (filters do not hide conflicts).
    const QList<Conflict>& conflicts() const { return m_source.conflicts; }
    QList<Conflict> conflictsOf(qint64 releaseId) const;
    // Whether the release's validation is failing after its deployment, and why.
    bool validationFailing(qint64 releaseId) const {
        return m_source.validationFailing.contains(releaseId);
    }
    QString validationFailure(qint64 releaseId) const {
        return m_source.validationFailing.value(releaseId);
    }
    // What moving the release's window to `when` would collide with: cheap, for dragging.
    QList<Conflict> conflictsIfMoved(qint64 releaseId, const Interval& when) const;
    // The same for an environment booking: the windows on its (shared) environment it would
    // double-book, as the full check would list them.
    QList<Conflict> conflictsIfBookingMoved(qint64 bookingId, const Interval& when) const;

    // Someone who would be there for a release: they hold one of its required roles and are
    // available for the whole window (working hours or on call, not on leave).
    struct Participant {
        QString name;
        QString zone;
        QStringList roles; // the release's required roles this person covers
    };
    QList<Participant> participants(qint64 releaseId) const;
    // Keyboard travel: the window `steps` along the lane of `releaseId`, or the one nearest
    // in time in the next lane `lanes` up or down that has any; from nothing selected, the
    // first lane's window nearest `around`. Returns an index into items(), -1 for none.
    int neighbour(qint64 releaseId, int lanes, int steps, qint64 around) const;
    // The first lane showing the release's window, -1 when none does.
    int laneOf(qint64 releaseId) const;
    // Whether any release in the file has a window at all (not only in range).
    bool hasScheduledReleases() const { return m_source.hasScheduled; }
    QString loadError() const { return m_loadError; }

public Q_SLOTS:
    void reload();
    // A full read once control returns to the event loop, however many changes ask for it
    // (blackouts, freezes, bookings or people edited elsewhere).
    void scheduleReload();
    // Applies the releases edited since the last call: re-reads only those and re-checks
    // only the windows they can collide with, falling back to reload() when rows change.
    void applyEdits();

Q_SIGNALS:
    void loadFailed(const QString& message);
    void reloaded();

private:
    QModelIndex laneIndex(int lane) const;
    void releaseEdited(qint64 releaseId);
    void rebuild();
    bool passes(const Item& item, qint64 teamId, const QList<qint64>& services) const;
    void finishLane(Lane& lane);
    QVariant laneData(const Lane& lane, int role) const;
    QVariant barData(const Item& item, const Lane& lane, int role) const;

    Database& m_db;
    ReleaseService& m_releases;
    Interval m_range;
    GroupBy m_groupBy = GroupBy::Team;
    Filter m_filter;
    bool m_reloadPending = false;
    QSet<qint64> m_edited; // releases changed since the last applyEdits()
    QString m_loadError;

    CalendarSource m_source; // as read, before grouping and filtering

    QList<Group> m_groups;
    QList<Lane> m_lanes;
    QList<Item> m_items;
    QList<Band> m_bands;
    QHash<qint64, QList<int>> m_itemsOfRelease; // release -> positions in m_items
    QList<int> m_laneOfItem;
};

} // namespace slipway
