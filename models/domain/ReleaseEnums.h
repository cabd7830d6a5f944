// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class ReleaseType { Major, Minor, Patch, Emergency };
enum class ReleaseStatus {
    Planned,
    Scheduled,
    InProgress,
    Approved,
    Deploying,
    Deployed,
    Closed,
    Cancelled,
    RolledBack
};

// Stable keys as stored in the database and printed by the CLI ("in_progress").
QString toKey(ReleaseType type);
QString toKey(ReleaseStatus status);
std::optional<ReleaseType> releaseTypeFromKey(const QString& key);
std::optional<ReleaseStatus> releaseStatusFromKey(const QString& key);

// Translated names for the screens ("In progress").
QString displayName(ReleaseType type);
QString displayName(ReleaseStatus status);

QStringList allReleaseTypeKeys();
QStringList allReleaseStatusKeys();

} // namespace slipway
