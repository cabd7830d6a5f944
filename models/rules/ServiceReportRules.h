// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"
#include "domain/ServiceReport.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace slipway {

// What the service report is computed from, as storage/ServiceReportReader reads it for a
// query: already narrowed to the service or team asked for.
struct ServiceReportFacts {
    QString scopeLabel;
    // The releases in scope whose first production deployment lies in the period.
    struct Release {
        qint64 id = 0;
        QString type;            // releases.type key
        QString risk;            // assessed risk level key; empty: not assessed
        QString team;            // owning team's name; empty: none
        qint64 deployedAt = 0;   // first production deployment, UTC seconds
        bool rolledBack = false; // a failed or rolled-back production deployment, or status
        QStringList names;       // its services and product, for incident correlation
    };
    QList<Release> releases;
    // Scope items those releases committed to: release id and when the item was committed.
    struct Item {
        qint64 releaseId = 0;
        qint64 committedAt = 0; // UTC seconds
    };
    QList<Item> items;
    // Incidents opened from the period's start to the end of the last feedback window.
    QList<Incident> incidents;
    // The services in scope by name; empty for every service (then every incident counts).
    QStringList serviceNames;
    int serviceCount = 0; // services availability is averaged over
    bool allServices = true;
    // The people of the teams in scope: working days (bit 0 Monday … bit 6 Sunday) and leave.
    struct Person {
        QString team;
        int workDays = 31;
        QList<std::pair<qint64, qint64>> leave; // [start, end) UTC seconds
    };
    QList<Person> people;
    QStringList teams; // the teams in scope, by name
    // Environments with their held intervals (bookings and release windows), [start, end).
    struct Environment {
        QString name;
        QList<std::pair<qint64, qint64>> held;
    };
    QList<Environment> environments;
};

namespace report {

// The median of `values` (the mean of the two middle ones for an even count); none when empty.
std::optional<double> median(QList<double> values);
// The nearest-rank percentile: the value at rank ceil(p × n) of the sorted values, p in (0, 1].
std::optional<double> percentile(QList<double> values, double p);
// The Monday (UTC) of the week holding `utc`.
QDate mondayOf(qint64 utc);
// Hours of [from, to) covered by the union of `intervals`.
double coveredHours(QList<std::pair<qint64, qint64>> intervals, qint64 from, qint64 to);
// Whether the release's first production deployment was followed, within the feedback
// window, by an incident correlated with it (rules/IncidentCorrelation). `byName`: the
// incidents keyed by folded service and configuration item name, each list oldest first.
bool hasCorrelatedIncident(const ServiceReportFacts::Release& release,
                           const QHash<QString, QList<const Incident*>>& byName);
// Incidents keyed by their folded service and configuration item names, oldest first.
QHash<QString, QList<const Incident*>> incidentsByName(const QList<Incident>& incidents);
// People of a team available in the week from `monday`: at least one working day not lost to
// leave (a day is lost when leave covers 12 hours or more of it, UTC).
int availablePeople(const QList<ServiceReportFacts::Person>& people, const QString& team,
                    QDate monday);

} // namespace report

// The report for `query` from `facts`: pure arithmetic, no I/O.
ServiceReport computeServiceReport(const ServiceReportQuery& query,
                                   const ServiceReportFacts& facts);

} // namespace slipway
