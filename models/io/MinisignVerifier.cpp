// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/MinisignVerifier.h"

#include "io/FileDigest.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <algorithm>
#include <optional>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MinisignVerifier)
};

const QByteArray kUntrusted = QByteArrayLiteral("untrusted comment: ");
const QByteArray kTrusted = QByteArrayLiteral("trusted comment: ");
constexpr qsizetype kKeyIdBytes = 8;
constexpr qsizetype kKeyBytes = 32;
constexpr qsizetype kSignatureBytes = 64;
// Signature files are a few hundred bytes; anything far larger is not one.
constexpr qint64 kMaxSignatureFile = qint64(64) * 1024;

// The lines of a small text file, without their CR LF or LF endings.
QList<QByteArray> textLines(const QByteArray& text) {
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    return lines;
}

// Strict base64 of exactly `size` bytes; empty when it is not.
QByteArray decode(const QByteArray& line, qsizetype size) {
    auto decoded =
        QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != size)
        return {};
    return decoded.decoded;
}

Error malformed(const QString& source, int line, const QString& what) {
    return Error{Error::Kind::Usage, Text::tr("%1: line %2: %3").arg(source).arg(line).arg(what)};
}

QString keyIdText(const QByteArray& id) {
    QByteArray reversed = id;
    std::reverse(reversed.begin(), reversed.end());
    // minisign prints the id as a number, without leading zeros.
    QByteArray hex = reversed.toHex().toUpper();
    while (hex.size() > 1 && hex.startsWith('0'))
        hex.remove(0, 1);
    return QString::fromLatin1(hex);
}

// Ed25519 (pure, RFC 8032) through OpenSSL's one-shot verify.
bool ed25519Verifies(const QByteArray& key, const QByteArray& signature,
                     const QByteArray& message) {
    EVP_PKEY* pkey = EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
        size_t(key.size()));
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    const bool ok =
        pkey && ctx && EVP_DigestVerifyInit(ctx, nullptr, nullptr, nullptr, pkey) == 1 &&
        EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char*>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char*>(message.constData()),
                         size_t(message.size())) == 1;
    EVP_MD_CTX_free(ctx);
    EVP_PKEY_free(pkey);
    return ok;
}

MinisignVerdict verdict(MinisignVerdict::Status status, const QString& message) {
    MinisignVerdict v;
    v.status = status;
    v.message = message;
    return v;
}

// What the signature signs: the file itself (legacy) or its BLAKE2b-512 (prehashed).
Result<QByteArray> signedMessage(const QString& dataPath, bool prehashed) {
    if (prehashed) {
        FileDigest::Options options;
        options.sha256 = false;
        options.blake2b512 = true;
        FileDigest digest(options);
        auto computed = digest.compute(dataPath);
        if (!computed)
            return computed.error();
        return QByteArray::fromHex(computed.value()->blake2b512.toLatin1());
    }
    QFile file(dataPath);
    if (!file.exists())
        return Error{Error::Kind::Usage, Text::tr("%1: no such file").arg(dataPath)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Usage,
                     Text::tr("%1: cannot open: %2").arg(dataPath, file.errorString())};
    if (file.size() > MinisignVerifier::kLegacyMaxBytes)
        return Error{
            Error::Kind::Usage,
            Text::tr("%1: %2 bytes is too large for a legacy (Ed) minisign signature; sign it "
                     "prehashed")
                .arg(dataPath)
                .arg(file.size())};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{Error::Kind::Io,
                     Text::tr("%1: cannot read: %2").arg(dataPath, file.errorString())};
    return bytes;
}

} // namespace

QString MinisignPublicKey::keyIdText() const {
    return slipway::keyIdText(keyId);
}

Result<MinisignPublicKey> MinisignPublicKey::parse(const QByteArray& text, const QString& source) {
    const QList<QByteArray> lines = textLines(text);
    int number = 1;
    if (!lines.isEmpty() && lines.first().startsWith(kUntrusted))
        number = 2;
    else if (lines.size() != 1)
        return malformed(source, 1,
                         Text::tr("expected \"untrusted comment:\" and a minisign public key"));
    if (lines.size() < number)
        return malformed(source, number, Text::tr("the public key line is missing"));
    const QByteArray bytes = decode(lines.at(number - 1), 2 + kKeyIdBytes + kKeyBytes);
    if (bytes.isEmpty() || !bytes.startsWith("Ed"))
        return malformed(
            source, number,
            Text::tr("not a minisign public key (base64 of \"Ed\", an 8-byte key id and "
                     "a 32-byte Ed25519 key)"));
    MinisignPublicKey key;
    key.keyId = bytes.mid(2, kKeyIdBytes);
    key.key = bytes.mid(2 + kKeyIdBytes);
    return key;
}

