// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseEnums.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace slipway {
namespace {

constexpr std::array<std::pair<ReleaseType, const char*>, 4> kTypes{{
    {ReleaseType::Major, "major"},
    {ReleaseType::Minor, "minor"},
    {ReleaseType::Patch, "patch"},
    {ReleaseType::Emergency, "emergency"},
}};

constexpr std::array<std::pair<ReleaseStatus, const char*>, 9> kStatuses{{
    {ReleaseStatus::Planned, "planned"},
    {ReleaseStatus::Scheduled, "scheduled"},
    {ReleaseStatus::InProgress, "in_progress"},
    {ReleaseStatus::Approved, "approved"},
    {ReleaseStatus::Deploying, "deploying"},
    {ReleaseStatus::Deployed, "deployed"},
    {ReleaseStatus::Closed, "closed"},
    {ReleaseStatus::Cancelled, "cancelled"},
    {ReleaseStatus::RolledBack, "rolled_back"},
}};

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value) {
    for (const auto& [e, key] : table) {
        if (e == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromKey(const std::array<std::pair<Enum, const char*>, N>& table,
                            const QString& key) {
    for (const auto& [e, k] : table) {
        if (key == QLatin1String(k))
            return e;
    }
    return std::nullopt;
}

} // namespace

QString toKey(ReleaseType type) {
    return keyOf(kTypes, type);
}
QString toKey(ReleaseStatus status) {
    return keyOf(kStatuses, status);
}
std::optional<ReleaseType> releaseTypeFromKey(const QString& key) {
    return fromKey(kTypes, key);
}
std::optional<ReleaseStatus> releaseStatusFromKey(const QString& key) {
    return fromKey(kStatuses, key);
}

QString displayName(ReleaseType type) {
    switch (type) {
    case ReleaseType::Major:
        return QCoreApplication::translate("slipway", "Major");
    case ReleaseType::Minor:
        return QCoreApplication::translate("slipway", "Minor");
    case ReleaseType::Patch:
        return QCoreApplication::translate("slipway", "Patch");
    case ReleaseType::Emergency:
        return QCoreApplication::translate("slipway", "Emergency");
    }
    return {};
}

QString displayName(ReleaseStatus status) {
    switch (status) {
    case ReleaseStatus::Planned:
        return QCoreApplication::translate("slipway", "Planned");
    case ReleaseStatus::Scheduled:
        return QCoreApplication::translate("slipway", "Scheduled");
    case ReleaseStatus::InProgress:
        return QCoreApplication::translate("slipway", "In progress");
    case ReleaseStatus::Approved:
        return QCoreApplication::translate("slipway", "Approved");
    case ReleaseStatus::Deploying:
        return QCoreApplication::translate("slipway", "Deploying");
    case ReleaseStatus::Deployed:
        return QCoreApplication::translate("slipway", "Deployed");
    case ReleaseStatus::Closed:
        return QCoreApplication::translate("slipway", "Closed");
    case ReleaseStatus::Cancelled:
        return QCoreApplication::translate("slipway", "Cancelled");
    case ReleaseStatus::RolledBack:
        return QCoreApplication::translate("slipway", "Rolled back");
    }
    return {};
}

QStringList allReleaseTypeKeys() {
    QStringList keys;
    for (const auto& entry : kTypes)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

QStringList allReleaseStatusKeys() {
    QStringList keys;
    for (const auto& entry : kStatuses)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

} // namespace slipway
