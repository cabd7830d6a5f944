// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactService.h"

#include "ArtifactChecks.h"
#include "AuditedWrite.h"
#include "io/FileDigest.h"
#include "io/MinisignVerifier.h"
#include "io/OpenPgpVerifier.h"
#include "rules/Permissions.h"
#include "storage/ArtifactRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/GateRepository.h"
#include "storage/MetaRepository.h"
#include "storage/PeopleRepository.h"
#include "storage/ReleaseRepository.h"
#include "storage/SigningKeyRepository.h"
#include "storage/Transaction.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace slipway {
namespace {

const QString kArtifact = QStringLiteral("artifact");

} // namespace

ArtifactService::ArtifactService(Database& db, Session session, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_session(std::move(session)) {}

Result<QList<Artifact>> ArtifactService::artifacts(qint64 releaseId) const {
    return ArtifactRepository(m_db).forRelease(releaseId);
}

Result<Artifact> ArtifactService::find(qint64 id) const {
    return ArtifactRepository(m_db).find(id);
}

QString ArtifactService::freezeStage(Database& db) {
    auto stored = MetaRepository(db).value(QStringLiteral("artifact_freeze_stage"));
    return stored && stored.value() && !stored.value()->trimmed().isEmpty()
               ? stored.value()->trimmed()
               : QStringLiteral("Staging");
}

Result<bool> ArtifactService::freezeIfDue(Database& db, qint64 releaseId, int throughPosition,
                                          const QString& actor, qint64 now) {
    ArtifactRepository repo(db);
    auto frozen = repo.freezeOf(releaseId);
    if (!frozen)
        return frozen.error();
    if (frozen.value())
        return false;
    auto gates = GateRepository(db).gatesOf(releaseId);
    if (!gates)
        return gates.error();
    const QString stage = freezeStage(db);
    for (const ReleaseGate& g : gates.value()) {
        if (g.position > throughPosition || g.stage.compare(stage, Qt::CaseInsensitive) != 0)
            continue;
        if (auto written = repo.freeze({releaseId, g.stage, actor, now}); !written)
            return written.error();
        return true;
    }
    return false;
}

Result<void> ArtifactService::refuseIfFrozen(qint64 releaseId) const {
    auto release = ReleaseRepository(m_db).find(releaseId);
    if (!release)
        return release.error();
    const QString label = releaseLabel(release->name, release->version);
    switch (release->status) {
    case ReleaseStatus::Deploying:
    case ReleaseStatus::Deployed:
    case ReleaseStatus::RolledBack:
    case ReleaseStatus::Closed:
        return Error{Error::Kind::Refused,
                     tr("%1 is %2: what it ships can no longer change; a changed artifact needs "
                        "a new version.")
                         .arg(label, displayName(release->status))};
    default:
        break;
    }
    auto freeze = ArtifactRepository(m_db).freezeOf(releaseId);
    if (!freeze)
        return freeze.error();
    if (!freeze.value())
        return {};
    return Error{Error::Kind::Refused,
                 tr("The artifacts of %1 are frozen since it was promoted into %2 (%3 by %4): "
                    "a changed artifact needs a new version.")
                     .arg(label, freeze.value()->stage,
                          QDateTime::fromSecsSinceEpoch(freeze.value()->frozenAt, Qt::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")),
                          freeze.value()->frozenBy)};
}

Result<QList<Artifact>> ArtifactService::add(qint64 releaseId, const QStringList& files,
                                             const AddOptions& options) {
    if (files.isEmpty())
        return Error{Error::Kind::Usage, tr("Name at least one file to register.")};
    if (auto frozen = refuseIfFrozen(releaseId); !frozen)
        return frozen.error();
    // Every file is read before anything is written: a bad one leaves the release as it was.
    qint64 total = 0;
    QSet<QString> names;
    for (const QString& path : files) {
        const QFileInfo info(path);
        if (!info.isFile())
            return Error{Error::Kind::Usage, tr("%1: not a file that can be read").arg(path)};
        if (names.contains(info.fileName().trimmed()))
            return Error{Error::Kind::Usage,
                         tr("%1: two files named %2 in one release").arg(path, info.fileName())};
        names.insert(info.fileName().trimmed());
        total += info.size();
    }
    FileDigest::Options digestOptions;
    digestOptions.sha512 = true;
    digestOptions.cancel = options.cancel;
    qint64 before = 0;
    if (options.progress)
        digestOptions.progress = [&](qint64 done, qint64) {
            options.progress(before + done, total);
        };
    FileDigest digest(digestOptions);
    QList<Artifact> ready;
    for (const QString& path : files) {
        auto digests = digest.compute(path);
        if (!digests)
            return digests.error();
        if (!digests.value())
            return QList<Artifact>(); // cancelled: nothing written
        const QFileInfo info(path);
        before += info.size();
        Artifact a;
        a.releaseId = releaseId;
        a.name = info.fileName();
        a.kind = options.kind.value_or(guessArtifactKind(a.name));
        a.location = info.absoluteFilePath();
        a.sizeBytes = digests.value()->size;
        a.sha256 = digests.value()->sha256;
        a.sha512 = digests.value()->sha512;
        a.sourceRepo = options.sourceRepo;
        a.sourceCommit = options.sourceCommit;
        a.buildId = options.buildId;
        a.buildUrl = options.buildUrl;
        a.builtAt = options.builtAt;
        a.signatureFile = artifactchecks::signatureBeside(a.location);
        if (const QString problem = artifactchecks::problemWith(a); !problem.isEmpty())
            return Error{Error::Kind::Usage, path + QStringLiteral(": ") + problem};
        ready << a;
    }
    QList<Artifact> stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RegisterArtifact,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            if (auto frozen = refuseIfFrozen(releaseId); !frozen)
                return frozen.error();
            ArtifactRepository repo(m_db);
            auto existing = repo.forRelease(releaseId);
            if (!existing)
                return existing.error();
            for (const Artifact& e : existing.value())
                if (names.contains(e.name.trimmed()))
                    return Error{Error::Kind::Validation,
                                 tr("%1 is already an artifact of this release; remove it first "
                                    "or give the new build another name.")
                                     .arg(e.name)};
            QList<AuditedWrite::Entry> logged;
            for (const Artifact& a : std::as_const(ready)) {
                auto inserted = repo.insert(a, m_session.actor, now);
                if (!inserted)
                    return inserted.error();
                stored << inserted.value();
                logged << AuditedWrite::Entry{QStringLiteral("create"),
                                              kArtifact,
                                              inserted->id,
                                              {},
                                              toJson(inserted.value())};
            }
            return logged;
        });
    if (!done)
        return done.error();
    Q_EMIT artifactsChanged(releaseId);
    return stored;
}

