// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's organisation (teams, services, people) and its releases with their history.
#include "DemoBuilder.h"
#include "DemoProducts.h"

namespace slipway::demobuild {

bulk::Stamp Builder::setupStamp(qint64 at) const {
    const QString& by = handle(m_releaseManagers.first());
    return {by, at, by, at, 1};
}

void Builder::planOrganisation() {
    if (m_large) {
        m_teams = largeTeams();
        const QStringList stems = serviceStems();
        const QStringList suffixes = serviceSuffixes();
        for (const QString& stem : stems) {
            for (const QString& suffix : suffixes) {
                const int n = int(m_services.size());
                m_services.append({stem + u' ' + suffix, n % int(m_teams.size())});
            }
        }
        const QStringList first = firstNames();
        const QStringList last = lastNames();
        const QStringList zones = timeZones();
        const QStringList roleSets[] = {{QStringLiteral("release_manager"), QStringLiteral("cab")},
                                        {QStringLiteral("service_owner")},
                                        {QStringLiteral("development")},
                                        {QStringLiteral("development")},
                                        {QStringLiteral("development")},
                                        {QStringLiteral("qa")},
                                        {QStringLiteral("qa"), QStringLiteral("development")},
                                        {QStringLiteral("operations")},
                                        {QStringLiteral("security")},
                                        {QStringLiteral("operations"), QStringLiteral("cab")}};
        QSet<QString> handles;
        for (int i = 0; i < 150; ++i) {
            const QString& f = first[i % first.size()];
            const QString& l = last[(i / int(first.size()) + i * 7) % last.size()];
            QString h = f.toLower() + u'.' + l.toLower();
            for (int n = 2; handles.contains(h); ++n)
                h = f.toLower() + u'.' + l.toLower() + QString::number(n);
            handles.insert(h);
            const int team = i % int(m_teams.size());
            m_people.append(
                {f + u' ' + l, h, zones[(i * 3 + team) % zones.size()], team, roleSets[i % 10]});
        }
        const struct {
            const char16_t* name;
            const char* kind;
            bool shared;
        } envs[] = {{u"Development", "dev", false},     {u"Dev Sandbox", "dev", false},
                    {u"Test A", "test", true},          {u"Test B", "test", true},
                    {u"User Acceptance", "test", true}, {u"Performance Test", "test", true},
                    {u"Staging EU", "staging", true},   {u"Staging US", "staging", true},
                    {u"Production EU", "prod", true},   {u"Production US", "prod", true},
                    {u"Production APAC", "prod", true}, {u"Disaster Recovery", "prod", true}};
        for (const auto& e : envs)
            m_environments.append(
                {0, QString::fromUtf16(e.name), QString::fromLatin1(e.kind), e.shared, {}});
    } else {
        m_teams = smallTeams();
        m_services = smallServices();
        m_people = smallPeople();
        m_environments = {{0, QStringLiteral("Development"), QStringLiteral("dev"), false, {}},
                          {0, QStringLiteral("Integration Test"), QStringLiteral("test"), true, {}},
                          {0, QStringLiteral("Staging"), QStringLiteral("staging"), true, {}},
                          {0, QStringLiteral("Production"), QStringLiteral("prod"), true, {}}};
    }
    m_teamMembers.resize(m_teams.size());
    m_teamServices.resize(m_teams.size());
    for (int p = 0; p < m_people.size(); ++p) {
        m_teamMembers[m_people[p].team].append(p);
        const QStringList& roles = m_people[p].roles;
        if (roles.contains(QStringLiteral("release_manager")))
            m_releaseManagers.append(p);
        if (roles.contains(QStringLiteral("cab")))
            m_cab.append(p);
        if (roles.contains(QStringLiteral("operations")))
            m_operations.append(p);
    }
    for (int s = 0; s < m_services.size(); ++s)
        m_teamServices[m_services[s].team].append(s);
}

void Builder::planReleases() {
    const int count = m_large ? 5000 : 40;
    const qint64 span = m_spanEnd - m_spanStart;
    const QStringList goals = objectives();
    QList<std::array<int, 3>> versions;
    for (int s = 0; s < m_services.size(); ++s)
        versions.append({1 + int(hashOf(m_seed, 11, quint64(s)) % 3),
                         int(hashOf(m_seed, 12, quint64(s)) % 10), 0});
    // A product's CalVer releases are numbered by their window's month (DemoProducts).
    QStringList calVerFormats;
    for (int s = 0; s < m_services.size(); ++s)
        calVerFormats << DemoProducts::calVerFormat(s, m_services[s].name, m_large);
    QList<DemoProducts::Counter> calVerCounters(m_services.size());
    m_releases.resize(size_t(count));
    // The release whose slot holds "now" is being deployed; the one before it is an emergency
    // fix that went out a day ago.
    const int nowIndex =
        int(std::clamp<qint64>((m_anchor - m_spanStart) * count / span, 1, count - 1));
    const int recentIndex = nowIndex - 1;
    for (int i = 0; i < count; ++i) {
        ReleasePlan& plan = m_releases[size_t(i)];
        Release& r = plan.final;
        r.id = i + 1;
        // Evenly spread over the span with jitter, so the calendar is never empty for long.
        const qint64 slot = m_spanStart + span * i / count;
        const qint64 day = slot + between(0, qMax<qint64>(1, span / count));

        const int roll = pick(100);
        r.type = roll < 8    ? ReleaseType::Emergency
                 : roll < 18 ? ReleaseType::Major
                 : roll < 58 ? ReleaseType::Minor
                             : ReleaseType::Patch;
        if (r.type == ReleaseType::Emergency && day > m_anchor + 7 * kDay)
            r.type = ReleaseType::Patch; // nobody plans an emergency months ahead
        if (i == nowIndex || i == recentIndex)
            r.type = ReleaseType::Emergency; // placed below
        const int service = pick(int(m_services.size()));
        const int team = m_services[service].team;
        r.teamId = team + 1;
        r.serviceIds = {service + 1};
        r.productId = service + 1; // the service it is planned for; others it only touches
        const QList<int>& siblings = m_teamServices[team];
        const int extra = r.type == ReleaseType::Major                   ? 1 + pick(2)
                          : r.type == ReleaseType::Minor && pick(10) < 3 ? 1
                                                                         : 0;
        for (int e = 0; e < extra && siblings.size() > 1; ++e) {
            const qint64 other = pickFrom(siblings) + 1;
            if (!r.serviceIds.contains(other))
                r.serviceIds.append(other);
        }
        std::sort(r.serviceIds.begin(), r.serviceIds.end());

        const QList<int>& members = m_teamMembers[team];
        QList<int> owners;
        for (int p : members) {
            const QStringList& roles = m_people[p].roles;
            if (roles.contains(QStringLiteral("service_owner")) ||
                roles.contains(QStringLiteral("release_manager")))
                owners.append(p);
        }
        const int owner = owners.isEmpty() ? memberOf(team, quint64(i)) : pickFrom(owners);
        r.owner = m_people[owner].name;
        r.windowZone = m_people[owner].zone;

        auto& v = versions[service];
        switch (r.type) {
        case ReleaseType::Major:
            v = {v[0] + 1, 0, 0};
            break;
        case ReleaseType::Minor:
            v = {v[0], v[1] + 1, 0};
            break;
        default:
            v = {v[0], v[1], v[2] + 1};
            break;
        }
        r.version = QStringLiteral("%1.%2.%3").arg(v[0]).arg(v[1]).arg(v[2]);
        r.name = m_services[service].name + u' ' + r.version;
        if (r.type == ReleaseType::Emergency)
            r.name += DemoText::tr(" hotfix");
        r.changeTicket =
            QStringLiteral("CHG%1").arg(10000 + i * 37 + pick(37), 7, 10, QLatin1Char('0'));
        // Index 6 is the incident goal: only emergencies get it.
        const int goal = pick(int(goals.size()) - 1);
        r.objectives = goals.at(r.type == ReleaseType::Emergency ? 6 : goal + (goal >= 6 ? 1 : 0));

        // Maintenance windows are evenings mid-week in the owner's zone; emergencies are not.
        const QTimeZone zone(r.windowZone.toUtf8());
        QDate date = QDateTime::fromSecsSinceEpoch(day, zone).date();
        int hour = 0;
        qint64 length = 0;
        if (r.type == ReleaseType::Emergency) {
            hour = pick(24);
            length = kHour + qint64(pick(4)) * 30 * kMinute;
        } else {
            while (date.dayOfWeek() < 2 || date.dayOfWeek() > 4)
                date = date.addDays(1);
            hour = 19 + pick(4);
            length =
                (r.type == ReleaseType::Major ? 4 : 2) * kHour + qint64(pick(5)) * 30 * kMinute;
        }
        const QDateTime start(date, QTime(hour, 0), zone);
        r.windowStart = start.toUTC();
        r.windowEnd = r.windowStart.addSecs(length);
        if (const QString& format = calVerFormats.at(service); !format.isEmpty()) {
            r.version = calVerCounters[service].next(format, date);
            r.name = m_services[service].name + u' ' + r.version;
            if (r.type == ReleaseType::Emergency)
                r.name += DemoText::tr(" hotfix");
        }
    }
    {
        // One release is being deployed right now, so the "deploying" state is on screen.
        ReleasePlan& now = m_releases[size_t(nowIndex)];
        now.final.windowStart = QDateTime::fromSecsSinceEpoch(m_anchor - kHour, Qt::UTC);
        now.final.windowEnd = QDateTime::fromSecsSinceEpoch(m_anchor + 2 * kHour, Qt::UTC);
        now.pinned = true;
        // An emergency fix deployed a day ago, ahead of the CAB: its retroactive approval is
        // due within the grace period, which the reports show without flagging it.
        ReleasePlan& recent = m_releases[size_t(recentIndex)];
        const qint64 length = recent.final.windowStart.secsTo(recent.final.windowEnd);
        recent.final.windowStart = QDateTime::fromSecsSinceEpoch(m_anchor - 30 * kHour, Qt::UTC);
        recent.final.windowEnd = recent.final.windowStart.addSecs(length);
        recent.pinned = true;
        recent.awaitingApproval = true;
    }
    for (int i = 0; i < count; ++i) {
        ReleasePlan& plan = m_releases[size_t(i)];
        const qint64 start = plan.final.windowStart.toSecsSinceEpoch();
        const qint64 end = plan.final.windowEnd.toSecsSinceEpoch();
        const int roll = pick(100);
        ReleaseStatus s{};
        if (end <= m_anchor - kHour) {
            if (m_anchor - end < 21 * kDay)
                s = roll < 50   ? ReleaseStatus::Deployed
                    : roll < 65 ? ReleaseStatus::RolledBack
                                : ReleaseStatus::Closed;
            else
                s = roll < 72   ? ReleaseStatus::Closed
                    : roll < 82 ? ReleaseStatus::RolledBack
                    : roll < 92 ? ReleaseStatus::Cancelled
                                : ReleaseStatus::Deployed;
        } else if (start <= m_anchor) {
            s = ReleaseStatus::Deploying;
        } else if (start - m_anchor <= 14 * kDay) {
            s = roll < 60 ? ReleaseStatus::Approved : ReleaseStatus::Scheduled;
        } else if (start - m_anchor <= 60 * kDay) {
            s = roll < 50   ? ReleaseStatus::Scheduled
                : roll < 90 ? ReleaseStatus::InProgress
                            : ReleaseStatus::Approved;
        } else {
            s = roll < 50   ? ReleaseStatus::Planned
                : roll < 90 ? ReleaseStatus::InProgress
                            : ReleaseStatus::Cancelled;
        }
        plan.final.status = plan.awaitingApproval ? ReleaseStatus::Deployed : s;
    }
    if (!m_large)
        fixSmallCoverage();
}

// The small file is what people look at: make sure every type and status is in it.
void Builder::fixSmallCoverage() {
    const auto past = [this](const ReleasePlan& p) {
        return p.final.windowEnd.toSecsSinceEpoch() <= m_anchor - kHour;
    };
    const auto future = [this](const ReleasePlan& p) {
        return p.final.windowStart.toSecsSinceEpoch() > m_anchor;
    };
    const ReleaseStatus pastStates[] = {ReleaseStatus::Closed, ReleaseStatus::Deployed,
                                        ReleaseStatus::RolledBack, ReleaseStatus::Cancelled};
    const ReleaseStatus futureStates[] = {ReleaseStatus::Planned, ReleaseStatus::InProgress,
                                          ReleaseStatus::Scheduled, ReleaseStatus::Approved};
    const auto ensure = [this](ReleaseStatus wanted, const auto& fits) {
        QHash<int, int> counts;
        for (const ReleasePlan& p : m_releases)
            ++counts[int(p.final.status)];
        if (counts.value(int(wanted)) > 0)
            return;
        for (ReleasePlan& p : m_releases) {
            if (!p.pinned && fits(p) && counts.value(int(p.final.status)) > 1) {
                p.final.status = wanted;
                return;
            }
        }
    };
    for (ReleaseStatus s : pastStates)
        ensure(s, past);
    for (ReleaseStatus s : futureStates)
        ensure(s, future);
    for (ReleaseType t : {ReleaseType::Major, ReleaseType::Minor, ReleaseType::Patch}) {
        const bool present = std::any_of(m_releases.begin(), m_releases.end(),
                                         [t](const ReleasePlan& p) { return p.final.type == t; });
        if (!present)
            m_releases[size_t(t == ReleaseType::Major   ? 3
                              : t == ReleaseType::Minor ? 5
                                                        : 7)]
                .final.type = t;
    }
}

void Builder::planReleaseHistory(ReleasePlan& plan, qint64 index) {
    Release& r = plan.final;
    const bool emergency = r.type == ReleaseType::Emergency;
    QList<ReleaseStatus> chain;
    if (plan.awaitingApproval)
        chain = {ReleaseStatus::Planned, ReleaseStatus::Deploying, ReleaseStatus::Deployed};
    else if (emergency)
        chain = {ReleaseStatus::Planned, ReleaseStatus::Approved, ReleaseStatus::Deploying,
                 ReleaseStatus::Deployed, ReleaseStatus::Closed};
    else
        chain = {ReleaseStatus::Planned,  ReleaseStatus::InProgress, ReleaseStatus::Scheduled,
                 ReleaseStatus::Approved, ReleaseStatus::Deploying,  ReleaseStatus::Deployed,
                 ReleaseStatus::Closed};
    QList<ReleaseStatus>& path = plan.path;
    if (r.status == ReleaseStatus::Cancelled) {
        path = {ReleaseStatus::Planned};
        if (!emergency && pick(2) == 0)
            path.append(ReleaseStatus::InProgress);
        path.append(ReleaseStatus::Cancelled);
    } else if (r.status == ReleaseStatus::RolledBack) {
        path = chain.mid(0, chain.indexOf(ReleaseStatus::Deploying) + 1);
        path.append(ReleaseStatus::RolledBack);
    } else {
        const qsizetype at = chain.indexOf(r.status);
        path = chain.mid(0, at < 0 ? 1 : at + 1);
        if (at < 0)
            r.status = ReleaseStatus::Planned;
    }

    const qint64 start = r.windowStart.toSecsSinceEpoch();
    const qint64 end = r.windowEnd.toSecsSinceEpoch();
    const qint64 lead = emergency ? between(12 * kHour, 2 * kDay) : between(21 * kDay, 75 * kDay);
    qint64 created = qMin(start - lead, m_anchor - between(kDay, 20 * kDay));
    created = qMax(created, m_setupAt + kDay);

    const int n = int(path.size());
    QList<qint64>& t = plan.times;
    t.resize(n);
    t[0] = created;
    // Steps before the window share the lead time; the window itself fixes the rest.
    int preWindow = 0;
    for (int k = 1; k < n; ++k) {
        const ReleaseStatus s = path[k];
        if (s != ReleaseStatus::Deploying && s != ReleaseStatus::Deployed &&
            s != ReleaseStatus::RolledBack && s != ReleaseStatus::Closed)
            ++preWindow;
    }
    const qint64 limit = qMin(start - 2 * kHour, m_anchor - kHour);
    int pre = 0;
    for (int k = 1; k < n; ++k) {
        switch (path[k]) {
        case ReleaseStatus::Deploying:
            t[k] = start;
            break;
        case ReleaseStatus::Deployed:
        case ReleaseStatus::RolledBack:
            t[k] = end;
            break;
        case ReleaseStatus::Closed:
            t[k] = end + between(2 * kDay, 5 * kDay);
            break;
        default:
            ++pre;
            t[k] = created + (limit - created) * pre / (preWindow + 1);
            break;
        }
    }
    for (int k = n - 1; k >= 0; --k) // everything happened before "now"
        t[k] = qMin(t[k], m_anchor - kMinute * (n - k));
    for (int k = 1; k < n; ++k)
        t[k] = qMax(t[k], t[k - 1] + kMinute);

    const int team = int(r.teamId - 1);
    const QString ownerName = r.owner;
    int owner = m_releaseManagers.first();
    for (int p : m_teamMembers[team]) {
        if (m_people[p].name == ownerName)
            owner = p;
    }
    plan.actors.resize(n);
    for (int k = 0; k < n; ++k) {
        const quint64 h = hashOf(m_seed, quint64(index) << 8, quint64(k));
        switch (path[k]) {
        case ReleaseStatus::Approved:
            plan.actors[k] = fromPool(m_cab, h);
            break;
        case ReleaseStatus::Deploying:
        case ReleaseStatus::Deployed:
        case ReleaseStatus::RolledBack:
            plan.actors[k] = fromPool(m_operations, h);
            break;
        case ReleaseStatus::Closed:
        case ReleaseStatus::Cancelled:
            plan.actors[k] = fromPool(m_releaseManagers, h);
            break;
        default:
            plan.actors[k] = owner;
            break;
        }
    }
    r.rowVersion = n;
    r.createdBy = handle(plan.actors.first());
    r.createdAt = QDateTime::fromSecsSinceEpoch(t.first(), Qt::UTC);
    r.updatedBy = handle(plan.actors.last());
    r.updatedAt = QDateTime::fromSecsSinceEpoch(t.last(), Qt::UTC);
}

Release Builder::releaseAt(const ReleasePlan& plan, int step) const {
    Release r = plan.final;
    r.status = plan.path.at(step);
    r.rowVersion = step + 1;
    return r;
}

void Builder::addBlackout(bulk::Blackout b, qint64 createdAt) {
    b.id = qint64(m_blackouts.size()) + 1;
    createdAt = qBound(m_setupAt, createdAt, m_anchor - kHour);
    const QString& by = handle(fromPool(m_releaseManagers, quint64(b.id)));
    b.stamp = {by, createdAt, by, createdAt, 1};
    m_blackouts.push_back(std::move(b));
}

} // namespace slipway::demobuild
