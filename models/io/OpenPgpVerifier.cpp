// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/OpenPgpVerifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gpgme.h>

#include <algorithm>
#include <mutex>
#include <optional>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(OpenPgpVerifier)
};

// Detached signatures are a few hundred bytes to a few KiB.
constexpr qint64 kMaxSignatureFile = 1 << 20;

QString gpgError(gpgme_error_t err) {
    return QString::fromUtf8(gpgme_strerror(err));
}

QDateTime utc(long seconds) {
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

// The private home's options: nothing may start a daemon or reach for a key server, and the
// trust decision is the list of keys Slipway imported, not GnuPG's web of trust.
const char kGpgConf[] = "no-autostart\n"
                        "disable-dirmngr\n"
                        "no-auto-key-retrieve\n"
                        "trust-model always\n";

class Data {
public:
    Data() = default;
    ~Data() { gpgme_data_release(m_data); }
    Data(const Data&) = delete;
    Data& operator=(const Data&) = delete;
    gpgme_data_t* out() { return &m_data; }
    gpgme_data_t get() const { return m_data; }

private:
    gpgme_data_t m_data = nullptr;
};

class Key {
public:
    Key() = default;
    ~Key() {
        if (m_key)
            gpgme_key_unref(m_key);
    }
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
    gpgme_key_t* out() { return &m_key; }
    gpgme_key_t get() const { return m_key; }

private:
    gpgme_key_t m_key = nullptr;
};

// gpg answers most things that are not a signature with a bare "General error", so the file
// is looked at first: armour must be a signature's, and a binary file must start with a
// signature packet (tag 2, in the old or the new packet format). Empty when it may be one.
QString notASignature(const QByteArray& bytes) {
    const QByteArray armour = QByteArrayLiteral("-----BEGIN PGP ");
    const qsizetype begin = bytes.indexOf(armour);
    if (begin >= 0) {
        const qsizetype from = begin + armour.size();
        if (bytes.mid(from).startsWith("SIGNATURE-----"))
            return {};
        const qsizetype end = bytes.indexOf("-----", from);
        return Text::tr("not an OpenPGP detached signature (it holds a PGP %1)")
            .arg(QString::fromLatin1(bytes.mid(from, std::min<qsizetype>(end - from, 40))));
    }
    const int first = bytes.isEmpty() ? 0 : static_cast<unsigned char>(bytes.at(0));
    const int tag = !(first & 0x80) ? -1 : (first & 0x40) ? (first & 0x3f) : ((first >> 2) & 0x0f);
    return tag == 2 ? QString() : Text::tr("not an OpenPGP detached signature");
}

OpenPgpVerdict verdict(OpenPgpVerdict::Status status, const QString& message) {
    OpenPgpVerdict v;
    v.status = status;
    v.message = message;
    return v;
}

OpenPgpKeyInfo describe(gpgme_key_t key) {
    OpenPgpKeyInfo info;
    info.fingerprint = QString::fromLatin1(key->fpr);
    for (gpgme_user_id_t uid = key->uids; uid; uid = uid->next)
        info.userIds << QString::fromUtf8(uid->uid);
    if (gpgme_subkey_t primary = key->subkeys) {
        if (char* name = gpgme_pubkey_algo_string(primary)) {
            info.algorithm = QString::fromLatin1(name);
            gpgme_free(name);
        }
        info.created = utc(primary->timestamp);
        info.expires = utc(primary->expires);
        for (gpgme_subkey_t sub = primary->next; sub; sub = sub->next)
            info.subkeyFingerprints << QString::fromLatin1(sub->fpr);
    }
    info.expired = key->expired;
    info.revoked = key->revoked;
    return info;
}

} // namespace

// A temporary GnuPG home with one GPGME context on it.
class OpenPgpVerifier::Home {
public:
    Home() {
        static std::once_flag once;
        std::call_once(once, [] { gpgme_check_version(nullptr); });
        if (!m_dir.isValid()) {
            m_error = Text::tr("cannot make a temporary GnuPG home: %1").arg(m_dir.errorString());
            return;
        }
        QFile conf(m_dir.filePath(QStringLiteral("gpg.conf")));
        if (!conf.open(QIODevice::WriteOnly) || conf.write(kGpgConf) < 0 || !conf.flush()) {
            m_error = Text::tr("%1: cannot write: %2").arg(conf.fileName(), conf.errorString());
            return;
        }
        conf.close();
        gpgme_error_t err = gpgme_engine_check_version(GPGME_PROTOCOL_OpenPGP);
        if (!err)
            err = gpgme_new(&m_ctx);
        if (!err)
            err = gpgme_set_protocol(m_ctx, GPGME_PROTOCOL_OpenPGP);
        if (!err)
            err = gpgme_ctx_set_engine_info(m_ctx, GPGME_PROTOCOL_OpenPGP, nullptr,
                                            QFile::encodeName(m_dir.path()).constData());
        if (err) {
            m_error = Text::tr("GnuPG cannot run (is the gnupg package installed?): %1")
                          .arg(gpgError(err));
            return;
        }
        gpgme_set_offline(m_ctx, 1);
        gpgme_set_keylist_mode(m_ctx, GPGME_KEYLIST_MODE_LOCAL);
    }
    ~Home() {
        if (m_ctx)
            gpgme_release(m_ctx);
        // Nothing should have started an agent here (no-autostart); stop one if it did.
        const QString gpgconf = QStandardPaths::findExecutable(QStringLiteral("gpgconf"));
        if (m_dir.isValid() && !gpgconf.isEmpty()) {
            QProcess kill;
            kill.start(gpgconf, {QStringLiteral("--homedir"), m_dir.path(),
                                 QStringLiteral("--kill"), QStringLiteral("all")});
            kill.waitForFinished(10000);
        }
    }
    Home(const Home&) = delete;
    Home& operator=(const Home&) = delete;

