// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ArtifactRepository", "saving an artifact");
}

// The artifact, its latest verification (if any) and its release's freeze, in one row.
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.release_id, a.name, a.kind, a.location, a.size_bytes, a.sha256, a.sha512, "
    "a.source_repo, a.source_commit, a.build_id, a.build_url, a.built_at, a.signature_file, "
    "a.row_version, a.created_by, a.created_at, "
    "v.id, v.result, v.detail, v.key_fingerprint, v.key_label, v.verified_by, v.verified_at, "
    "f.release_id IS NOT NULL "
    "FROM artifacts a "
    "LEFT JOIN artifact_verifications v ON v.id = (SELECT max(id) FROM artifact_verifications "
    "WHERE artifact_id = a.id) "
    "LEFT JOIN artifact_freezes f ON f.release_id = a.release_id");

const QString kVerificationColumns =
    QStringLiteral("id, artifact_id, result, detail, key_fingerprint, key_label, verified_by, "
                   "verified_at");

ArtifactVerification verificationFrom(const QSqlQuery& q, int at) {
    ArtifactVerification v;
    v.id = q.value(at).toLongLong();
    v.artifactId = q.value(at + 1).toLongLong();
    v.result = artifactStateFromKey(q.value(at + 2).toString()).value_or(ArtifactState::Unverified);
    v.detail = q.value(at + 3).toString();
    v.keyFingerprint = q.value(at + 4).toString();
    v.keyLabel = q.value(at + 5).toString();
    v.verifiedBy = q.value(at + 6).toString();
    v.verifiedAt = q.value(at + 7).toLongLong();
    return v;
}

Artifact artifactFrom(const QSqlQuery& q) {
    Artifact a;
    a.id = q.value(0).toLongLong();
    a.releaseId = q.value(1).toLongLong();
    a.name = q.value(2).toString();
    a.kind = artifactKindFromKey(q.value(3).toString()).value_or(ArtifactKind::Other);
    a.location = q.value(4).toString();
    a.sizeBytes = q.value(5).isNull() ? -1 : q.value(5).toLongLong();
    a.sha256 = q.value(6).toString();
    a.sha512 = q.value(7).toString();
    a.sourceRepo = q.value(8).toString();
    a.sourceCommit = q.value(9).toString();
    a.buildId = q.value(10).toString();
    a.buildUrl = q.value(11).toString();
    a.builtAt = q.value(12).toLongLong();
    a.signatureFile = q.value(13).toString();
    a.rowVersion = q.value(14).toLongLong();
    a.createdBy = q.value(15).toString();
    a.createdAt = q.value(16).toLongLong();
    if (!q.value(17).isNull()) {
        ArtifactVerification v;
        v.id = q.value(17).toLongLong();
        v.artifactId = a.id;
        v.result = artifactStateFromKey(q.value(18).toString()).value_or(ArtifactState::Unverified);
        v.detail = q.value(19).toString();
        v.keyFingerprint = q.value(20).toString();
        v.keyLabel = q.value(21).toString();
        v.verifiedBy = q.value(22).toString();
        v.verifiedAt = q.value(23).toLongLong();
        a.latest = v;
    }
    a.frozen = q.value(24).toBool();
    return a;
}

} // namespace

ArtifactRepository::ArtifactRepository(Database& db)
    : m_db(db) {}

Result<QList<Artifact>> ArtifactRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (releaseId > 0) {
        q.prepare(kSelect + QStringLiteral(" WHERE a.release_id = ? ORDER BY a.name, a.id"));
        q.addBindValue(releaseId);
    } else {
        q.prepare(kSelect + QStringLiteral(" ORDER BY a.release_id, a.name, a.id"));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Artifact> out;
    while (q.next())
        out.append(artifactFrom(q));
    return out;
}

Result<Artifact> ArtifactRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE a.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("ArtifactRepository",
                                                 "Artifact %1 no longer exists — reload.")
                         .arg(id)};
    return artifactFrom(q);
}

Result<QList<Artifact>> ArtifactRepository::withSha256(const QString& sha256) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE a.sha256 = ? ORDER BY a.release_id, a.id"));
    q.addBindValue(sha256.toLower());
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Artifact> out;
    while (q.next())
        out.append(artifactFrom(q));
    return out;
}

Result<Artifact> ArtifactRepository::insert(const Artifact& a, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("artifacts"),
        QStringLiteral("release_id, name, kind, location, size_bytes, sha256, sha512, source_repo, "
                       "source_commit, build_id, build_url, built_at, signature_file, row_version, "
                       "created_by, created_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?"), a.id);
    q.addBindValue(a.releaseId);
    q.addBindValue(sql::text(a.name.trimmed()));
    q.addBindValue(toKey(a.kind));
    q.addBindValue(sql::text(a.location.trimmed()));
    q.addBindValue(a.sizeBytes >= 0 ? QVariant(a.sizeBytes)
                                    : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.sha256.toLower());
    q.addBindValue(sql::text(a.sha512.toLower()));
    q.addBindValue(sql::text(a.sourceRepo.trimmed()));
    q.addBindValue(sql::text(a.sourceCommit.trimmed()));
    q.addBindValue(sql::text(a.buildId.trimmed()));
    q.addBindValue(sql::text(a.buildUrl.trimmed()));
    q.addBindValue(a.builtAt > 0 ? QVariant(a.builtAt) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(sql::text(a.signatureFile.trimmed()));
    q.addBindValue(sql::text(actor));
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<void> ArtifactRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("artifacts"), id, expectedRowVersion, {},
                                doing());
}

Result<ArtifactVerification> ArtifactRepository::addVerification(const ArtifactVerification& v) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO artifact_verifications (artifact_id, result, detail, "
                             "key_fingerprint, key_label, verified_by, verified_at) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(v.artifactId);
    q.addBindValue(toKey(v.result));
    q.addBindValue(sql::text(v.detail));
    q.addBindValue(sql::text(v.keyFingerprint));
    q.addBindValue(sql::text(v.keyLabel));
    q.addBindValue(sql::text(v.verifiedBy));
    q.addBindValue(v.verifiedAt);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    ArtifactVerification stored = v;
    stored.id = inserted.value();
    return stored;
}

Result<QList<ArtifactVerification>> ArtifactRepository::verifications(qint64 artifactId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + kVerificationColumns +
        QStringLiteral(" FROM artifact_verifications WHERE artifact_id = ? ORDER BY id DESC"));
    q.addBindValue(artifactId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ArtifactVerification> out;
    while (q.next())
        out.append(verificationFrom(q, 0));
    return out;
}

Result<std::optional<ArtifactRepository::Freeze>>
ArtifactRepository::freezeOf(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT release_id, stage, frozen_by, frozen_at FROM "
                             "artifact_freezes WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<Freeze>();
    return std::optional<Freeze>(Freeze{q.value(0).toLongLong(), q.value(1).toString(),
                                        q.value(2).toString(), q.value(3).toLongLong()});
}

Result<void> ArtifactRepository::freeze(const Freeze& f) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO artifact_freezes (release_id, stage, frozen_by, "
                             "frozen_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(f.releaseId);
    q.addBindValue(sql::text(f.stage));
    q.addBindValue(sql::text(f.frozenBy));
    q.addBindValue(f.frozenAt);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return {};
}

} // namespace slipway
