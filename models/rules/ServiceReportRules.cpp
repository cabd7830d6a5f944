// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceReportRules.h"

#include "domain/ReleaseEnums.h"
#include "domain/RiskTypes.h"

#include "rules/ClosureRules.h"
#include "rules/IncidentCorrelation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace slipway {
namespace {

constexpr qint64 kDay = 86400;
constexpr qint64 kWeek = 7 * kDay;

QString folded(const QString& name) {
    return name.trimmed().toCaseFolded();
}

qint64 utcOf(QDate day) {
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
}

class ServiceReportRules {
    Q_DECLARE_TR_FUNCTIONS(ServiceReportRules)
};

QString riskLabel(const QString& key) {
    return key.isEmpty() ? ServiceReportRules::tr("not assessed") : key;
}

// Counts by label in a fixed order first, then any other labels alphabetically.
QList<ServiceReport::Count> counted(const QHash<QString, int>& counts, const QStringList& order) {
    QList<ServiceReport::Count> out;
    for (const QString& label : order)
        if (counts.contains(label))
            out.append({label, counts.value(label)});
    QStringList rest;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (!order.contains(it.key()))
            rest << it.key();
    rest.sort();
    for (const QString& label : std::as_const(rest))
        out.append({label, counts.value(label)});
    return out;
}

} // namespace