Result<Artifact> ArtifactService::insert(const Artifact& artifact) {
    if (const QString problem = artifactchecks::problemWith(artifact); !problem.isEmpty())
        return Error{Error::Kind::Validation, problem};
    if (auto frozen = refuseIfFrozen(artifact.releaseId); !frozen)
        return frozen.error();
    Artifact stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RegisterArtifact,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            auto inserted = ArtifactRepository(m_db).insert(artifact, m_session.actor, now);
            if (!inserted)
                return inserted.error();
            stored = inserted.value();
            return QList<AuditedWrite::Entry>{
                {artifact.id > 0 ? QStringLiteral("restore") : QStringLiteral("create"),
                 kArtifact,
                 stored.id,
                 {},
                 toJson(stored)}};
        });
    if (!done)
        return done.error();
    Q_EMIT artifactsChanged(stored.releaseId);
    return stored;
}

Result<QList<Artifact>> ArtifactService::insertAll(const QList<Artifact>& artifacts) {
    QSet<qint64> releases;
    QSet<QPair<qint64, QString>> names;
    for (const Artifact& a : artifacts) {
        if (const QString problem = artifactchecks::problemWith(a); !problem.isEmpty())
            return Error{Error::Kind::Validation, problem};
        if (a.id > 0)
            return Error{Error::Kind::Validation,
                         tr("%1: a new artifact cannot bring its own id").arg(a.name)};
        const QPair<qint64, QString> key{a.releaseId, a.name.trimmed()};
        if (names.contains(key))
            return Error{Error::Kind::Validation,
                         tr("%1 is named twice; an artifact's name is unique in its release")
                             .arg(a.name.trimmed())};
        names.insert(key);
        releases.insert(a.releaseId);
    }
    for (const qint64 releaseId : std::as_const(releases))
        if (auto frozen = refuseIfFrozen(releaseId); !frozen)
            return frozen.error();
    QList<Artifact> stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RegisterArtifact,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            ArtifactRepository repo(m_db);
            for (const qint64 releaseId : std::as_const(releases)) {
                if (auto frozen = refuseIfFrozen(releaseId); !frozen)
                    return frozen.error();
                auto existing = repo.forRelease(releaseId);
                if (!existing)
                    return existing.error();
                for (const Artifact& e : existing.value())
                    if (names.contains({releaseId, e.name}))
                        return Error{Error::Kind::Validation,
                                     tr("%1 is already an artifact of this release; remove it "
                                        "first or give the new build another name.")
                                         .arg(e.name)};
            }
            QList<AuditedWrite::Entry> logged;
            for (const Artifact& a : artifacts) {
                auto inserted = repo.insert(a, m_session.actor, now);
                if (!inserted)
                    return inserted.error();
                stored << inserted.value();
                logged << AuditedWrite::Entry{QStringLiteral("create"),
                                              kArtifact,
                                              inserted->id,
                                              {},
                                              toJson(inserted.value())};
            }
            return logged;
        });
    if (!done)
        return done.error();
    for (const qint64 releaseId : std::as_const(releases))
        Q_EMIT artifactsChanged(releaseId);
    return stored;
}

