// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameLookup.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

NameLookup::NameLookup(Database& db)
    : m_db(db) {}

Result<QHash<qint64, QString>> NameLookup::teams() const {
    return names(QStringLiteral("SELECT id, name FROM teams"),
                 QCoreApplication::translate("NameLookup", "reading teams"));
}

Result<QHash<qint64, QString>> NameLookup::services() const {
    return names(QStringLiteral("SELECT id, name FROM services"),
                 QCoreApplication::translate("NameLookup", "reading services"));
}

Result<QHash<qint64, QString>> NameLookup::names(const QString& sql, const QString& what) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return m_db.errorFrom(q.lastError(), what);
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

} // namespace slipway
