// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace slipway {

// What the deployment-pattern guide asks. Each answer has a "don't know" (nullopt-like
// Unknown) so a half-answered guide still recommends, with lower confidence.
struct PatternAnswers {
    enum class Tri { Unknown, Yes, No };
    Tri stateless = Tri::Unknown;                // the service keeps no state of its own
    Tri behindLoadBalancer = Tri::Unknown;       // traffic can be shifted between instances
    Tri schemaBackwardCompatible = Tri::Unknown; // old and new versions can share the data
    Tri spareCapacity = Tri::Unknown;            // room to run two full versions side by side
    enum class Speed { Unknown, Seconds, Minutes, Hours };
    Speed rollbackSpeed = Speed::Unknown; // how fast a rollback must take effect
    enum class Impact { Unknown, None, Some, Tolerated };
    Impact userImpact = Impact::Unknown; // what users may notice

    QJsonObject toJson() const;                           // stable keys, for runbooks.guide_answers
    static PatternAnswers fromJson(const QJsonObject& o); // unknown keys ignored
};

struct PatternAssessment {
    DeploymentPattern pattern = DeploymentPattern::BigBang;
    int score = 0;         // higher fits better
    bool possible = true;  // false: an answer rules it out (e.g. no load balancer for canary)
    QStringList reasons;   // why it fits, one line each
    QStringList tradeOffs; // what it costs or risks with these answers
};

struct PatternRecommendation {
    DeploymentPattern recommended = DeploymentPattern::BigBang;
    QList<PatternAssessment> assessments; // every pattern, best first
    int unanswered = 0;                   // questions left at Unknown
    QString rationale() const;            // a paragraph: the pick, its reasons, why not the others
};

// Recommends blue-green, canary, rolling or big bang from the answers. Deterministic; a tie
// goes to the pattern with the cheaper rollback.
PatternRecommendation recommendPattern(const PatternAnswers& answers);

} // namespace slipway
