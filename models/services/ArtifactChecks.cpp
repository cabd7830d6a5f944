// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactChecks.h"

#include "domain/InputText.h"
#include "io/FileDigest.h"
#include "io/MinisignVerifier.h"
#include "io/OpenPgpVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace slipway::artifactchecks {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ArtifactChecks)
};

bool isHex(const QString& s, qsizetype length) {
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return s.size() == length && hex.match(s).hasMatch();
}

QString shortDigest(const QString& hex) {
    return hex.left(12) + QStringLiteral("…");
}

// A location that names a file on this machine (a path or a file: URL), not a registry.
QString localPath(const QString& location) {
    if (location.isEmpty())
        return {};
    const QUrl url(location);
    if (url.isLocalFile())
        return url.toLocalFile();
    if (location.startsWith(u'/') || location.startsWith(QStringLiteral("./")) ||
        !location.contains(QStringLiteral("://")))
        return location;
    return {};
}

ArtifactVerification result(ArtifactState state, const QString& detail) {
    ArtifactVerification v;
    v.result = state;
    v.detail = detail;
    return v;
}

} // namespace

QString signatureBeside(const QString& path) {
    for (const char* ext : {".minisig", ".asc", ".sig", ".gpg"}) {
        const QString candidate = path + QLatin1String(ext);
        if (QFileInfo(candidate).isFile())
            return candidate;
    }
    return {};
}

QString problemWith(const Artifact& a) {
    if (a.name.trimmed().isEmpty())
        return Text::tr("An artifact needs a name.");
    if (a.name.contains(u'/') || a.name.contains(u'\\') || a.name.contains(u'\n'))
        return Text::tr("%1: an artifact's name is a file name, without folders or line breaks")
            .arg(a.name.simplified());
    if (!isHex(a.sha256, 64))
        return Text::tr("%1: the SHA-256 must be 64 hexadecimal digits").arg(a.name);
    if (!a.sha512.isEmpty() && !isHex(a.sha512, 128))
        return Text::tr("%1: the SHA-512 must be 128 hexadecimal digits").arg(a.name);
    if (a.releaseId <= 0)
        return Text::tr("%1: name the release it belongs to").arg(a.name);
    return {};
}

Result<QList<SigningKey>> readKeys(const QByteArray& text, const QString& source) {
    const QByteArray trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{Error::Kind::Usage, Text::tr("%1: no key in it").arg(source)};
    const bool minisign = trimmed.startsWith("untrusted comment:") ||
                          (!trimmed.contains('\n') && trimmed.startsWith("RW"));
    QList<SigningKey> out;
    if (minisign) {
        auto key = MinisignPublicKey::parse(trimmed, source);
        if (!key)
            return key.error();
        SigningKey k;
        k.kind = SigningKey::Kind::Minisign;
        k.fingerprint = key->keyIdText();
        // The file's comment is untrusted text: the label is the key id only.
        k.label = Text::tr("minisign key %1").arg(k.fingerprint);
        k.keyText = QString::fromUtf8(trimmed);
        out << k;
        return out;
    }
    // Kept as text, one key per row, so distrusting one key distrusts exactly that key.
    if (!trimmed.startsWith("-----BEGIN PGP PUBLIC KEY BLOCK-----"))
        return Error{Error::Kind::Usage,
                     Text::tr("%1: not an armoured OpenPGP public key (export it with "
                              "'gpg --export --armor FINGERPRINT')")
                         .arg(source)};
    auto infos = OpenPgpVerifier::keyInfo(text, source);
    if (!infos)
        return infos.error();
    if (infos->size() > 1)
        return Error{Error::Kind::Usage,
                     Text::tr("%1 holds %2 keys: trust each from its own file (gpg --export "
                              "--armor FINGERPRINT), so each can be distrusted on its own")
                         .arg(source)
                         .arg(infos->size())};
    for (const OpenPgpKeyInfo& info : infos.value()) {
        if (info.revoked)
            return Error{Error::Kind::Usage, Text::tr("%1: key %2 is revoked; it cannot be trusted")
                                                 .arg(source, info.fingerprint)};
        SigningKey k;
        k.kind = SigningKey::Kind::OpenPgp;
        k.fingerprint = info.fingerprint;
        k.label = InputText::singleLine(info.userIds.join(QStringLiteral("; ")));
        k.keyText = QString::fromUtf8(trimmed);
        out << k;
    }
    if (out.isEmpty())
        return Error{Error::Kind::Usage, Text::tr("%1: no public key in it").arg(source)};
    return out;
}

Checker::Checker(const QList<SigningKey>& trusted)
    : m_keys(trusted) {
    for (const SigningKey& k : trusted)
        (k.kind == SigningKey::Kind::Minisign ? m_minisign : m_openPgp) << k.keyText.toUtf8();
    if (!m_openPgp.isEmpty())
        m_gpg = std::make_unique<OpenPgpVerifier>(m_openPgp);
}

QString Checker::setupError() const {
    return m_gpg ? m_gpg->setupError() : QString();
}

Checker::~Checker() = default;

