// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingServices.h"

#include "BlackoutService.h"
#include "EnvironmentService.h"
#include "FreezeService.h"
#include "PeopleService.h"
#include "ReleaseSchedulingService.h"

namespace slipway {

SchedulingServices::SchedulingServices(Database& db, const Session& session, QObject* parent)
    : QObject(parent)
    , m_blackouts(new BlackoutService(db, session, this))
    , m_freezes(new FreezeService(db, session, this))
    , m_environments(new EnvironmentService(db, session, this))
    , m_people(new PeopleService(db, session, this))
    , m_releaseNeeds(new ReleaseSchedulingService(db, session, this)) {
    const auto relay = [this](auto* sender, auto... signals) {
        (connect(sender, signals, this, &SchedulingServices::scheduleChanged), ...);
    };
    relay(m_blackouts, &BlackoutService::blackoutAdded, &BlackoutService::blackoutChanged,
          &BlackoutService::blackoutRemoved);
    relay(m_freezes, &FreezeService::freezeAdded, &FreezeService::freezeChanged,
          &FreezeService::freezeRemoved);
    relay(m_environments, &EnvironmentService::environmentAdded,
          &EnvironmentService::environmentChanged, &EnvironmentService::environmentRemoved,
          &EnvironmentService::bookingAdded, &EnvironmentService::bookingChanged,
          &EnvironmentService::bookingRemoved);
    relay(m_people, &PeopleService::personAdded, &PeopleService::personChanged,
          &PeopleService::personRemoved, &PeopleService::availabilityAdded,
          &PeopleService::availabilityChanged, &PeopleService::availabilityRemoved);
    relay(m_releaseNeeds, &ReleaseSchedulingService::linksChanged);
}

} // namespace slipway
