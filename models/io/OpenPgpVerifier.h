// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace slipway {

// What a release manager sees before trusting an OpenPGP public key.
struct OpenPgpKeyInfo {
    QString fingerprint; // the primary key's, upper-case hex
    QStringList userIds;
    QStringList subkeyFingerprints; // the others, in the key's order
    QString algorithm;              // GnuPG's name for the primary key: "ed25519", "rsa4096"
    QDateTime created;              // UTC
    QDateTime expires;              // UTC; invalid when the key does not expire
    bool expired = false;
    bool revoked = false;
};

// What verifying one file against one detached signature found.
struct OpenPgpVerdict {
    enum class Status {
        Verified,     // a good signature by a trusted key, valid now
        BadSignature, // the file is not what the key signed
        UnknownKey,   // made by a key that is not among the trusted ones
        ExpiredKey,   // good, but the key (or the signature itself) has expired
        RevokedKey,   // good, but the key has been revoked
        Malformed,    // the signature or a trusted key is not OpenPGP
        Unreadable,   // the file or its signature cannot be read, or gpg cannot run
    };
    Status status = Status::Malformed;
    QString fingerprint; // the signer's primary key, when it is a trusted key
    QString userId;      // that key's first user id
    QString issuer;      // the fingerprint or key id the signature names (shown for UnknownKey)
    QDateTime signedAt;  // UTC, when the signature says it was made
    QString message;     // one line naming the file and what is wrong; empty when Verified
};

// Verifies OpenPGP detached signatures (armoured or binary) through GPGME, against only the
// keys it is given: they are imported into a private, temporary GnuPG home, so the user's
// keyring is never read or written, no agent or dirmngr is started and no network is used.
// One instance can verify many files against the same keys; it is not shared between threads.
class OpenPgpVerifier {
public:
    // `trustedKeys` are armoured (or binary) public keys as Slipway keeps them.
    explicit OpenPgpVerifier(const QList<QByteArray>& trustedKeys);
    ~OpenPgpVerifier(); // stops anything gpg left running in the home, then removes it
    OpenPgpVerifier(const OpenPgpVerifier&) = delete;
    OpenPgpVerifier& operator=(const OpenPgpVerifier&) = delete;

    // Why the trusted keys could not be set up (one line), or empty; while set, every
    // verification reports it (Malformed for a bad key, Unreadable when gpg cannot run).
    QString setupError() const;

    OpenPgpVerdict verify(const QString& dataPath, const QString& signaturePath);

    // One verification with its own home, for a caller with a single file.
    static OpenPgpVerdict verifyOnce(const QList<QByteArray>& trustedKeys, const QString& dataPath,
                                     const QString& signaturePath);

    // The keys in `key` (armoured or binary public keys), read in a throw-away home. A secret
    // key, text that is no key, or a key gpg refuses is a one-line Usage error naming `source`.
    static Result<QList<OpenPgpKeyInfo>> keyInfo(const QByteArray& key, const QString& source);

private:
    class Home;
    std::unique_ptr<Home> m_home;
};

} // namespace slipway
