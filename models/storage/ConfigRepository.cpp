// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"
#include "StaleRow.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

const QString kTable = QStringLiteral("config_items");

QString doing() {
    return QCoreApplication::translate("ConfigRepository", "saving a configuration setting");
}

const QString kSelect = QStringLiteral(
    "SELECT c.id, c.release_id, c.environment_id, c.key, c.value, c.secret_ref, c.is_secret, "
    "c.row_version, c.created_by, c.created_at, c.updated_by, c.updated_at, e.name "
    "FROM config_items c JOIN environments e ON e.id = c.environment_id");

ConfigItem itemFrom(const QSqlQuery& q) {
    ConfigItem c;
    c.id = q.value(0).toLongLong();
    c.releaseId = q.value(1).toLongLong();
    c.environmentId = q.value(2).toLongLong();
    c.key = q.value(3).toString();
    c.value = q.value(4).toString();
    c.secretRef = q.value(5).toString();
    c.isSecret = q.value(6).toInt() != 0;
    c.rowVersion = q.value(7).toLongLong();
    c.createdBy = q.value(8).toString();
    c.createdAt = q.value(9).toLongLong();
    c.updatedBy = q.value(10).toString();
    c.updatedAt = q.value(11).toLongLong();
    c.environmentName = q.value(12).toString();
    return c;
}

} // namespace

ConfigRepository::ConfigRepository(Database& db)
    : m_db(db) {}

Result<QList<ConfigItem>> ConfigRepository::items(qint64 releaseId, qint64 environmentId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    QStringList where;
    if (releaseId > 0)
        where << QStringLiteral("c.release_id = ?");
    if (environmentId > 0)
        where << QStringLiteral("c.environment_id = ?");
    q.prepare(kSelect +
              (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(u" AND ")) +
              QStringLiteral(" ORDER BY c.release_id, e.name, c.key, c.id"));
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (environmentId > 0)
        q.addBindValue(environmentId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ConfigItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

Result<ConfigItem> ConfigRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("ConfigRepository",
                                                 "Configuration setting %1 no longer exists — "
                                                 "reload.")
                         .arg(id)};
    return itemFrom(q);
}

Result<std::optional<ConfigItem>> ConfigRepository::findKey(qint64 releaseId, qint64 environmentId,
                                                            const QString& key) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.release_id = ? AND c.environment_id = ? AND "
                                       "c.key = ?"));
    q.addBindValue(releaseId);
    q.addBindValue(environmentId);
    q.addBindValue(key);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<ConfigItem>();
    return std::optional<ConfigItem>(itemFrom(q));
}

Result<ConfigItem> ConfigRepository::insert(const ConfigItem& c, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    // A key someone else set since the caller looked is skipped, not an error (see below).
    sql::prepareInsert(
        q, kTable,
        QStringLiteral("release_id, environment_id, key, value, secret_ref, is_secret, "
                       "row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), c.id,
        QStringLiteral("ON CONFLICT (release_id, environment_id, key) DO NOTHING"));
    q.addBindValue(c.releaseId);
    q.addBindValue(c.environmentId);
    q.addBindValue(sql::text(c.key));
    q.addBindValue(sql::text(c.value));
    q.addBindValue(sql::text(c.secretRef));
    q.addBindValue(c.isSecret ? 1 : 0);
    sql::bindCreated(q, actor, now);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        return find(id);
    }
    q.finish();
    auto taken = findKey(c.releaseId, c.environmentId, c.key);
    if (!taken)
        return taken.error();
    if (!taken.value())
        return Error{
            Error::Kind::Stale,
            QCoreApplication::translate("ConfigRepository", "%1 was changed meanwhile — reload.")
                .arg(InputText::quoted(c.key))};
    return staleRowError(m_db, kTable, taken.value()->id, c.key);
}

Result<ConfigItem> ConfigRepository::update(const ConfigItem& c, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE config_items SET value = ?, secret_ref = ?, is_secret = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND row_version = ?"));
    q.addBindValue(sql::text(c.value));
    q.addBindValue(sql::text(c.secretRef));
    q.addBindValue(c.isSecret ? 1 : 0);
    sql::bindUpdated(q, actor, now, c.id, c.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, kTable, c.id, c.key, doing());
    if (!updated)
        return updated.error();
    return find(c.id);
}

Result<void> ConfigRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, kTable, id, expectedRowVersion, QStringLiteral("key"),
                                doing());
}

} // namespace slipway
