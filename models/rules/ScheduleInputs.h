// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Interval.h"
#include "domain/ReleaseEnums.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace slipway {

// What the scheduling rules look at, already read from storage and with recurring periods
// expanded over the range in question. Plain values: the rules never touch a database.

struct ScheduledWindow {
    qint64 releaseId = 0;
    QString label; // "Payments API 2.4.0"
    Interval when;
    ReleaseType type = ReleaseType::Minor;
    ReleaseStatus status = ReleaseStatus::Planned;
    QList<qint64> serviceIds;
    QList<qint64> environmentIds; // environments the release deploys through
    QStringList requiredRoles;    // "development", "qa", "operations", "security"
};

struct BlackoutOccurrence {
    qint64 blackoutId = 0;
    QString name;
    Interval when;
    bool hard = true;
    bool allServices = true;
    QList<qint64> serviceIds; // when not all services
};

// During an incident freeze only emergency releases may deploy.
struct IncidentFreeze {
    qint64 id = 0;
    QString name;
    Interval when;
};

struct EnvironmentBooking {
    qint64 id = 0;
    qint64 environmentId = 0;
    QString environmentName;
    bool sharedEnvironment = true; // only shared environments can be double-booked
    qint64 releaseId = 0;
    QString releaseLabel;
    Interval when;
    qint64 rowVersion = 0; // the booking's own, for edits made from the calendar
};

struct EnvironmentInfo {
    qint64 id = 0;
    QString name;
    bool shared = false; // only shared environments can be double-booked
};

struct PersonSchedule {
    qint64 personId = 0;
    QString name;
    QString zone = QStringLiteral("UTC");
    QStringList roles;
    QTime workStart = QTime(9, 0); // local working hours
    QTime workEnd = QTime(17, 0);
    int workDays = 0x1f;      // bit 0 Monday … bit 6 Sunday
    QList<Interval> absences; // leave, training
    QList<Interval> onCall;   // covers outside working hours too
};

struct ScheduleInputs {
    QList<ScheduledWindow> windows;
    QList<BlackoutOccurrence> blackouts; // recurring ones expanded over the range
    QList<IncidentFreeze> freezes;
    QList<EnvironmentInfo> environments;
    QList<EnvironmentBooking> bookings; // explicit bookings besides the windows' own
    QList<PersonSchedule> people;
};

} // namespace slipway
