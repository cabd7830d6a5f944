// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/ScheduleInputs.h"

#include <optional>

namespace slipway {

class Database;

// Reads what the calendar and the conflict engine look at, besides blackouts (those are
// BlackoutRepository's; expanding them is the rules' business).
class ScheduleRepository {
public:
    explicit ScheduleRepository(Database& db);

    // Releases whose window overlaps `range`, except cancelled ones.
    Result<QList<ScheduledWindow>> windows(const Interval& range) const;
    // From the first window's start to the last window's end; nothing when none is scheduled.
    Result<std::optional<Interval>> windowSpan() const;
    // One release with its services, environments and roles, scheduled or not.
    Result<ScheduledWindow> windowOf(qint64 releaseId) const;
    Result<QList<IncidentFreeze>> freezes(const Interval& range) const;
    Result<QList<EnvironmentInfo>> environments() const;
    Result<QList<EnvironmentBooking>> bookings(const Interval& range) const;
    // Everyone with a role, with their leave and on-call duty inside `range`.
    Result<QList<PersonSchedule>> people(const Interval& range) const;

private:
    // onlyRelease > 0: the links of that release alone are read.
    Result<QList<ScheduledWindow>> windowsWhere(const QString& where, const QVariantList& binds,
                                                qint64 onlyRelease = 0) const;

    Database& m_db;
};

} // namespace slipway
