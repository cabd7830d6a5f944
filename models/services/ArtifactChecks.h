// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Artifact.h"
#include "domain/Result.h"
#include "domain/SigningKey.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace slipway {

class OpenPgpVerifier;

// The checks ArtifactService runs on files and keys, apart from the database.
namespace artifactchecks {

// The detached signature lying beside `path` (.asc, .sig, .gpg, .minisig), or empty.
QString signatureBeside(const QString& path);

// What is wrong with an artifact given by hand or from a manifest, or empty.
QString problemWith(const Artifact& artifact);

// The public keys in `text`: an OpenPGP key block (armoured or binary), or a minisign public
// key (its `.pub` file or the base64 line). Bad text is one Usage line naming `source`.
Result<QList<SigningKey>> readKeys(const QByteArray& text, const QString& source);

// Checks artifacts against their files: the digests, then a detached signature against the
// trusted keys. One instance sets up the OpenPGP keys once for many artifacts.
class Checker {
public:
    explicit Checker(const QList<SigningKey>& trusted);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    // Why the OpenPGP keys could not be set up, or empty.
    QString setupError() const;

    // The file is `dir`/name when `dir` is given, else the artifact's location. `bytesRead`
    // hears how far the digest has got; a raised `cancel` stops it within one block (the
    // result is then not a fact about the file and must be dropped).
    ArtifactVerification check(const Artifact& artifact, const QString& dir,
                               const std::function<void(qint64 bytesRead)>& bytesRead = {},
                               const std::atomic_bool* cancel = nullptr);

private:
    ArtifactVerification checkSignature(const QString& file, const QString& signature);

    QList<SigningKey> m_keys;
    QList<QByteArray> m_minisign;
    QList<QByteArray> m_openPgp;
    std::unique_ptr<OpenPgpVerifier> m_gpg; // made on first use
};

} // namespace artifactchecks
} // namespace slipway
