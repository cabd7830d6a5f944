// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaleRow.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>

namespace slipway {

Error staleRowError(Database& db, const QString& table, qint64 id, const QString& shownName) {
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("StaleRow", text);
    };
    QSqlQuery q(db.connection());
    // The table name comes from the repositories' own constants, never from input.
    q.prepare(QStringLiteral("SELECT updated_by, updated_at FROM ") + table +
              QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Error{Error::Kind::NotFound, tr("“%1” no longer exists — reload.").arg(shownName)};
    const QString when = QLocale().toString(
        QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC).toLocalTime(),
        QLocale::ShortFormat);
    return Error{
        Error::Kind::Stale,
        tr("“%1” was changed by %2 at %3 — reload.").arg(shownName, q.value(0).toString(), when)};
}

} // namespace slipway
