// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleaseLinkRepository.h"

#include "Database.h"
#include "RowStatements.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseLinkRepository)
};
QString doing() {
    return Text::tr("saving what a release needs");
}

} // namespace

ReleaseLinkRepository::ReleaseLinkRepository(Database& db)
    : m_db(db) {}

Result<ReleaseLinks> ReleaseLinkRepository::find(qint64 releaseId) const {
    const QString gone = Text::tr("Release %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, QStringLiteral("SELECT row_version FROM releases"),
                                     releaseId, doing(), gone.arg(releaseId));
        !found)
        return found.error();
    ReleaseLinks links;
    links.releaseId = releaseId;
    links.releaseRowVersion = q.value(0).toLongLong();
    q.prepare(QStringLiteral("SELECT environment_id FROM release_environments WHERE release_id = ? "
                             "ORDER BY 1"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next())
        links.environmentIds.append(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT role FROM release_roles WHERE release_id = ? ORDER BY 1"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next())
        links.roles.append(q.value(0).toString());
    return links;
}

Result<ReleaseLinks> ReleaseLinkRepository::write(const ReleaseLinks& links, const QString& actor,
                                                  qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE releases SET row_version = row_version + 1, updated_by = ?, "
                             "updated_at = ? WHERE id = ? AND row_version = ?"));
    sql::bindUpdated(q, actor, now, links.releaseId, links.releaseRowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("releases"), links.releaseId,
                                              Text::tr("Release %1").arg(links.releaseId), doing());
    if (!updated)
        return updated.error();
    for (const char* table : {"release_environments", "release_roles"}) {
        q.prepare(QStringLiteral("DELETE FROM ") + QLatin1String(table) +
                  QStringLiteral(" WHERE release_id = ?"));
        q.addBindValue(links.releaseId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    q.prepare(
        QStringLiteral("INSERT INTO release_environments VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (qint64 environment : links.environmentIds) {
        q.addBindValue(links.releaseId);
        q.addBindValue(environment);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    q.prepare(QStringLiteral("INSERT INTO release_roles VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& role : links.roles) {
        q.addBindValue(links.releaseId);
        q.addBindValue(role);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return find(links.releaseId);
}

} // namespace slipway