ArtifactVerification Checker::check(const Artifact& a, const QString& dir,
                                    const std::function<void(qint64)>& bytesRead,
                                    const std::atomic_bool* cancel) {
    const QString file = !dir.isEmpty() ? QDir(dir).filePath(a.name) : localPath(a.location);
    if (file.isEmpty())
        return result(ArtifactState::MissingFile,
                      Text::tr("%1 lies at %2, not on this machine: verify it with --dir FOLDER")
                          .arg(a.name, a.location));
    if (!QFileInfo(file).isFile())
        return result(ArtifactState::MissingFile, Text::tr("%1 is not there").arg(file));
    FileDigest::Options options;
    options.sha512 = !a.sha512.isEmpty();
    options.cancel = cancel;
    if (bytesRead)
        options.progress = [&](qint64 done, qint64) {
            bytesRead(done);
        };
    auto digests = FileDigest(options).compute(file);
    if (!digests || !digests.value())
        return result(ArtifactState::MissingFile, digests
                                                      ? Text::tr("%1 could not be read").arg(file)
                                                      : digests.error().message);
    if (digests.value()->sha256 != a.sha256.toLower())
        return result(ArtifactState::DigestMismatch,
                      Text::tr("%1: SHA-256 is %2, registered %3")
                          .arg(file, shortDigest(digests.value()->sha256), shortDigest(a.sha256)));
    if (!a.sha512.isEmpty() && digests.value()->sha512 != a.sha512.toLower())
        return result(ArtifactState::DigestMismatch,
                      Text::tr("%1: SHA-512 is %2, registered %3")
                          .arg(file, shortDigest(digests.value()->sha512), shortDigest(a.sha512)));
    QString signature;
    if (!a.signatureFile.isEmpty()) {
        const QString named = QFileInfo(a.signatureFile).isAbsolute()
                                  ? a.signatureFile
                                  : QFileInfo(file).dir().filePath(a.signatureFile);
        // Verifying in another folder: the signature is looked for beside the file there.
        const QString there = QFileInfo(file).dir().filePath(QFileInfo(a.signatureFile).fileName());
        signature = QFileInfo(there).isFile() ? there : named;
        if (!QFileInfo(signature).isFile())
            return result(ArtifactState::MissingFile,
                          Text::tr("%1: its signature %2 is not there").arg(file, signature));
    } else {
        signature = signatureBeside(file);
    }
    if (signature.isEmpty())
        return result(ArtifactState::Verified, Text::tr("digest matches; no signature"));
    return checkSignature(file, signature);
}

// minisign writes .minisig, but a .sig may be one too: its first line says so.
static bool isMinisignSignature(const QString& signature) {
    if (signature.endsWith(QStringLiteral(".minisig")))
        return true;
    QFile f(signature);
    return f.open(QIODevice::ReadOnly) && f.read(64).startsWith("untrusted comment:");
}

ArtifactVerification Checker::checkSignature(const QString& file, const QString& signature) {
    if (isMinisignSignature(signature)) {
        const MinisignVerdict v = MinisignVerifier::verify(m_minisign, file, signature);
        ArtifactVerification out;
        switch (v.status) {
        case MinisignVerdict::Status::Verified:
            out = result(ArtifactState::Verified,
                         Text::tr("minisign signature by %1: %2").arg(v.keyId, v.trustedComment));
            out.keyFingerprint = v.keyId;
            for (const SigningKey& k : std::as_const(m_keys))
                if (k.fingerprint == v.keyId)
                    out.keyLabel = k.label;
            return out;
        case MinisignVerdict::Status::UnknownKey:
            return result(ArtifactState::UnknownKey,
                          Text::tr("%1: signed by minisign key %2, which is not trusted")
                              .arg(signature, v.keyId));
        case MinisignVerdict::Status::Unreadable:
            return result(ArtifactState::MissingFile, v.message);
        case MinisignVerdict::Status::BadSignature:
        case MinisignVerdict::Status::Malformed:
            return result(ArtifactState::BadSignature, v.message);
        }
    }
    if (!m_gpg)
        m_gpg = std::make_unique<OpenPgpVerifier>(m_openPgp);
    const OpenPgpVerdict v = m_gpg->verify(file, signature);
    const bool trustedSigner =
        std::any_of(m_keys.cbegin(), m_keys.cend(), [&](const SigningKey& k) {
            return k.kind == SigningKey::Kind::OpenPgp &&
                   k.fingerprint.compare(v.fingerprint, Qt::CaseInsensitive) == 0;
        });
    if (v.status == OpenPgpVerdict::Status::Verified && !trustedSigner)
        return result(
            ArtifactState::UnknownKey,
            Text::tr("%1: signed by key %2, which is not trusted").arg(signature, v.fingerprint));
    switch (v.status) {
    case OpenPgpVerdict::Status::Verified: {
        ArtifactVerification out =
            result(ArtifactState::Verified,
                   Text::tr("OpenPGP signature by %1").arg(InputText::singleLine(v.userId)));
        out.keyFingerprint = v.fingerprint;
        out.keyLabel = InputText::singleLine(v.userId);
        return out;
    }
    case OpenPgpVerdict::Status::UnknownKey:
        return result(
            ArtifactState::UnknownKey,
            Text::tr("%1: signed by key %2, which is not trusted").arg(signature, v.issuer));
    case OpenPgpVerdict::Status::Unreadable:
        return result(ArtifactState::MissingFile, v.message);
    case OpenPgpVerdict::Status::ExpiredKey:
    case OpenPgpVerdict::Status::RevokedKey:
    case OpenPgpVerdict::Status::BadSignature:
    case OpenPgpVerdict::Status::Malformed:
        break;
    }
    return result(ArtifactState::BadSignature,
                  v.message.isEmpty() ? Text::tr("%1: the signature does not match").arg(signature)
                                      : v.message);
}

} // namespace slipway::artifactchecks
