// SPDX-License-Identifier: GPL-3.0-or-later
#include "LifecycleOverride.h"

#include <QDateTime>
#include <QJsonValue>

namespace slipway {

QJsonObject toJson(const LifecycleOverride& o) {
    const auto iso = [](qint64 secs) {
        return secs > 0
                   ? QJsonValue(QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate))
                   : QJsonValue();
    };
    return QJsonObject{
        {QStringLiteral("id"), o.id},
        {QStringLiteral("release_id"), o.releaseId},
        {QStringLiteral("guard"), o.guard},
        {QStringLiteral("reason"), o.reason},
        {QStringLiteral("requested_by"), o.requestedBy},
        {QStringLiteral("requested_at"), iso(o.requestedAt)},
        {QStringLiteral("approved_by"), o.approvedBy},
        {QStringLiteral("approved_at"), iso(o.approvedAt)},
        {QStringLiteral("settled_by"), o.settledBy},
        {QStringLiteral("settled_at"), iso(o.settledAt)},
        {QStringLiteral("settlement"), o.settlement},
        {QStringLiteral("row_version"), o.rowVersion},
    };
}

} // namespace slipway