Result<MinisignSignature> MinisignSignature::parse(const QByteArray& text, const QString& source) {
    const QList<QByteArray> lines = textLines(text);
    if (lines.isEmpty() || !lines.at(0).startsWith(kUntrusted))
        return malformed(source, 1, Text::tr("expected \"untrusted comment:\""));
    if (lines.size() < 2)
        return malformed(source, 2, Text::tr("the signature line is missing"));
    const QByteArray bytes = decode(lines.at(1), 2 + kKeyIdBytes + kSignatureBytes);
    const QByteArray algorithm = bytes.left(2);
    if (bytes.isEmpty() || (algorithm != "Ed" && algorithm != "ED"))
        return malformed(
            source, 2,
            Text::tr("not a minisign signature (base64 of \"Ed\" or \"ED\", an 8-byte key "
                     "id and a 64-byte signature)"));
    if (lines.size() < 3 || !lines.at(2).startsWith(kTrusted))
        return malformed(source, 3, Text::tr("expected \"trusted comment:\""));
    if (lines.size() < 4)
        return malformed(source, 4, Text::tr("the global signature line is missing"));
    const QByteArray global = decode(lines.at(3), kSignatureBytes);
    if (global.isEmpty())
        return malformed(source, 4, Text::tr("not a global signature (base64 of 64 bytes)"));
    MinisignSignature s;
    s.prehashed = algorithm == "ED";
    s.keyId = bytes.mid(2, kKeyIdBytes);
    s.signature = bytes.mid(2 + kKeyIdBytes);
    s.trustedComment = lines.at(2).mid(kTrusted.size());
    s.globalSignature = global;
    return s;
}

MinisignVerdict MinisignVerifier::verify(const QList<QByteArray>& trustedKeys,
                                         const QString& dataPath, const QString& signaturePath) {
    QFile file(signaturePath);
    if (!file.exists())
        return verdict(MinisignVerdict::Status::Unreadable,
                       Text::tr("%1: no such file").arg(signaturePath));
    if (!file.open(QIODevice::ReadOnly))
        return verdict(MinisignVerdict::Status::Unreadable,
                       Text::tr("%1: cannot open: %2").arg(signaturePath, file.errorString()));
    if (file.size() > kMaxSignatureFile)
        return verdict(MinisignVerdict::Status::Malformed,
                       Text::tr("%1: %2 bytes is too large for a minisign signature")
                           .arg(signaturePath)
                           .arg(file.size()));
    return verifyText(trustedKeys, dataPath, file.readAll(), signaturePath);
}

MinisignVerdict MinisignVerifier::verifyText(const QList<QByteArray>& trustedKeys,
                                             const QString& dataPath,
                                             const QByteArray& signatureText,
                                             const QString& signatureName) {
    auto signature = MinisignSignature::parse(signatureText, signatureName);
    if (!signature)
        return verdict(MinisignVerdict::Status::Malformed, signature.error().message);
    const MinisignSignature& sig = signature.value();

    std::optional<MinisignPublicKey> signer;
    for (qsizetype i = 0; i < trustedKeys.size(); ++i) {
        auto key = MinisignPublicKey::parse(trustedKeys.at(i),
                                            Text::tr("trusted minisign key %1").arg(i + 1));
        if (!key)
            return verdict(MinisignVerdict::Status::Malformed, key.error().message);
        if (key->keyId == sig.keyId && !signer)
            signer = key.value();
    }
    MinisignVerdict v;
    v.keyId = keyIdText(sig.keyId);
    v.prehashed = sig.prehashed;
    if (!signer) {
        v.status = MinisignVerdict::Status::UnknownKey;
        v.message = Text::tr("%1: signed with minisign key %2, which is not among the trusted keys")
                        .arg(signatureName, v.keyId);
        return v;
    }
    auto message = signedMessage(dataPath, sig.prehashed);
    if (!message) {
        v.status = MinisignVerdict::Status::Unreadable;
        v.message = message.error().message;
        return v;
    }
    if (!ed25519Verifies(signer->key, sig.signature, message.value())) {
        v.status = MinisignVerdict::Status::BadSignature;
        v.message = Text::tr("%1: the signature in %2 does not match the file (minisign key %3)")
                        .arg(dataPath, QFileInfo(signatureName).fileName(), v.keyId);
        return v;
    }
    // The trusted comment is only trusted once the global signature binds it to the signature.
    if (!ed25519Verifies(signer->key, sig.globalSignature, sig.signature + sig.trustedComment)) {
        v.status = MinisignVerdict::Status::BadSignature;
        v.message =
            Text::tr("%1: line 3: the trusted comment is not signed by minisign key %2 (changed?)")
                .arg(signatureName, v.keyId);
        return v;
    }
    v.status = MinisignVerdict::Status::Verified;
    v.trustedComment = QString::fromUtf8(sig.trustedComment);
    return v;
}

} // namespace slipway
