// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the files that write the demo's after-release data (DemoValidation.cpp is the
// entry point). Internal to the demo generator.
#include "domain/Incident.h"
#include "domain/Release.h"
#include "storage/TimelineReader.h"
#include "storage/ValidationDemoRows.h"

#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QStringList>

#include <optional>

namespace slipway::DemoValidation {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
// How long the demo's checks run after a deployment: over by the anchor for every release,
// so opening the demo sends nothing to its made-up hosts.
constexpr int kDemoScheduleHours = 24;

// A stateless random number per (seed, a, b).
inline quint64 hashOf(quint32 seed, quint64 a, quint64 b) {
    quint64 x = (quint64(seed) << 32) ^ (a * 0x9e3779b97f4a7c15ULL) ^ (b + 0x632be59bd9b4e019ULL);
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

struct Cast {
    QString manager, operations, qa;
};

// The demo's audit entries for what it writes, each at the time the story puts it.
struct AuditTrail {
    ValidationDemoRows& rows;
    qint64 entries = 0;

    Result<void> audit(qint64 atSecs, const QString& actor, const QString& action,
                       const QString& entity, qint64 id, const QJsonObject& after) {
        AuditEntry e;
        e.atMs = atSecs * 1000;
        e.actor = actor;
        e.action = action;
        e.entity = entity;
        e.entityId = id;
        e.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
        if (auto appended = rows.appendAudit(e); !appended)
            return appended;
        ++entries;
        return {};
    }
};

struct Context {
    Context(Database& database, qint64 anchorSecs, quint32 seedValue)
        : db(database)
        , rows(database)
        , audit{rows}
        , anchor(anchorSecs)
        , seed(seedValue) {}

    Database& db;
    ValidationDemoRows rows;
    AuditTrail audit;
    qint64 anchor = 0;
    quint32 seed = 1;
    Cast cast;
    QHash<qint64, QString> serviceNames;
    QHash<qint64, qint64> firstProduction; // release id → first production deployment (UTC s)
    QHash<qint64, QList<TimelineRows::Deployment>> production; // oldest first
    QList<Release> releases;
    QList<Incident> incidents;     // as written
    QHash<qint64, int> checkCount; // release id → its checks

    qint64 serviceIdOf(const Release& r) const {
        return r.productId > 0 ? r.productId : r.serviceIds.value(0);
    }
    QString serviceOf(const Release& r) const { return serviceNames.value(serviceIdOf(r)); }
    // The product's and every service's name: what an incident's service or item may name.
    QStringList namesOf(const Release& r) const {
        QStringList out;
        if (r.productId > 0)
            out << serviceNames.value(r.productId);
        for (qint64 id : r.serviceIds)
            if (!out.contains(serviceNames.value(id)))
                out << serviceNames.value(id);
        return out;
    }
    qint64 deployedAt(const Release& r) const { return firstProduction.value(r.id); }
};

// A release the demo gives checks, metrics and feedback.
struct Target {
    const Release* release = nullptr;
    qint64 serviceId = 0;
    QString service;
    qint64 deployedAt = 0;
    bool failing = false;  // its journey fails since some time after the deployment
    qint64 failFrom = 0;   // … from then on (UTC s)
    bool degraded = false; // its service's p95 latency is 40 % up after the deployment
    int variant = 0;
};

struct Plan {
    QList<Target> validated; // newest first; the first fails when it is a deployed one
    std::optional<Target> reviewedRollback; // its review is done, with actions
    QList<const Release*> lateDrafts;       // a required review still a draft past its due
    QList<const Release*> deploying;        // a check defined, not run yet
    QList<const Release*> closed;           // closed in the last year
    QList<const Release*> otherRollbacks;   // rolled back before those: reviews done in time
};

Plan choose(const Context& c);
Result<void> writeIncidents(Context& c, const Plan& plan);
// After the incidents: the CMDB records name the correlated ones.
Result<void> writeClosure(Context& c, const Plan& plan);

} // namespace slipway::DemoValidation
