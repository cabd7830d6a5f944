// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoGenerator.h"

#include "DemoCab.h"
#include "DemoCommunications.h"
#include "DemoDefinition.h"
#include "DemoSchedule.h"
#include "DemoScopePlanning.h"
#include "DemoVocabulary.h"
#include "domain/Release.h"
#include "io/DemoGates.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstdio>
#include <vector>

namespace slipway {
namespace {

using namespace demo;

QString tr(const char* text) {
    return QCoreApplication::translate("DemoGenerator", text);
}

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kLargeAuditEntries = 1000000;

// A stateless random number per (seed, a, b): lets an entity's n-th edit be recomputed
// without keeping its history in memory.
quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
quint64 hashOf(quint32 seed, quint64 a, quint64 b) {
    return mix(mix(mix(seed) ^ a) ^ b);
}

enum class Kind : quint8 {
    Team,
    Service,
    Environment,
    Person,
    Blackout,
    Release,
    Scope,
    Booking,
    Freeze,
    Availability
};

// One audit entry to write: entity `index` of `kind`, at history step `step` (0 = create).
struct Event {
    qint64 atMs = 0;
    quint32 index = 0;
    quint16 step = 0;
    Kind kind = Kind::Team;
};

struct ReleasePlan {
    Release final; // as stored: last status, stamps, row version
    QList<ReleaseStatus> path;
    QList<qint64> times; // seconds, one per path entry; times[0] is the creation
    QList<int> actors;   // person index per path entry
};

const char* const kScopeStatuses[] = {"proposed", "committed", "in_progress", "done", "deferred"};
enum ScopeStatus : quint8 { Proposed, Committed, ScopeInProgress, Done, Deferred };
const char* const kPriorities[] = {"critical", "high", "medium", "low"};

struct ScopePlan {
    qint64 id = 0;
    QString title;
    QString kind;
    QString externalKey;
    int release = -1; // index into releases; -1: backlog
    int team = 0;
    qint64 createdAt = 0;
    qint64 endAt = 0; // the last change happens before this
    quint16 edits = 0;
    quint8 priority = 2;
    quint8 stakeholder = 0;
    quint8 effortHalves = 2;
    quint8 pathLength = 1;
    ScopeStatus path[4] = {Proposed, Proposed, Proposed, Proposed};

