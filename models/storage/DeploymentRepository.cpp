// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "domain/Release.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("DeploymentRepository", "saving a deployment record");
}

const QString kSelect = QStringLiteral(
    "SELECT d.id, d.release_id, d.environment_id, e.name, e.kind = 'prod', r.name, r.version, "
    "d.version, d.outcome, d.deployed_by, d.deployed_at, d.change_ticket, d.notes, "
    "d.row_version FROM deployments d JOIN environments e ON e.id = d.environment_id "
    "JOIN releases r ON r.id = d.release_id");

Deployment deploymentFrom(const QSqlQuery& q) {
    Deployment d;
    d.id = q.value(0).toLongLong();
    d.releaseId = q.value(1).toLongLong();
    d.environmentId = q.value(2).toLongLong();
    d.environmentName = q.value(3).toString();
    d.production = q.value(4).toBool();
    const QString name = q.value(5).toString();
    const QString version = q.value(6).toString();
    d.releaseLabel = releaseLabel(name, version);
    d.version = q.value(7).toString();
    d.outcome = deploymentOutcomeFromKey(q.value(8).toString()).value_or(DeploymentOutcome::Failed);
    d.deployedBy = q.value(9).toString();
    d.deployedAt = q.value(10).toLongLong();
    d.changeTicket = q.value(11).toString();
    d.notes = q.value(12).toString();
    d.rowVersion = q.value(13).toLongLong();
    return d;
}

// The schema that brought deployment digests (0019_evidence_digests.sql).
constexpr int kDigestsSchema = 19;

} // namespace

// Each record's digests, from the rows `where` (about `d`, deployments) selects.
Result<void> DeploymentRepository::attachDigests(QList<Deployment>& records, const QString& where,
                                                 const QVariantList& binds) const {
    if (records.isEmpty() || m_db.schemaVersion() < kDigestsSchema)
        return {};
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < records.size(); ++i)
        index.insert(records[i].id, i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT x.deployment_id, x.sha256 FROM deployment_digests x JOIN "
                             "deployments d ON d.id = x.deployment_id") +
              where + QStringLiteral(" ORDER BY 1, 2"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const qsizetype i = index.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            records[i].artifactDigests << q.value(1).toString();
    }
    return {};
}

DeploymentRepository::DeploymentRepository(Database& db)
    : m_db(db) {}

Result<QList<Deployment>> DeploymentRepository::list(const DeploymentFilter& f) const {
    QString where = QStringLiteral(" WHERE 1 = 1");
    QVariantList binds;
    if (f.releaseId > 0) {
        where += QStringLiteral(" AND d.release_id = ?");
        binds << f.releaseId;
    }
    if (f.environmentId > 0) {
        where += QStringLiteral(" AND d.environment_id = ?");
        binds << f.environmentId;
    }
    if (!f.deployedBy.trimmed().isEmpty()) {
        where += QStringLiteral(" AND lower(d.deployed_by) = lower(?)");
        binds << f.deployedBy.trimmed();
    }
    if (f.fromUtc > 0) {
        where += QStringLiteral(" AND d.deployed_at >= ?");
        binds << f.fromUtc;
    }
    if (f.toUtc > 0) {
        where += QStringLiteral(" AND d.deployed_at < ?");
        binds << f.toUtc;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY d.deployed_at DESC, d.id DESC"));
    for (const QVariant& v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Deployment> out;
    while (q.next())
        out.append(deploymentFrom(q));
    if (auto attached = attachDigests(out, where, binds); !attached)
        return attached.error();
    return out;
}

Result<Deployment> DeploymentRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE d.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("DeploymentRepository",
                                                 "Deployment record %1 no longer exists — reload.")
                         .arg(id)};
    QList<Deployment> one{deploymentFrom(q)};
    if (auto attached = attachDigests(one, QStringLiteral(" WHERE d.id = ?"), {id}); !attached)
        return attached.error();
    return one.first();
}

Result<Deployment> DeploymentRepository::insert(const Deployment& d, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("deployments"),
        QStringLiteral("release_id, environment_id, version, outcome, deployed_by, deployed_at, "
                       "change_ticket, notes, row_version, created_by, created_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?"), d.id);
    q.addBindValue(d.releaseId);
    q.addBindValue(d.environmentId);
    q.addBindValue(sql::text(d.version.trimmed()));
    q.addBindValue(toKey(d.outcome));
    q.addBindValue(sql::text(d.deployedBy.trimmed()));
    q.addBindValue(d.deployedAt);
    q.addBindValue(sql::text(d.changeTicket.trimmed()));
    q.addBindValue(sql::text(d.notes));
    q.addBindValue(sql::text(actor));
    q.addBindValue(now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    if (!d.artifactDigests.isEmpty()) {
        if (m_db.schemaVersion() < kDigestsSchema)
            return Error{Error::Kind::Internal,
                         QCoreApplication::translate("DeploymentRepository",
                                                     "This file's schema cannot record artifact "
                                                     "digests.")};
        q.prepare(
            QStringLiteral("INSERT INTO deployment_digests (deployment_id, sha256) VALUES (?, ?) "
                           "ON CONFLICT DO NOTHING"));
        for (const QString& digest : d.artifactDigests) {
            q.addBindValue(inserted.value());
            q.addBindValue(digest);
            if (!q.exec())
                return m_db.errorFrom(q.lastError(), doing());
        }
    }
    return find(inserted.value());
}

Result<void> DeploymentRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("deployments"), id, expectedRowVersion, {},
                                doing());
}

} // namespace slipway
