// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Gate.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// A criterion's status and why, in words a release manager and an auditor can follow.
struct CriterionVerdict {
    GateStatus status = GateStatus::Pending;
    GateStatus measured = GateStatus::Pending; // before any waiver
    QString reason;
    qint64 waiverId = 0; // the waiver that decided it, if any
};

struct GateVerdict {
    GateStatus status = GateStatus::Pending;
    QString reason;
    int settled = 0; // criteria passed or waived
    int total = 0;
    qint64 waiverId = 0;              // a whole-gate waiver that decided it, if any
    QList<CriterionVerdict> criteria; // in the gate's order
};

// Whether the release may move through its next gate, and if not, what holds it.
struct PromotionCheck {
    bool allowed = false;
    int gateIndex = -1; // the next gate to promote through; -1: through every gate already
    QString reason;
};

// Pure rules of quality gates: evaluation, promotion and escalation. No storage, no clock:
// the caller says what "now" is.
namespace GateEvaluator {

CriterionVerdict evaluate(const GateCriterion& criterion, const QList<GateWaiver>& waivers,
                          const QDateTime& now);
GateVerdict evaluate(const ReleaseGate& gate, const QDateTime& now);

// Gates are taken in position order; promotion goes through the first one not yet promoted,
// and only when it and every earlier gate have passed or are waived.
PromotionCheck nextPromotion(const QList<ReleaseGate>& gates, const QDateTime& now);

// Why the CAB must hear of this gate: failing or still pending past its due date, or waived
// (whole or in part). Nothing when it needs no escalation.
std::optional<QString> escalation(const ReleaseGate& gate, const GateVerdict& verdict,
                                  const QDateTime& now);

} // namespace GateEvaluator

} // namespace slipway