    gpgme_ctx_t ctx() const { return m_ctx; }
    const QString& error() const { return m_error; }
    void fail(const QString& why) { m_error = why; }
    OpenPgpVerdict::Status errorStatus() const { return m_errorStatus; }
    void setErrorStatus(OpenPgpVerdict::Status status) { m_errorStatus = status; }

    // Imports one key block; the fingerprints of the primary keys it held, or an error line
    // naming `source`.
    Result<QStringList> import(const QByteArray& key, const QString& source) {
        if (key.contains("PRIVATE KEY BLOCK"))
            return Error{Error::Kind::Usage,
                         Text::tr("%1: a secret key; give the public key (gpg --armor --export)")
                             .arg(source)};
        Data data;
        gpgme_error_t err =
            gpgme_data_new_from_mem(data.out(), key.constData(), size_t(key.size()), 0);
        if (!err)
            err = gpgme_op_import(m_ctx, data.get());
        if (err)
            return Error{Error::Kind::Usage,
                         Text::tr("%1: not an OpenPGP public key: %2").arg(source, gpgError(err))};
        gpgme_import_result_t result = gpgme_op_import_result(m_ctx);
        if (!result || result->considered == 0)
            return Error{Error::Kind::Usage, Text::tr("%1: not an OpenPGP public key").arg(source)};
        if (result->secret_read > 0)
            return Error{Error::Kind::Usage,
                         Text::tr("%1: holds a secret key; give the public key only").arg(source)};
        QStringList fingerprints;
        for (gpgme_import_status_t s = result->imports; s; s = s->next) {
            if (s->result)
                return Error{Error::Kind::Usage,
                             Text::tr("%1: key %2 was refused: %3")
                                 .arg(source, QString::fromLatin1(s->fpr), gpgError(s->result))};
            const QString fpr = QString::fromLatin1(s->fpr);
            if (!fingerprints.contains(fpr))
                fingerprints << fpr;
        }
        if (fingerprints.isEmpty())
            return Error{Error::Kind::Usage,
                         Text::tr("%1: no usable public key (gpg imported none)").arg(source)};
        return fingerprints;
    }

private:
    QTemporaryDir m_dir{QDir::tempPath() + QStringLiteral("/slipway-gpg-XXXXXX")};
    gpgme_ctx_t m_ctx = nullptr;
    QString m_error;
    OpenPgpVerdict::Status m_errorStatus = OpenPgpVerdict::Status::Unreadable;
};

OpenPgpVerifier::OpenPgpVerifier(const QList<QByteArray>& trustedKeys)
    : m_home(std::make_unique<Home>()) {
    if (!m_home->error().isEmpty())
        return;
    for (qsizetype i = 0; i < trustedKeys.size(); ++i) {
        auto imported =
            m_home->import(trustedKeys.at(i), Text::tr("trusted OpenPGP key %1").arg(i + 1));
        if (!imported) {
            m_home->fail(imported.error().message);
            m_home->setErrorStatus(OpenPgpVerdict::Status::Malformed);
            return;
        }
    }
}

OpenPgpVerifier::~OpenPgpVerifier() = default;

QString OpenPgpVerifier::setupError() const {
    return m_home->error();
}

