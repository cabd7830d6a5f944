// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateEvaluator.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace slipway::GateEvaluator {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateEvaluator)
};

QString number(double v) {
    return QLocale::c().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

QString day(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd"));
}

constexpr const char* kSeverities[] = {"none", "low", "medium", "high", "critical"};

int severityRank(const QString& key) {
    for (int i = 0; i < 5; ++i)
        if (key == QLatin1String(kSeverities[i]))
            return i;
    return 3;
}

int intCount(const CriterionEvidence& e, const char* key) {
    return e.counts.value(QLatin1String(key)).toInt();
}

CriterionVerdict measure(const GateCriterion& c) {
    const CriterionSpec& s = c.spec;
    CriterionVerdict v;
    switch (s.kind) {
    case CriterionKind::TestPassRate: {
        if (!c.evidence)
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("No JUnit XML report imported yet."), 0};
        const CriterionEvidence& e = *c.evidence;
        const double need = s.threshold.value_or(100);
        const QString counts = Text::tr("%1 tests: %2 failures, %3 errors, %4 skipped")
                                   .arg(intCount(e, "tests"))
                                   .arg(intCount(e, "failures"))
                                   .arg(intCount(e, "errors"))
                                   .arg(intCount(e, "skipped") + intCount(e, "disabled"));
        if (!e.measured) {
            v.status = GateStatus::Failed;
            v.reason =
                Text::tr("No test ran (%1); at least %2 % must pass.").arg(counts, number(need));
        } else if (*e.measured + 1e-9 >= need) {
            v.status = GateStatus::Passed;
            v.reason = Text::tr("%1 % passed (%2); at least %3 % needed.")
                           .arg(number(*e.measured), counts, number(need));
        } else {
            v.status = GateStatus::Failed;
            v.reason = Text::tr("Only %1 % passed (%2); at least %3 % needed.")
                           .arg(number(*e.measured), counts, number(need));
        }
        break;
    }
    case CriterionKind::Security: {
        if (!c.evidence)
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("No SARIF log imported yet."), 0};
        const int floor = severityRank(s.severity);
        int atOrAbove = 0, below = 0;
        for (int i = 0; i < 5; ++i)
            (i >= floor ? atOrAbove : below) += c.findings.open[i];
        QStringList apart;
        if (below > 0)
            apart << Text::tr("%1 lower").arg(below);
        if (c.findings.suppressed > 0)
            apart << Text::tr("%1 suppressed in the file").arg(c.findings.suppressed);
        if (c.findings.falsePositive > 0)
            apart << Text::tr("%1 marked false positive").arg(c.findings.falsePositive);
        const QString detail =
            apart.isEmpty() ? QString() : QStringLiteral(" (") + apart.join(u", ") + u')';
        if (atOrAbove == 0) {
            v.status = GateStatus::Passed;
            v.reason =
                Text::tr("No open finding of %1 severity or above%2.").arg(s.severity, detail);
        } else {
            v.status = GateStatus::Failed;
            v.reason = (atOrAbove == 1
                            ? Text::tr("1 open finding of %1 severity or above")
                            : Text::tr("%1 open findings of %2 severity or above").arg(atOrAbove))
                           .arg(s.severity) +
                       detail + u'.';
        }
        break;
    }
    case CriterionKind::Benchmark: {
        if (!c.evidence || !c.evidence->measured)
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("No benchmark results imported yet."), 0};
        const double value = *c.evidence->measured;
        const double limit = s.threshold.value_or(0);
        const bool ok = s.comparator == u">=" ? value >= limit : value <= limit;
        v.status = ok ? GateStatus::Passed : GateStatus::Failed;
        v.reason = (ok ? Text::tr("%1 is %2 %3, within %4 %5 %3.")
                       : Text::tr("%1 is %2 %3, not %4 %5 %3."))
                       .arg(s.metric, QLocale::c().toString(value, 'g', 6), s.unit, s.comparator,
                            QLocale::c().toString(limit, 'g', 6));
        v.reason.replace(QStringLiteral("  "), QStringLiteral(" "));
        v.reason.replace(QStringLiteral(" ,"), QStringLiteral(","));
        v.reason.replace(QStringLiteral(" ."), QStringLiteral("."));
        break;
    }
    case CriterionKind::Manual:
        if (c.checkedBy.isEmpty())
            return {GateStatus::Pending, GateStatus::Pending, Text::tr("Not ticked yet."), 0};
        v.status = GateStatus::Passed;
        v.reason = Text::tr("Ticked by %1 on %2.").arg(c.checkedBy, day(c.checkedAt));
        break;
    case CriterionKind::Approval:
        if (c.checkedBy.isEmpty())
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("Waiting for approval by someone with the %1 role.").arg(s.role), 0};
        v.status = GateStatus::Passed;
        v.reason =
            Text::tr("Approved by %1 (%2) on %3.").arg(c.checkedBy, s.role, day(c.checkedAt));
        break;
    case CriterionKind::ContractTests: {
        if (!c.evidence)
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("No JUnit XML report of contract tests imported yet."), 0};
        const CriterionEvidence& e = *c.evidence;
        const int tests = intCount(e, "tests");
        const int failed = intCount(e, "failures") + intCount(e, "errors");
        const int skipped = intCount(e, "skipped") + intCount(e, "disabled");
        if (tests - skipped <= 0) {
            v.status = GateStatus::Failed;
            v.reason = Text::tr("No contract test ran (%1 in the report, %2 skipped).")
                           .arg(tests)
                           .arg(skipped);
        } else if (failed == 0) {
            v.status = GateStatus::Passed;
            v.reason = Text::tr("All %1 contract tests passed (%2 skipped).")
                           .arg(tests - skipped)
                           .arg(skipped);
        } else {
            v.status = GateStatus::Failed;
            v.reason = Text::tr("%1 of %2 contract tests failed or erred.")
                           .arg(failed)
                           .arg(tests - skipped);
        }
        break;
    }
    case CriterionKind::ArtifactIntegrity: {
        const ArtifactTally& a = c.artifacts;
        if (a.total == 0)
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("The release has no artifacts registered: nothing to verify."), 0};
        if (!a.failing.isEmpty()) {
            v.status = GateStatus::Failed;
            v.reason = Text::tr("%1 of %2 artifacts fail verification: %3.")
                           .arg(a.failing.size())
                           .arg(a.total)
                           .arg(a.failing.mid(0, 3).join(QStringLiteral("; ")));
        } else if (!a.unchecked.isEmpty()) {
            return {GateStatus::Pending, GateStatus::Pending,
                    Text::tr("%1 of %2 artifacts not verified yet: %3.")
                        .arg(a.unchecked.size())
                        .arg(a.total)
                        .arg(a.unchecked.mid(0, 3).join(QStringLiteral(", "))),
                    0};
        } else {
            v.status = GateStatus::Passed;
            v.reason = Text::tr("All %1 artifacts verified.").arg(a.total);
        }
        break;
    }
    }
    v.measured = v.status;
    return v;
}

