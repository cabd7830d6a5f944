// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Artifact.h"
#include "domain/Result.h"

#include <QList>

namespace slipway {

class Database;

// Rows of `artifacts`, each with its latest verification and whether its release's set is
// frozen; the verifications (history, added only) and the freezes. Writes expect the
// caller's Transaction. The file's triggers refuse any change to a frozen set.
class ArtifactRepository {
public:
    explicit ArtifactRepository(Database& db);

    // In name order. `releaseId` 0: every release's.
    Result<QList<Artifact>> forRelease(qint64 releaseId) const;
    Result<Artifact> find(qint64 id) const;
    // Every artifact with this SHA-256, in any release.
    Result<QList<Artifact>> withSha256(const QString& sha256) const;
    // A new row, or with `artifact.id` set a removed one back under its old id.
    Result<Artifact> insert(const Artifact& artifact, const QString& actor, qint64 now);
    Result<void> remove(qint64 id, qint64 expectedRowVersion);

    Result<ArtifactVerification> addVerification(const ArtifactVerification& verification);
    // Newest first.
    Result<QList<ArtifactVerification>> verifications(qint64 artifactId) const;

    struct Freeze {
        qint64 releaseId = 0;
        QString stage;
        QString frozenBy;
        qint64 frozenAt = 0;
    };
    Result<std::optional<Freeze>> freezeOf(qint64 releaseId) const;
    Result<void> freeze(const Freeze& freeze);

private:
    Database& m_db;
};

} // namespace slipway