OpenPgpVerdict OpenPgpVerifier::verify(const QString& dataPath, const QString& signaturePath) {
    using Status = OpenPgpVerdict::Status;
    if (!m_home->error().isEmpty())
        return verdict(m_home->errorStatus(), m_home->error());
    QFile sigFile(signaturePath);
    if (!sigFile.exists())
        return verdict(Status::Unreadable, Text::tr("%1: no such file").arg(signaturePath));
    if (!sigFile.open(QIODevice::ReadOnly))
        return verdict(Status::Unreadable,
                       Text::tr("%1: cannot open: %2").arg(signaturePath, sigFile.errorString()));
    if (sigFile.size() > kMaxSignatureFile)
        return verdict(Status::Malformed,
                       Text::tr("%1: %2 bytes is too large for a detached signature")
                           .arg(signaturePath)
                           .arg(sigFile.size()));
    const QByteArray sigBytes = sigFile.readAll();
    if (const QString why = notASignature(sigBytes); !why.isEmpty())
        return verdict(Status::Malformed, Text::tr("%1: %2").arg(signaturePath, why));
    QFile dataFile(dataPath);
    if (!dataFile.exists())
        return verdict(Status::Unreadable, Text::tr("%1: no such file").arg(dataPath));
    if (!dataFile.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return verdict(Status::Unreadable,
                       Text::tr("%1: cannot open: %2").arg(dataPath, dataFile.errorString()));

    // The signed file streams from its descriptor, so a large artifact is never held in memory.
    Data sig, data;
    gpgme_error_t err =
        gpgme_data_new_from_mem(sig.out(), sigBytes.constData(), size_t(sigBytes.size()), 0);
    if (!err)
        err = gpgme_data_new_from_fd(data.out(), dataFile.handle());
    if (!err)
        err = gpgme_op_verify(m_home->ctx(), sig.get(), data.get(), nullptr);
    if (gpgme_err_code(err) == GPG_ERR_NO_DATA)
        return verdict(Status::Malformed,
                       Text::tr("%1: not an OpenPGP detached signature").arg(signaturePath));
    if (err)
        return verdict(
            Status::Unreadable,
            Text::tr("%1: gpg could not verify it: %2").arg(signaturePath, gpgError(err)));
    gpgme_verify_result_t result = gpgme_op_verify_result(m_home->ctx());
    if (!result || !result->signatures)
        return verdict(Status::Malformed, Text::tr("%1: holds no signature").arg(signaturePath));

    std::optional<OpenPgpVerdict> first;
    for (gpgme_signature_t s = result->signatures; s; s = s->next) {
        OpenPgpVerdict v;
        v.issuer = QString::fromLatin1(s->fpr);
        v.signedAt = utc(long(s->timestamp));
        Key key;
        if (s->fpr && !gpgme_get_key(m_home->ctx(), s->fpr, key.out(), 0) && key.get()) {
            v.fingerprint = QString::fromLatin1(key.get()->fpr);
            if (key.get()->uids)
                v.userId = QString::fromUtf8(key.get()->uids->uid);
        }
        const QString file = QFileInfo(signaturePath).fileName();
        switch (gpgme_err_code(s->status)) {
        case GPG_ERR_NO_ERROR:
            v.status =
                (s->summary & GPGME_SIGSUM_KEY_REVOKED) ? Status::RevokedKey : Status::Verified;
            break;
        case GPG_ERR_BAD_SIGNATURE:
            v.status = Status::BadSignature;
            v.message = Text::tr("%1: the signature in %2 does not match the file (key %3)")
                            .arg(dataPath, file, v.issuer);
            break;
        case GPG_ERR_NO_PUBKEY:
            v.status = Status::UnknownKey;
            v.message = Text::tr("%1: signed by key %2, which is not among the trusted keys")
                            .arg(signaturePath, v.issuer);
            break;
        case GPG_ERR_KEY_EXPIRED:
            v.status = Status::ExpiredKey;
            break;
        case GPG_ERR_SIG_EXPIRED:
            v.status = Status::ExpiredKey;
            v.message = Text::tr("%1: the signature expired on %2")
                            .arg(signaturePath, utc(long(s->exp_timestamp)).toString(Qt::ISODate));
            break;
        case GPG_ERR_CERT_REVOKED:
            v.status = Status::RevokedKey;
            break;
        default:
            v.status = Status::BadSignature;
            v.message = Text::tr("%1: the signature by key %2 is not valid: %3")
                            .arg(signaturePath, v.issuer, gpgError(s->status));
            break;
        }
        if (v.status == Status::ExpiredKey && v.message.isEmpty())
            v.message =
                Text::tr("%1: signed by key %2, which has expired").arg(signaturePath, v.issuer);
        if (v.status == Status::RevokedKey)
            v.message = Text::tr("%1: signed by key %2, which has been revoked")
                            .arg(signaturePath, v.issuer);
        if (v.status == Status::Verified)
            return v;
        if (!first)
            first = v;
    }
    return *first;
}

OpenPgpVerdict OpenPgpVerifier::verifyOnce(const QList<QByteArray>& trustedKeys,
                                           const QString& dataPath, const QString& signaturePath) {
    OpenPgpVerifier verifier(trustedKeys);
    return verifier.verify(dataPath, signaturePath);
}

Result<QList<OpenPgpKeyInfo>> OpenPgpVerifier::keyInfo(const QByteArray& key,
                                                       const QString& source) {
    Home home;
    if (!home.error().isEmpty())
        return Error{Error::Kind::Io, home.error()};
    auto imported = home.import(key, source);
    if (!imported)
        return imported.error();
    QList<OpenPgpKeyInfo> keys;
    for (const QString& fpr : imported.value()) {
        Key found;
        const gpgme_error_t err =
            gpgme_get_key(home.ctx(), fpr.toLatin1().constData(), found.out(), 0);
        if (err || !found.get())
            return Error{
                Error::Kind::Usage,
                Text::tr("%1: key %2 cannot be listed: %3").arg(source, fpr, gpgError(err))};
        keys << describe(found.get());
    }
    return keys;
}

} // namespace slipway
