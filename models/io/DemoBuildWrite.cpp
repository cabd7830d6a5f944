// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's history as audit events, and writing it all to the file in one pass.
#include "DemoBuilder.h"

namespace slipway::demobuild {

void Builder::planEvents() {
    size_t count =
        size_t(m_teams.size() + m_services.size() + m_environments.size() + m_people.size()) +
        m_blackouts.size() +
        size_t(m_schedule.bookings.size() + m_schedule.freezes.size() +
               m_schedule.availability.size());
    for (const ReleasePlan& p : m_releases)
        count += size_t(p.path.size());
    for (const ScopePlan& s : m_scope)
        count += size_t(s.steps() + 1);
    count += size_t(lifecycleEvents());
    m_events.reserve(count);
    // The organisation is set up first, a minute apart, in a fixed order.
    qint64 t = m_setupAt;
    const auto setup = [&](Kind kind, qsizetype n) {
        for (qsizetype i = 0; i < n; ++i) {
            m_events.push_back({t * 1000, quint32(i), 0, kind});
            t += kMinute;
        }
    };
    setup(Kind::Team, m_teams.size());
    setup(Kind::Service, m_services.size());
    setup(Kind::Environment, m_environments.size());
    setup(Kind::Person, m_people.size());
    for (size_t i = 0; i < m_blackouts.size(); ++i) {
        const qint64 at = qMax(m_blackouts[i].stamp.createdAt, t);
        m_blackouts[i].stamp.createdAt = m_blackouts[i].stamp.updatedAt = at;
        m_events.push_back({msAt(at, 1, i), quint32(i), 0, Kind::Blackout});
    }
    const auto recorded = [&](Kind kind, quint64 salt, const auto& rows) {
        for (qsizetype i = 0; i < rows.size(); ++i)
            m_events.push_back(
                {msAt(rows[i].stamp.createdAt, salt, quint64(i)), quint32(i), 0, kind});
    };
    recorded(Kind::Booking, 4, m_schedule.bookings);
    recorded(Kind::Freeze, 5, m_schedule.freezes);
    recorded(Kind::Availability, 6, m_schedule.availability);
    for (size_t i = 0; i < m_releases.size(); ++i) {
        const ReleasePlan& p = m_releases[i];
        for (int k = 0; k < p.path.size(); ++k)
            m_events.push_back({msAt(p.times[k], 2 + (i << 4), quint64(k)), quint32(i), quint16(k),
                                Kind::Release});
    }
    for (size_t i = 0; i < m_scope.size(); ++i) {
        const ScopePlan& s = m_scope[i];
        for (int k = 0; k <= s.steps(); ++k)
            m_events.push_back({msAt(scopeTime(s, k), 3 + (i << 4), quint64(k)), quint32(i),
                                quint16(k), Kind::Scope});
    }
    for (size_t i = 0; i < m_changes.size(); ++i)
        m_events.push_back({msAt(m_changes[i].requestedAt, 7, i), quint32(i), 0, Kind::Change});
    for (size_t i = 0; i < m_decisions.size(); ++i)
        m_events.push_back({msAt(m_decisions[i].decidedAt, 8, i), quint32(i), 0, Kind::Decision});
    for (size_t i = 0; i < m_conditions.size(); ++i)
        m_events.push_back({msAt(m_conditions[i].closedAt, 9, i), quint32(i), 1, Kind::Condition});
    for (size_t i = 0; i < m_deployments.size(); ++i)
        m_events.push_back(
            {msAt(m_deployments[i].deployedAt, 10, i), quint32(i), 0, Kind::Deployment});
    std::sort(m_events.begin(), m_events.end(), [](const Event& a, const Event& b) {
        if (a.atMs != b.atMs)
            return a.atMs < b.atMs;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.index != b.index)
            return a.index < b.index;
        return a.step < b.step;
    });
}

