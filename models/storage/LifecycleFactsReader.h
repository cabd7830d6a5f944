// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"
#include "rules/ReleaseLifecycle.h"

#include <QHash>
#include <QList>

namespace slipway {

class Database;

// What the lifecycle guards need from the file, read in a handful of grouped queries so the
// guard state of every release costs a few milliseconds. Approvals and conflicts come from
// their own services; this reads rows only.
struct LifecycleRows {
    QHash<qint64, LifecycleFacts> facts;    // by release id
    QHash<qint64, QList<qint64>> changesOf; // release id → its change requests' ids
    QHash<qint64, QString> ticketOf;        // change request id → ticket
    int emergencyApprovalDays = kDefaultEmergencyApprovalDays;
};

class LifecycleFactsReader {
public:
    explicit LifecycleFactsReader(Database& db);
    // `releaseId` 0: every release.
    Result<LifecycleRows> read(qint64 releaseId = 0) const;

private:
    Database& m_db;
};

} // namespace slipway