    int steps() const { return edits + pathLength - 1; }
};

struct ScopeState {
    int priority = 2;
    int stakeholder = 0;
    int effortHalves = 2;
    ScopeStatus status = Proposed;
};

void appendJsonString(QString& out, const QString& text) {
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c.unicode() < 0x20) {
            out += QStringLiteral("\\u%1").arg(int(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    out += u'"';
}

QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString isoUtc(qint64 secs) {
    return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
}

class Builder {
public:
    explicit Builder(const DemoGenerator::Options& options)
        : m_large(options.scale == DemoGenerator::Scale::Large)
        , m_seed(options.seed)
        , m_anchor(options.anchor.toSecsSinceEpoch())
        , m_rng(options.seed) {
        const qint64 past = m_large ? 1643 * kDay : 182 * kDay;
        const qint64 future = 182 * kDay;
        m_spanStart = m_anchor - past;
        m_spanEnd = m_anchor + future;
        m_setupAt = m_spanStart - 90 * kDay;
    }

    void plan() {
        planOrganisation();
        planReleases();
        planBlackouts();
        planSchedule();
        planScope();
        planEvents();
    }

    Result<void> write(Database& db, const DemoGenerator::Progress& progress);

private:
    int pick(int n) { return int(m_rng.bounded(n)); }
    qint64 between(qint64 lo, qint64 hi) { return hi <= lo ? lo : m_rng.bounded(lo, hi); }
    template <typename T> const T& pickFrom(const QList<T>& list) {
        return list.at(pick(int(list.size())));
    }

    const QString& handle(int person) const { return m_people.at(person).handle; }
    int memberOf(int team, quint64 h) const {
        const QList<int>& members = m_teamMembers.at(team);
        return members.isEmpty() ? m_releaseManagers.first()
                                 : members.at(int(h % quint64(members.size())));
    }
    int fromPool(const QList<int>& pool, quint64 h) const {
        return pool.at(int(h % quint64(pool.size())));
    }

    void planOrganisation();
    void planReleases();
    void planReleaseHistory(ReleasePlan& plan, qint64 index);
    void fixSmallCoverage();
    void planBlackouts();
    void addBlackout(bulk::Blackout b, qint64 createdAt);
    void planSchedule();
    void planScope();
    void planScopeItem(ScopePlan& item, int release, int team);
    void planEvents();

    Release releaseAt(const ReleasePlan& plan, int step) const;
    ScopeState scopeAt(const ScopePlan& item, int step) const;
    qint64 scopeTime(const ScopePlan& item, int step) const;
    int scopeActor(const ScopePlan& item, int step) const;
    QString scopeJson(const ScopePlan& item, const ScopeState& s, int rowVersion) const;
    bulk::Stamp setupStamp(qint64 at) const;
    qint64 msAt(qint64 secs, quint64 a, quint64 b) const {
        return secs * 1000 + qint64(hashOf(m_seed, a, b) % 1000);
    }

    const bool m_large;
    const quint32 m_seed;
    const qint64 m_anchor;
    qint64 m_spanStart = 0;
    qint64 m_spanEnd = 0;
    qint64 m_setupAt = 0;
    QRandomGenerator m_rng;
    const QStringList m_stakeholders = stakeholders();

    QList<TeamSeed> m_teams;
    QList<ServiceSeed> m_services;
    QList<PersonSeed> m_people;
    QList<bulk::Environment> m_environments;
    QList<QList<int>> m_teamMembers;
    QList<QList<int>> m_teamServices;
    QList<int> m_releaseManagers, m_cab, m_operations;
    std::vector<ReleasePlan> m_releases;
    std::vector<bulk::Blackout> m_blackouts;
    demo::SchedulePlan m_schedule;
    std::vector<ScopePlan> m_scope;
    std::vector<Event> m_events;
};

bulk::Stamp Builder::setupStamp(qint64 at) const {
    const QString& by = handle(m_releaseManagers.first());
    return {by, at, by, at, 1};
}

void Builder::planOrganisation() {
    if (m_large) {
        m_teams = largeTeams();
        const QStringList stems = serviceStems();
        const QStringList suffixes = serviceSuffixes();
        for (int s = 0; s < stems.size(); ++s) {
            for (int x = 0; x < suffixes.size(); ++x) {
                const int n = int(m_services.size());
                m_services.append({stems[s] + u' ' + suffixes[x], n % int(m_teams.size())});
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
            const QString f = first[i % first.size()];
            const QString l = last[(i / int(first.size()) + i * 7) % last.size()];
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
    m_releases.resize(size_t(count));
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
        if (!m_large && i == count / 2)
            r.type = ReleaseType::Emergency; // the one deploying right now, below
        const int service = pick(int(m_services.size()));
        const int team = m_services[service].team;
        r.teamId = team + 1;
        r.serviceIds = {service + 1};
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
            r.name += tr(" hotfix");
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
            length = kHour + pick(4) * 30 * kMinute;
        } else {
            while (date.dayOfWeek() < 2 || date.dayOfWeek() > 4)
                date = date.addDays(1);
            hour = 19 + pick(4);
            length = (r.type == ReleaseType::Major ? 4 : 2) * kHour + pick(5) * 30 * kMinute;
        }
        const QDateTime start(date, QTime(hour, 0), zone);
        r.windowStart = start.toUTC();
        r.windowEnd = r.windowStart.addSecs(length);
    }
    if (!m_large) {
        // One release is being deployed right now, so the "deploying" state is on screen.
        ReleasePlan& now = m_releases[size_t(count / 2)];
        now.final.windowStart = QDateTime::fromSecsSinceEpoch(m_anchor - kHour, Qt::UTC);
        now.final.windowEnd = QDateTime::fromSecsSinceEpoch(m_anchor + 2 * kHour, Qt::UTC);
    }
    for (int i = 0; i < count; ++i) {
        ReleasePlan& plan = m_releases[size_t(i)];
        const qint64 start = plan.final.windowStart.toSecsSinceEpoch();
        const qint64 end = plan.final.windowEnd.toSecsSinceEpoch();
        const int roll = pick(100);
        ReleaseStatus s;
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
        plan.final.status = s;
    }
    if (!m_large)
        fixSmallCoverage();
    for (int i = 0; i < count; ++i)
        planReleaseHistory(m_releases[size_t(i)], i);
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
            if (fits(p) && counts.value(int(p.final.status)) > 1) {
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
    if (emergency)
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

void Builder::planBlackouts() {
    const QTimeZone london("Europe/London");
    const QTimeZone newYork("America/New_York");
    const auto local = [](const QDate& d, const QTimeZone& z) {
        return QDateTime(d, QTime(0, 0), z).toSecsSinceEpoch();
    };
    const int firstYear = QDateTime::fromSecsSinceEpoch(m_spanStart, Qt::UTC).date().year();
    const int lastYear = QDateTime::fromSecsSinceEpoch(m_spanEnd, Qt::UTC).date().year();

    // Quarter-end close: the last three days of March, June, September and December.
    {
        bulk::Blackout b;
        b.name = tr("Quarter-end close");
        b.reason = tr("Finance closes the books; no changes to systems that post to the ledger.");
        const QDate first(firstYear, 3, 29);
        b.startUtc = local(first, london);
        b.endUtc = local(first.addDays(3), london);
        b.timeZone = QStringLiteral("Europe/London");
        b.rrule = QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-3");
        b.severity = QStringLiteral("hard");
        addBlackout(b, m_setupAt + kHour);
    }
    // Payroll day: a soft freeze on billing systems every month.
    {
        bulk::Blackout b;
        b.name = tr("Monthly payroll run");
        b.reason = tr("Payroll files are exchanged with the bank; avoid touching billing.");
        const QDate first(firstYear, 1, 25);
        const QTimeZone berlin("Europe/Berlin");
        b.startUtc = local(first, berlin);
        b.endUtc = local(first.addDays(1), berlin);
        b.timeZone = QStringLiteral("Europe/Berlin");
        b.rrule = QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=25");
        b.severity = QStringLiteral("soft");
        for (int s = 0; s < m_services.size(); ++s) {
            if (m_services[s].name.contains(QStringLiteral("Billing")) ||
                m_services[s].name.contains(QStringLiteral("Ledger")))
                b.serviceIds.append(s + 1);
        }
        addBlackout(b, m_setupAt + 2 * kHour);
    }
    QList<qint64> peakServices;
    for (int s = 0; s < m_services.size(); ++s) {
        const QString& name = m_services[s].name;
        if (name.startsWith(QStringLiteral("Payments")) ||
            name.startsWith(QStringLiteral("Customer")) ||
            name.startsWith(QStringLiteral("Billing")) || name.startsWith(QStringLiteral("Orders")))
            peakServices.append(s + 1);
    }
    for (int year = firstYear; year <= lastYear; ++year) {
        const qint64 freezeStart = local(QDate(year, 12, 19), london);
        if (freezeStart >= m_spanStart - 30 * kDay && freezeStart <= m_spanEnd) {
            bulk::Blackout b;
            b.name = tr("Holiday freeze %1").arg(year);
            b.reason = tr("Reduced staffing over the holidays; only emergency changes.");
            b.startUtc = freezeStart;
            b.endUtc = local(QDate(year + 1, 1, 4), london);
            b.timeZone = QStringLiteral("Europe/London");
            b.severity = QStringLiteral("hard");
            addBlackout(b, freezeStart - 60 * kDay);
        }
        QDate thanksgiving(year, 11, 1);
        while (thanksgiving.dayOfWeek() != 4)
            thanksgiving = thanksgiving.addDays(1);
        thanksgiving = thanksgiving.addDays(21);
        const qint64 peakStart = local(thanksgiving.addDays(1), newYork);
        if (peakStart >= m_spanStart - 30 * kDay && peakStart <= m_spanEnd) {
            bulk::Blackout b;
            b.name = tr("Black Friday and Cyber Monday %1").arg(year);
            b.reason = tr("Peak trading: checkout and payments must stay stable.");
            b.startUtc = peakStart;
            b.endUtc = local(thanksgiving.addDays(5), newYork);
            b.timeZone = QStringLiteral("America/New_York");
            b.severity = QStringLiteral("soft");
            b.serviceIds = peakServices;
            addBlackout(b, peakStart - 45 * kDay);
        }
    }
    // One-off periods: maintenance, migrations, campaigns, incident freezes.
    const struct {
        const char* name;
        const char* reason;
        bool hard;
    } oneOffs[] = {
        {QT_TRANSLATE_NOOP("DemoGenerator", "Data centre maintenance"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Power work at the primary site."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Core network upgrade"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Firewall and router firmware upgrades."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Marketing campaign launch"),
         QT_TRANSLATE_NOOP("DemoGenerator", "High traffic expected from the campaign."), false},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Regulatory reporting window"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Figures for the regulator are being produced."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Incident freeze"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Stabilising after a major incident."), true},
        {QT_TRANSLATE_NOOP("DemoGenerator", "Annual financial audit"),
         QT_TRANSLATE_NOOP("DemoGenerator", "Auditors are sampling changes; keep them few."),
         false},
    };
    const int target = m_large ? 500 : 8;
    const qint64 span = m_spanEnd - m_spanStart;
    int n = 0;
    while (int(m_blackouts.size()) < target) {
        const auto& kind = oneOffs[n % int(std::size(oneOffs))];
        bulk::Blackout b;
        b.name = tr(kind.name);
        b.reason = tr(kind.reason);
        const int service = pick(int(m_services.size()));
        if (n % 6 != 5) {
            b.serviceIds = {service + 1};
            const QList<int>& siblings = m_teamServices[m_services[service].team];
            const qint64 other = pickFrom(siblings) + 1;
            if (!b.serviceIds.contains(other))
                b.serviceIds.append(other);
            std::sort(b.serviceIds.begin(), b.serviceIds.end());
            b.name += QStringLiteral(" \u2013 ") + m_services[service].name;
        }
        const qint64 day = m_spanStart + between(0, span);
        b.startUtc = day - day % kDay;
        b.endUtc = b.startUtc + (1 + pick(6)) * kDay;
        b.severity = kind.hard ? QStringLiteral("hard") : QStringLiteral("soft");
        addBlackout(b, b.startUtc - between(14 * kDay, 90 * kDay));
        ++n;
    }
}

// Environments and roles per release, bookings, freezes, working hours, leave and on-call.
void Builder::planSchedule() {
    demo::ScheduleInput in;
    in.large = m_large;
    in.seed = m_seed;
    in.anchor = m_anchor;
    in.setupAt = m_setupAt;
    in.people = m_people;
    in.environments = m_environments;
    in.planner = handle(m_releaseManagers.first());
    for (const ReleasePlan& p : m_releases)
        in.releases.append({p.final.id, p.final.type, p.final.windowStart.toSecsSinceEpoch(),
                            p.final.windowEnd.toSecsSinceEpoch(),
                            p.final.status == ReleaseStatus::Cancelled});
    m_schedule = demo::planSchedule(in);
}

void Builder::planScope() {
    const int total = m_large ? 100000 : 300;
    const int minBacklog = m_large ? 5000 : 25;
    int assigned = 0;
    QList<int> perRelease(qsizetype(m_releases.size()));
    for (size_t i = 0; i < m_releases.size(); ++i) {
        int c = 0;
        switch (m_releases[i].final.type) {
        case ReleaseType::Major:
            c = m_large ? int(between(30, 51)) : int(between(10, 15));
            break;
        case ReleaseType::Minor:
            c = m_large ? int(between(18, 31)) : int(between(6, 11));
            break;
        case ReleaseType::Patch:
            c = m_large ? int(between(8, 15)) : int(between(3, 7));
            break;
        case ReleaseType::Emergency:
            c = m_large ? int(between(2, 5)) : int(between(1, 3));
            break;
        }
        c = qMin(c, total - minBacklog - assigned);
        perRelease[qsizetype(i)] = c;
        assigned += c;
    }
    m_scope.resize(size_t(total));
    QList<int> keyCounters(m_teams.size(), 1000);
    int next = 0;
    for (size_t i = 0; i < m_releases.size(); ++i) {
        for (int c = 0; c < perRelease[qsizetype(i)]; ++c) {
            ScopePlan& item = m_scope[size_t(next++)];
            planScopeItem(item, int(i), int(m_releases[i].final.teamId - 1));
        }
    }
    while (next < total) {
        ScopePlan& item = m_scope[size_t(next++)];
        planScopeItem(item, -1, pick(int(m_teams.size())));
    }
    // Ids and keys follow creation order, as they would in a real tracker.
    std::stable_sort(m_scope.begin(), m_scope.end(), [](const ScopePlan& a, const ScopePlan& b) {
        return a.createdAt < b.createdAt;
    });
    for (size_t i = 0; i < m_scope.size(); ++i) {
        ScopePlan& item = m_scope[i];
        item.id = qint64(i) + 1;
        item.externalKey =
            m_teams[item.team].keyPrefix + u'-' + QString::number(keyCounters[item.team]++);
    }
    if (m_large) {
        // Refinement edits bring the large file to exactly one million audit entries.
        qint64 fixed =
            qint64(m_teams.size() + m_services.size() + m_environments.size() + m_people.size()) +
            qint64(m_blackouts.size()) + m_schedule.bookings.size() + m_schedule.freezes.size() +
            m_schedule.availability.size();
        for (const ReleasePlan& p : m_releases)
            fixed += p.path.size();
        for (const ScopePlan& item : m_scope)
            fixed += item.pathLength;
        const qint64 edits = qMax<qint64>(0, kLargeAuditEntries - fixed);
        const qint64 each = edits / qint64(m_scope.size());
        const qint64 extra = edits % qint64(m_scope.size());
        for (size_t i = 0; i < m_scope.size(); ++i)
            m_scope[i].edits = quint16(each + (qint64(i) < extra ? 1 : 0));
    } else {
        for (ScopePlan& item : m_scope)
            item.edits = quint16(hashOf(m_seed, 21, quint64(item.id)) % 3);
    }
}

void Builder::planScopeItem(ScopePlan& item, int release, int team) {
    item.release = release;
    item.team = team;
    const ReleaseType type =
        release >= 0 ? m_releases[size_t(release)].final.type : ReleaseType::Minor;
    int roll = pick(100);
    if (type == ReleaseType::Emergency)
        item.kind = roll < 70 ? QStringLiteral("fix") : QStringLiteral("patch");
    else
        item.kind = roll < 40   ? QStringLiteral("feature")
                    : roll < 65 ? QStringLiteral("fix")
                    : roll < 75 ? QStringLiteral("patch")
                    : roll < 90 ? QStringLiteral("tech_debt")
                                : QStringLiteral("regulatory");
    if (item.kind == u"feature") {
        static const char16_t* verbs[] = {u"Add", u"Support", u"Introduce", u"Offer"};
        item.title = QString::fromUtf16(verbs[pick(4)]) + u' ' + pickFrom(featureObjects());
    } else if (item.kind == u"fix") {
        item.title = tr("Fix %1").arg(pickFrom(fixProblems()));
    } else if (item.kind == u"patch") {
        item.title = tr("Upgrade %1 to %2.%3.%4")
                         .arg(pickFrom(libraries()))
                         .arg(1 + pick(4))
                         .arg(pick(20))
                         .arg(pick(30));
    } else if (item.kind == u"tech_debt") {
        static const char16_t* verbs[] = {u"Refactor", u"Remove dead code from", u"Add tests for",
                                          u"Split"};
        item.title = QString::fromUtf16(verbs[pick(4)]) + u' ' + pickFrom(componentNames());
    } else {
        static const char16_t* topics[] = {u"retention rules for", u"consent records in",
                                           u"evidence export from", u"access review of"};
        item.title = pickFrom(regulations()) + u": " + QString::fromUtf16(topics[pick(4)]) + u' ' +
                     pickFrom(componentNames());
    }
    roll = pick(100);
    item.priority = quint8(type == ReleaseType::Emergency ? 0
                           : roll < 8                     ? 0
                           : roll < 35                    ? 1
                           : roll < 80                    ? 2
                                                          : 3);
    item.stakeholder = quint8(pick(int(m_stakeholders.size())));
    item.effortHalves = quint8(1 + pick(26));

    // The item's story follows its release's.
    QList<ScopeStatus> path{Proposed};
    qint64 from = 0;
    qint64 until = m_anchor - kMinute;
    if (release >= 0) {
        const ReleasePlan& rp = m_releases[size_t(release)];
        from = rp.times.first() + kHour;
        roll = pick(100);
        switch (rp.final.status) {
        case ReleaseStatus::Deployed:
        case ReleaseStatus::Closed:
            path = roll < 90 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                             : QList<ScopeStatus>{Proposed, Committed, Deferred};
            until = rp.final.windowStart.toSecsSinceEpoch();
            break;
        case ReleaseStatus::RolledBack:
        case ReleaseStatus::Deploying:
            path = roll < 70 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                             : QList<ScopeStatus>{Proposed, Committed, ScopeInProgress};
            until = rp.final.windowStart.toSecsSinceEpoch();
            break;
        case ReleaseStatus::Cancelled:
            path = {Proposed, Deferred};
            until = rp.times.last();
            break;
        case ReleaseStatus::Approved:
        case ReleaseStatus::Scheduled:
            path = roll < 50   ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress, Done}
                   : roll < 90 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress}
                               : QList<ScopeStatus>{Proposed, Committed};
            break;
        case ReleaseStatus::InProgress:
            path = roll < 60 ? QList<ScopeStatus>{Proposed, Committed, ScopeInProgress}
                             : QList<ScopeStatus>{Proposed, Committed};
            break;
        default:
            path =
                roll < 60 ? QList<ScopeStatus>{Proposed} : QList<ScopeStatus>{Proposed, Committed};
            break;
        }
    } else {
        from = m_spanStart;
        until = m_anchor - 3 * kDay;
        path =
            pick(100) < 85 ? QList<ScopeStatus>{Proposed} : QList<ScopeStatus>{Proposed, Deferred};
    }
    item.pathLength = quint8(path.size());
    for (int k = 0; k < path.size(); ++k)
        item.path[k] = path[k];
    until = qMin(until, m_anchor - kMinute);
    from = qMin(from, until - kHour);
    // Created early in the release's life, changed until it shipped (or until now).
    item.createdAt = release >= 0 ? from + between(0, qMax<qint64>(1, (until - from) / 2))
                                  : between(from, until);
    item.endAt = until;
}

ScopeState Builder::scopeAt(const ScopePlan& item, int step) const {
    ScopeState s;
    s.priority = item.priority;
    s.stakeholder = item.stakeholder;
    s.effortHalves = item.effortHalves;
    s.status = item.path[0];
    const int stakeholderCount = int(m_stakeholders.size());
    for (int k = 1; k <= step; ++k) {
        if (k > item.edits) {
            s.status = item.path[k - item.edits];
            continue;
        }
        const quint64 h = hashOf(m_seed, quint64(item.id), quint64(k));
        switch (h % 3) {
        case 0:
            s.priority = int((quint64(s.priority) + 1 + (h >> 8) % 3) % 4);
            break;
        case 1:
            s.effortHalves = int(1 + (h >> 8) % 26);
            break;
        default:
            s.stakeholder = int((h >> 8) % quint64(stakeholderCount));
            break;
        }
    }
    return s;
}

qint64 Builder::scopeTime(const ScopePlan& item, int step) const {
    const qint64 span = qMax<qint64>(item.endAt - item.createdAt, (item.steps() + 2) * kMinute);
    return item.createdAt + span * step / (item.steps() + 1);
}

int Builder::scopeActor(const ScopePlan& item, int step) const {
    return memberOf(item.team, hashOf(m_seed, quint64(item.id) << 4, quint64(step)));
}

QString Builder::scopeJson(const ScopePlan& item, const ScopeState& s, int rowVersion) const {
    // Same shape and key order as QJsonDocument would give, without its cost per entry.
    QString out;
    out.reserve(320);
    out += QStringLiteral("{\"effort\":") + QString::number(s.effortHalves / 2.0) +
           QStringLiteral(",\"external_key\":");
    appendJsonString(out, item.externalKey);
    out += QStringLiteral(",\"id\":") + QString::number(item.id) + QStringLiteral(",\"kind\":\"") +
           item.kind + QStringLiteral("\",\"priority\":\"") +
           QLatin1String(kPriorities[s.priority]) + QStringLiteral("\",\"release_id\":") +
           (item.release >= 0 ? QString::number(item.release + 1) : QStringLiteral("null")) +
           QStringLiteral(",\"row_version\":") + QString::number(rowVersion) +
           QStringLiteral(",\"stakeholder\":");
    appendJsonString(out, m_stakeholders.at(s.stakeholder));
    out += QStringLiteral(",\"status\":\"") + QLatin1String(kScopeStatuses[s.status]) +
           QStringLiteral("\",\"title\":");
    appendJsonString(out, item.title);
    out += u'}';
    return out;
}

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

    const qint64 total = qint64(m_events.size());
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

void removeWithSidecars(const QString& path) {
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

QDateTime DemoGenerator::defaultAnchor() {
    return QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
}

QDateTime DemoGenerator::todayAnchor() {
    return QDateTime(QDate::currentDate(), QTime(0, 0), Qt::UTC);
}

Result<void> DemoGenerator::generate(const QString& path, Scale scale, quint32 seed,
                                     const Progress& progress) {
    Options options;
    options.scale = scale;
    options.seed = seed;
    return generate(path, options, progress);
}

Result<void> DemoGenerator::generate(const QString& path, const Options& options,
                                     const Progress& progress) {
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{Error::Kind::Usage, tr("%1 is a folder, not a file.").arg(shown)};
    if (info.exists() && info.size() > 0 && !options.replaceExisting)
        return Error{Error::Kind::Usage,
                     tr("%1 already exists; choose a new file name (the demo never writes into "
                        "an existing file unless asked to replace it).")
                         .arg(shown)};
    const QFileInfo folder(info.absolutePath());
    if (!folder.isDir())
        return Error{Error::Kind::Io, tr("%1 cannot be created: the folder %2 does not exist.")
                                          .arg(shown, QDir::toNativeSeparators(folder.filePath()))};
    if (!folder.isWritable())
        return Error{Error::Kind::ReadOnly,
                     tr("%1 cannot be created: you may not write to its folder.").arg(shown)};

    // Built beside the target and renamed over it at the end: a failure leaves nothing.
    const QString temp = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                         QStringLiteral(".demo-partial");
    removeWithSidecars(temp);
    {
        Builder builder(options);
        builder.plan();
        Database::OpenOptions open;
        open.create = true;
        auto db = Database::open(temp, open);
        if (!db) {
            removeWithSidecars(temp);
            return db.error();
        }
        qint64 total = 0;
        auto written = builder.write(*db.value(), [&](qint64 done, qint64 all) {
            total = all;
            if (progress)
                progress(done, all);
        });
        if (written) {
            auto gates = DemoGates::write(*db.value(), options.anchor.toSecsSinceEpoch(),
                                          options.scale == Scale::Large);
            if (!gates)
                written = gates.error();
            else if (progress && gates.value() > 0)
                progress(total + gates.value(), total + gates.value());
            if (gates)
                total += gates.value();
        }
        if (written) {
            // The CAB's part follows; progress then counts its entries too.
            auto cab = DemoCab::write(*db.value(), options.anchor.toSecsSinceEpoch(), options.seed);
            if (!cab)
                written = cab.error();
            else if (progress)
                progress(total + cab.value(), total + cab.value());
            if (cab)
                total += cab.value();
        }
        if (written) {
            // The Communications part, added after the bulk load and counted with it.
            auto added = DemoCommunications::add(*db.value(), options.anchor);
            if (!added)
                written = added.error();
            else if (progress)
                progress(total + added.value(), total + added.value());
        }
        db.value().reset();
        if (!written) {
            removeWithSidecars(temp);
            Error e = written.error();
            e.message.replace(QDir::toNativeSeparators(QFileInfo(temp).absoluteFilePath()), shown);
            return e;
        }
    }
    // A leftover WAL of the replaced file would be replayed onto the new one.
    for (const char* suffix : {"-journal", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) !=
        0) {
        removeWithSidecars(temp);
        return Error{Error::Kind::Io, tr("%1 could not be written (renaming the finished file "
                                         "failed); check the folder.")
                                          .arg(shown)};
    }
    return {};
}

} // namespace slipway
