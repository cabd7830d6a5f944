// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestSupport.h"
#include "domain/Person.h"
#include "domain/Release.h"
#include "domain/RiskAssessment.h"
#include "services/Session.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace slipway {
class CabMeetingService;
class GateService;
class ReleaseService;
} // namespace slipway

namespace slipway::test {

// A release as most tests start one: `name` at `version`, minor and unscheduled.
Release newRelease(const QString& name, const QString& version = QStringLiteral("1.0.0"),
                   ReleaseType type = ReleaseType::Minor);
// The same, its window opening `startsInDays` days from now (UTC) and lasting `lengthSecs`:
// services compare windows with today, so a fixed date would age out of the tests.
Release releaseFromNow(const QString& name, const QString& version, ReleaseType type,
                       int startsInDays, qint64 lengthSecs);
// The same, its window between two UTC instants in seconds since the epoch.
Release releaseBetween(const QString& name, qint64 startUtc, qint64 endUtc,
                       ReleaseType type = ReleaseType::Minor);
// Stores `release` through the service; a refusal fails the test with its reason and gives 0.
qint64 createRelease(ReleaseService& releases, const Release& release);

// Schedules a CAB meeting `title` for the hour from `startUtc`; a refusal fails the test with
// its reason and gives 0.
qint64 scheduleMeeting(CabMeetingService& meetings, qint64 startUtc,
                       const QString& title = QStringLiteral("Weekly CAB"));

// The riskiest answers (every customer, an irreversible data migration, no rollback, regulated),
// the release kept at `keptType` by its manager for `reason`: it asks for the most rigour.
RiskAssessment riskiestAssessment(qint64 releaseId, ReleaseType keptType, const QString& reason);

// Someone who signs in as `login` with `roles`: once a file has logins, roles are enforced.
Person personWithLogin(const QString& name, const QString& login, const QStringList& roles);
// Adds `people` through the service as `by` would; the first refusal fails the test and gives
// false.
bool addPeople(Database& db, const QString& by, const QList<Person>& people);

// Two teams with a service each, as the calendar groups them: Payments (1) owns Payments API
// (1), Checkout (2) owns Checkout Web (2). A row that cannot be written fails the test.
void addTwoTeams(Database& db);

// The id of the release's gate criterion called `name`; one that is not there fails the test
// and gives 0.
qint64 criterionId(GateService& gates, qint64 releaseId, const QString& name);

// What every service must do on a file opened read-only: refuse to create `item`, as such.
// The file at `path` is made first, then opened again read-only; false fails the test.
template <typename Service, typename Item>
bool refusesToCreateReadOnly(const QString& path, const Item& item) {
    if (!openDatabase(path))
        return false;
    auto db = openDatabase(path, true);
    if (!db)
        return false;
    Service service(*db, Session{QStringLiteral("alice"), {}});
    return isRefusal(service.create(item), Error::Kind::ReadOnly);
}

} // namespace slipway::test
