// SPDX-License-Identifier: GPL-3.0-or-later
#include "Freeze.h"

#include <QDateTime>

namespace slipway {

QJsonObject toJson(const FreezePeriod& f) {
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("id"), f.id},
        {QStringLiteral("name"), f.name},
        {QStringLiteral("reason"), f.reason},
        {QStringLiteral("incident_ref"), f.incidentRef},
        {QStringLiteral("start"), iso(f.startUtc)},
        {QStringLiteral("end"), iso(f.endUtc)},
        {QStringLiteral("ical_uid"), f.icalUid},
        {QStringLiteral("row_version"), f.rowVersion},
    };
}

} // namespace slipway
