// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "ServerRoles.h"
#include "SqlValues.h"
#include "domain/Login.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {

PeopleRepository::PeopleRepository(Database& db)
    : m_db(db) {}

Result<ActorRights> PeopleRepository::rightsOf(const QString& login) const {
    const QString doing = QCoreApplication::translate("PeopleRepository", "reading people");
    ActorRights rights;
    rights.login = login;
    rights.fileReadOnly = m_db.isReadOnly();
    rights.readOnlyReason = m_db.readOnlyReason();
    rights.fileName = m_db.fileName();
    // On a server set up by `admin init` the roles are the login's memberships, which the
    // server itself enforces: the client's check then agrees with it.
    ServerRoles server(m_db);
    auto enforced = server.enforced();
    if (!enforced)
        return enforced.error();
    if (enforced.value()) {
        auto held = server.sessionRoles();
        if (!held)
            return held.error();
        rights.fileHasLogins = true;
        rights.knownPerson = !held->isEmpty();
        rights.roles = held.value();
        rights.roles.remove(QStringLiteral("viewer"));
        return rights;
    }
    // Every person with a login, compared here rather than in SQL: logins match ignoring case
    // (sameLogin), which SQLite's NOCASE does only for ASCII.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT p.id, p.login, r.role FROM people p LEFT JOIN "
                               "person_roles r ON r.person_id = p.id "
                               "WHERE p.login IS NOT NULL AND trim(p.login) <> ''")))
        return m_db.errorFrom(q.lastError(), doing);
    QHash<qint64, QSet<QString>> matching; // person id: roles
    while (q.next()) {
        rights.fileHasLogins = true;
        if (!sameLogin(q.value(1).toString(), login))
            continue;
        QSet<QString>& roles = matching[q.value(0).toLongLong()];
        if (!q.value(2).isNull())
            roles.insert(q.value(2).toString());
    }
    // Two people whose logins differ only in case (possible in a file from before logins were
    // compared so) make the account ambiguous: it counts as nobody, never as both.
    if (matching.size() == 1) {
        rights.knownPerson = true;
        rights.roles = matching.cbegin().value();
    }
    return rights;
}

} // namespace slipway

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)
};
QString saving() {
    return Text::tr("saving people");
}

const QString kSelectPerson = QStringLiteral(
    "SELECT id, name, email, login, time_zone, team_id, work_start_min, work_end_min, work_days, "
    "row_version FROM people");
const QString kSelectAvailability = QStringLiteral(
    "SELECT id, person_id, kind, start_utc, end_utc, note, row_version FROM person_availability");

Person personFrom(const QSqlQuery& q) {
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.email = q.value(2).toString();
    p.login = q.value(3).toString();
    p.zone = q.value(4).toString();
    p.teamId = q.value(5).toLongLong();
    p.workStartMin = q.value(6).toInt();
    p.workEndMin = q.value(7).toInt();
    p.workDays = q.value(8).toInt();
    p.rowVersion = q.value(9).toLongLong();
    return p;
}

Availability availabilityFrom(const QSqlQuery& q) {
    Availability a;
    a.id = q.value(0).toLongLong();
    a.personId = q.value(1).toLongLong();
    a.kind = q.value(2).toString() == u"on_call" ? Availability::Kind::OnCall
                                                 : Availability::Kind::Leave;
    a.startUtc = q.value(3).toLongLong();
    a.endUtc = q.value(4).toLongLong();
    a.note = q.value(5).toString();
    a.rowVersion = q.value(6).toLongLong();
    return a;
}

void bindPerson(QSqlQuery& q, const Person& p) {
    q.addBindValue(sql::text(p.name.trimmed()));
    q.addBindValue(sql::text(p.email.trimmed()));
    q.addBindValue(p.login.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                               : QVariant(p.login.trimmed()));
    q.addBindValue(p.zone);
    q.addBindValue(sql::optionalId(p.teamId));
    q.addBindValue(p.workStartMin);
    q.addBindValue(p.workEndMin);
    q.addBindValue(p.workDays);
}

void bindAvailability(QSqlQuery& q, const Availability& a) {
    q.addBindValue(a.personId);
    q.addBindValue(toKey(a.kind));
    q.addBindValue(a.startUtc);
    q.addBindValue(a.endUtc);
    q.addBindValue(sql::text(a.note));
}

} // namespace

Result<QList<Person>> PeopleRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelectPerson + QStringLiteral(" ORDER BY lower(name), id")))
        return m_db.errorFrom(q.lastError(), saving());
    QList<Person> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(personFrom(q));
    }
    if (!q.exec(QStringLiteral("SELECT person_id, role FROM person_roles ORDER BY role")))
        return m_db.errorFrom(q.lastError(), saving());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].roles.append(q.value(1).toString());
    }
    return out;
}

