// SPDX-License-Identifier: GPL-3.0-or-later
#include "GateRigour.h"

#include "ApprovalRules.h"

#include <QCoreApplication>

namespace slipway::GateRigour {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(GateRigour)
};

// The gate a rigour key asks for, as a template would define it.
GateTemplate gateFor(const QString& key) {
    GateTemplate g;
    CriterionSpec c;
    if (key == u"development-complete") {
        g.name = Text::tr("Development complete");
        g.stage = QStringLiteral("QA");
        g.dueDays = 7;
        c.name = Text::tr("Unit tests");
        c.kind = CriterionKind::TestPassRate;
        c.threshold = 100;
    } else if (key == u"qa") {
        g.name = Text::tr("QA sign-off");
        g.stage = QStringLiteral("Staging");
        g.dueDays = 3;
        c.name = Text::tr("QA approval");
        c.kind = CriterionKind::Approval;
        c.role = QStringLiteral("qa");
    } else if (key == u"staging") {
        g.name = Text::tr("Staging verified");
        g.stage = QStringLiteral("CAB");
        g.dueDays = 2;
        c.name = Text::tr("Smoke tests");
        c.kind = CriterionKind::TestPassRate;
        c.threshold = 100;
    } else if (key == u"security") {
        g.name = Text::tr("Security review");
        g.stage = QStringLiteral("CAB");
        g.dueDays = 2;
        c.name = Text::tr("Security scan");
        c.kind = CriterionKind::Security;
        c.severity = QStringLiteral("medium");
    } else if (key == u"cab") {
        g.name = Text::tr("CAB approval");
        g.stage = QStringLiteral("Production");
        g.dueDays = 1;
        c.name = Text::tr("CAB approval");
        c.kind = CriterionKind::Approval;
        c.role = QStringLiteral("cab");
    } else {
        return {};
    }
    g.criteria << c;
    return g;
}

bool hasGate(const QList<GateTemplate>& gates, const QString& name) {
    for (const GateTemplate& g : gates)
        if (g.name.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

// Where a gate lets the release in, in pipeline order; an unknown stage counts as the first.
int stageOrder(const QString& stage) {
    static const QStringList order{QStringLiteral("QA"), QStringLiteral("Staging"),
                                   QStringLiteral("CAB"), QStringLiteral("Production")};
    return int(order.indexOf(stage));
}

int severityOrder(const QString& severity) {
    static const QStringList order{QStringLiteral("low"), QStringLiteral("medium"),
                                   QStringLiteral("high"), QStringLiteral("critical")};
    const qsizetype at = order.indexOf(severity.toLower());
    return at < 0 ? int(order.size()) : int(at);
}

// `have` asks at least what `want` asks: the same kind, as strict or stricter.
bool asksAsMuch(const CriterionSpec& have, const CriterionSpec& want) {
    if (have.kind != want.kind)
        return false;
    switch (want.kind) {
    case CriterionKind::TestPassRate:
        return have.threshold.value_or(0) >= want.threshold.value_or(0);
    case CriterionKind::Security:
        return severityOrder(have.severity) <= severityOrder(want.severity);
    case CriterionKind::Approval:
        return have.role == want.role;
    default:
        return have.name.compare(want.name, Qt::CaseInsensitive) == 0;
    }
}

// A template covers a rigour gate when it asks each of its criteria, as strictly, by the
// same stage or a later one: a patch's "Tests and scan" before Staging already holds the
// unit tests "Development complete" would ask for before QA, and an emergency's single
// gate before Production holds its tests and the CAB's approval.
bool covers(const QList<GateTemplate>& gates, const GateTemplate& wanted) {
    for (const CriterionSpec& want : wanted.criteria) {
        bool found = false;
        for (const GateTemplate& g : gates) {
            if (stageOrder(g.stage) < stageOrder(wanted.stage))
                continue;
            for (const CriterionSpec& have : g.criteria)
                found = found || asksAsMuch(have, want);
        }
        if (!found)
            return false;
    }
    return true;
}

bool asksApproval(const QList<GateTemplate>& gates, const QString& role) {
    for (const GateTemplate& g : gates)
        for (const CriterionSpec& c : g.criteria)
            if (c.kind == CriterionKind::Approval && c.role == role)
                return true;
    return false;
}

} // namespace

QList<GateTemplate> extraGates(const QList<GateTemplate>& fromTemplate, const QStringList& gateKeys,
                               const QStringList& approvalRoles) {
    QList<GateTemplate> extra;
    for (const QString& key : gateKeys) {
        GateTemplate g = gateFor(key);
        if (g.name.isEmpty() || hasGate(fromTemplate, g.name) || hasGate(extra, g.name) ||
            covers(fromTemplate, g))
            continue;
        g.position = int(fromTemplate.size() + extra.size());
        extra << g;
    }
    GateTemplate approvals;
    approvals.name = Text::tr("Required approvals");
    approvals.stage = QStringLiteral("Production");
    approvals.dueDays = 1;
    for (const QString& role : approvalRoles) {
        if (asksApproval(fromTemplate, role) || asksApproval(extra, role))
            continue;
        CriterionSpec c;
        c.name = Text::tr("Approval: %1").arg(approvalRoleName(role));
        c.kind = CriterionKind::Approval;
        c.role = role;
        approvals.criteria << c;
    }
    if (!approvals.criteria.isEmpty() && !hasGate(fromTemplate, approvals.name)) {
        approvals.position = int(fromTemplate.size() + extra.size());
        extra << approvals;
    }
    return extra;
}

} // namespace slipway::GateRigour
