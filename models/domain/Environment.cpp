// SPDX-License-Identifier: GPL-3.0-or-later
#include "Environment.h"

#include <QDateTime>

namespace slipway {

QJsonObject toJson(const Environment& e) {
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("name"), e.name},
        {QStringLiteral("kind"), e.kind},
        {QStringLiteral("shared"), e.shared},
        {QStringLiteral("row_version"), e.rowVersion},
    };
}

QJsonObject toJson(const Booking& b) {
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("id"), b.id},
        {QStringLiteral("environment_id"), b.environmentId},
        {QStringLiteral("release_id"), b.releaseId > 0 ? QJsonValue(b.releaseId) : QJsonValue()},
        {QStringLiteral("label"), b.label},
        {QStringLiteral("start"), iso(b.startUtc)},
        {QStringLiteral("end"), iso(b.endUtc)},
        {QStringLiteral("row_version"), b.rowVersion},
    };
}

} // namespace slipway
