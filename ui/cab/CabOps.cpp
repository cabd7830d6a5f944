// SPDX-License-Identifier: GPL-3.0-or-later
#include "CabOps.h"

#include "services/CabMeetingService.h"
#include "services/ChangeRequestService.h"

namespace slipway::ui {

RecordOps<ChangeRequest> changeRequestOps(ChangeRequestService& s) {
    return {[&s](qint64 id) { return s.find(id); },
            [&s](const ChangeRequest& c) { return s.create(c); },
            [&s](const ChangeRequest& c) { return s.update(c); },
            [&s](const ChangeRequest& c) { return s.restore(c); },
            [&s](qint64 id, qint64 version) {
                return s.remove(id, version);
            }};
}

RecordOps<CabMeeting> meetingOps(CabMeetingService& s) {
    return {[&s](qint64 id) { return s.find(id); },
            [&s](const CabMeeting& m) { return s.create(m); },
            [&s](const CabMeeting& m) { return s.update(m); },
            [&s](const CabMeeting& m) { return s.restore(m); },
            [&s](qint64 id, qint64 version) {
                return s.remove(id, version);
            }};
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
