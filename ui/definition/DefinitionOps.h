// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Assumption.h"
#include "domain/ExitCriterion.h"
#include "domain/RiskAssessment.h"
#include "domain/SuccessMetric.h"
#include "undo/ChangeRecordCommand.h"

namespace slipway {
class Document;
}

namespace slipway::ui {

// How the release-definition commands reach the document's services.
RecordOps<ExitCriterion> exitCriterionOps(Document& document);
RecordOps<Assumption> assumptionOps(Document& document);
RecordOps<SuccessMetric> successMetricOps(Document& document);
RecordOps<RiskAssessment> riskAssessmentOps(Document& document);

} // namespace slipway::ui
