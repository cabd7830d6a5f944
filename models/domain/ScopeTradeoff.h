// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScopeItem.h"

#include <QJsonObject>
#include <QString>

namespace slipway {

// A recorded trade-off: an item moved out of a release or deferred, by whom, when and why.
// The title is kept because the item may be deleted while the decision stays on record.
struct ScopeTradeoff {
    qint64 id = 0; // 0 until stored
    qint64 itemId = 0;
    QString itemTitle;
    qint64 fromReleaseId = 0; // 0: the backlog (or a release deleted since)
    qint64 toReleaseId = 0;
    ScopeStatus fromStatus = ScopeStatus::Proposed;
    ScopeStatus toStatus = ScopeStatus::Proposed;
    QString rationale;
    QString decidedBy;
    qint64 decidedAt = 0; // seconds since the epoch, UTC
};

QJsonObject toJson(const ScopeTradeoff& tradeoff);

} // namespace slipway