Result<void> Builder::write(Database& db, const DemoGenerator::Progress& progress) {
    BulkWriter out(db);
    if (auto begun = out.beginPrivateLoad(); !begun)
        return begun;

    QList<QString> teamJson, serviceJson, environmentJson, personJson;
    qint64 t = m_setupAt;
    for (int i = 0; i < m_teams.size(); ++i, t += kMinute) {
        const bulk::Team row{i + 1, m_teams[i].name, setupStamp(t)};
        if (auto done = out.insert(row); !done)
            return done;
        teamJson.append(
            compact({{QStringLiteral("id"), row.id}, {QStringLiteral("name"), row.name}}));
    }
    for (int i = 0; i < m_services.size(); ++i, t += kMinute) {
        const bulk::Service row{i + 1, m_services[i].name, m_services[i].team + 1, setupStamp(t)};
        if (auto done = out.insert(row); !done)
            return done;
        serviceJson.append(compact({{QStringLiteral("id"), row.id},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("team_id"), row.teamId}}));
    }
    for (int i = 0; i < m_environments.size(); ++i, t += kMinute) {
        bulk::Environment row = m_environments[i];
        row.id = i + 1;
        row.stamp = setupStamp(t);
        if (auto done = out.insert(row); !done)
            return done;
        environmentJson.append(compact({{QStringLiteral("id"), row.id},
                                        {QStringLiteral("name"), row.name},
                                        {QStringLiteral("kind"), row.kind},
                                        {QStringLiteral("shared"), row.shared}}));
    }
    for (int i = 0; i < m_people.size(); ++i, t += kMinute) {
        const PersonSeed& p = m_people[i];
        const demo::WorkHours& hours = m_schedule.hours[i];
        const bulk::Person row{
            i + 1,         p.name,         p.handle + QStringLiteral("@example.com"),
            p.zone,        p.team + 1,     p.roles,
            setupStamp(t), hours.startMin, hours.endMin,
            hours.days};
        if (auto done = out.insert(row); !done)
            return done;
        personJson.append(compact({{QStringLiteral("id"), row.id},
                                   {QStringLiteral("name"), row.name},
                                   {QStringLiteral("email"), row.email},
                                   {QStringLiteral("time_zone"), row.timeZone},
                                   {QStringLiteral("team_id"), row.teamId},
                                   {QStringLiteral("roles"), QJsonArray::fromStringList(row.roles)},
                                   {QStringLiteral("work_start_min"), row.workStartMin},
                                   {QStringLiteral("work_end_min"), row.workEndMin},
                                   {QStringLiteral("work_days"), row.workDays}}));
    }
    for (const ReleasePlan& p : m_releases) {
        if (auto done = out.insert(p.final); !done)
            return done;
    }
    for (const bulk::ReleaseNeeds& needs : std::as_const(m_schedule.needs)) {
        if (auto done = out.insert(needs); !done)
            return done;
    }
    if (auto done = writeLifecycle(out); !done)
        return done;
    for (const bulk::Blackout& b : m_blackouts) {
        if (auto done = out.insert(b); !done)
            return done;
    }
    for (const bulk::Booking& b : std::as_const(m_schedule.bookings)) {
        if (auto done = out.insert(b); !done)
            return done;
    }
    for (const bulk::Freeze& f : std::as_const(m_schedule.freezes)) {
        if (auto done = out.insert(f); !done)
            return done;
    }
    for (const bulk::Availability& a : std::as_const(m_schedule.availability)) {
        if (auto done = out.insert(a); !done)
            return done;
    }
    for (const ScopePlan& item : m_scope) {
        const ScopeState s = scopeAt(item, item.steps());
        const int last = item.steps();
        bulk::ScopeItem row;
        row.id = item.id;
        row.title = item.title;
        row.kind = item.kind;
        row.priority = QLatin1String(kPriorities[s.priority]);
        row.stakeholder = m_stakeholders.at(s.stakeholder);
        row.effort = s.effortHalves / 2.0;
        row.status = QLatin1String(kScopeStatuses[s.status]);
        row.releaseId = item.release + 1;
        row.externalKey = item.externalKey;
        row.stamp = {handle(scopeActor(item, 0)), scopeTime(item, 0),
                     handle(scopeActor(item, last)), scopeTime(item, last), last + 1};
        if (auto done = out.insert(row); !done)
            return done;
    }

    const auto total = qint64(m_events.size());
    const QString create = QStringLiteral("create");
    const QString update = QStringLiteral("update");
    const QString setupActor = handle(m_releaseManagers.first());
    qint64 written = 0;
    for (const Event& ev : m_events) {
        AuditEntry e;
        e.atMs = ev.atMs;
        e.action = ev.step == 0 ? create : update;
        e.entityId = qint64(ev.index) + 1;
        switch (ev.kind) {
        case Kind::Team:
            e.actor = setupActor;
            e.entity = QStringLiteral("team");
            e.afterJson = teamJson[ev.index];
            break;
        case Kind::Service:
            e.actor = setupActor;
            e.entity = QStringLiteral("service");
            e.afterJson = serviceJson[ev.index];
            break;
        case Kind::Environment:
            e.actor = setupActor;
            e.entity = QStringLiteral("environment");
            e.afterJson = environmentJson[ev.index];
            break;
        case Kind::Person:
            e.actor = setupActor;
            e.entity = QStringLiteral("person");
            e.afterJson = personJson[ev.index];
            break;
        case Kind::Blackout: {
            const bulk::Blackout& b = m_blackouts[ev.index];
            e.actor = b.stamp.createdBy;
            e.entity = QStringLiteral("blackout");
            QJsonArray services;
            for (qint64 id : b.serviceIds)
                services.append(id);
            e.afterJson = compact(
                {{QStringLiteral("id"), b.id},
                 {QStringLiteral("name"), b.name},
                 {QStringLiteral("reason"), b.reason},
                 {QStringLiteral("start_utc"), isoUtc(b.startUtc)},
                 {QStringLiteral("end_utc"), isoUtc(b.endUtc)},
                 {QStringLiteral("time_zone"), b.timeZone},
                 {QStringLiteral("rrule"), b.rrule.isEmpty() ? QJsonValue() : QJsonValue(b.rrule)},
                 {QStringLiteral("severity"), b.severity},
                 {QStringLiteral("all_services"), b.serviceIds.isEmpty()},
                 {QStringLiteral("service_ids"), services}});
            break;
        }
        case Kind::Booking: {
            const bulk::Booking& b = m_schedule.bookings[ev.index];
            e.actor = b.stamp.createdBy;
            e.entity = QStringLiteral("environment_booking");
            e.afterJson = compact({{QStringLiteral("id"), b.id},
                                   {QStringLiteral("environment_id"), b.environmentId},
                                   {QStringLiteral("release_id"), QJsonValue()},
                                   {QStringLiteral("label"), b.label},
                                   {QStringLiteral("start"), isoUtc(b.startUtc)},
                                   {QStringLiteral("end"), isoUtc(b.endUtc)},
                                   {QStringLiteral("row_version"), 1}});
            break;
        }
        case Kind::Freeze: {
            const bulk::Freeze& f = m_schedule.freezes[ev.index];
            e.actor = f.stamp.createdBy;
            e.entity = QStringLiteral("incident_freeze");
            e.afterJson = compact({{QStringLiteral("id"), f.id},
                                   {QStringLiteral("name"), f.name},
                                   {QStringLiteral("reason"), f.reason},
                                   {QStringLiteral("incident_ref"), f.incidentRef},
                                   {QStringLiteral("start"), isoUtc(f.startUtc)},
                                   {QStringLiteral("end"), isoUtc(f.endUtc)},
                                   {QStringLiteral("row_version"), 1}});
            break;
        }
        case Kind::Availability: {
            const bulk::Availability& a = m_schedule.availability[ev.index];
            e.actor = a.stamp.createdBy;
            e.entity = QStringLiteral("person_availability");
            e.afterJson = compact({{QStringLiteral("id"), a.id},
                                   {QStringLiteral("person_id"), a.personId},
                                   {QStringLiteral("kind"), a.kind},
                                   {QStringLiteral("start"), isoUtc(a.startUtc)},
                                   {QStringLiteral("end"), isoUtc(a.endUtc)},
                                   {QStringLiteral("note"), a.note},
                                   {QStringLiteral("row_version"), 1}});
            break;
        }
        case Kind::Release: {
            const ReleasePlan& p = m_releases[ev.index];
            e.actor = handle(p.actors[ev.step]);
            e.entity = QStringLiteral("release");
            e.changeTicket = p.final.changeTicket;
            if (ev.step > 0)
                e.beforeJson = compact(toJson(releaseAt(p, ev.step - 1)));
            e.afterJson = compact(toJson(releaseAt(p, ev.step)));
            break;
        }
        case Kind::Scope: {
            const ScopePlan& item = m_scope[ev.index];
            e.actor = handle(scopeActor(item, ev.step));
            e.entity = QStringLiteral("scope_item");
            e.entityId = item.id;
            if (item.release >= 0)
                e.changeTicket = m_releases[size_t(item.release)].final.changeTicket;
            if (ev.step > 0)
                e.beforeJson = scopeJson(item, scopeAt(item, ev.step - 1), ev.step);
            e.afterJson = scopeJson(item, scopeAt(item, ev.step), ev.step + 1);
            break;
        }
        case Kind::Change:
        case Kind::Decision:
        case Kind::Condition:
        case Kind::Deployment:
            lifecycleEntry(ev, e);
            break;
        }
        if (auto appended = out.appendAudit(std::move(e)); !appended)
            return appended.error();
        ++written;
        if (progress && (written % 16384 == 0 || written == total))
            progress(written, total);
    }
    // The small file also shows release definitions and scope planning; the large one stays at
    // exactly one million audit entries for the benchmarks.
    if (!m_large) {
        demo::DefinitionInput definitions;
        definitions.seed = m_seed;
        for (const ReleasePlan& p : m_releases)
            definitions.releases << p.final;
        definitions.afterMs = m_events.empty() ? m_setupAt * 1000 : m_events.back().atMs;
        definitions.beforeMs = (m_anchor - 6 * kHour) * 1000;
        auto defined = demo::writeDefinitions(db, out, definitions);
        if (!defined)
            return defined.error();
        demo::ScopePlanningInput planning;
        planning.seed = m_seed;
        for (int p : std::as_const(m_releaseManagers))
            planning.planners << handle(p);
        planning.afterMs = qMax(definitions.beforeMs, definitions.afterMs + defined.value());
        // Before the CAB's part, which follows from three hours before the anchor.
        planning.beforeMs = (m_anchor - 3 * kHour) * 1000 - 1;
        auto planned = demo::writeScopePlanning(db, out, planning);
        if (!planned)
            return planned.error();
        const qint64 extra = defined.value() + planned.value();
        if (progress)
            progress(written + extra, total + extra);
    }
    return out.commit();
}

} // namespace slipway::demobuild
