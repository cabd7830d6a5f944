// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace slipway {

// A lifecycle guard a release is let past without meeting it. Asked for with a reason by
// one person, approved by a second with the release manager role, and visible until
// settled (the guard met after all, or the deviation accepted with a note).
struct LifecycleOverride {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString guard; // a guard key: "approval", "gates" …
    QString reason;
    QString requestedBy;
    qint64 requestedAt = 0;
    QString approvedBy; // empty: not approved yet, so it lets nothing pass
    qint64 approvedAt = 0;
    QString settledBy;
    qint64 settledAt = 0;
    QString settlement;
    qint64 rowVersion = 0;

    bool isApproved() const { return !approvedBy.isEmpty(); }
    bool isSettled() const { return !settledBy.isEmpty(); }
};

QJsonObject toJson(const LifecycleOverride& override);

} // namespace slipway