namespace report {

std::optional<double> median(QList<double> values) {
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

std::optional<double> percentile(QList<double> values, double p) {
    if (values.isEmpty() || !(p > 0) || p > 1)
        return std::nullopt;
    std::sort(values.begin(), values.end());
    // Rank ceil(p × n), 1-based; the small tolerance keeps 0.9 × 10 at rank 9.
    const auto rank = qsizetype(std::ceil(p * double(values.size()) - 1e-9));
    return values.at(std::clamp<qsizetype>(rank, 1, values.size()) - 1);
}

QDate mondayOf(qint64 utc) {
    const QDate day = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date();
    return day.addDays(1 - day.dayOfWeek());
}

double coveredHours(QList<std::pair<qint64, qint64>> intervals, qint64 from, qint64 to) {
    std::sort(intervals.begin(), intervals.end());
    qint64 covered = 0, reach = from;
    for (const auto& [start, end] : std::as_const(intervals)) {
        const qint64 s = std::max(start, reach), e = std::min(end, to);
        if (e > s) {
            covered += e - s;
            reach = e;
        }
    }
    return double(covered) / 3600.0;
}

QHash<QString, QList<const Incident*>> incidentsByName(const QList<Incident>& incidents) {
    QHash<QString, QList<const Incident*>> out;
    for (const Incident& i : incidents) {
        const QString service = folded(i.service), item = folded(i.configItem);
        if (!service.isEmpty())
            out[service].append(&i);
        if (!item.isEmpty() && item != service)
            out[item].append(&i);
    }
    for (auto& list : out)
        std::stable_sort(list.begin(), list.end(), [](const Incident* a, const Incident* b) {
            return a->openedAt < b->openedAt;
        });
    return out;
}

bool hasCorrelatedIncident(const ServiceReportFacts::Release& release,
                           const QHash<QString, QList<const Incident*>>& byName) {
    if (release.deployedAt <= 0)
        return false;
    const qint64 end = release.deployedAt + qint64(kFeedbackHours) * 3600;
    // Candidates by name in the window; correlate() has the last word on what matches.
    QList<Incident> candidates;
    QSet<qint64> seen;
    for (const QString& name : release.names) {
        const auto it = byName.constFind(folded(name));
        if (it == byName.constEnd())
            continue;
        auto at = std::lower_bound(it->begin(), it->end(), release.deployedAt,
                                   [](const Incident* i, qint64 t) { return i->openedAt < t; });
        for (; at != it->end() && (*at)->openedAt < end; ++at)
            if (!seen.contains((*at)->id) || (*at)->id == 0) {
                seen.insert((*at)->id);
                candidates.append(**at);
            }
    }
    if (candidates.isEmpty())
        return false;
    const CorrelationTarget target{release.id, release.deployedAt, release.names};
    return !correlate(target, candidates, kFeedbackHours).isEmpty();
}

int availablePeople(const QList<ServiceReportFacts::Person>& people, const QString& team,
                    QDate monday) {
    int count = 0;
    for (const ServiceReportFacts::Person& p : people) {
        if (p.team != team)
            continue;
        bool available = false;
        for (int d = 0; d < 7 && !available; ++d) {
            if (!((p.workDays >> d) & 1))
                continue;
            const qint64 start = utcOf(monday.addDays(d));
            qint64 onLeave = 0;
            for (const auto& [ls, le] : p.leave)
                onLeave += std::max<qint64>(0, std::min(le, start + kDay) - std::max(ls, start));
            available = onLeave < kDay / 2;
        }
        count += available ? 1 : 0;
    }
    return count;
}

} // namespace report

ServiceReport computeServiceReport(const ServiceReportQuery& query,
                                   const ServiceReportFacts& facts) {
    ServiceReport r;
    r.query = query;
    r.scopeLabel = facts.scopeLabel;
    const qint64 from = query.fromUtc, to = query.toUtc;
    if (to <= from)
        return r;

    // Weeks of the period, Monday first, empty ones included.
    QMap<QDate, int> weekAt;
    for (QDate monday = report::mondayOf(from); utcOf(monday) < to; monday = monday.addDays(7)) {
        weekAt.insert(monday, int(r.weeks.size()));
        r.weeks.append({monday, 0, 0});
    }

    // Deployment frequency and change failure rate.
    const auto byName = report::incidentsByName(facts.incidents);
    QHash<qint64, qint64> deployedAt;
    QHash<QString, int> byRisk, byType;
    QMap<std::pair<QString, QDate>, int> teamChanges;
    for (const ServiceReportFacts::Release& rel : facts.releases) {
        if (rel.deployedAt < from || rel.deployedAt >= to)
            continue;
        ++r.deployments;
        deployedAt.insert(rel.id, rel.deployedAt);
        ServiceReport::Week& week = r.weeks[weekAt.value(report::mondayOf(rel.deployedAt))];
        ++week.deployments;
        if (rel.rolledBack || report::hasCorrelatedIncident(rel, byName)) {
            ++r.failedDeployments;
            ++week.failed;
        }
        ++byRisk[riskLabel(rel.risk)];
        ++byType[rel.type];
        if (!rel.team.isEmpty())
            ++teamChanges[{rel.team, report::mondayOf(rel.deployedAt)}];
    }
    r.deploymentsPerWeek = double(r.deployments) / (double(to - from) / double(kWeek));
    if (r.deployments > 0)
        r.changeFailureRate = double(r.failedDeployments) / double(r.deployments);
    r.byRisk =
        counted(byRisk, {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"),
                         QStringLiteral("critical"), riskLabel(QString())});
    r.byType = counted(byType, {QStringLiteral("major"), QStringLiteral("minor"),
                                QStringLiteral("patch"), QStringLiteral("emergency")});
    // Counted by key, shown by name.
    for (ServiceReport::Count& c : r.byRisk) {
        if (const auto level = riskLevelFromKey(c.label))
            c.label = displayName(*level);
    }
    for (ServiceReport::Count& c : r.byType) {
        if (const auto type = releaseTypeFromKey(c.label))
            c.label = displayName(*type);
    }

    // Lead time for changes: items committed before their release's first production
    // deployment; an item committed afterwards did not wait for it.
    QList<double> leadHours;
    for (const ServiceReportFacts::Item& item : facts.items) {
        const auto it = deployedAt.constFind(item.releaseId);
        if (it == deployedAt.constEnd() || item.committedAt > *it)
            continue;
        leadHours.append(double(*it - item.committedAt) / 3600.0);
    }
    r.leadTimeItems = int(leadHours.size());
    r.leadTimeMedianHours = report::median(leadHours);
    r.leadTimeP90Hours = report::percentile(leadHours, 0.9);

    // Time to restore and availability: incidents of the services in scope opened in the
    // period.
    QSet<QString> scopeNames;
    for (const QString& name : facts.serviceNames)
        scopeNames.insert(folded(name));
    QHash<QString, qint64> outageByService;
    QList<double> restoreHours;
    qint64 outage = 0;
    for (const Incident& i : facts.incidents) {
        if (i.openedAt < from || i.openedAt >= to)
            continue;
        QString service = folded(i.service);
        if (!scopeNames.contains(service))
            service = scopeNames.contains(folded(i.configItem)) ? folded(i.configItem) : QString();
        if (!facts.allServices && service.isEmpty())
            continue;
        ++r.incidents;
        outage += i.outageMinutes;
        if (!service.isEmpty())
            outageByService[service] += i.outageMinutes;
        if (i.resolvedAt && *i.resolvedAt >= i.openedAt) {
            ++r.resolvedIncidents;
            restoreHours.append(double(*i.resolvedAt - i.openedAt) / 3600.0);
        }
    }
    r.outageMinutes = int(std::min<qint64>(outage, std::numeric_limits<int>::max()));
    r.restoreMedianHours = report::median(restoreHours);
    r.restoreP90Hours = report::percentile(restoreHours, 0.9);
    if (facts.serviceCount > 0) {
        const double minutes = double(to - from) / 60.0;
        double sum = 0;
        for (qint64 m : std::as_const(outageByService))
            sum += std::min(1.0, double(m) / minutes);
        r.availability = 1.0 - sum / double(facts.serviceCount);
    }

    // Capacity: every team in scope, every week.
    for (const QString& team : facts.teams)
        for (const ServiceReport::Week& week : std::as_const(r.weeks))
            r.teamWeeks.append({team, week.monday, teamChanges.value({team, week.monday}),
                                report::availablePeople(facts.people, team, week.monday)});
    const double periodHours = double(to - from) / 3600.0;
    for (const ServiceReportFacts::Environment& env : facts.environments)
        r.environments.append({env.name, report::coveredHours(env.held, from, to), periodHours});
    return r;
}

} // namespace slipway