Result<void> ArtifactService::remove(qint64 id, qint64 rowVersion) {
    qint64 releaseId = 0;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RegisterArtifact,
        [&](qint64) -> Result<QList<AuditedWrite::Entry>> {
            ArtifactRepository repo(m_db);
            auto before = repo.find(id);
            if (!before)
                return before.error();
            releaseId = before->releaseId;
            if (auto frozen = refuseIfFrozen(releaseId); !frozen)
                return frozen.error();
            if (auto removed = repo.remove(id, rowVersion); !removed)
                return removed.error();
            return QList<AuditedWrite::Entry>{
                {QStringLiteral("delete"), kArtifact, id, toJson(before.value()), {}}};
        });
    if (!done)
        return done.error();
    Q_EMIT artifactsChanged(releaseId);
    return {};
}

Result<void> ArtifactService::removeAll(qint64 releaseId, const QList<Artifact>& gone) {
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::RegisterArtifact,
        [&](qint64) -> Result<QList<AuditedWrite::Entry>> {
            if (auto frozen = refuseIfFrozen(releaseId); !frozen)
                return frozen.error();
            ArtifactRepository repo(m_db);
            QList<AuditedWrite::Entry> logged;
            for (const Artifact& a : gone) {
                auto before = repo.find(a.id);
                if (!before)
                    return before.error();
                if (before->releaseId != releaseId)
                    return Error{Error::Kind::Validation,
                                 tr("%1 is not an artifact of this release").arg(a.name)};
                if (auto removed = repo.remove(a.id, a.rowVersion); !removed)
                    return removed.error();
                logged << AuditedWrite::Entry{
                    QStringLiteral("delete"), kArtifact, a.id, toJson(before.value()), {}};
            }
            return logged;
        });
    if (!done)
        return done.error();
    Q_EMIT artifactsChanged(releaseId);
    return {};
}

bool ArtifactService::isFrozen(qint64 releaseId) const {
    auto freeze = ArtifactRepository(m_db).freezeOf(releaseId);
    return freeze && freeze.value().has_value();
}

