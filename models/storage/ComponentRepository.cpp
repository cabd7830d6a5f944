// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ComponentRepository", "saving a release's components");
}

const QString kColumns = QStringLiteral(
    "id, release_id, ref, name, grp, version, version_is_range, purl, type, sha256, hashes, "
    "licences, parent_ref, is_subject, source_file, source_sha256, row_version, created_by, "
    "created_at");

// Digests are stored "ALGORITHM:hex" separated by spaces, licences one per line: neither holds
// its separator.
const QChar kHashSeparator = u' ';
const QChar kLicenceSeparator = u'\n';

QStringList split(const QString& text, QChar separator) {
    return text.isEmpty() ? QStringList() : text.split(separator, Qt::SkipEmptyParts);
}

Component componentFrom(const QSqlQuery& q) {
    Component c;
    c.id = q.value(0).toLongLong();
    c.releaseId = q.value(1).toLongLong();
    c.ref = q.value(2).toString();
    c.name = q.value(3).toString();
    c.group = q.value(4).toString();
    c.version = q.value(5).toString();
    c.versionIsRange = q.value(6).toBool();
    c.purl = q.value(7).toString();
    c.type = q.value(8).toString();
    c.sha256 = q.value(9).toString();
    c.hashes = split(q.value(10).toString(), kHashSeparator);
    c.licences = split(q.value(11).toString(), kLicenceSeparator);
    c.parentRef = q.value(12).toString();
    c.subject = q.value(13).toBool();
    c.sourceFile = q.value(14).toString();
    c.sourceSha256 = q.value(15).toString();
    c.rowVersion = q.value(16).toLongLong();
    c.createdBy = q.value(17).toString();
    c.createdAt = q.value(18).toLongLong();
    return c;
}

} // namespace

ComponentRepository::ComponentRepository(Database& db)
    : m_db(db) {}

Result<QList<Component>> ComponentRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM release_components");
    if (releaseId > 0) {
        q.prepare(select + QStringLiteral(" WHERE release_id = ? ORDER BY is_subject DESC, id"));
        q.addBindValue(releaseId);
    } else {
        q.prepare(select + QStringLiteral(" ORDER BY release_id, is_subject DESC, id"));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<Component> out;
    while (q.next())
        out.append(componentFrom(q));
    return out;
}

Result<QList<ComponentDependency>> ComponentRepository::dependencies(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const QString select =
        QStringLiteral("SELECT component_id, depends_on_id FROM component_dependencies");
    if (releaseId > 0) {
        q.prepare(select +
                  QStringLiteral(" WHERE release_id = ? ORDER BY component_id, depends_on_id"));
        q.addBindValue(releaseId);
    } else {
        q.prepare(select + QStringLiteral(" ORDER BY release_id, component_id, depends_on_id"));
    }
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ComponentDependency> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

Result<ComponentRepository::Summary> ComponentRepository::summary(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT (SELECT count(*) FROM release_components WHERE release_id = ?), "
        "(SELECT count(*) FROM component_dependencies WHERE release_id = ?), "
        "(SELECT source_file FROM release_components WHERE release_id = ? ORDER BY id LIMIT 1), "
        "(SELECT source_sha256 FROM release_components WHERE release_id = ? ORDER BY id "
        "LIMIT 1)"));
    for (int i = 0; i < 4; ++i)
        q.addBindValue(releaseId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), doing());
    return Summary{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                   q.value(3).toString()};
}

Result<void> ComponentRepository::removeForRelease(qint64 releaseId) {
    for (const QString& sql :
         {QStringLiteral("DELETE FROM component_dependencies WHERE release_id = ?"),
          QStringLiteral("DELETE FROM release_components WHERE release_id = ?")}) {
        QSqlQuery q(m_db.connection());
        q.prepare(sql);
        q.addBindValue(releaseId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

Result<void> ComponentRepository::insertAll(QList<Component>& components, const QString& actor,
                                            qint64 now) {
    QSqlQuery q(m_db.connection());
    // One statement, prepared once and run per row: an SBOM of 10,000 components is one
    // import, not 10,000 preparations.
    if (!q.prepare(QStringLiteral(
            "INSERT INTO release_components (release_id, ref, name, grp, version, "
            "version_is_range, purl, type, sha256, hashes, licences, parent_ref, is_subject, "
            "source_file, source_sha256, row_version, created_by, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) RETURNING id")))
        return m_db.errorFrom(q.lastError(), doing());
    const QVariant nullText(QMetaType::fromType<QString>());
    for (Component& c : components) {
        q.bindValue(0, c.releaseId);
        q.bindValue(1, c.ref.isEmpty() ? nullText : QVariant(c.ref));
        q.bindValue(2, sql::text(c.name));
        q.bindValue(3, sql::text(c.group));
        q.bindValue(4, sql::text(c.version));
        q.bindValue(5, c.versionIsRange ? 1 : 0);
        q.bindValue(6, sql::text(c.purl));
        q.bindValue(7, sql::text(c.type));
        q.bindValue(8, sql::text(c.sha256.toLower()));
        q.bindValue(9, sql::text(c.hashes.join(kHashSeparator)));
        q.bindValue(10, sql::text(c.licences.join(kLicenceSeparator)));
        q.bindValue(11, sql::text(c.parentRef));
        q.bindValue(12, c.subject ? 1 : 0);
        q.bindValue(13, sql::text(c.sourceFile));
        q.bindValue(14, sql::text(c.sourceSha256));
        q.bindValue(15, sql::text(actor));
        q.bindValue(16, now);
        const auto inserted = sql::insertReturningId(m_db, q, doing());
        if (!inserted)
            return inserted.error();
        c.id = inserted.value();
        c.rowVersion = 1;
        c.createdBy = actor;
        c.createdAt = now;
    }
    return {};
}

Result<void> ComponentRepository::insertDependencies(qint64 releaseId,
                                                     const QList<ComponentDependency>& edges) {
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("INSERT INTO component_dependencies (release_id, "
                                  "component_id, depends_on_id) VALUES (?, ?, ?)")))
        return m_db.errorFrom(q.lastError(), doing());
    for (const ComponentDependency& e : edges) {
        q.bindValue(0, releaseId);
        q.bindValue(1, e.componentId);
        q.bindValue(2, e.dependsOnId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

} // namespace slipway
