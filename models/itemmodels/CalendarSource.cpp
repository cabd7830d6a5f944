// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarSource.h"

#include "rules/ConflictEngine.h"
#include "services/MetricService.h"
#include "services/ReleaseService.h"
#include "services/ScheduleService.h"
#include "services/ValidationCheckService.h"
#include "storage/NameLookup.h"
#include "storage/ScheduleRepository.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CalendarSource)
};

// Why each release drawn fails its validation: its failing checks and degraded metrics, read
// only for the few that fail. Reading needs no acting user.
QHash<qint64, QString> failingValidation(Database& db, const QSet<qint64>& drawn) {
    QHash<qint64, QString> out;
    ValidationCheckService checks(db, Session{});
    auto states = checks.states();
    if (!states)
        return out; // no mark rather than no calendar
    MetricService metrics(db, Session{});
    for (auto it = states->cbegin(); it != states->cend(); ++it) {
        if (it.value() != ValidationState::Failing || !drawn.contains(it.key()))
            continue;
        QStringList why;
        auto latest = checks.latest(it.key());
        auto applying = checks.forRelease(it.key());
        if (latest && applying) {
            for (const ValidationCheck& c : applying.value()) {
                const auto result = latest->constFind(c.id);
                if (c.enabled && result != latest->cend() && !result->ok)
                    why << Text::tr("%1 failed: %2").arg(c.name, result->reason);
            }
        }
        if (auto verdicts = metrics.verdicts(it.key()))
            for (const MetricVerdict& v : verdicts.value())
                if (v.verdict == BaselineVerdict::Degraded)
                    why << Text::tr("%1 of %2 degraded").arg(v.metricName, v.serviceName);
        out.insert(it.key(),
                   why.isEmpty() ? Text::tr("see After release") : why.join(QStringLiteral("; ")));
    }
    return out;
}

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
        s.item.rowVersion = b.rowVersion;
        s.environmentId = b.environmentId;
        out.bookings.append(s);
    }
    out.blackouts = inputs->blackouts;
    out.freezes = inputs->freezes;
    out.environments = inputs->environments;

    auto engine = std::make_shared<ConflictEngine>(std::move(inputs.value()));
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
    QSet<qint64> drawn;
    for (const Window& w : std::as_const(out.windows))
        drawn.insert(w.item.releaseId);
    for (const Booking& b : std::as_const(out.bookings))
        drawn.insert(b.item.releaseId);
    out.validationFailing = failingValidation(db, drawn);
    return out;
}

Result<CalendarSource::Update> CalendarSource::updateRelease(Database& db,
                                                             const ReleaseService& releases,
                                                             qint64 releaseId,
                                                             const Interval& range) {
    Update update;
    const auto pos = windowOf.constFind(releaseId);
    if (!engine || pos == windowOf.cend()) {
        update.needsFullRead = true;
        return update;
    }
    auto release = releases.find(releaseId);
    if (!release)
        return release.error();
    auto window = ScheduleRepository(db).windowOf(releaseId);
    if (!window)
        return window.error();
    const ScheduledWindow& edited = window.value();
    // A window that leaves the range, or moves between teams, services or environments,
    // changes which rows exist: that is a full read.
    Window& shown = windows[*pos];
    if (!edited.when.overlaps(range) || release->teamId != shown.teamId ||
        edited.serviceIds != shown.serviceIds || edited.environmentIds != shown.environmentIds) {
        update.needsFullRead = true;
        return update;
    }

    // Who shared an environment with the release before the edit…
    QSet<qint64> affected{releaseId};
    const auto partnersOf = [&](const QList<Conflict>& list, qint64 id) {
        for (const Conflict& c : list) {
            if (c.kind != Conflict::Kind::EnvironmentDoubleBooked)
                continue;
            if (c.releaseId == id)
                affected.insert(c.otherId);
            else if (c.otherId == id)
                affected.insert(c.releaseId);
        }
    };
    partnersOf(conflicts, releaseId);
    engine->replaceWindow(*pos, edited);
    // …and after it.
    partnersOf(engine->conflictsFor(edited), releaseId);

    shown.item.when = edited.when;
    shown.item.type = edited.type;
    takeRelease(shown.item, release.value());
    shown.item.when = edited.when;
    for (Booking& b : bookings) {
        if (b.item.releaseId == releaseId) {
            takeRelease(b.item, release.value());
        }
    }

    // Every conflict listed under an affected window is found again; a pair of windows is
    // listed once, under the lower id, exactly as the full check lists it.
    QList<Conflict> kept;
    kept.reserve(conflicts.size());
    for (const Conflict& c : std::as_const(conflicts)) {
        if (!affected.contains(c.releaseId))
            kept.append(c);
    }
    QList<Conflict> found;
    for (qint64 id : std::as_const(affected)) {
        const auto at = windowOf.constFind(id);
        if (at == windowOf.cend())
            continue;
        const ScheduledWindow& w = engine->inputs().windows.at(*at);
        found.append(engine->conflictsListedUnder(w));
    }
    conflicts = kept + found;

    // Conflict counts, as read() counts them.
    QHash<qint64, int> counts;
    for (const Conflict& c : std::as_const(conflicts)) {
        ++counts[c.releaseId];
        if (c.kind == Conflict::Kind::EnvironmentDoubleBooked)
            ++counts[c.otherId];
    }
    for (Window& w : windows) {
        const int n = counts.value(w.item.releaseId);
        if (w.item.conflicts != n) {
            w.item.conflicts = n;
            update.touched.insert(w.item.releaseId);
        }
    }
    update.touched.unite(affected);
    return update;
}

} // namespace slipway
