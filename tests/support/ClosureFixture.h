// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseEnums.h"

#include <QString>

namespace slipway {
class Database;
class Document;
} // namespace slipway

namespace slipway::test {

// A release after its window, as the review and closure tests start from: “Payments API 2.4.0”,
// a version of Payments API (service 1, its product) that also changes Checkout Web (service 2),
// its window from an hour before `deployedAt`, deployed to Production (environment 1) at
// `deployedAt` as `outcome` ("succeeded", "rolled_back"), its status following. The guards of
// earlier statuses (approval, gates, exit criteria) are let past by approved overrides. Rows of
// other services are written with SQL, as they would have stored them. Gives the release's id;
// a row that cannot be written fails the test and gives 0.
qint64 deployedRelease(Document& doc, qint64 deployedAt, ReleaseType type = ReleaseType::Minor,
                       const QString& changeTicket = {},
                       const QString& outcome = QStringLiteral("succeeded"));

// What closing needs besides the review: one check of the product, failing once then passing;
// the five checklist items settled; a success metric with its actual.
void meetClosure(Database& db, qint64 releaseId, qint64 deployedAt);

// The release's runbook and its run around the deployment: steps S1 “Drain node” (10 min) and
// S2 “Switch traffic” (5 min after S1; its owner a person, Olga Petrova), the run started at the
// window's start by login “olga”, S1 done on time, a go at S2, S2 done 12 minutes late, a
// trigger fired, the run ended (succeeded) at `deployedAt`.
void addRun(Database& db, qint64 releaseId, qint64 deployedAt);

} // namespace slipway::test
