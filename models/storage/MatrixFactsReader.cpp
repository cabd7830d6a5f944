// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixFactsReader.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("MatrixFactsReader", "reading what runs where");
}

} // namespace

MatrixFactsReader::MatrixFactsReader(Database& db)
    : m_db(db) {}

Result<MatrixFacts> MatrixFactsReader::read() const {
    MatrixFacts facts;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const auto each = [&](const QString& sql,
                          const std::function<void(const QSqlQuery&)>& row) -> Result<void> {
        if (!q.exec(sql))
            return m_db.errorFrom(q.lastError(), doing());
        while (q.next())
            row(q);
        q.finish();
        return {};
    };

    auto read = each(QStringLiteral("SELECT id, name, kind, shared, row_version FROM environments"),
                     [&](const QSqlQuery& r) {
                         Environment e;
                         e.id = r.value(0).toLongLong();
                         e.name = r.value(1).toString();
                         e.kind = r.value(2).toString();
                         e.shared = r.value(3).toInt() != 0;
                         e.rowVersion = r.value(4).toLongLong();
                         facts.environments << e;
                     });
    if (!read)
        return read.error();
    read = each(
        QStringLiteral("SELECT id, name, version, status FROM releases"), [&](const QSqlQuery& r) {
            MatrixFacts::Release rel;
            rel.id = r.value(0).toLongLong();
            rel.name = r.value(1).toString();
            rel.version = r.value(2).toString();
            rel.status =
                releaseStatusFromKey(r.value(3).toString()).value_or(ReleaseStatus::Planned);
            facts.releases.insert(rel.id, rel);
        });
    if (!read)
        return read.error();
    read = each(QStringLiteral("SELECT rs.release_id, s.name FROM release_services rs "
                               "JOIN services s ON s.id = rs.service_id ORDER BY s.name"),
                [&](const QSqlQuery& r) {
                    auto it = facts.releases.find(r.value(0).toLongLong());
                    if (it != facts.releases.end())
                        it->services << r.value(1).toString();
                });
    if (!read)
        return read.error();
    // An artifact counts as verified when its newest check says so.
    read = each(
        QStringLiteral("SELECT a.release_id, COUNT(*), SUM(CASE WHEN (SELECT v.result FROM "
                       "artifact_verifications v WHERE v.artifact_id = a.id ORDER BY v.id DESC "
                       "LIMIT 1) = 'verified' THEN 1 ELSE 0 END) FROM artifacts a GROUP BY "
                       "a.release_id"),
        [&](const QSqlQuery& r) {
            auto it = facts.releases.find(r.value(0).toLongLong());
            if (it == facts.releases.end())
                return;
            it->artifacts = r.value(1).toInt();
            it->verifiedArtifacts = r.value(2).toInt();
        });
    if (!read)
        return read.error();
    read = each(QStringLiteral("SELECT release_id, name, grp, version, version_is_range, purl "
                               "FROM release_components ORDER BY release_id, is_subject DESC, id"),
                [&](const QSqlQuery& r) {
                    MatrixFacts::Part p;
                    p.releaseId = r.value(0).toLongLong();
                    p.name = r.value(1).toString();
                    p.group = r.value(2).toString();
                    p.version = r.value(3).toString();
                    p.versionIsRange = r.value(4).toInt() != 0;
                    p.purl = r.value(5).toString();
                    facts.parts << p;
                });
    if (!read)
        return read.error();
    read = each(QStringLiteral("SELECT id, release_id, environment_id, version, outcome, "
                               "deployed_at FROM deployments WHERE outcome IN ('succeeded', "
                               "'rolled_back')"),
                [&](const QSqlQuery& r) {
                    MatrixFacts::Arrival a;
                    a.id = r.value(0).toLongLong();
                    a.releaseId = r.value(1).toLongLong();
                    a.environmentId = r.value(2).toLongLong();
                    a.version = r.value(3).toString();
                    a.kind = r.value(4).toString() == u"succeeded"
                                 ? MatrixFacts::Arrival::Kind::Deployed
                                 : MatrixFacts::Arrival::Kind::RolledBack;
                    a.at = r.value(5).toLongLong();
                    facts.arrivals << a;
                });
    if (!read)
        return read.error();
    read = each(QStringLiteral("SELECT id, release_id, stage, promoted_at FROM release_gates "
                               "WHERE promoted_at IS NOT NULL AND stage <> ''"),
                [&](const QSqlQuery& r) {
                    MatrixFacts::Arrival a;
                    a.kind = MatrixFacts::Arrival::Kind::Promoted;
                    a.id = r.value(0).toLongLong();
                    a.releaseId = r.value(1).toLongLong();
                    a.stage = r.value(2).toString();
                    a.at = r.value(3).toLongLong();
                    facts.arrivals << a;
                });
    if (!read)
        return read.error();
    return facts;
}

Result<QHash<qint64, ReleaseStatus>> MatrixFactsReader::statuses() const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, status FROM releases")))
        return m_db.errorFrom(q.lastError(), doing());
    QHash<qint64, ReleaseStatus> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   releaseStatusFromKey(q.value(1).toString()).value_or(ReleaseStatus::Planned));
    return out;
}

Result<MatrixFacts::Release> MatrixFactsReader::release(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, name, version, status FROM releases WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{
            Error::Kind::NotFound,
            QCoreApplication::translate("MatrixFactsReader", "Release %1 does not exist.").arg(id)};
    MatrixFacts::Release r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.version = q.value(2).toString();
    r.status = releaseStatusFromKey(q.value(3).toString()).value_or(ReleaseStatus::Planned);
    q.finish();
    q.prepare(QStringLiteral("SELECT s.name FROM release_services rs JOIN services s ON "
                             "s.id = rs.service_id WHERE rs.release_id = ? ORDER BY s.name"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next())
        r.services << q.value(0).toString();
    return r;
}

} // namespace slipway
