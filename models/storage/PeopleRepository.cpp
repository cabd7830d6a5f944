// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

PeopleRepository::PeopleRepository(Database& db)
    : m_db(db)
{
}

Result<ActorRights> PeopleRepository::rightsOf(const QString& login) const
{
    const QString doing = QCoreApplication::translate("PeopleRepository", "reading people");
    ActorRights rights;
    rights.login = login;
    rights.fileReadOnly = m_db.isReadOnly();
    rights.readOnlyReason = m_db.readOnlyReason();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM people WHERE login IS NOT NULL "
                               "AND login <> '')")) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), doing);
    rights.fileHasLogins = q.value(0).toBool();
    q.prepare(QStringLiteral("SELECT p.id, r.role FROM people p LEFT JOIN person_roles r "
                             "ON r.person_id = p.id WHERE p.login = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing);
    while (q.next()) {
        rights.knownPerson = true;
        if (!q.value(1).isNull())
            rights.roles.insert(q.value(1).toString());
    }
    return rights;
}

} // namespace slipway
