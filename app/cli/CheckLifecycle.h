// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "domain/Result.h"
#include "rules/Conflict.h"
#include "rules/ReleaseLifecycle.h"
#include "services/TestedArtifacts.h"

#include <QJsonObject>
#include <QList>

namespace slipway {
class Database;
}

namespace slipway::cli {

// What `check` says about the lifecycle: releases whose status is past a guard they never
// met and digests production runs that no passing evidence covers (findings), and overrides
// still waiting to be settled (notes).
struct LifecycleReport {
    struct Finding {
        qint64 releaseId = 0;
        QString label;
        ReleaseStatus status = ReleaseStatus::Planned;
        QList<GuardCheck> unmet;
    };
    QList<Finding> findings;
    QList<UntestedDigest> untested; // where the "tested" guard is not overridden
    QList<LifecycleOverride> unsettled;
    QHash<qint64, QString> labels; // release id → label, for the overrides
    bool clean() const { return findings.isEmpty() && untested.isEmpty(); }
};

Result<LifecycleReport> checkLifecycle(Database& db, const QList<Conflict>& conflicts);
void printLifecycle(const LifecycleReport& report);
QJsonObject lifecycleJson(const LifecycleReport& report);

} // namespace slipway::cli
