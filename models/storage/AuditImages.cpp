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
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.entity_id, a.seq, a.action, a.after_json FROM audit_log a JOIN "
        "(SELECT max(seq) AS seq FROM audit_log WHERE entity = ? AND (after_json = '' OR "
        "instr(after_json, ?) > 0) GROUP BY entity_id) m ON a.seq = m.seq"));
    q.addBindValue(entity);
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
