// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RiskTypes.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace slipway {

// A release's saved questionnaire, what the classifier made of it, and the type the
// release manager chose instead (never without a reason).
struct RiskAssessment {
    qint64 id = 0;
    qint64 releaseId = 0;
    RiskAnswers answers;
    int score = 0;
    RiskLevel level = RiskLevel::Low;
    ReleaseType suggestedType = ReleaseType::Patch;
    std::optional<ReleaseType> overrideType;
    QString overrideReason;
    QString overriddenBy;
    QDateTime overriddenAt; // UTC
    QString assessedBy;     // who saved it last
    QDateTime assessedAt;   // UTC
    qint64 rowVersion = 0;

    // The type the release should carry: the override when there is one.
    ReleaseType effectiveType() const { return overrideType.value_or(suggestedType); }
};

QJsonObject toJson(const RiskAssessment& assessment);

// The questionnaire alone, under the same keys as a saved assessment ("users_affected",
// "services_affected", "data_migration", "rollback", "regulatory", "window_minutes",
// "novelty", "urgent"); a change request keeps its answers so.
QJsonObject toJson(const RiskAnswers& answers);
// The answers back, or nothing when `json` is not a complete questionnaire.
std::optional<RiskAnswers> riskAnswersFromJson(const QJsonObject& json);

} // namespace slipway
