// SPDX-License-Identifier: GPL-3.0-or-later
#include "DefinitionOps.h"

#include "services/AssumptionService.h"
#include "services/Document.h"
#include "services/ExitCriteriaService.h"
#include "services/RiskAssessmentService.h"
#include "services/SuccessMetricService.h"

namespace slipway::ui {

RecordOps<ExitCriterion> exitCriterionOps(Document& document) {
    ExitCriteriaService& s = document.exitCriteria();
    RecordOps<ExitCriterion> ops;
    ops.find = [&s](qint64 id) {
        return s.find(id);
    };
    ops.create = [&s](const ExitCriterion& e) {
        return s.add(e.releaseId, e.text);
    };
    ops.update = [&s](const ExitCriterion& e) {
        return s.update(e);
    };
    ops.restore = [&s](const ExitCriterion& e) {
        return s.restore(e);
    };
    ops.remove = [&s](qint64 id, qint64 version) {
        return s.remove(id, version);
    };
    return ops;
}

RecordOps<Assumption> assumptionOps(Document& document) {
    return serviceOps<Assumption>(document.assumptions());
}

RecordOps<SuccessMetric> successMetricOps(Document& document) {
    return serviceOps<SuccessMetric>(document.successMetrics());
}

RecordOps<RiskAssessment> riskAssessmentOps(Document& document) {
    RiskAssessmentService& s = document.riskAssessments();
    RecordOps<RiskAssessment> ops;
    ops.find = [&s](qint64 id) {
        return s.find(id);
    };
    ops.create = [&s](const RiskAssessment& a) {
        RiskAssessment fresh = a;
        fresh.id = 0;
        fresh.rowVersion = 0;
        return s.save(fresh);
    };
    ops.update = [&s](const RiskAssessment& a) {
        return s.save(a);
    };
    ops.restore = [&s](const RiskAssessment& a) {
        return s.save(a);
    };
    ops.remove = [&s](qint64 id, qint64 version) {
        return s.remove(id, version);
    };
    return ops;
}

} // namespace slipway::ui
