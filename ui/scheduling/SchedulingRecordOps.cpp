// SPDX-License-Identifier: GPL-3.0-or-later
#include "SchedulingRecordOps.h"

#include "services/BlackoutService.h"
#include "services/EnvironmentService.h"
#include "services/FreezeService.h"
#include "services/PeopleService.h"
#include "services/SchedulingServices.h"

namespace slipway::ui {

RecordOps<Blackout> blackoutOps(SchedulingServices& services) {
    return serviceOps<Blackout>(services.blackouts());
}

RecordOps<FreezePeriod> freezeOps(SchedulingServices& services) {
    return serviceOps<FreezePeriod>(services.freezes());
}

RecordOps<Environment> environmentOps(SchedulingServices& services) {
    EnvironmentService* s = &services.environments();
    return {[s](qint64 id) { return s->find(id); },
            [s](const Environment& e) { return s->create(e); },
            [s](const Environment& e) { return s->update(e); },
            [s](const Environment& e) { return s->restore(e); },
            [s](qint64 id, qint64 version) {
                return s->removeEnvironment(id, version);
            }};
}

RecordOps<Booking> bookingOps(SchedulingServices& services) {
    EnvironmentService* s = &services.environments();
    return {[s](qint64 id) { return s->findBooking(id); },
            [s](const Booking& b) { return s->create(b); },
            [s](const Booking& b) { return s->update(b); },
            [s](const Booking& b) { return s->restore(b); },
            [s](qint64 id, qint64 version) {
                return s->removeBooking(id, version);
            }};
}

RecordOps<Person> personOps(SchedulingServices& services) {
    PeopleService* s = &services.people();
    return {[s](qint64 id) { return s->find(id); }, [s](const Person& p) { return s->create(p); },
            [s](const Person& p) { return s->update(p); },
            [s](const Person& p) { return s->restore(p); },
            [s](qint64 id, qint64 version) {
                return s->removePerson(id, version);
            }};
}

RecordOps<Availability> availabilityOps(SchedulingServices& services) {
    PeopleService* s = &services.people();
    return {[s](qint64 id) { return s->findAvailability(id); },
            [s](const Availability& a) { return s->create(a); },
            [s](const Availability& a) { return s->update(a); },
            [s](const Availability& a) { return s->restore(a); },
            [s](qint64 id, qint64 version) {
                return s->removeAvailability(id, version);
            }};
}

} // namespace slipway::ui
