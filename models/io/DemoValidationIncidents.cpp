// SPDX-License-Identifier: GPL-3.0-or-later
// The demo's incidents: a year of them on its services, as imported from ServiceNow. Most are
// the background noise every service has, opened away from the days after its deployments;
// some followed a release: the failing one's, those of releases rolled back, and now and then
// one after a release that stayed, which keeps the change failure rate near a fifth.
#include "DemoValidationParts.h"
#include "DemoValidationSeeds.h"

#include "rules/ClosureRules.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace slipway::DemoValidation {

using namespace DemoValidationSeeds;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DemoValidation)
};

constexpr qint64 kYearDays = 365;
constexpr qint64 kRecentDays = 90; // the reporting screen's default period
constexpr qint64 kAfter = qint64(kFeedbackHours) * kHour;

// When deployments of releases naming a service leave their feedback window, by service id:
// [deployed, deployed + 72 h) per release, oldest first.
QHash<qint64, QList<std::pair<qint64, qint64>>> windowsByService(const Context& c) {
    QHash<qint64, QList<std::pair<qint64, qint64>>> out;
    for (const Release& r : c.releases) {
        const qint64 d = c.deployedAt(r);
        if (d <= 0)
            continue;
        QList<qint64> ids = r.serviceIds;
        if (r.productId > 0 && !ids.contains(r.productId))
            ids << r.productId;
        for (qint64 id : std::as_const(ids))
            out[id] << std::pair{d, d + kAfter};
    }
    for (auto& list : out)
        std::sort(list.begin(), list.end());
    return out;
}

// The first time at or after `at` outside every window of the list.
qint64 clearOf(const QList<std::pair<qint64, qint64>>& windows, qint64 at, qint64 gap) {
    for (const auto& [start, end] : windows)
        if (at >= start && at < end)
            at = end + gap;
    return at;
}

} // namespace

