// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApprovalRules.h"

#include "domain/Login.h"
#include "domain/Person.h"

#include <QCoreApplication>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ApprovalRules)
};

} // namespace

QString approvalRoleName(const QString& role) {
    if (role == u"cab")
        return Text::tr("CAB");
    if (role == u"service_owner")
        return Text::tr("Service owner");
    if (role == u"release_manager")
        return Text::tr("Release manager");
    if (role == u"second_approver")
        return Text::tr("Second approver (SOX)");
    return personRoleName(role);
}

QString holderRole(const QString& slotRole) {
    return slotRole == u"second_approver" ? QStringLiteral("cab") : slotRole;
}

QString toKey(ApprovalStatus status) {
    switch (status) {
    case ApprovalStatus::Pending:
        return QStringLiteral("pending");
    case ApprovalStatus::Deferred:
        return QStringLiteral("deferred");
    case ApprovalStatus::Rejected:
        return QStringLiteral("rejected");
    case ApprovalStatus::ConditionsOpen:
        return QStringLiteral("conditions_open");
    case ApprovalStatus::Ready:
        return QStringLiteral("ready");
    }
    return {};
}

QString displayName(ApprovalStatus status) {
    switch (status) {
    case ApprovalStatus::Pending:
        return Text::tr("Needs approval");
    case ApprovalStatus::Deferred:
        return Text::tr("Deferred");
    case ApprovalStatus::Rejected:
        return Text::tr("Rejected");
    case ApprovalStatus::ConditionsOpen:
        return Text::tr("Approved, conditions open");
    case ApprovalStatus::Ready:
        return Text::tr("Ready to deploy");
    }
    return {};
}

int ApprovalState::filledCount() const {
    int n = 0;
    for (const ApprovalSlot& s : slots)
        n += s.filled() ? 1 : 0;
    return n;
}

QStringList ApprovalState::missing() const {
    QStringList out;
    for (const ApprovalSlot& s : slots)
        if (!s.filled())
            out << approvalRoleName(s.role);
    return out;
}

bool ApprovalState::isOpen(const QString& role) const {
    for (const ApprovalSlot& s : slots)
        if (s.role == role && !s.filled())
            return true;
    return false;
}

QList<ApprovalSlot> requiredApprovals(const ChangeRequest& change) {
    QList<ApprovalSlot> slots{{QStringLiteral("cab")}};
    if (change.riskLevel == RiskLevel::High || change.riskLevel == RiskLevel::Critical)
        slots.append({QStringLiteral("service_owner")});
    if (change.riskLevel == RiskLevel::Critical)
        slots.append({QStringLiteral("release_manager")});
    if (change.hasTag(QStringLiteral("sox")))
        slots.append({QStringLiteral("second_approver")});
    return slots;
}

ApprovalState evaluateApproval(const ChangeRequest& change, const QList<CabDecision>& decisions,
                               const QList<CabCondition>& conditions) {
    ApprovalState state;
    state.slots = requiredApprovals(change);
    const CabDecision* last = nullptr;
    for (const CabDecision& d : decisions) {
        if (d.withdrawn)
            continue;
        last = &d;
        if (d.outcome == DecisionOutcome::Reject) {
            for (ApprovalSlot& s : state.slots)
                s = ApprovalSlot{s.role};
            continue;
        }
        if (!isApproval(d.outcome) || sameLogin(d.decidedBy, change.requestedBy))
            continue;
        bool already = false;
        for (const ApprovalSlot& s : state.slots)
            already = already || (s.filled() && sameLogin(s.approver, d.decidedBy));
        if (already)
            continue;
        for (ApprovalSlot& s : state.slots) {
            if (s.role == d.approverRole && !s.filled()) {
                s.decisionId = d.id > 0 ? d.id : -1;
                s.approver = d.decidedBy;
                break;
            }
        }
    }
    for (const CabCondition& c : conditions)
        if (c.status == CabCondition::Status::Open)
            ++state.openConditions;
    if (last)
        state.lastDecidedBy = last->decidedBy;
    if (last && last->outcome == DecisionOutcome::Reject) {
        state.status = ApprovalStatus::Rejected;
    } else if (last && last->outcome == DecisionOutcome::Defer) {
        state.status = ApprovalStatus::Deferred;
        state.deferredUntil = last->deferredUntil;
        state.deferredMeetingId = last->deferredMeetingId;
    } else if (state.filledCount() == state.slots.size()) {
        state.status =
            state.openConditions > 0 ? ApprovalStatus::ConditionsOpen : ApprovalStatus::Ready;
    } else {
        state.status = ApprovalStatus::Pending;
    }
    return state;
}

Result<void> checkDecision(const ChangeRequest& change, const ApprovalState& state,
                           const CabDecision& d, const QSet<QString>& deciderRoles,
                           bool rolesEnforced) {
    if (d.decidedBy.trimmed().isEmpty())
        return Error{Error::Kind::Validation, Text::tr("Say who takes the decision.")};
    if (d.outcome == DecisionOutcome::Defer && d.deferredUntil <= 0 && d.deferredMeetingId <= 0)
        return Error{
            Error::Kind::Validation,
            Text::tr("A deferral needs a date or a meeting to defer %1 to.").arg(change.ticket)};
    if (d.outcome == DecisionOutcome::ApproveWithConditions) {
        bool any = false;
        for (const CabCondition& c : d.conditions)
            any = any || !c.text.trimmed().isEmpty();
        if (!any)
            return Error{Error::Kind::Validation,
                         Text::tr("Approving with conditions needs at least one condition.")};
    }
    if (!isApproval(d.outcome))
        return {};
    if (sameLogin(d.decidedBy, change.requestedBy))
        return Error{Error::Kind::Permission,
                     Text::tr("%1 requested %2 and may not approve it (segregation of duties).")
                         .arg(d.decidedBy, change.ticket)};
    if (state.filledCount() == state.slots.size())
        return Error{Error::Kind::Validation,
                     Text::tr("%1 already has every approval it needs.").arg(change.ticket)};
    if (!state.isOpen(d.approverRole))
        return Error{Error::Kind::Validation,
                     Text::tr("%1 needs no %2 approval now; still open: %3.")
                         .arg(change.ticket, approvalRoleName(d.approverRole),
                              state.missing().join(QStringLiteral(", ")))};
    for (const ApprovalSlot& s : state.slots)
        if (s.filled() && sameLogin(s.approver, d.decidedBy))
            return Error{
                Error::Kind::Permission,
                Text::tr("%1 already approved %2 as %3; the %4 approval needs another person.")
                    .arg(d.decidedBy, change.ticket, approvalRoleName(s.role),
                         approvalRoleName(d.approverRole))};
    if (rolesEnforced && !deciderRoles.contains(holderRole(d.approverRole)))
        return Error{
            Error::Kind::Permission,
            Text::tr("%1 may not give the %2 approval: that needs the %3 role.")
                .arg(d.decidedBy, approvalRoleName(d.approverRole), holderRole(d.approverRole))};
    return {};
}

QString nextApprovalRole(const ChangeRequest& change, const ApprovalState& state,
                         const QString& decider, const QSet<QString>& deciderRoles,
                         bool rolesEnforced, const QString& preferred) {
    QStringList order{preferred};
    for (const ApprovalSlot& s : state.slots)
        if (!order.contains(s.role))
            order << s.role;
    for (const QString& role : order) {
        CabDecision probe;
        probe.decidedBy = decider;
        probe.approverRole = role;
        if (checkDecision(change, state, probe, deciderRoles, rolesEnforced))
            return role;
    }
    return {};
}

} // namespace slipway
