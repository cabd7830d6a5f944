// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChangeRequest.h"
#include "domain/Release.h"
#include "domain/RiskTypes.h"
#include "rules/ApprovalRules.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway::demo {

// The change requests the demo raises for its releases and who approves them, shared by
// the bulk load (releases long past or far ahead) and the CAB part (releases around "now").

// A stable number per release for the choices below (tags, requester, approvers).
quint64 changeHash(quint32 seed, qint64 releaseId);

// Approved, Deploying, Deployed, Rolled back or Closed: the CAB has said yes.
bool approvedOrLater(ReleaseStatus status);

// The demo's change request for `r`: ticket, summary, type, tags, risk and plans. The
// risk comes from `assessed` (the release's own questionnaire) when given. Requester,
// service owner and request time are the caller's.
ChangeRequest changeFor(const Release& r, quint64 h,
                        const std::optional<RiskAnswers>& assessed = std::nullopt);

// Who may give which approval, as handles.
struct ApproverPools {
    QStringList cab;
    QStringList serviceOwners;
    QStringList releaseManagers;
};

// One decider per slot, each holding the slot's role, none of them the requester and no one
// twice (so a SOX change gets a second CAB member); `h` varies who is picked. Empty when the
// pools cannot fill every slot.
QStringList assignApprovers(const QList<ApprovalSlot>& slots, const ApproverPools& pools,
                            const QString& requester, quint64 h);

} // namespace slipway::demo
