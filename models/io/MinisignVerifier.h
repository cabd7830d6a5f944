// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace slipway {

// A minisign public key: an Ed25519 key and the 8-byte id that signatures name it by.
struct MinisignPublicKey {
    QByteArray keyId; // 8 bytes, as stored
    QByteArray key;   // 32 bytes

    // The id as minisign prints it: the bytes read as a little-endian number, in upper-case
    // hex without leading zeros (up to 16 digits).
    QString keyIdText() const;
    // The text of a `.pub` file (`untrusted comment: …` then the base64 line), or the base64
    // line alone as `minisign -P` takes it. Bad text is a one-line Usage error naming `source`
    // and the line.
    static Result<MinisignPublicKey> parse(const QByteArray& text, const QString& source);
};

// A `.minisig` file: the signature of the file (over its BLAKE2b-512 when prehashed) and
// the global signature binding the trusted comment to it.
struct MinisignSignature {
    bool prehashed = false; // algorithm `ED`; legacy `Ed` signs the whole file
    QByteArray keyId;       // 8 bytes
    QByteArray signature;   // 64 bytes
    QByteArray trustedComment;
    QByteArray globalSignature; // 64 bytes, over signature ‖ trustedComment

    static Result<MinisignSignature> parse(const QByteArray& text, const QString& source);
};

// What verifying one file against one `.minisig` found.
struct MinisignVerdict {
    enum class Status {
        Verified,     // both signatures check out with a trusted key
        BadSignature, // the file or the trusted comment is not what the key signed
        UnknownKey,   // no trusted key has the signature's key id
        Malformed,    // the signature or a trusted key is not minisign's format
        Unreadable,   // the file or its signature cannot be read
    };
    Status status = Status::Malformed;
    QString keyId;          // the signature's key id (keyIdText form), once it could be read
    QString trustedComment; // only when Verified: unverified text is not shown as trusted
    bool prehashed = false;
    QString message; // one line naming the file and what is wrong; empty when Verified
};

// Verifies minisign signatures (Ed25519, legacy and prehashed) through OpenSSL.
class MinisignVerifier {
public:
    // `trustedKeys` are public keys as parse() reads them; `dataPath` is the signed file.
    static MinisignVerdict verify(const QList<QByteArray>& trustedKeys, const QString& dataPath,
                                  const QString& signaturePath);
    // The same with the signature's text at hand; `signatureName` names it in messages.
    static MinisignVerdict verifyText(const QList<QByteArray>& trustedKeys, const QString& dataPath,
                                      const QByteArray& signatureText,
                                      const QString& signatureName);

    // Legacy signatures need the whole file in memory; larger files are refused as Unreadable.
    static constexpr qint64 kLegacyMaxBytes = qint64(1) << 30;
};

} // namespace slipway