Result<void> writeIncidents(Context& c, const Plan& plan) {
    // The services incidents are raised on: those of the releases shown first, then others.
    QList<qint64> pool;
    for (const Target& t : plan.validated)
        pool << t.serviceId;
    if (plan.reviewedRollback && !pool.contains(plan.reviewedRollback->serviceId))
        pool << plan.reviewedRollback->serviceId;
    QList<qint64> others = c.serviceNames.keys();
    std::sort(others.begin(), others.end());
    for (qint64 id : std::as_const(others))
        if (pool.size() < 8 && !pool.contains(id))
            pool << id;
    if (pool.isEmpty())
        return {};

    const qint64 importedAt = c.anchor - 20 * kMinute;
    const qint64 from = c.anchor - kYearDays * kDay;
    QList<Incident> list;
    const auto add = [&](qint64 serviceId, const IncidentSeed& s, qint64 opened,
                         qint64 resolveAfter, const QString& configItem, int outage) {
        if (opened < from || opened >= c.anchor - 30 * kMinute)
            return;
        Incident i;
        i.source = IncidentSource::ServiceNow;
        i.title = s.title;
        i.openedAt = opened;
        i.priority = priorityText(s.priority);
        i.severity = s.priority;
        i.category = s.category;
        i.service = c.serviceNames.value(serviceId);
        i.configItem =
            configItem.isEmpty() ? slugOf(i.service) + QStringLiteral("-prod") : configItem;
        i.assignmentGroup = assignmentGroup(s.category);
        if (resolveAfter > 0 && opened + resolveAfter < importedAt) {
            i.resolvedAt = opened + resolveAfter;
            i.state = opened + resolveAfter < c.anchor - 7 * kDay ? Text::tr("Closed")
                                                                  : Text::tr("Resolved");
            i.outageMinutes = outage;
        } else {
            i.state = Text::tr("In Progress");
        }
        i.importedAt = importedAt;
        i.importedBy = c.cast.operations;
        list << i;
    };
    // Routine incidents every two to three days, each service's now and then, opened outside
    // the 72 hours after a deployment on it: noise, not a change that failed.
    const auto windows = windowsByService(c);
    const int routine = int(kYearDays * 24 / 58);
    for (int k = 0; k < routine; ++k) {
        const quint64 h = hashOf(c.seed, 501, quint64(k));
        const qint64 service = pool.at(int(h % quint64(pool.size())));
        const IncidentSeed s = routineIncident(c.serviceNames.value(service), int((h >> 8) % 6));
        const qint64 planned =
            from + k * (kYearDays * kDay - 2 * kDay) / routine + qint64((h >> 16) % (20 * kHour));
        const qint64 opened =
            clearOf(windows.value(service), planned, kHour + qint64((h >> 40) % (9 * kHour)));
        add(service, s, opened, kHour + qint64((h >> 24) % (30 * kHour)), {},
            s.priority <= 2 ? 10 + int((h >> 32) % 80) : 0);
    }
    for (const Target& t : plan.validated) {
        if (t.failing) {
            // Seen before on this service: a slowdown nine days before the deployment.
            add(t.serviceId, routineIncident(t.service, 1), t.deployedAt - 9 * kDay, 5 * kHour, {},
                0);
            add(t.serviceId, slowdownIncident(t.service), t.deployedAt + 9 * kHour + 10 * kMinute,
                0, {}, 0);
            add(t.serviceId, newPatternIncident(t.service), t.failFrom + 25 * kMinute, 0,
                newPatternConfigItem(t.service), 0);
        } else if (t.variant == 1) {
            IncidentSeed s = routineIncident(t.service, 0);
            s.priority = 4;
            add(t.serviceId, s, t.deployedAt + 3 * kHour, 2 * kHour, {}, 0);
        }
    }
    if (const auto& r = plan.reviewedRollback)
        add(r->serviceId, rollbackIncident(r->service), r->deployedAt + 12 * kMinute, 40 * kMinute,
            {}, 38);
    // The year's other releases: a rollback follows an incident raised minutes after the
    // switch; of those that stayed before the last three months (whose failures are the ones
    // above), one in eight in deployment order had an incident in its first days.
    QSet<const Release*> shown;
    for (const Target& t : plan.validated)
        shown.insert(t.release);
    if (plan.reviewedRollback)
        shown.insert(plan.reviewedRollback->release);
    QList<const Release*> stayed;
    for (const Release& r : c.releases) {
        const qint64 d = c.deployedAt(r);
        const qint64 service = c.serviceIdOf(r);
        if (d < from || shown.contains(&r) || service <= 0)
            continue;
        const quint64 h = hashOf(c.seed, 503, quint64(r.id));
        if (r.status == ReleaseStatus::RolledBack)
            add(service, rollbackIncident(c.serviceNames.value(service)),
                d + qint64(8 + h % 30) * kMinute, qint64(30 + (h >> 8) % 90) * kMinute, {},
                20 + int((h >> 16) % 40));
        else if (d < c.anchor - kRecentDays * kDay)
            stayed << &r;
    }
    std::sort(stayed.begin(), stayed.end(), [&](const Release* a, const Release* b) {
        return c.deployedAt(*a) != c.deployedAt(*b) ? c.deployedAt(*a) < c.deployedAt(*b)
                                                    : a->id < b->id;
    });
    for (qsizetype n = 5; n < stayed.size(); n += 8) {
        const Release& r = *stayed[n];
        const qint64 d = c.deployedAt(r);
        const qint64 service = c.serviceIdOf(r);
        const quint64 h = hashOf(c.seed, 504, quint64(r.id));
        add(service, releaseIncident(c.serviceNames.value(service), int(h % 3)),
            d + qint64(2 + (h >> 16) % 40) * kHour, qint64(2 + (h >> 24) % 10) * kHour, {},
            (h >> 32) % 3 == 0 ? 15 + int((h >> 40) % 30) : 0);
    }

    std::stable_sort(list.begin(), list.end(),
                     [](const Incident& a, const Incident& b) { return a.openedAt < b.openedAt; });
    for (int k = 0; k < list.size(); ++k) {
        Incident& i = list[k];
        i.number = QStringLiteral("INC%1").arg(
            12000 + k * 7 + int(hashOf(c.seed, 502, quint64(k)) % 7), 7, 10, QLatin1Char('0'));
        auto id = c.rows.insertIncident(i);
        if (!id)
            return id.error();
        i.id = id.value();
        i.rowVersion = 1;
    }
    QJsonArray numbers;
    for (const Incident& i : std::as_const(list))
        numbers.append(i.number);
    c.incidents = list;
    const int rows = int(list.size());
    return c.audit.audit(importedAt, c.cast.operations, QStringLiteral("import"),
                         QStringLiteral("incident_import"), 0,
                         {{QStringLiteral("file"), QStringLiteral("incident_export.csv")},
                          {QStringLiteral("source"), displayName(IncidentSource::ServiceNow)},
                          {QStringLiteral("rows"), rows},
                          {QStringLiteral("created"), rows},
                          {QStringLiteral("updated"), 0},
                          {QStringLiteral("unchanged"), 0},
                          {QStringLiteral("skipped"), 0},
                          {QStringLiteral("created_numbers"), numbers},
                          {QStringLiteral("updated_numbers"), QJsonArray()}});
}

} // namespace slipway::DemoValidation
