// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Conflict.h"
#include "IntervalIndex.h"
#include "ScheduleInputs.h"

#include <QHash>
#include <QList>

namespace slipway {

// Finds every reason a release window collides with the rest of the plan: blackouts (hard
// = error, soft = warning), incident freezes (only emergency releases may deploy), shared
// environments booked twice, and required roles nobody covers. Indexes are built once, so
// checking one window — while the user drags it — is a few binary searches.
class ConflictEngine {
public:
    explicit ConflictEngine(ScheduleInputs inputs);

    const ScheduleInputs& inputs() const { return m_in; }

    // Conflicts of `window` (which may be a moved copy of one in the inputs) with the rest.
    QList<Conflict> conflictsFor(const ScheduledWindow& window) const;
    // Every conflict of every window, and every two bookings of a shared environment by
    // different holders that overlap; a double booking is listed once.
    QList<Conflict> detectAll() const;
    // The part of detectAll() listed under `window`: a pair of windows goes to the lower id.
    QList<Conflict> conflictsListedUnder(const ScheduledWindow& window) const;

    // Whether anyone with `role` can be there for all of `when`.
    bool roleCovered(const QString& role, const Interval& when) const;
    // The people who would cover each of the window's required roles (available, inside
    // their working hours or on call), as positions in inputs().people.
    QList<qsizetype> coveringPeople(const ScheduledWindow& window) const;

    // Puts `window` at `position` of the inputs (an edited release) and re-indexes only the
    // environments it used or uses: one edit must not rebuild the whole plan.
    void replaceWindow(qsizetype position, const ScheduledWindow& window);

    // A zone's UTC offsets as steps (from, offset), read once from the tz database.
    struct ZoneSteps {
        QList<qint64> from;
        QList<int> offset;
    };

private:
    void collect(const ScheduledWindow& window, bool onceForPairs, QList<Conflict>* out) const;
    void collectBookingPairs(QList<Conflict>* out) const;
    bool covers(qsizetype person, const Interval& when) const;
    void indexWindowsOf(qint64 environment);
    int offsetAt(int zone, qint64 utc) const;

    ScheduleInputs m_in;
    IntervalIndex m_blackouts;
    IntervalIndex m_freezes;
    QHash<qint64, EnvironmentInfo> m_environments;
    QHash<qint64, IntervalIndex> m_bookingsByEnv;    // into m_bookingsOfEnv[env]
    QHash<qint64, QList<qsizetype>> m_bookingsOfEnv; // env -> positions in m_in.bookings
    QHash<qint64, IntervalIndex> m_windowsByEnv;
    QHash<qint64, QList<qsizetype>> m_windowsOfEnv; // env -> positions in m_in.windows
    QHash<QString, QList<qsizetype>> m_peopleByRole;
    QList<ZoneSteps> m_zones;
    QList<int> m_zoneOfPerson; // index into m_zones per person
};

} // namespace slipway
