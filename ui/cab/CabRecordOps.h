// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabMeeting.h"
#include "domain/ChangeRequest.h"
#include "undo/ChangeRecordCommand.h"

namespace slipway {
class CabMeetingService;
class ChangeRequestService;
} // namespace slipway

namespace slipway::ui {

// The service calls behind the CAB's records, for ChangeRecordCommand: a change request, a
// meeting's details, an action from the minutes.
RecordOps<ChangeRequest> changeRequestOps(ChangeRequestService& service);
RecordOps<CabMeeting> meetingOps(CabMeetingService& service);
RecordOps<CabAction> actionOps(CabMeetingService& service);

} // namespace slipway::ui