Result<QList<Artifact>> ArtifactService::verify(qint64 releaseId, const QString& dir,
                                                const VerifyOptions& options) {
    auto list = artifacts(releaseId);
    if (!list)
        return list.error();
    // Allowed at all, before reading what may be gigabytes.
    auto rights = PeopleRepository(m_db).rightsOf(m_session.actor);
    if (!rights)
        return rights.error();
    if (auto allowed = authorize(rights.value(), Action::VerifyArtifact); !allowed)
        return allowed.error();
    auto trusted = keys();
    if (!trusted)
        return trusted.error();
    // Reading files and signatures happens before the write, outside the transaction. A
    // verifier that cannot start is not a fact about the artifacts: nothing is recorded.
    artifactchecks::Checker checker(trusted.value());
    if (const QString broken = checker.setupError(); !broken.isEmpty())
        return Error{Error::Kind::Io, broken};
    QList<ArtifactVerification> results;
    QHash<qint64, Artifact> checked;
    qint64 total = 0;
    for (const Artifact& a : list.value())
        total += std::max<qint64>(a.sizeBytes, 0);
    qint64 done = 0;
    if (options.progress)
        options.progress(0, total);
    const auto cancelled = [&] {
        return Error{Error::Kind::Usage, tr("Verification cancelled: nothing was recorded.")};
    };
    for (const Artifact& a : list.value()) {
        if (options.cancel && options.cancel->load())
            return cancelled();
        checked.insert(a.id, a);
        const qint64 before = done;
        ArtifactVerification v = checker.check(
            a, dir,
            [&](qint64 read) {
                if (options.progress)
                    options.progress(before + std::min(read, std::max<qint64>(a.sizeBytes, 0)),
                                     total);
            },
            options.cancel);
        if (options.cancel && options.cancel->load())
            return cancelled(); // a file cut short says nothing about itself
        v.artifactId = a.id;
        v.verifiedBy = m_session.actor;
        results << v;
        done += std::max<qint64>(a.sizeBytes, 0);
        if (options.progress)
            options.progress(done, total);
    }
    if (options.cancel && options.cancel->load())
        return cancelled();
    auto written = AuditedWrite::runMany(
        m_db, m_session, Action::VerifyArtifact,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            ArtifactRepository repo(m_db);
            auto current = repo.forRelease(releaseId);
            if (!current)
                return current.error();
            QHash<qint64, Artifact> current_;
            for (const Artifact& a : current.value())
                current_.insert(a.id, a);
            QList<AuditedWrite::Entry> logged;
            for (ArtifactVerification& v : results) {
                // Removed or replaced while its file was read: the
                // result belongs to a row that is no longer there.
                const Artifact was = checked.value(v.artifactId);
                const auto is = current_.constFind(v.artifactId);
                if (is == current_.cend() || is->sha256 != was.sha256 ||
                    is->createdAt != was.createdAt || is->rowVersion != was.rowVersion)
                    continue;
                v.verifiedAt = now;
                auto added = repo.addVerification(v);
                if (!added)
                    return added.error();
                v = added.value();
                logged << AuditedWrite::Entry{QStringLiteral("verify"),
                                              QStringLiteral("artifact_verification"),
                                              v.id,
                                              {},
                                              toJson(v)};
            }
            return logged;
        });
    if (!written)
        return written.error();
    Q_EMIT artifactsChanged(releaseId);
    return artifacts(releaseId);
}

Result<QList<SigningKey>> ArtifactService::keys() const {
    return SigningKeyRepository(m_db).all();
}

Result<QList<SigningKey>> ArtifactService::importKeys(const QByteArray& text,
                                                      const QString& source) {
    auto read = artifactchecks::readKeys(text, source);
    if (!read)
        return read.error();
    QList<SigningKey> stored;
    auto done = AuditedWrite::runMany(
        m_db, m_session, Action::ManageSigningKeys,
        [&](qint64 now) -> Result<QList<AuditedWrite::Entry>> {
            SigningKeyRepository repo(m_db);
            auto existing = repo.all();
            if (!existing)
                return existing.error();
            QList<AuditedWrite::Entry> logged;
            for (const SigningKey& k : read.value()) {
                const bool known =
                    std::any_of(existing->cbegin(), existing->cend(), [&](const SigningKey& e) {
                        return e.fingerprint.compare(k.fingerprint, Qt::CaseInsensitive) == 0;
                    });
                if (known)
                    continue;
                auto inserted = repo.insert(k, m_session.actor, now);
                if (!inserted)
                    return inserted.error();
                stored << inserted.value();
                logged << AuditedWrite::Entry{QStringLiteral("trust"),
                                              QStringLiteral("signing_key"),
                                              inserted->id,
                                              {},
                                              toJson(inserted.value())};
            }
            return logged;
        });
    if (!done)
        return done.error();
    Q_EMIT keysChanged();
    return stored;
}

Result<void> ArtifactService::removeKey(qint64 id, qint64 rowVersion) {
    auto done =
        AuditedWrite::runMany(m_db, m_session, Action::ManageSigningKeys,
                              [&](qint64) -> Result<QList<AuditedWrite::Entry>> {
                                  SigningKeyRepository repo(m_db);
                                  auto before = repo.find(id);
                                  if (!before)
                                      return before.error();
                                  if (auto removed = repo.remove(id, rowVersion); !removed)
                                      return removed.error();
                                  return QList<AuditedWrite::Entry>{{QStringLiteral("distrust"),
                                                                     QStringLiteral("signing_key"),
                                                                     id,
                                                                     toJson(before.value()),
                                                                     {}}};
                              });
    if (!done)
        return done.error();
    Q_EMIT keysChanged();
    return {};
}

} // namespace slipway
