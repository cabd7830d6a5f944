// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetaRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("MetaRepository", "saving a file setting");
}

} // namespace

MetaRepository::MetaRepository(Database& db)
    : m_db(db) {}

Result<std::optional<QString>> MetaRepository::value(const QString& key) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return m_db.errorFrom(
            q.lastError(), QCoreApplication::translate("MetaRepository", "reading a file setting"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<void> MetaRepository::setValue(const QString& key, const QString& value) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    return {};
}

} // namespace slipway
