// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QString toKey(Availability::Kind kind) {
    return kind == Availability::Kind::Leave ? QStringLiteral("leave") : QStringLiteral("on_call");
}

QStringList personRoleKeys() {
    return {QStringLiteral("development"),     QStringLiteral("qa"),
            QStringLiteral("operations"),      QStringLiteral("security"),
            QStringLiteral("release_manager"), QStringLiteral("cab"),
            QStringLiteral("service_owner")};
}

QStringList requiredRoleKeys() {
    return {QStringLiteral("development"), QStringLiteral("qa"), QStringLiteral("operations"),
            QStringLiteral("security")};
}

QJsonObject toJson(const Person& p) {
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("login"), p.login},
        {QStringLiteral("time_zone"), p.zone},
        {QStringLiteral("team_id"), p.teamId > 0 ? QJsonValue(p.teamId) : QJsonValue()},
        {QStringLiteral("work_start_min"), p.workStartMin},
        {QStringLiteral("work_end_min"), p.workEndMin},
        {QStringLiteral("work_days"), p.workDays},
        {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)},
        {QStringLiteral("row_version"), p.rowVersion},
    };
}

QJsonObject toJson(const Availability& a) {
    const auto iso = [](qint64 secs) {
        return QDateTime::fromSecsSinceEpoch(secs, Qt::UTC).toString(Qt::ISODate);
    };
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("person_id"), a.personId},
        {QStringLiteral("kind"), toKey(a.kind)},
        {QStringLiteral("start"), iso(a.startUtc)},
        {QStringLiteral("end"), iso(a.endUtc)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

} // namespace slipway
