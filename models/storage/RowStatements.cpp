// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowStatements.h"

#include "Database.h"
#include "StaleRow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway::sql {

void bindCreated(QSqlQuery& q, const QString& actor, qint64 now) {
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(actor);
    q.addBindValue(now);
}

void bindUpdated(QSqlQuery& q, const QString& actor, qint64 now, qint64 id, qint64 rowVersion) {
    q.addBindValue(actor);
    q.addBindValue(now);
    q.addBindValue(id);
    q.addBindValue(rowVersion);
}

Result<void> selectById(Database& db, QSqlQuery& q, const QString& select, qint64 id,
                        const QString& doing, const QString& notFound) {
    q.prepare(select + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing);
    if (!q.next())
        return Error{Error::Kind::NotFound, notFound};
    return {};
}

void prepareInsert(QSqlQuery& q, const QString& table, const QString& columns,
                   const QString& values, qint64 id, const QString& onConflict) {
    const QString tail = onConflict.isEmpty() ? QStringLiteral(" RETURNING id")
                                              : u' ' + onConflict + QStringLiteral(" RETURNING id");
    if (id > 0) {
        q.prepare(
            QStringLiteral("INSERT INTO %1 (id, %2) VALUES (?, %3)").arg(table, columns, values) +
            tail);
        q.addBindValue(id);
    } else {
        q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, columns, values) +
                  tail);
    }
}

Result<qint64> insertReturningId(Database& db, QSqlQuery& q, const QString& doing) {
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing);
    if (!q.next())
        return Error{Error::Kind::Internal,
                     QCoreApplication::translate("RowStatements",
                                                 "While %1: the new row's id was not returned.")
                         .arg(doing)};
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    return id;
}

Result<void> changeVersioned(Database& db, QSqlQuery& q, const QString& table, qint64 id,
                             const QString& shownName, const QString& doing) {
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing);
    if (q.numRowsAffected() != 1)
        return staleRowError(db, table, id, shownName);
    return {};
}

void prepareVersionedDelete(QSqlQuery& q, const QString& table, qint64 id,
                            qint64 expectedRowVersion) {
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ? AND row_version = ?").arg(table));
    q.addBindValue(id);
    q.addBindValue(expectedRowVersion);
}

Result<void> removeVersioned(Database& db, const QString& table, qint64 id,
                             qint64 expectedRowVersion, const QString& nameColumn,
                             const QString& doing) {
    QSqlQuery q(db.connection());
    prepareVersionedDelete(q, table, id, expectedRowVersion);
    if (!q.exec())
        return db.errorFrom(q.lastError(), doing);
    if (q.numRowsAffected() != 1)
        return staleRowErrorByColumn(db, table, id, nameColumn);
    return {};
}

} // namespace slipway::sql