Result<Person> PeopleRepository::find(qint64 id) const {
    const QString gone = Text::tr("Person %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectPerson, id, saving(), gone.arg(id)); !found)
        return found.error();
    Person p = personFrom(q);
    q.prepare(QStringLiteral("SELECT role FROM person_roles WHERE person_id = ? ORDER BY role"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), saving());
    while (q.next())
        p.roles.append(q.value(0).toString());
    return p;
}

Result<Person> PeopleRepository::insert(const Person& p, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("people"),
        QStringLiteral("name, email, login, time_zone, team_id, work_start_min, work_end_min, "
                       "work_days, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), p.id);
    bindPerson(q, p);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, saving());
    if (!inserted)
        return inserted.error();
    if (auto roles = writeRoles(inserted.value(), p.roles); !roles)
        return roles.error();
    return find(inserted.value());
}

Result<Person> PeopleRepository::update(const Person& p, const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE people SET name = ?, email = ?, login = ?, time_zone = ?, "
                             "team_id = ?, work_start_min = ?, work_end_min = ?, work_days = ?, "
                             "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                             "WHERE id = ? AND row_version = ?"));
    bindPerson(q, p);
    sql::bindUpdated(q, actor, now, p.id, p.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("people"), p.id, p.name, saving());
    if (!updated)
        return updated.error();
    if (auto roles = writeRoles(p.id, p.roles); !roles)
        return roles.error();
    return find(p.id);
}

Result<void> PeopleRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("people"), id, expectedRowVersion,
                                QStringLiteral("name"), saving());
}

Result<void> PeopleRepository::writeRoles(qint64 personId, const QStringList& roles) {
    // On a server with Slipway's roles, `slipway admin grant` keeps them; the screen shows them.
    auto enforced = ServerRoles(m_db).enforced();
    if (!enforced)
        return enforced.error();
    QSqlQuery q(m_db.connection());
    if (enforced.value()) {
        q.prepare(QStringLiteral("SELECT role FROM person_roles WHERE person_id = ?"));
        q.addBindValue(personId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), saving());
        QSet<QString> stored;
        while (q.next())
            stored.insert(q.value(0).toString());
        if (stored != QSet<QString>(roles.cbegin(), roles.cend()))
            return Error{Error::Kind::Permission,
                         Text::tr("Roles on %1 are the server's: change them with 'slipway admin "
                                  "grant'.")
                             .arg(m_db.fileName())};
        return {};
    }
    q.prepare(QStringLiteral("DELETE FROM person_roles WHERE person_id = ?"));
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), saving());
    q.prepare(QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES (?, ?) "
                             "ON CONFLICT DO NOTHING"));
    for (const QString& role : roles) {
        q.addBindValue(personId);
        q.addBindValue(role);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), saving());
    }
    return {};
}

Result<QList<Availability>> PeopleRepository::availability(qint64 personId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelectAvailability + QStringLiteral(" WHERE person_id = ? ORDER BY start_utc, id"));
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), saving());
    QList<Availability> out;
    while (q.next())
        out.append(availabilityFrom(q));
    return out;
}

Result<Availability> PeopleRepository::findAvailability(qint64 id) const {
    const QString gone = Text::tr("Availability entry %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelectAvailability, id, saving(), gone.arg(id));
        !found)
        return found.error();
    return availabilityFrom(q);
}

Result<Availability> PeopleRepository::insert(const Availability& a, const QString& actor,
                                              qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(q, QStringLiteral("person_availability"),
                       QStringLiteral("person_id, kind, start_utc, end_utc, note, row_version, "
                                      "created_by, created_at, updated_by, updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
    bindAvailability(q, a);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, saving());
    if (!inserted)
        return inserted.error();
    return findAvailability(inserted.value());
}

Result<Availability> PeopleRepository::update(const Availability& a, const QString& actor,
                                              qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE person_availability SET person_id = ?, kind = ?, "
                             "start_utc = ?, end_utc = ?, note = ?, row_version = row_version + 1, "
                             "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    bindAvailability(q, a);
    sql::bindUpdated(q, actor, now, a.id, a.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("person_availability"), a.id,
                                              a.note.isEmpty() ? toKey(a.kind) : a.note, saving());
    if (!updated)
        return updated.error();
    return findAvailability(a.id);
}

Result<void> PeopleRepository::removeAvailability(qint64 id, qint64 expectedRowVersion) {
    // No name column: the row is named by its id.
    return sql::removeVersioned(m_db, QStringLiteral("person_availability"), id, expectedRowVersion,
                                QString(), saving());
}

} // namespace slipway
