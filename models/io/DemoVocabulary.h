// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace slipway::demo {

// The words demo data is made of, so generated files read like a real release calendar.

struct PersonSeed {
    QString name;
    QString handle; // what the audit log shows as the actor
    QString zone;
    int team = 0; // index into the team list
    QStringList roles;
};

struct TeamSeed {
    QString name;
    QString keyPrefix; // scope items' external keys ("PAY-1042")
};

struct ServiceSeed {
    QString name;
    int team = 0;
};

// The small, hand-written organisation: 3 teams, 8 services, 12 people in 7 zones.
QList<TeamSeed> smallTeams();
QList<ServiceSeed> smallServices();
QList<PersonSeed> smallPeople();

// Building blocks for the large organisation.
QList<TeamSeed> largeTeams(); // 12 teams
QStringList serviceStems();   // 15 stems × serviceSuffixes() = 60 services
QStringList serviceSuffixes();
QStringList firstNames();
QStringList lastNames();
QStringList timeZones();

QStringList objectives();
QStringList stakeholders();
QStringList featureObjects();
QStringList fixProblems();
QStringList componentNames();
QStringList libraries();
QStringList regulations();

} // namespace slipway::demo
