// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace slipway {

// A period in which releases should not (soft) or must not (hard) deploy, one-off or
// recurring by an RFC 5545 RRULE expanded in `zone`.
struct Blackout {
    qint64 id = 0;
    QString name;
    QString reason;
    qint64 startUtc = 0; // the first occurrence
    qint64 endUtc = 0;
    QString zone = QStringLiteral("UTC");
    QString rrule;         // empty: one-off
    QList<qint64> exdates; // occurrence starts left out, UTC seconds
    bool hard = true;
    bool allServices = true;
    QList<qint64> serviceIds; // when not all services
    QString icalUid;          // set when imported from a calendar
    qint64 rowVersion = 0;
};

// The audit log's picture of a blackout.
QJsonObject toJson(const Blackout& blackout);

} // namespace slipway
