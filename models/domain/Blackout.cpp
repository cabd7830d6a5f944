// SPDX-License-Identifier: GPL-3.0-or-later
#include "Blackout.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QJsonObject toJson(const Blackout& b) {
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    QJsonArray exdates, services;
    for (qint64 e : b.exdates)
        exdates.append(iso(e));
    for (qint64 s : b.serviceIds)
        services.append(s);
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("name"), b.name},
        {QStringLiteral("reason"), b.reason},
        {QStringLiteral("start"), iso(b.startUtc)},
        {QStringLiteral("end"), iso(b.endUtc)},
        {QStringLiteral("zone"), b.zone},
        {QStringLiteral("rrule"), b.rrule},
        {QStringLiteral("exdates"), exdates},
        {QStringLiteral("severity"), b.hard ? QStringLiteral("hard") : QStringLiteral("soft")},
        {QStringLiteral("all_services"), b.allServices},
        {QStringLiteral("service_ids"), services},
        {QStringLiteral("ical_uid"), b.icalUid},
        {QStringLiteral("row_version"), b.rowVersion},
    };
}

} // namespace slipway
