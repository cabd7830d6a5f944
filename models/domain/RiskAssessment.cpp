// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskAssessment.h"

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

} // namespace slipway
