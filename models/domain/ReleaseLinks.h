// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace slipway {

// What a release needs during its window: the environments it deploys through and the
// roles that must be present. Guarded by the release's own row version.
struct ReleaseLinks {
    qint64 releaseId = 0;
    QList<qint64> environmentIds; // sorted
    QStringList roles;            // sorted: "development", "operations", "qa", "security"
    qint64 releaseRowVersion = 0;
};

QJsonObject toJson(const ReleaseLinks& links);

} // namespace slipway
