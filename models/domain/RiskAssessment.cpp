// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskAssessment.h"

#include <algorithm>

namespace slipway {

QJsonObject toJson(const RiskAssessment& a) {
    const RiskAnswers& q = a.answers;
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("release_id"), a.releaseId},
        {QStringLiteral("users_affected"), toKey(q.users)},
        {QStringLiteral("services_affected"), q.servicesAffected},
        {QStringLiteral("data_migration"), toKey(q.dataMigration)},
        {QStringLiteral("rollback"), toKey(q.rollback)},
        {QStringLiteral("regulatory"), toKey(q.regulatory)},
        {QStringLiteral("window_minutes"), q.windowMinutes},
        {QStringLiteral("novelty"), toKey(q.novelty)},
        {QStringLiteral("urgent"), q.urgent},
        {QStringLiteral("score"), a.score},
        {QStringLiteral("risk_level"), toKey(a.level)},
        {QStringLiteral("suggested_type"), toKey(a.suggestedType)},
        {QStringLiteral("override_type"),
         a.overrideType ? QJsonValue(toKey(*a.overrideType)) : QJsonValue()},
        {QStringLiteral("override_reason"), a.overrideReason},
        {QStringLiteral("row_version"), a.rowVersion},
    };
}

QJsonObject toJson(const RiskAnswers& q) {
    return QJsonObject{
        {QStringLiteral("users_affected"), toKey(q.users)},
        {QStringLiteral("services_affected"), q.servicesAffected},
        {QStringLiteral("data_migration"), toKey(q.dataMigration)},
        {QStringLiteral("rollback"), toKey(q.rollback)},
        {QStringLiteral("regulatory"), toKey(q.regulatory)},
        {QStringLiteral("window_minutes"), q.windowMinutes},
        {QStringLiteral("novelty"), toKey(q.novelty)},
        {QStringLiteral("urgent"), q.urgent},
    };
}

std::optional<RiskAnswers> riskAnswersFromJson(const QJsonObject& json) {
    const auto text = [&](const char* key) {
        return json.value(QLatin1String(key)).toString();
    };
    const auto users = usersAffectedFromKey(text("users_affected"));
    const auto data = dataMigrationFromKey(text("data_migration"));
    const auto rollback = rollbackComplexityFromKey(text("rollback"));
    const auto regulatory = regulatoryExposureFromKey(text("regulatory"));
    const auto novelty = noveltyFromKey(text("novelty"));
    const QJsonValue services = json.value(QStringLiteral("services_affected"));
    const QJsonValue window = json.value(QStringLiteral("window_minutes"));
    if (!users || !data || !rollback || !regulatory || !novelty || !services.isDouble() ||
        !window.isDouble())
        return std::nullopt;
    RiskAnswers a;
    a.users = *users;
    a.servicesAffected = std::max(0, services.toInt());
    a.dataMigration = *data;
    a.rollback = *rollback;
    a.regulatory = *regulatory;
    a.windowMinutes = std::max(0, window.toInt());
    a.novelty = *novelty;
    a.urgent = json.value(QStringLiteral("urgent")).toBool();
    return a;
}

} // namespace slipway
