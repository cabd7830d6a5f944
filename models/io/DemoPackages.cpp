// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPackages.h"

#include "DemoAudit.h"

#include "domain/Artifact.h"
#include "domain/ConfigItem.h"
#include "domain/Environment.h"
#include "domain/Release.h"
#include "domain/SigningKey.h"
#include "rules/SecretReference.h"
#include "storage/ArtifactRepository.h"
#include "storage/AuditLog.h"
#include "storage/ConfigRepository.h"
#include "storage/Database.h"
#include "storage/EnvironmentRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/SigningKeyRepository.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <algorithm>

namespace slipway::DemoPackages {
namespace {

// Real public keys, made for the demo only; their secret halves were never kept.
const QString kMinisignId = QStringLiteral("7D623EB938217C27");
const QString kMinisignLabel = QStringLiteral("Northwind release signing (demo)");
const QString kMinisignKey =
    QStringLiteral("untrusted comment: minisign public key 7D623EB938217C27\n"
                   "RWQnfCE4uT5ifeajenx622WEq/rPk330e8x/m2is6MBGMM52DjS4Mtq3\n");
const QString kPgpFingerprint = QStringLiteral("9D43DE5AA19A897D41CCCA17D1F0F7DFD6D43B93");
const QString kPgpLabel =
    QStringLiteral("Northwind Build Service (demo) <build@northwind.example>");
const QString kPgpKey =
    QStringLiteral("-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n"
                   "mDMEaxYU7xYJKwYBBAHaRw8BAQdA8H1jXsi75mfCe0kAOgPUJlU322gwK1TxsVlL\n"
                   "N+9LTci0OE5vcnRod2luZCBCdWlsZCBTZXJ2aWNlIChkZW1vKSA8YnVpbGRAbm9y\n"
                   "dGh3aW5kLmV4YW1wbGU+iJYEExYIAD4WIQSdQ95aoZqJfUHMyhfR8Pff1tQ7kwUC\n"
                   "axYU7wIbAwUJA8JnAAULCQgHAgYVCgkICwIEFgIDAQIeAQIXgAAKCRDR8Pff1tQ7\n"
                   "kwI6AQCC0lowlm6YKeOadSusDma60NcYX2QP1xeDOpYCDVT0fwEA0dkk+AsSHhJd\n"
                   "M2oIZb/sikKsQyktw5zXtr9sN3CKlQ0=\n"
                   "=/zxn\n"
                   "-----END PGP PUBLIC KEY BLOCK-----\n");

const QString kReleaseManager = QStringLiteral("amara.okafor");
const QString kPipeline = QStringLiteral("build-service");
constexpr qint64 kDay = 24 * 3600;

using Writer = DemoAuditWriter;

QString hexOf(const QByteArray& seed, QCryptographicHash::Algorithm algorithm) {
    return QString::fromLatin1(QCryptographicHash::hash(seed, algorithm).toHex());
}

QString shortDigest(const QString& hex) {
    return hex.left(12) + QStringLiteral("…");
}

// "Payments API" → "payments-api".
QString slugOf(const QString& name) {
    QString out;
    for (const QChar c : name.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u'-';
    }
    while (out.endsWith(u'-'))
        out.chop(1);
    return out.isEmpty() ? QStringLiteral("release") : out;
}

// What a release's pipeline built: an image, a package, an archive and a settings bundle.
// The product's part of a release's name: "Data Warehouse 2026.12.0 hotfix" → "Data Warehouse".
QString productPart(const Release& r) {
    const qsizetype at = r.version.isEmpty() ? -1 : r.name.indexOf(r.version);
    return at > 0 ? r.name.left(at).trimmed() : r.name;
}

QList<Artifact> builtFor(const Release& r, qint64 builtAt) {
    const QString slug = slugOf(productPart(r));
    const QString v = r.version;
    const QString commit = hexOf(QString(slug + v).toUtf8(), QCryptographicHash::Sha1);
    const struct {
        QString name;
        ArtifactKind kind;
        QString location;
        qint64 size;
    } files[] = {
        {QStringLiteral("%1-%2.oci.tar").arg(slug, v), ArtifactKind::ContainerImage,
         QStringLiteral("oci://registry.northwind.example/%1:%2").arg(slug, v), 187'342'848},
        {QStringLiteral("%1_%2_amd64.deb").arg(slug, v), ArtifactKind::Package,
         QStringLiteral("https://apt.northwind.example/pool/main/%1_%2_amd64.deb").arg(slug, v),
         24'117'248},
        {QStringLiteral("%1-%2.tar.gz").arg(slug, v), ArtifactKind::Archive,
         QStringLiteral("https://artifacts.northwind.example/%1/%2/%1-%2.tar.gz").arg(slug, v),
         61'865'984},
        {QStringLiteral("%1-config-%2.zip").arg(slug, v), ArtifactKind::ConfigBundle,
         QStringLiteral("https://artifacts.northwind.example/%1/%2/%1-config-%2.zip").arg(slug, v),
         48'221},
    };
    QList<Artifact> out;
    for (const auto& f : files) {
        Artifact a;
        a.releaseId = r.id;
        a.name = f.name;
        a.kind = f.kind;
        a.location = f.location;
        a.sizeBytes = f.size;
        const QByteArray seed = QString(QStringLiteral("demo artifact ") + f.name).toUtf8();
        a.sha256 = hexOf(seed, QCryptographicHash::Sha256);
        a.sha512 = hexOf(seed, QCryptographicHash::Sha512);
        a.sourceRepo = QStringLiteral("https://git.northwind.example/%1.git").arg(slug);
        a.sourceCommit = commit;
        a.buildId = QStringLiteral("%1-%2").arg(slug).arg(4100 + r.id);
        a.buildUrl =
            QStringLiteral("https://ci.northwind.example/%1/builds/%2").arg(slug).arg(4100 + r.id);
        a.builtAt = builtAt;
        a.signatureFile =
            f.kind == ArtifactKind::ConfigBundle
                ? QString()
                : f.name + (f.kind == ArtifactKind::Package ? QStringLiteral(".asc")
                                                            : QStringLiteral(".minisig"));
        out << a;
    }
    return out;
}

ArtifactVerification verified(const Artifact& a) {
    ArtifactVerification v;
    v.artifactId = a.id;
    v.result = ArtifactState::Verified;
    if (a.signatureFile.endsWith(QStringLiteral(".minisig"))) {
        v.detail = QStringLiteral("minisign signature by %1: file:%2").arg(kMinisignId, a.name);
        v.keyFingerprint = kMinisignId;
        v.keyLabel = kMinisignLabel;
    } else if (a.signatureFile.endsWith(QStringLiteral(".asc"))) {
        v.detail = QStringLiteral("OpenPGP signature by %1").arg(kPgpLabel);
        v.keyFingerprint = kPgpFingerprint;
        v.keyLabel = kPgpLabel;
    } else {
        v.detail = QStringLiteral("digest matches; no signature");
    }
    return v;
}

// The one check each state stands for, as `artifact verify` words it.
ArtifactVerification checked(const Artifact& a, ArtifactState state) {
    if (state == ArtifactState::Verified)
        return verified(a);
    ArtifactVerification v;
    v.artifactId = a.id;
    v.result = state;
    const QString file = QStringLiteral("/srv/releases/") + a.name;
    switch (state) {
    case ArtifactState::DigestMismatch: {
        const QString found = hexOf(QString(QStringLiteral("tampered ") + a.name).toUtf8(),
                                    QCryptographicHash::Sha256);
        v.detail = QStringLiteral("%1: SHA-256 is %2, registered %3")
                       .arg(file, shortDigest(found), shortDigest(a.sha256));
        break;
    }
    case ArtifactState::BadSignature:
        v.detail = QStringLiteral("%1.asc: the signature does not match the file").arg(file);
        break;
    case ArtifactState::UnknownKey:
        v.detail = QStringLiteral("%1.asc: signed by key 5B2E0C41F7A9D3E8, which is not trusted")
                       .arg(file);
        break;
    case ArtifactState::MissingFile:
        v.detail = QStringLiteral("%1 could not be read").arg(file);
        break;
    default:
        break;
    }
    return v;
}

// Which releases carry which part of the story, by status, always the same ones.
struct Cast {
    QList<Release> shipped;   // deployed: verified, signed, frozen
    QList<Release> deploying; // being deployed: the same
    Release mixed;            // approved: one artifact of each state
    Release unchecked;        // in progress: registered, hardly checked
};

Cast castFrom(QList<Release> releases) {
    std::sort(releases.begin(), releases.end(), [](const Release& a, const Release& b) {
        return a.windowStart != b.windowStart ? a.windowStart > b.windowStart : a.id < b.id;
    });
    Cast c;
    for (const Release& r : std::as_const(releases)) {
        if (!r.windowStart.isValid())
            continue;
        if (r.status == ReleaseStatus::Deployed && c.shipped.size() < 2)
            c.shipped << r;
        else if (r.status == ReleaseStatus::Deploying && c.deploying.isEmpty())
            c.deploying << r;
    }
    // The approved one nearest the anchor, the next to go; the release in progress furthest
    // out, its build only just registered.
    for (auto it = releases.crbegin(); it != releases.crend(); ++it) {
        if (it->windowStart.isValid() && it->status == ReleaseStatus::Approved) {
            c.mixed = *it;
            break;
        }
    }
    for (const Release& r : std::as_const(releases)) {
        if (r.windowStart.isValid() && r.status == ReleaseStatus::InProgress) {
            c.unchecked = r;
            break;
        }
    }
    return c;
}

Result<void> trustKeys(Writer& w, qint64 at) {
    SigningKeyRepository repo(w.db);
    for (const SigningKey::Kind kind : {SigningKey::Kind::OpenPgp, SigningKey::Kind::Minisign}) {
        SigningKey k;
        k.kind = kind;
        const bool pgp = kind == SigningKey::Kind::OpenPgp;
        k.fingerprint = pgp ? kPgpFingerprint : kMinisignId;
        k.label = pgp ? kPgpLabel : kMinisignLabel;
        k.keyText = pgp ? kPgpKey : kMinisignKey;
        auto inserted = repo.insert(k, kReleaseManager, at);
        if (!inserted)
            return inserted.error();
        if (auto a = w.audit(at, kReleaseManager, QStringLiteral("trust"),
                             QStringLiteral("signing_key"), inserted->id, toJson(inserted.value()));
            !a)
            return a;
    }
    return {};
}

// Registers the release's artifacts at `at` and records one check of each in `states`
// (Unverified: none) a day later.
Result<QList<Artifact>> ship(Writer& w, const Release& r, qint64 at,
                             const QList<ArtifactState>& states) {
    ArtifactRepository repo(w.db);
    QList<Artifact> stored;
    const QList<Artifact> built = builtFor(r, at - 3600);
    for (qsizetype i = 0; i < built.size(); ++i) {
        auto inserted = repo.insert(built[i], kPipeline, at);
        if (!inserted)
            return inserted.error();
        if (auto a = w.audit(at, kPipeline, QStringLiteral("create"), QStringLiteral("artifact"),
                             inserted->id, toJson(inserted.value()));
            !a)
            return a.error();
        stored << inserted.value();
        const ArtifactState state = states.value(i, ArtifactState::Verified);
        if (state == ArtifactState::Unverified)
            continue;
        // A tampered file passed its first check; the later one found the change.
        QList<ArtifactVerification> history;
        if (state == ArtifactState::DigestMismatch)
            history << verified(inserted.value());
        history << checked(inserted.value(), state);
        qint64 when = at + kDay / 2;
        for (ArtifactVerification v : std::as_const(history)) {
            v.verifiedBy = kPipeline;
            v.verifiedAt = when;
            auto added = repo.addVerification(v);
            if (!added)
                return added.error();
            if (auto a = w.audit(when, kPipeline, QStringLiteral("verify"),
                                 QStringLiteral("artifact_verification"), added->id,
                                 toJson(added.value()));
                !a)
                return a.error();
            when += kDay / 2;
        }
    }
    return stored;
}

// Settings in a staging and a production environment: plain values that differ between
// them, and secrets only as references to where they live.
Result<void> configure(Writer& w, const Release& r, const QList<Environment>& environments,
                       qint64 at) {
    const QString slug = slugOf(productPart(r));
    ConfigRepository repo(w.db);
    for (const Environment& e : environments) {
        const bool prod = e.kind == u"prod";
        const QString env = prod ? QStringLiteral("prod") : QStringLiteral("staging");
        QString initials; // an Azure key vault's name is short: "kv-ns-prod"
        for (const QString& part : slug.split(u'-', Qt::SkipEmptyParts))
            initials += part.front();
        const QList<std::pair<QString, QString>> values = {
            {QStringLiteral("DB_HOST"),
             QStringLiteral("%1-db.%2.northwind.internal").arg(slug, env)},
            {QStringLiteral("DB_POOL_SIZE"), prod ? QStringLiteral("40") : QStringLiteral("10")},
            {QStringLiteral("LOG_LEVEL"), prod ? QStringLiteral("info") : QStringLiteral("debug")},
            {QStringLiteral("REPLICAS"), prod ? QStringLiteral("6") : QStringLiteral("2")},
            {QStringLiteral("FEATURE_NEW_CHECKOUT"),
             prod ? QStringLiteral("false") : QStringLiteral("true")},
        };
        const QStringList references = {
            QStringLiteral("vault:secret/data/%1/%2/db#password").arg(slug, env),
            QStringLiteral("awssm:%2/%1/gateway#token").arg(slug, env),
            QStringLiteral("azkv:kv-%1-%2/tls-private-key").arg(initials, env),
        };
        const QStringList referenceKeys = {QStringLiteral("DB_PASSWORD"),
                                           QStringLiteral("GATEWAY_TOKEN"),
                                           QStringLiteral("TLS_PRIVATE_KEY")};
        QList<ConfigItem> items;
        for (const auto& [key, value] : values) {
            ConfigItem c;
            c.key = key;
            c.value = value;
            items << c;
        }
        for (qsizetype i = 0; i < references.size(); ++i) {
            if (!prod && i == 1)
                continue; // staging talks to the gateway's sandbox, without a token
            auto ref = SecretReference::parse(references[i]);
            if (!ref)
                return ref.error();
            ConfigItem c;
            c.key = referenceKeys[i];
            c.secretRef = ref->toString();
            c.isSecret = true;
            items << c;
        }
        for (ConfigItem c : std::as_const(items)) {
            c.releaseId = r.id;
            c.environmentId = e.id;
            auto inserted = repo.insert(c, kReleaseManager, at);
            if (!inserted)
                return inserted.error();
            if (auto a =
                    w.audit(at, kReleaseManager, QStringLiteral("create"),
                            QStringLiteral("config_item"), inserted->id, toJson(inserted.value()));
                !a)
                return a;
        }
    }
    return {};
}

} // namespace

Result<qint64> write(Database& db, qint64 anchorSecs) {
    auto releases = ReleaseRepository(db).all();
    if (!releases)
        return releases.error();
    auto allEnvironments = EnvironmentRepository(db).all();
    if (!allEnvironments)
        return allEnvironments.error();
    QList<Environment> environments; // the first staging and the first production one
    for (const char16_t* kind : {u"staging", u"prod"}) {
        const auto it = std::find_if(allEnvironments->cbegin(), allEnvironments->cend(),
                                     [&](const Environment& e) { return e.kind == kind; });
        if (it != allEnvironments->cend())
            environments << *it;
    }
    const Cast cast = castFrom(releases.value());
    Writer w{db};
    const qint64 keysAt = anchorSecs - 120 * kDay;
    if (auto trusted = trustKeys(w, keysAt); !trusted)
        return trusted.error();

    ArtifactRepository artifacts(db);
    const auto registeredAt = [&](const Release& r) {
        const qint64 window = r.windowStart.toSecsSinceEpoch();
        return std::max(keysAt + kDay, std::min(window, anchorSecs) - 9 * kDay);
    };
    for (const Release& r : cast.shipped + cast.deploying) {
        const qint64 at = registeredAt(r);
        if (auto shipped = ship(w, r, at, {}); !shipped)
            return shipped.error();
        if (auto configured = configure(w, r, environments, at); !configured)
            return configured.error();
        // Promoted into Staging four days before its window: the set froze then.
        if (auto frozen =
                artifacts.freeze({r.id, QStringLiteral("Staging"), kReleaseManager, at + 5 * kDay});
            !frozen)
            return frozen.error();
    }
    if (cast.mixed.id != 0) {
        const qint64 at = registeredAt(cast.mixed);
        // Image verified; package tampered with after registration; archive signed by a key
        // nobody trusts; settings bundle gone from where it was registered.
        if (auto shipped = ship(w, cast.mixed, at,
                                {ArtifactState::Verified, ArtifactState::DigestMismatch,
                                 ArtifactState::UnknownKey, ArtifactState::MissingFile});
            !shipped)
            return shipped.error();
        if (auto configured = configure(w, cast.mixed, environments, at); !configured)
            return configured.error();
    }
    if (cast.unchecked.id != 0) {
        const qint64 at = registeredAt(cast.unchecked);
        if (auto shipped = ship(w, cast.unchecked, at,
                                {ArtifactState::BadSignature, ArtifactState::Unverified,
                                 ArtifactState::Unverified, ArtifactState::Unverified});
            !shipped)
            return shipped.error();
    }
    return w.entries;
}

} // namespace slipway::DemoPackages
