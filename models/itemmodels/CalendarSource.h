// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"
#include "domain/Result.h"
#include "rules/Conflict.h"
#include "rules/ScheduleInputs.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <memory>

namespace slipway {

class ConflictEngine;
class Database;
class ReleaseService;

// One release window (or environment booking) as the calendar draws it.
struct CalendarItem {
    qint64 releaseId = 0;
    qint64 bookingId = 0; // 0: the release's own window
    QString name;
    QString version;
    Interval when;
    ReleaseType type = ReleaseType::Minor;
    ReleaseStatus status = ReleaseStatus::Planned;
    QString zone = QStringLiteral("UTC");
    qint64 rowVersion = 0; // the release's; for a booking, the booking's own
    int conflicts = 0;
    int track = 0; // sub-row inside its lane, so overlapping windows do not hide each other
    // "Payments API 2.4.0"; names that already end with their version keep it once.
    QString label() const {
        return version.isEmpty() || name.endsWith(version) ? name : name + u' ' + version;
    }
};

// What the calendar reads from a file for a time range: windows with their release's
// details, bookings, expanded blackouts, freezes, names, and every conflict, before any
// grouping or filtering.
struct CalendarSource {
    struct Window {
        CalendarItem item;
        qint64 teamId = 0;
        QList<qint64> serviceIds;
        QList<qint64> environmentIds;
    };
    struct Booking {
        CalendarItem item;
        qint64 environmentId = 0;
        qint64 teamId = 0;
        QList<qint64> serviceIds;
    };

    QList<Window> windows;
    QList<Booking> bookings;
    QList<BlackoutOccurrence> blackouts;
    QList<IncidentFreeze> freezes;
    QList<EnvironmentInfo> environments;
    QHash<qint64, qsizetype> windowOf;          // release id -> position in windows
    QHash<qint64, QSet<qint64>> servicesOfTeam; // from every release, not only those in range
    QHash<qint64, QString> teamNames;
    QHash<qint64, QString> serviceNames;
    bool hasScheduled = false;              // any release in the file has a window
    std::shared_ptr<ConflictEngine> engine; // for the conflicts of a moved window
    QList<Conflict> conflicts;
    // Releases in range whose validation fails after their deployment → why, one line
    // ("Payments health check failed: status 500; error_rate degraded").
    QHash<qint64, QString> validationFailing;

    static Result<CalendarSource> read(Database& db, const ReleaseService& releases,
                                       const Interval& range);

    // What an edit of one release changed, after updateRelease().
    struct Update {
        bool needsFullRead = false; // the release came into or left the range, or is new
        QSet<qint64> touched;       // releases whose window or conflicts changed
    };
    // Re-reads one edited release and re-checks only the windows it can collide with: its
    // own, and those it shared an environment with before or after the edit.
    Result<Update> updateRelease(Database& db, const ReleaseService& releases, qint64 releaseId,
                                 const Interval& range);
};

} // namespace slipway
