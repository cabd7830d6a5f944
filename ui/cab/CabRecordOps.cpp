// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabRecordOps.h"

#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"

namespace slipway::ui {

RecordOps<ChangeRequest> changeRequestOps(ChangeRequestService& s) {
    return serviceOps<ChangeRequest>(s);
}

RecordOps<CabMeeting> meetingOps(CabMeetingService& s) {
    return serviceOps<CabMeeting>(s);
}

RecordOps<CabAction> actionOps(CabMeetingService& s) {
    return {[&s](qint64 id) { return s.findAction(id); },
            [&s](const CabAction& a) { return s.createAction(a); },
            [&s](const CabAction& a) { return s.updateAction(a); },
            [&s](const CabAction& a) { return s.restoreAction(a); },
            [&s](qint64 id, qint64 version) {
                return s.removeAction(id, version);
            }};
}

} // namespace slipway::ui
