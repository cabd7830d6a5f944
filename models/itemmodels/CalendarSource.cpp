// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarSource.h"

#include "rules/ConflictEngine.h"
#include "services/ReleaseService.h"
#include "services/ScheduleService.h"
#include "storage/NameLookup.h"

namespace slipway {
namespace {

void takeRelease(CalendarItem& item, const Release& r) {
    item.name = r.name;
    item.version = r.version;
    item.type = r.type;
    item.status = r.status;
    item.zone = r.windowZone;
    item.rowVersion = r.rowVersion;
}

} // namespace

Result<CalendarSource> CalendarSource::read(Database& db, const ReleaseService& releases,
                                            const Interval& range) {
    auto all = releases.all();
    if (!all)
        return all.error();
    auto inputs = ScheduleService(db).load(range);
    if (!inputs)
        return inputs.error();
    NameLookup names(db);
    auto teams = names.teams();
    if (!teams)
        return teams.error();
    auto services = names.services();
    if (!services)
        return services.error();

    CalendarSource out;
    out.teamNames = std::move(teams.value());
    out.serviceNames = std::move(services.value());
    QHash<qint64, const Release*> byId;
    for (const Release& r : std::as_const(all.value())) {
        byId.insert(r.id, &r);
        out.hasScheduled = out.hasScheduled || r.windowStart.isValid();
        for (qint64 service : r.serviceIds)
            out.servicesOfTeam[r.teamId].insert(service);
    }
    for (const ScheduledWindow& w : std::as_const(inputs->windows)) {
        Window s;
        s.item.releaseId = w.releaseId;
        s.item.name = w.label;
        if (const Release* r = byId.value(w.releaseId)) {
            takeRelease(s.item, *r);
            s.teamId = r->teamId;
        }
        s.item.when = w.when;
        s.item.type = w.type;
        s.serviceIds = w.serviceIds;
        s.environmentIds = w.environmentIds;
        out.windowOf.insert(w.releaseId, out.windows.size());
        out.windows.append(s);
    }
    for (const EnvironmentBooking& b : std::as_const(inputs->bookings)) {
        Booking s;
        s.item.releaseId = b.releaseId;
        s.item.bookingId = b.id;
        s.item.name = b.releaseLabel;
        if (const Release* r = byId.value(b.releaseId)) {
            takeRelease(s.item, *r);
            s.teamId = r->teamId;
            s.serviceIds = r->serviceIds;
        }
        s.item.when = b.when;
        s.environmentId = b.environmentId;
        out.bookings.append(s);
    }
    out.blackouts = inputs->blackouts;
    out.freezes = inputs->freezes;
    out.environments = inputs->environments;

    auto engine = std::make_shared<const ConflictEngine>(std::move(inputs.value()));
    out.conflicts = engine->detectAll();
    out.engine = std::move(engine);
    for (const Conflict& c : std::as_const(out.conflicts)) {
        // A double booking is listed once per pair but marks both windows.
        if (auto it = out.windowOf.constFind(c.releaseId); it != out.windowOf.cend())
            ++out.windows[*it].item.conflicts;
        if (c.kind == Conflict::Kind::EnvironmentDoubleBooked) {
            if (auto it = out.windowOf.constFind(c.otherId); it != out.windowOf.cend())
                ++out.windows[*it].item.conflicts;
        }
    }
    return out;
}

} // namespace slipway
