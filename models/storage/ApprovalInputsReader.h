// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CabDecision.h"
#include "domain/ChangeRequest.h"
#include "domain/Result.h"

#include <QHash>
#include <QList>

namespace slipway {

class Database;

// What ApprovalRules needs to say whether the change requests of releases are approved,
// and nothing more: ticket, risk level, requester and tags of each change; the decisions
// and open-or-closed conditions on it. Four grouped queries, for the lifecycle's guard state
// of every release at once.
struct ApprovalInputs {
    QList<ChangeRequest> changes;                  // only the fields above are read
    QHash<qint64, QList<CabDecision>> decisions;   // change id → in the order taken
    QHash<qint64, QList<CabCondition>> conditions; // change id → of decisions not withdrawn
};

class ApprovalInputsReader {
public:
    explicit ApprovalInputsReader(Database& db);
    // The change requests raised for releases; `releaseId` 0: for every release.
    Result<ApprovalInputs> read(qint64 releaseId = 0) const;

private:
    Database& m_db;
};

} // namespace slipway
