// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"

#include <QObject>

namespace slipway {

class BlackoutService;
class Database;
class EnvironmentService;
class FreezeService;
class PeopleService;
class ReleaseSchedulingService;

// The services behind everything the calendar manages, for one open file, with one signal
// that says "the schedule changed" whichever of them changed it.
class SchedulingServices : public QObject {
    Q_OBJECT
public:
    SchedulingServices(Database& db, const Session& session, QObject* parent = nullptr);

    BlackoutService& blackouts() { return *m_blackouts; }
    FreezeService& freezes() { return *m_freezes; }
    EnvironmentService& environments() { return *m_environments; }
    PeopleService& people() { return *m_people; }
    ReleaseSchedulingService& releaseNeeds() { return *m_releaseNeeds; }

Q_SIGNALS:
    void scheduleChanged();

private:
    BlackoutService* m_blackouts;
    FreezeService* m_freezes;
    EnvironmentService* m_environments;
    PeopleService* m_people;
    ReleaseSchedulingService* m_releaseNeeds;
};

} // namespace slipway
