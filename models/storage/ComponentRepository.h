// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Component.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `release_components` and `component_dependencies`: a release's component list,
// written whole by an SBOM import. Writes expect the caller's Transaction.
class ComponentRepository {
public:
    explicit ComponentRepository(Database& db);

    // The subject first, then in import order. `releaseId` 0: every release's, by release.
    Result<QList<Component>> forRelease(qint64 releaseId) const;
    // In the order the components were stored. `releaseId` 0: every release's.
    Result<QList<ComponentDependency>> dependencies(qint64 releaseId) const;

    // What a release's list holds now: for the audit entry of a replacing import.
    struct Summary {
        qint64 components = 0; // the subject included
        qint64 edges = 0;
        QString sourceFile;
        QString sourceSha256;
    };
    Result<Summary> summary(qint64 releaseId) const;

    // Removes the release's whole list, its dependencies with it.
    Result<void> removeForRelease(qint64 releaseId);
    // Stores each component (its releaseId set) and gives it its id.
    Result<void> insertAll(QList<Component>& components, const QString& actor, qint64 now);
    Result<void> insertDependencies(qint64 releaseId, const QList<ComponentDependency>& edges);

private:
    Database& m_db;
};

} // namespace slipway
