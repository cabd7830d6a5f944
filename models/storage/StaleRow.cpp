// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleRow.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace slipway {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StaleRow)
};

QString localTime(const QDateTime& utc) {
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

Error stale(Database& db, const QString& table, qint64 id, const QString& shownName,
            const QString& nameColumn) {
    QSqlQuery q(db.connection());
    // Table and column names come from the repositories' own constants, never from input.
    q.prepare(QStringLiteral("SELECT updated_by, updated_at, %1 FROM %2 WHERE id = ?")
                  .arg(nameColumn.isEmpty() ? QStringLiteral("NULL") : nameColumn, table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error{Error::Kind::NotFound,
                     Text::tr("“%1” no longer exists — reload.").arg(shownName)};
    const QString when = localTime(QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    const QString name = nameColumn.isEmpty() ? shownName : q.value(2).toString();
    return Error{
        Error::Kind::Stale,
        Text::tr("“%1” was changed by %2 at %3 — reload.").arg(name, q.value(0).toString(), when)};
}

} // namespace

Error staleRowError(Database& db, const QString& table, qint64 id, const QString& shownName) {
    return stale(db, table, id, shownName, {});
}

Error staleRowErrorByColumn(Database& db, const QString& table, qint64 id,
                            const QString& nameColumn) {
    return stale(db, table, id, QString::number(id), nameColumn);
}

LastChange lastChangeOf(Database& db, const QString& entity, qint64 id) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT actor, at_ms FROM audit_log WHERE entity = ? AND "
                             "entity_id = ? ORDER BY seq DESC LIMIT 1"));
    q.addBindValue(entity);
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(),
            localTime(QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC))};
}

} // namespace slipway
