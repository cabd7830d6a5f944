// SPDX-License-Identifier: GPL-3.0-or-later
#include "Deployment.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace slipway {

QString toKey(DeploymentOutcome outcome) {
    switch (outcome) {
    case DeploymentOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case DeploymentOutcome::Failed:
        return QStringLiteral("failed");
    case DeploymentOutcome::RolledBack:
        return QStringLiteral("rolled_back");
    }
    return {};
}

std::optional<DeploymentOutcome> deploymentOutcomeFromKey(const QString& key) {
    const QString k = key.trimmed().toLower().replace(u'-', u'_');
    for (DeploymentOutcome o :
         {DeploymentOutcome::Succeeded, DeploymentOutcome::Failed, DeploymentOutcome::RolledBack})
        if (toKey(o) == k)
            return o;
    return std::nullopt;
}

QStringList allDeploymentOutcomeKeys() {
    return {QStringLiteral("succeeded"), QStringLiteral("failed"), QStringLiteral("rolled_back")};
}

QString displayName(DeploymentOutcome outcome) {
    switch (outcome) {
    case DeploymentOutcome::Succeeded:
        return QCoreApplication::translate("slipway", "Succeeded");
    case DeploymentOutcome::Failed:
        return QCoreApplication::translate("slipway", "Failed");
    case DeploymentOutcome::RolledBack:
        return QCoreApplication::translate("slipway", "Rolled back");
    }
    return {};
}

QJsonObject toJson(const Deployment& d) {
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("release_id"), d.releaseId},
        {QStringLiteral("environment_id"), d.environmentId},
        {QStringLiteral("version"), d.version},
        {QStringLiteral("outcome"), toKey(d.outcome)},
        {QStringLiteral("deployed_by"), d.deployedBy},
        {QStringLiteral("deployed_at"),
         QDateTime::fromSecsSinceEpoch(d.deployedAt, Qt::UTC).toString(Qt::ISODate)},
        {QStringLiteral("change_ticket"), d.changeTicket},
        {QStringLiteral("notes"), d.notes},
        {QStringLiteral("artifact_digests"), QJsonArray::fromStringList(d.artifactDigests)},
        {QStringLiteral("row_version"), d.rowVersion},
    };
}

} // namespace slipway
