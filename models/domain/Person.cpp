// SPDX-License-Identifier: GPL-3.0-or-later
#include "Person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace slipway {

QString toKey(Availability::Kind kind) {
    return kind == Availability::Kind::Leave ? QStringLiteral("leave") : QStringLiteral("on_call");
}

QStringList personRoleKeys() {
    return {QStringLiteral("development"),     QStringLiteral("qa"),
            QStringLiteral("operations"),      QStringLiteral("security"),
            QStringLiteral("release_manager"), QStringLiteral("cab"),
            QStringLiteral("service_owner"),   QStringLiteral("deployer")};
}

QString personRoleName(const QString& key) {
    static const QHash<QString, const char*> names{
        {QStringLiteral("development"), QT_TRANSLATE_NOOP("PersonRole", "Development")},
        {QStringLiteral("qa"), QT_TRANSLATE_NOOP("PersonRole", "QA")},
        {QStringLiteral("operations"), QT_TRANSLATE_NOOP("PersonRole", "Operations")},
        {QStringLiteral("security"), QT_TRANSLATE_NOOP("PersonRole", "Security")},
        {QStringLiteral("release_manager"), QT_TRANSLATE_NOOP("PersonRole", "Release manager")},
        {QStringLiteral("cab"), QT_TRANSLATE_NOOP("PersonRole", "CAB member")},
        {QStringLiteral("service_owner"), QT_TRANSLATE_NOOP("PersonRole", "Service owner")},
        {QStringLiteral("deployer"), QT_TRANSLATE_NOOP("PersonRole", "Deployer")},
    };
    if (const char* name = names.value(key))
        return QCoreApplication::translate("PersonRole", name);
    return QString(key).replace(u'_', u' ');
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