// What an unapproved or expired waiver adds to a reason, so it is never silent.
QString waiverNote(const GateWaiver& w, const QDateTime& now) {
    if (!w.isApproved())
        return Text::tr(" A waiver requested by %1 awaits approval.").arg(w.requestedBy);
    if (w.isExpired(now))
        return Text::tr(" The waiver approved by %1 expired on %2.")
            .arg(w.approvedBy, day(w.expiresAt));
    return {};
}

} // namespace

CriterionVerdict evaluate(const GateCriterion& criterion, const QList<GateWaiver>& waivers,
                          const QDateTime& now) {
    CriterionVerdict v = measure(criterion);
    if (v.status == GateStatus::Passed)
        return v;
    for (const GateWaiver& w : waivers) {
        if (w.criterionId != criterion.id)
            continue;
        if (w.isActive(now)) {
            v.status = GateStatus::Waived;
            v.waiverId = w.id;
            v.reason = Text::tr("Waived until %1, approved by %2: %3 (was: %4)")
                           .arg(day(w.expiresAt), w.approvedBy, w.reason, v.reason);
            return v;
        }
        v.reason += waiverNote(w, now);
    }
    return v;
}

GateVerdict evaluate(const ReleaseGate& gate, const QDateTime& now) {
    GateVerdict g;
    g.total = int(gate.criteria.size());
    QStringList failed, pending;
    bool anyWaived = false;
    for (const GateCriterion& c : gate.criteria) {
        CriterionVerdict v = evaluate(c, gate.waivers, now);
        switch (v.status) {
        case GateStatus::Passed:
            ++g.settled;
            break;
        case GateStatus::Waived:
            ++g.settled;
            anyWaived = true;
            break;
        case GateStatus::Failed:
            failed << c.spec.name;
            break;
        case GateStatus::Pending:
            pending << c.spec.name;
            break;
        }
        g.criteria.append(std::move(v));
    }
    QString notes;
    for (const GateWaiver& w : gate.waivers) {
        if (w.criterionId != 0)
            continue;
        if (w.isActive(now)) {
            g.status = GateStatus::Waived;
            g.waiverId = w.id;
            g.reason = Text::tr("The whole gate is waived until %1, approved by %2: %3")
                           .arg(day(w.expiresAt), w.approvedBy, w.reason);
            return g;
        }
        notes += waiverNote(w, now);
    }
    if (!failed.isEmpty()) {
        g.status = GateStatus::Failed;
        g.reason = Text::tr("Failing: %1.").arg(failed.join(QStringLiteral(", ")));
    } else if (!pending.isEmpty()) {
        g.status = GateStatus::Pending;
        g.reason = Text::tr("Waiting for: %1.").arg(pending.join(QStringLiteral(", ")));
    } else if (anyWaived) {
        g.status = GateStatus::Waived;
        g.reason = Text::tr("Passed with waived criteria.");
    } else {
        g.status = GateStatus::Passed;
        g.reason =
            g.total == 0 ? Text::tr("No criteria to meet.") : Text::tr("Every criterion passed.");
    }
    g.reason += notes;
    return g;
}

