// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DemoVocabulary.h"
#include "domain/ReleaseEnums.h"
#include "storage/BulkWriter.h"

#include <QList>

namespace slipway::demo {

// What the demo's calendar needs besides windows and blackouts: which environments and roles
// each release needs, bookings of shared environments, incident freezes, people's working
// hours in their own zone, leave and on-call duty. Chosen so the conflict engine and the
// window finder have real work and a few believable conflicts (a load test on the shared
// staging during a release, an operations engineer on leave during a window, a freeze).
// Deterministic: the same input gives the same plan.
struct ScheduleInput {
    bool large = false;
    quint32 seed = 1;
    qint64 anchor = 0; // "now" of the demo
    qint64 setupAt = 0;
    QList<PersonSeed> people;
    QList<bulk::Environment> environments; // ids are index + 1
    struct Window {
        qint64 releaseId = 0;
        ReleaseType type = ReleaseType::Minor;
        qint64 start = 0;
        qint64 end = 0;
        bool cancelled = false;
    };
    QList<Window> releases;
    QString planner; // the release manager who records bookings and freezes
};

struct WorkHours {
    int startMin = 9 * 60;
    int endMin = 17 * 60;
    int days = 0x1f;
};

struct SchedulePlan {
    QList<WorkHours> hours; // per person, same order as the input
    QList<bulk::ReleaseNeeds> needs;
    QList<bulk::Booking> bookings;
    QList<bulk::Freeze> freezes;
    QList<bulk::Availability> availability;
};

SchedulePlan planSchedule(const ScheduleInput& input);

// Working hours people in `zone` keep, e.g. Bangalore 09:30–18:00, New York 08:00–16:30.
WorkHours workHoursIn(const QString& zone);

} // namespace slipway::demo
