// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/ChangeRequest.h"
#include "domain/Result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace slipway {

// One approval a change needs: "cab", "service_owner", "release_manager" or
// "second_approver" (another CAB member than the first, for SOX-tagged changes).
struct ApprovalSlot {
    QString role;
    qint64 decisionId = 0; // the approval that gave it; 0: still open
    QString approver;
    bool filled() const { return decisionId != 0 || !approver.isEmpty(); }
};

QString approvalRoleName(const QString& role); // "CAB", "Service owner" …
// The person role that may give an approval of `slot` ("second_approver" → "cab").
QString holderRole(const QString& slotRole);

enum class ApprovalStatus { Pending, Deferred, Rejected, ConditionsOpen, Ready };

QString toKey(ApprovalStatus status); // "pending", "deferred", "rejected" …
QString displayName(ApprovalStatus status);

// Where a change stands after its decisions so far.
struct ApprovalState {
    QList<ApprovalSlot> slots;
    ApprovalStatus status = ApprovalStatus::Pending;
    int openConditions = 0;
    qint64 deferredUntil = 0;
    qint64 deferredMeetingId = 0;
    QString lastDecidedBy;

    bool ready() const { return status == ApprovalStatus::Ready; }
    int filledCount() const;
    QStringList missing() const; // display names of the approvals still open
    bool isOpen(const QString& role) const;
};

// Who must approve a change, from its risk level and tags:
// low and medium: the CAB; high: the CAB and the service owner; critical: also the
// release manager; tagged "sox": a second approver besides the first, never the same person.
QList<ApprovalSlot> requiredApprovals(const ChangeRequest& change);

// `decisions` in the order taken; withdrawn ones are ignored. A rejection cancels the
// approvals before it; approvals fill the first open slot of their role; a change is
// ready only with every slot filled and no condition open.
ApprovalState evaluateApproval(const ChangeRequest& change, const QList<CabDecision>& decisions,
                               const QList<CabCondition>& conditions);

// Whether `decision` may be recorded now. `deciderRoles` are the decider's roles in the
// file; `rolesEnforced` is false in a single-user file (nobody has a login).
Result<void> checkDecision(const ChangeRequest& change, const ApprovalState& state,
                           const CabDecision& decision, const QSet<QString>& deciderRoles,
                           bool rolesEnforced);

// The open approval `decider` could give next, preferring `preferred`; empty if none.
QString nextApprovalRole(const ChangeRequest& change, const ApprovalState& state,
                         const QString& decider, const QSet<QString>& deciderRoles,
                         bool rolesEnforced, const QString& preferred = QStringLiteral("cab"));

} // namespace slipway