PromotionCheck nextPromotion(const QList<ReleaseGate>& gates, const QDateTime& now) {
    QList<const ReleaseGate*> ordered;
    for (const ReleaseGate& g : gates)
        ordered.append(&g);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const ReleaseGate* a, const ReleaseGate* b) { return a->position < b->position; });
    PromotionCheck check;
    int next = -1;
    for (int i = 0; i < ordered.size(); ++i) {
        if (!ordered[i]->isPromoted()) {
            next = i;
            break;
        }
    }
    if (next < 0) {
        check.reason = ordered.isEmpty()
                           ? Text::tr("The release has no gates.")
                           : Text::tr("The release has been promoted through every gate.");
        return check;
    }
    // Index into the caller's list, not the sorted one.
    check.gateIndex = int(ordered[next] - gates.constData());
    QStringList blocking;
    for (int i = 0; i <= next; ++i) {
        const GateVerdict v = evaluate(*ordered[i], now);
        if (v.status == GateStatus::Failed || v.status == GateStatus::Pending)
            blocking << Text::tr("%1 is %2").arg(ordered[i]->name, displayName(v.status).toLower());
    }
    if (!blocking.isEmpty()) {
        check.reason =
            Text::tr("Cannot promote to %1: %2.")
                .arg(ordered[next]->stage.isEmpty() ? ordered[next]->name : ordered[next]->stage,
                     blocking.join(QStringLiteral("; ")));
        return check;
    }
    check.allowed = true;
    check.reason =
        Text::tr("%1 is through; the release may move to %2.")
            .arg(ordered[next]->name, ordered[next]->stage.isEmpty() ? Text::tr("the next stage")
                                                                     : ordered[next]->stage);
    return check;
}

std::optional<QString> escalation(const ReleaseGate& gate, const GateVerdict& verdict,
                                  const QDateTime& now) {
    const bool overdue = gate.dueAt.isValid() && gate.dueAt < now;
    switch (verdict.status) {
    case GateStatus::Failed:
        if (overdue)
            return Text::tr("Failing past its due date %1. %2")
                .arg(day(gate.dueAt), verdict.reason);
        return std::nullopt;
    case GateStatus::Pending:
        if (overdue && !gate.isPromoted())
            return Text::tr("Still pending past its due date %1. %2")
                .arg(day(gate.dueAt), verdict.reason);
        return std::nullopt;
    case GateStatus::Waived: {
        QStringList parts{verdict.reason};
        for (int i = 0; i < verdict.criteria.size() && i < gate.criteria.size(); ++i)
            if (verdict.criteria[i].status == GateStatus::Waived)
                parts << Text::tr("%1: %2").arg(gate.criteria[i].spec.name,
                                                verdict.criteria[i].reason);
        return Text::tr("Waived. ") + parts.join(u' ');
    }
    case GateStatus::Passed:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace slipway::GateEvaluator
