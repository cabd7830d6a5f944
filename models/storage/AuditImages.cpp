// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditImages.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

AuditImages::AuditImages(Database& db)
    : m_db(db) {}

Result<QHash<qint64, AuditImage>> AuditImages::latest(const QString& entity,
                                                      const QString& wholeRowKey) const {
    const QString doing =
        QCoreApplication::translate("AuditImages", "reading the audit log's newest entries");
    // Whether the after-image holds the key: replace() drops every occurrence, so the text
    // changes exactly when the key is in it, on both engines (SQLite has instr(), PostgreSQL
    // strpos(), neither the other's; LIKE would fold ASCII case on SQLite). An empty key is in
    // every text, so it filters nothing.
    const bool anyImage = wholeRowKey.isEmpty();
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.entity_id, a.seq, a.action, a.after_json FROM audit_log a "
                             "JOIN (SELECT max(seq) AS seq FROM audit_log WHERE entity = ?%1 "
                             "GROUP BY entity_id) m ON a.seq = m.seq")
                  .arg(anyImage ? QString()
                                : QStringLiteral(" AND (after_json = '' OR "
                                                 "replace(after_json, ?, '') <> after_json)")));
    q.addBindValue(entity);
    if (!anyImage)
        q.addBindValue(wholeRowKey);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    QHash<qint64, AuditImage> out;
    while (q.next())
        out.insert(
            q.value(0).toLongLong(),
            AuditImage{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

} // namespace slipway
