// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/RiskTypes.h"

namespace slipway {

struct ChangeRequest;

// Pure rules: the same answers always give the same result.
class RiskClassifier {
public:
    static constexpr int kMaxScore = 100;
    static RiskAssessmentResult classify(const RiskAnswers& answers);
    static PlanningRigour rigourFor(RiskLevel level, ReleaseType type,
                                    RegulatoryExposure regulatory);
    // Answers a change's risk questionnaire: stores the answers and takes the score, level
    // and what drove them from classify(), so the three always agree.
    static void assess(ChangeRequest& change, const RiskAnswers& answers);
    // Re-assesses a change whose stored answers are a complete questionnaire; false otherwise.
    static bool reassess(ChangeRequest& change);
};

} // namespace slipway
