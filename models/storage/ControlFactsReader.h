// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/ControlRules.h"

#include <QHash>

namespace slipway {

class Database;

// What the regulatory controls need from the file (rules/ControlRules.h), in a handful of
// grouped queries, for the releases that carry a tag (their own or a change request's):
// change requesters, the approvals that stand, production deployers, stored gate evidence,
// open security findings, the roles of those who approved, and recorded attestations.
// Files before schema 23 have no controls: no facts.
class ControlFactsReader {
public:
    explicit ControlFactsReader(Database& db);
    // `releaseId` 0: every tagged release; otherwise that release (facts even when untagged).
    Result<QHash<qint64, ControlFacts>> read(qint64 releaseId = 0) const;
    // The tagged releases a Deployed or Closed guard is asked about: Approved, Deploying,
    // Deployed and Rolled back (closed ones are read one at a time, like their closure).
    Result<QHash<qint64, ControlFacts>> readNearProduction() const;

private:
    Result<QHash<qint64, ControlFacts>> readScoped(qint64 releaseId, const QString& scope) const;

    Database& m_db;
};

} // namespace slipway
