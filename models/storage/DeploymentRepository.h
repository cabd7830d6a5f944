// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Deployment.h"
#include "domain/Result.h"

#include <QList>
#include <QVariant>

namespace slipway {

class Database;

// Rows of `deployments`, with their environment and release named and the artifact digests
// each put in place (`deployment_digests`). Writes expect the
// caller's Transaction. Deployment records are history: they are added, never edited.
class DeploymentRepository {
public:
    explicit DeploymentRepository(Database& db);

    // Newest first.
    Result<QList<Deployment>> list(const DeploymentFilter& filter = {}) const;
    Result<Deployment> find(qint64 id) const;
    // A new record, or with `deployment.id` set a removed one back under its old id.
    Result<Deployment> insert(const Deployment& deployment, const QString& actor, qint64 nowSecs);
    // Only an undo of the insert removes a record.
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

private:
    Result<void> attachDigests(QList<Deployment>& records, const QString& where,
                               const QVariantList& binds) const;
    Database& m_db;
};

} // namespace slipway
