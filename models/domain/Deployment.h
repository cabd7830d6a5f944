// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class DeploymentOutcome { Succeeded, Failed, RolledBack };
QString toKey(DeploymentOutcome outcome); // "succeeded", "failed", "rolled_back"
// Accepts the stored keys and the CLI's spelling ("rolled-back").
std::optional<DeploymentOutcome> deploymentOutcomeFromKey(const QString& key);
QString displayName(DeploymentOutcome outcome);
QStringList allDeploymentOutcomeKeys();

// One deployment of a release to an environment, as a pipeline or a person reported it.
struct Deployment {
    qint64 id = 0;
    qint64 releaseId = 0;
    qint64 environmentId = 0;
    QString environmentName; // read with the row, for lists and exports
    bool production = false; // the environment's kind is prod
    QString releaseLabel;    // "Payments API 2.4.0"
    QString version;         // what was deployed; the release's own version by default
    DeploymentOutcome outcome = DeploymentOutcome::Succeeded;
    QString deployedBy;
    qint64 deployedAt = 0; // UTC seconds
    QString changeTicket;
    QString notes;
    // The artifacts (SHA-256, lower-case hex, sorted) the deployment put in place.
    QStringList artifactDigests;
    qint64 rowVersion = 0;
};

QJsonObject toJson(const Deployment& deployment);

// What the Deployments view and `export csv --table deployments` ask for; empty fields
// do not filter.
struct DeploymentFilter {
    qint64 releaseId = 0;
    qint64 environmentId = 0;
    QString deployedBy;
    qint64 fromUtc = 0;
    qint64 toUtc = 0; // exclusive; 0: open
};

} // namespace slipway
