// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo file's builder, shared by the files that plan and write it (DemoGenerator.cpp
// is its entry point). Internal to the demo generator.
#include "DemoGenerator.h"

#include "DemoCab.h"
#include "DemoCommunications.h"
#include "DemoDefinition.h"
#include "DemoSchedule.h"
#include "DemoScopePlanning.h"
#include "DemoVocabulary.h"
#include "domain/CabDecision.h"
#include "domain/ChangeRequest.h"
#include "domain/Deployment.h"
#include "domain/Release.h"
#include "io/DemoGates.h"
#include "rules/Interval.h"
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

namespace slipway::demobuild {

using namespace demo;

// The demo's strings, looked up in the context "DemoGenerator"; DemoText::tr() lets lupdate
// file them there too.
struct DemoText {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)
};

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr qint64 kLargeAuditEntries = 1000000;
// How far back the small file's history goes, and how many releases it holds before the span
// of its 40 planned around the anchor.
constexpr qint64 kHistoryDays = 364;
constexpr int kHistoryReleases = 20;

// A stateless random number per (seed, a, b): lets an entity's n-th edit be recomputed
// without keeping its history in memory.
inline quint64 mix(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
inline quint64 hashOf(quint32 seed, quint64 a, quint64 b) {
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
    Availability,
    Change,
    Decision,
    Condition,
    Deployment
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
    bool pinned = false; // placed on purpose: coverage fixes leave it alone
    // An emergency deployed before the CAB: Planned, Deploying, Deployed, no approval yet.
    bool awaitingApproval = false;
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

inline void appendJsonString(QString& out, const QString& text) {
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

inline QString compact(const QJsonObject& object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

inline QString isoUtc(qint64 secs) {
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
        // The small file's older releases (planHistory) reach a year back.
        m_historyStart = m_large ? m_spanStart : m_anchor - kHistoryDays * kDay;
        m_setupAt = m_historyStart - 90 * kDay;
    }

    void plan() {
        planOrganisation();
        planReleases();
        planBlackouts();
        planHistory();
        planSchedule();
        planLifecycle();
        planScope();
        planEvents();
    }

    Result<void> write(Database& db, const DemoGenerator::Progress& progress);

    // What the parts written after the bulk load build on.
    QSet<QString> changeTickets() const;
    QList<qint64> releasesAt(ReleaseStatus status) const;

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
    void planHistory();
    QList<Interval> hardBlackoutsOf(const QList<qint64>& serviceIds, const Interval& range) const;
    void planBlackouts();
    void addBlackout(bulk::Blackout b, qint64 createdAt);
    void planSchedule();
    void planLifecycle();
    QSet<qint64> hardConflicted() const;
    void ensureFutureCoverage(const QSet<qint64>& conflicted);
    void planChanges();
    void planDeployments();
    qint64 lifecycleEvents() const;
    Result<void> writeLifecycle(BulkWriter& out) const;
    void lifecycleEntry(const Event& ev, AuditEntry& e) const;
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
    qint64 m_historyStart = 0; // the oldest release's window is after this
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
    // Change requests the CAB part does not raise, their approvals and the conditions met
    // before the window, and every deployment record. Ids are index + 1: the bulk load writes
    // them first.
    std::vector<ChangeRequest> m_changes;
    std::vector<CabDecision> m_decisions;
    std::vector<CabCondition> m_conditions;
    std::vector<slipway::Deployment> m_deployments;
    std::vector<Event> m_events;
};

} // namespace slipway::demobuild
