// SPDX-License-Identifier: GPL-3.0-or-later
#include "Artifact.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Artifact)
};

constexpr std::array<std::pair<ArtifactKind, const char*>, 6> kKinds{{
    {ArtifactKind::ContainerImage, "container_image"},
    {ArtifactKind::Package, "package"},
    {ArtifactKind::Archive, "archive"},
    {ArtifactKind::Binary, "binary"},
    {ArtifactKind::ConfigBundle, "config_bundle"},
    {ArtifactKind::Other, "other"},
}};

constexpr std::array<std::pair<ArtifactState, const char*>, 6> kStates{{
    {ArtifactState::Unverified, "unverified"},
    {ArtifactState::Verified, "verified"},
    {ArtifactState::DigestMismatch, "digest_mismatch"},
    {ArtifactState::BadSignature, "bad_signature"},
    {ArtifactState::UnknownKey, "unknown_key"},
    {ArtifactState::MissingFile, "missing_file"},
}};

} // namespace

QString toKey(ArtifactKind kind) {
    for (const auto& [k, key] : kKinds)
        if (k == kind)
            return QString::fromLatin1(key);
    return QStringLiteral("other");
}

std::optional<ArtifactKind> artifactKindFromKey(const QString& key) {
    const QString wanted = key.trimmed().toLower().replace(u'-', u'_');
    for (const auto& [k, name] : kKinds)
        if (wanted == QLatin1String(name))
            return k;
    return std::nullopt;
}

QString displayName(ArtifactKind kind) {
    switch (kind) {
    case ArtifactKind::ContainerImage:
        return Text::tr("Container image");
    case ArtifactKind::Package:
        return Text::tr("Package");
    case ArtifactKind::Archive:
        return Text::tr("Archive");
    case ArtifactKind::Binary:
        return Text::tr("Binary");
    case ArtifactKind::ConfigBundle:
        return Text::tr("Configuration bundle");
    case ArtifactKind::Other:
        return Text::tr("Other");
    }
    return {};
}

QStringList allArtifactKindKeys() {
    QStringList keys;
    for (const auto& entry : kKinds)
        keys << QString::fromLatin1(entry.second);
    return keys;
}

ArtifactKind guessArtifactKind(const QString& fileName) {
    const QString n = fileName.toLower();
    static const char* const packages[] = {".deb", ".rpm",   ".apk", ".whl", ".jar",  ".war",
                                           ".ear", ".nupkg", ".gem", ".msi", ".snap", ".egg"};
    static const char* const archives[] = {".tar",     ".tar.gz",  ".tgz", ".tar.xz", ".txz",
                                           ".tar.bz2", ".tar.zst", ".zip", ".7z",     ".gz"};
    static const char* const images[] = {".oci", ".docker.tar", ".image.tar"};
    static const char* const configs[] = {".yaml", ".yml",  ".json",       ".toml",
                                          ".ini",  ".conf", ".properties", ".env"};
    for (const char* e : images)
        if (n.endsWith(QLatin1String(e)))
            return ArtifactKind::ContainerImage;
    for (const char* e : packages)
        if (n.endsWith(QLatin1String(e)))
            return ArtifactKind::Package;
    for (const char* e : archives)
        if (n.endsWith(QLatin1String(e)))
            return ArtifactKind::Archive;
    for (const char* e : configs)
        if (n.endsWith(QLatin1String(e)))
            return ArtifactKind::ConfigBundle;
    if (n.endsWith(QLatin1String(".exe")) || n.endsWith(QLatin1String(".bin")) ||
        n.endsWith(QLatin1String(".appimage")) || !n.section(u'/', -1).contains(u'.'))
        return ArtifactKind::Binary;
    return ArtifactKind::Other;
}

QString toKey(ArtifactState state) {
    for (const auto& [s, key] : kStates)
        if (s == state)
            return QString::fromLatin1(key);
    return QStringLiteral("unverified");
}

std::optional<ArtifactState> artifactStateFromKey(const QString& key) {
    for (const auto& [s, name] : kStates)
        if (key == QLatin1String(name))
            return s;
    return std::nullopt;
}

QString displayName(ArtifactState state) {
    switch (state) {
    case ArtifactState::Unverified:
        return Text::tr("Not verified");
    case ArtifactState::Verified:
        return Text::tr("Verified");
    case ArtifactState::DigestMismatch:
        return Text::tr("Digest mismatch");
    case ArtifactState::BadSignature:
        return Text::tr("Bad signature");
    case ArtifactState::UnknownKey:
        return Text::tr("Unknown key");
    case ArtifactState::MissingFile:
        return Text::tr("Missing file");
    }
    return {};
}

QJsonObject toJson(const Artifact& a) {
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("release_id"), a.releaseId},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("kind"), toKey(a.kind)},
                  {QStringLiteral("location"), a.location},
                  {QStringLiteral("sha256"), a.sha256},
                  {QStringLiteral("sha512"), a.sha512},
                  {QStringLiteral("source_repo"), a.sourceRepo},
                  {QStringLiteral("source_commit"), a.sourceCommit},
                  {QStringLiteral("build_id"), a.buildId},
                  {QStringLiteral("build_url"), a.buildUrl},
                  {QStringLiteral("signature_file"), a.signatureFile},
                  {QStringLiteral("row_version"), a.rowVersion},
                  {QStringLiteral("created_by"), a.createdBy},
                  {QStringLiteral("created_at"), a.createdAt}};
    o.insert(QStringLiteral("size_bytes"),
             a.sizeBytes >= 0 ? QJsonValue(a.sizeBytes) : QJsonValue(QJsonValue::Null));
    o.insert(QStringLiteral("built_at"),
             a.builtAt > 0 ? QJsonValue(a.builtAt) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject toJson(const ArtifactVerification& v) {
    return QJsonObject{{QStringLiteral("id"), v.id},
                       {QStringLiteral("artifact_id"), v.artifactId},
                       {QStringLiteral("result"), toKey(v.result)},
                       {QStringLiteral("detail"), v.detail},
                       {QStringLiteral("key_fingerprint"), v.keyFingerprint},
                       {QStringLiteral("key_label"), v.keyLabel},
                       {QStringLiteral("verified_by"), v.verifiedBy},
                       {QStringLiteral("verified_at"), v.verifiedAt}};
}

} // namespace slipway
