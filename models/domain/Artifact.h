// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace slipway {

enum class ArtifactKind { ContainerImage, Package, Archive, Binary, ConfigBundle, Other };
QString toKey(ArtifactKind kind); // "container_image", "package" …
// Accepts the stored keys and the CLI's spelling ("container-image").
std::optional<ArtifactKind> artifactKindFromKey(const QString& key);
QString displayName(ArtifactKind kind);
QStringList allArtifactKindKeys();
// What a file's name says it is: "app.tar.gz" an archive, "app_1.2_amd64.deb" a package …
ArtifactKind guessArtifactKind(const QString& fileName);

// Where an artifact stands after its latest check. Unverified: never checked.
enum class ArtifactState {
    Unverified,
    Verified,
    DigestMismatch,
    BadSignature,
    UnknownKey,
    MissingFile
};
QString toKey(ArtifactState state); // "unverified", "verified", "digest_mismatch" …
std::optional<ArtifactState> artifactStateFromKey(const QString& key);
QString displayName(ArtifactState state);

// One check of an artifact against its file and signature.
struct ArtifactVerification {
    qint64 id = 0;
    qint64 artifactId = 0;
    ArtifactState result = ArtifactState::Unverified;
    QString detail;         // what was found: "SHA-256 differs: file has 5e1f…"
    QString keyFingerprint; // the trusted key that signed it; empty: the digest alone
    QString keyLabel;       // its user id or comment
    QString verifiedBy;
    qint64 verifiedAt = 0;
};

// A file a release ships: what was built, where it lies, its digests and its origin.
struct Artifact {
    qint64 id = 0;
    qint64 releaseId = 0;
    QString name;
    ArtifactKind kind = ArtifactKind::Other;
    QString location;      // a path or URL; empty: only its name is known
    qint64 sizeBytes = -1; // -1: not known
    QString sha256;        // lower-case hex
    QString sha512;        // lower-case hex, or empty
    QString sourceRepo;
    QString sourceCommit;
    QString buildId;
    QString buildUrl;
    qint64 builtAt = 0;
    QString signatureFile; // its detached signature (.asc, .sig, .gpg, .minisig); empty: none named
    qint64 rowVersion = 0;
    QString createdBy;
    qint64 createdAt = 0;
    // Read with the row.
    std::optional<ArtifactVerification> latest;
    bool frozen = false; // its release's set is frozen

    ArtifactState state() const { return latest ? latest->result : ArtifactState::Unverified; }
};

QJsonObject toJson(const Artifact& artifact); // the row as stored, for audit images
QJsonObject toJson(const ArtifactVerification& verification);

} // namespace slipway
