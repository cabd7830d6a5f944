// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerLogin.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

Result<QString> ServerLogin::of(const Database& db) {
    const QString doing = QCoreApplication::translate("ServerLogin", "reading the login");
    if (!db.isPostgres())
        return Error{Error::Kind::Internal,
                     QCoreApplication::translate("ServerLogin", "%1 is a file: it has no logins.")
                         .arg(db.fileName())};
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return db.errorFrom(q.lastError(), doing);
    return q.value(0).toString();
}

} // namespace slipway
