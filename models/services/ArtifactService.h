// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Artifact.h"
#include "domain/Result.h"
#include "domain/SigningKey.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace slipway {

class Database;

// What a release ships: artifacts registered from their files (digests streamed through
// OpenSSL), verified against the files and their detached signatures (OpenPGP through GPGME,
// minisign through OpenSSL) with the keys a release manager trusts, and frozen once the release
// is promoted into the freeze stage. Every change is permission-checked and audited; a frozen
// set refuses all of them, and the file's triggers hold it against any other writer too.
class ArtifactService : public QObject {
    Q_OBJECT
public:
    ArtifactService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    Result<QList<Artifact>> artifacts(qint64 releaseId) const;
    Result<Artifact> find(qint64 id) const;

    struct AddOptions {
        std::optional<ArtifactKind> kind; // none: guessed from each file's name
        QString sourceRepo;
        QString sourceCommit;
        QString buildId;
        QString buildUrl;
        qint64 builtAt = 0;
        // Over all files together: bytes hashed so far and the total.
        std::function<void(qint64 done, qint64 total)> progress;
        const std::atomic_bool* cancel = nullptr;
    };
    // Hashes every file (SHA-256 and SHA-512), then registers them all in one transaction, or
    // none: a name already in the release, a file that cannot be read, a frozen set. A raised
    // cancel flag gives Error::Kind::Cancelled and writes nothing.
    Result<QList<Artifact>> add(qint64 releaseId, const QStringList& files,
                                const AddOptions& options);
    Result<QList<Artifact>> add(qint64 releaseId, const QStringList& files) {
        return add(releaseId, files, AddOptions());
    }
    // Registers one artifact whose digest is known already (a checksum list, a manifest), or
    // with `artifact.id` set brings a removed one back (undo).
    Result<Artifact> insert(const Artifact& artifact);
    // Registers artifacts whose digests are known already (a checksum list's entries) in one
    // transaction with an audit entry each, or none of them: a problem with any one, a name
    // given twice or already in its release, a frozen set (Error::Kind::Refused).
    Result<QList<Artifact>> insertAll(const QList<Artifact>& artifacts);
    Result<void> remove(qint64 id, qint64 rowVersion);
    // Several of one release at once, all or none (each as read: id and row version).
    Result<void> removeAll(qint64 releaseId, const QList<Artifact>& artifacts);

    struct VerifyOptions {
        // Over all artifacts together: bytes of the files checked so far (by their recorded
        // sizes) and the total, as each file is read.
        std::function<void(qint64 done, qint64 total)> progress;
        // Looked at before each artifact and each block read: once raised, a big file stops
        // within one block, nothing is recorded and the result is a Usage error saying so.
        const std::atomic_bool* cancel = nullptr;
    };
    // Checks every artifact of the release against its file: `dir`/name when `dir` is given,
    // else its location. The digest first, then a detached signature beside the file (its
    // recorded signature file, or the name plus .asc, .sig, .gpg or .minisig) against the
    // trusted keys. Each result is recorded (history) and the artifacts come back with it.
    Result<QList<Artifact>> verify(qint64 releaseId, const QString& dir,
                                   const VerifyOptions& options);
    Result<QList<Artifact>> verify(qint64 releaseId, const QString& dir = {}) {
        return verify(releaseId, dir, VerifyOptions());
    }
    // Whether the release's artifact set is frozen (false when that cannot be read).
    bool isFrozen(qint64 releaseId) const;

    Result<QList<SigningKey>> keys() const;
    // Trusts the public keys in `text` (an armoured OpenPGP key block, or a minisign public
    // key): a release manager's decision, audited with the fingerprints.
    Result<QList<SigningKey>> importKeys(const QByteArray& text, const QString& source);
    Result<void> removeKey(qint64 id, qint64 rowVersion);

    // The stage whose promotion freezes a release's set ("Staging" unless the file says
    // otherwise, in meta `artifact_freeze_stage`).
    QString freezeStage() const { return freezeStage(m_db); }
    static QString freezeStage(Database& db);
    // Inside the caller's transaction, once `through` has been promoted: freezes the
    // release's set when that gate, or an earlier one, leads into the freeze stage. Whether
    // it froze the set now.
    static Result<bool> freezeIfDue(Database& db, qint64 releaseId, int throughPosition,
                                    const QString& actor, qint64 now);

Q_SIGNALS:
    void artifactsChanged(qint64 releaseId);
    void keysChanged();

private:
    Result<void> refuseIfFrozen(qint64 releaseId) const;

    Database& m_db;
    Session m_session;
};

} // namespace slipway
