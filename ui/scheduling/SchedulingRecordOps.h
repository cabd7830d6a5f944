// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Blackout.h"
#include "domain/Environment.h"
#include "domain/Freeze.h"
#include "domain/Person.h"
#include "undo/ChangeRecordCommand.h"

namespace slipway {
class SchedulingServices;
}

namespace slipway::ui {

// The service calls behind each kind of scheduling record, for ChangeRecordCommand.
RecordOps<Blackout> blackoutOps(SchedulingServices& services);
RecordOps<FreezePeriod> freezeOps(SchedulingServices& services);
RecordOps<Environment> environmentOps(SchedulingServices& services);
RecordOps<Booking> bookingOps(SchedulingServices& services);
RecordOps<Person> personOps(SchedulingServices& services);
RecordOps<Availability> availabilityOps(SchedulingServices& services);

} // namespace slipway::ui
