// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// What the service report covers: a period, and optionally one service or one team.
struct ServiceReportQuery {
    qint64 fromUtc = 0; // [fromUtc, toUtc)
    qint64 toUtc = 0;
    qint64 serviceId = 0; // 0: every service
    qint64 teamId = 0;    // 0: every team
};

// How releases affected a service (or a team's services) over a period. The definitions
// follow the DORA metrics where they apply; the README states each one.
struct ServiceReport {
    ServiceReportQuery query;
    QString scopeLabel; // "Payments API", "Team Payments" or "All services"

    // Deployment frequency: first production deployments of releases in the period.
    int deployments = 0;
    double deploymentsPerWeek = 0;
    struct Week {
        QDate monday;
        int deployments = 0;
        int failed = 0; // counted in change failure rate
    };
    QList<Week> weeks; // every week of the period, oldest first, empty weeks included

    // Lead time for changes: a scope item committed → its release's first production
    // deployment, in hours.
    int leadTimeItems = 0;
    std::optional<double> leadTimeMedianHours;
    std::optional<double> leadTimeP90Hours;

    // Change failure rate: deployments followed by a correlated incident or rolled back,
    // over all deployments.
    int failedDeployments = 0;
    std::optional<double> changeFailureRate; // 0..1; none without deployments

    // Time to restore: an incident opened → resolved, in hours (resolved incidents only).
    int incidents = 0;
    int resolvedIncidents = 0;
    std::optional<double> restoreMedianHours;
    std::optional<double> restoreP90Hours;

    // Availability: 1 − outage minutes / minutes in the period (per service, averaged over
    // the services in scope).
    int outageMinutes = 0;
    std::optional<double> availability; // 0..1

    // Changes by risk and by type: releases deployed in the period.
    struct Count {
        QString label;
        int count = 0;
    };
    QList<Count> byRisk;
    QList<Count> byType;

    // Capacity: changes per team and week against the team's capacity, and environment
    // booking hours against available hours.
    struct TeamWeek {
        QString team;
        QDate monday;
        int changes = 0;
        int capacity = 0; // changes the team can take that week; 0 when unknown
    };
    QList<TeamWeek> teamWeeks;
    struct EnvironmentUse {
        QString environment;
        double bookedHours = 0;
        double availableHours = 0;
    };
    QList<EnvironmentUse> environments;
};

} // namespace slipway
