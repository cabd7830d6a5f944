// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerRoles.h"

#include "AuditLog.h"
#include "Database.h"
#include "ServerGrants.h"
#include "domain/Login.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

// Two administrators running init at once take turns (pg_advisory_xact_lock key "roles").
constexpr qint64 kRolesLock = 0x726f6c6573;
constexpr int kMaxIdentifierBytes = 63; // NAMEDATALEN - 1

QString privilegeList(int bits) {
    QStringList words;
    if (bits & ServerGrants::Insert)
        words << QStringLiteral("INSERT");
    if (bits & ServerGrants::Update)
        words << QStringLiteral("UPDATE");
    if (bits & ServerGrants::Delete)
        words << QStringLiteral("DELETE");
    return words.join(QStringLiteral(", "));
}

} // namespace

ServerRoles::ServerRoles(Database& db)
    : m_db(db) {}

QString ServerRoles::quoted(const QString& identifier) {
    QString inner = identifier;
    inner.replace(u'"', QLatin1String("\"\""));
    return u'"' + inner + u'"';
}

Result<void> ServerRoles::checkLogin(const QString& login) {
    // The login as the message shows it: one line, and short.
    QString shown = login.left(70);
    for (QChar& c : shown)
        if (!c.isPrint())
            c = QChar::ReplacementCharacter;
    auto refuse = [&](const QString& why) -> Result<void> {
        return Error{Error::Kind::Usage, tr("Login “%1”: %2.").arg(shown, why)};
    };
    if (login.trimmed().isEmpty())
        return Error{Error::Kind::Usage, tr("The login is empty.")};
    if (login != login.trimmed())
        return refuse(tr("it starts or ends with a space"));
    for (const QChar c : login)
        if (c.isNull() || c.category() == QChar::Other_Control ||
            c.category() == QChar::Other_Format)
            return refuse(tr("it holds a control character"));
    if (QString::fromUtf8(login.toUtf8()) != login)
        return refuse(tr("it is not valid Unicode"));
    if (login.toUtf8().size() > kMaxIdentifierBytes)
        return refuse(tr("longer than PostgreSQL's %1 bytes for a role name, so it would be cut")
                          .arg(kMaxIdentifierBytes));
    const QString lower = login.toLower();
    if (lower.startsWith(QLatin1String("pg_")))
        return refuse(tr("names starting with pg_ are PostgreSQL's own"));
    if (lower.startsWith(QLatin1String("slipway_")))
        return refuse(tr("names starting with slipway_ are Slipway's group roles"));
    for (const char* reserved : {"public", "none", "current_user", "session_user", "current_role"})
        if (lower == QLatin1String(reserved))
            return refuse(tr("a word PostgreSQL reserves in role names"));
    return {};
}

Result<void> ServerRoles::exec(const QString& sql, const QString& doing) const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(sql))
        return m_db.errorFrom(q.lastError(), doing);
    return {};
}

Result<bool> ServerRoles::enforced() const {
    if (!m_db.isPostgres())
        return false;
    QSqlQuery q(m_db.connection());
    // CASE keeps has_table_privilege from naming a role that does not exist.
    if (!q.exec(QStringLiteral(
            "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'slipway_viewer') "
            "THEN has_table_privilege('slipway_viewer', 'slipway_migrations', 'SELECT') "
            "ELSE false END")) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), tr("reading the server's roles"));
    return q.value(0).toBool();
}

Result<QSet<QString>> ServerRoles::sessionRoles() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'slipway\\_%' "
                               "AND pg_has_role(session_user, oid, 'MEMBER')")))
        return m_db.errorFrom(q.lastError(), tr("reading the server's roles"));
    const QStringList known = ServerGrants::roleNames();
    QSet<QString> roles;
    while (q.next()) {
        const QString role = q.value(0).toString().mid(8);
        if (known.contains(role))
            roles.insert(role);
    }
    return roles;
}

Result<void> ServerRoles::checkAdministrator(bool needOwnership) const {
    const QString doing = tr("checking the administrator's rights");
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT rolsuper OR rolcreaterole, current_user FROM pg_roles "
                               "WHERE rolname = current_user")) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), doing);
    const QString user = q.value(1).toString();
    if (!q.value(0).toBool())
        return Error{Error::Kind::Permission,
                     tr("%1 lacks CREATEROLE on %2: ask a database administrator to run this, or "
                        "to ALTER ROLE %1 CREATEROLE.")
                         .arg(user, m_db.fileName())};
    if (!needOwnership)
        return {};
    if (!q.exec(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'S') "
            "AND NOT pg_has_role(current_user, c.relowner, 'USAGE') ORDER BY 1 LIMIT 1")))
        return m_db.errorFrom(q.lastError(), doing);
    if (q.next())
        return Error{Error::Kind::Permission,
                     tr("%1 does not own Slipway's tables on %2 (%3 among them): run this as "
                        "their owner or a superuser.")
                         .arg(user, m_db.fileName(), q.value(0).toString())};
    return {};
}

// Warned, not refused: the order of lists is all that differs (equality, and so keys and
// uniqueness, is bytewise under every deterministic collation, and the audit hashes are over
// bytes), and refusing would make an administrator recreate a database that works.
Result<QString> ServerRoles::collationWarning() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT datcollate, datlocprovider = 'i', daticulocale "
                               "FROM pg_database WHERE datname = current_database()")) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), tr("reading the database's collation"));
    const bool icu = q.value(1).toBool();
    const QString collate =
        icu ? QStringLiteral("ICU ") + q.value(2).toString() : q.value(0).toString();
    const QString lower = collate.toLower();
    if (!icu && (lower == u"c" || lower == u"posix" || lower.startsWith(QLatin1String("c."))))
        return QString();
    return tr("Warning: %1 sorts text by the collation %2, so lists may be ordered unlike a "
              "Slipway file (which sorts by code point); create the database with LC_COLLATE "
              "'C' to match.")
        .arg(m_db.fileName(), collate);
}

Result<ServerRolesReport> ServerRoles::init() {
    if (!m_db.isPostgres())
        return Error{Error::Kind::Usage,
                     tr("%1 is a file: roles enforced by a server need a PostgreSQL database.")
                         .arg(m_db.fileName())};
    if (auto admin = checkAdministrator(true); !admin)
        return admin.error();
    ServerRolesReport report;
    auto warning = collationWarning();
    if (!warning)
        return warning.error();
    report.warning = warning.value();

    const QString doing = tr("setting up the server's roles");
    QSqlQuery q(m_db.connection());
    auto fail = [&](const Error& e) -> Result<ServerRolesReport> {
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (!q.exec(QStringLiteral("BEGIN")))
        return m_db.errorFrom(q.lastError(), doing);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kRolesLock);
    if (!q.exec())
        return fail(m_db.errorFrom(q.lastError(), doing));
    for (const QString& role : ServerGrants::roleNames()) {
        const QString group = ServerGrants::groupRole(role);
        q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
        q.addBindValue(group);
        if (!q.exec())
            return fail(m_db.errorFrom(q.lastError(), doing));
        if (q.next()) {
            if (q.value(0).toBool())
                return fail(Error{Error::Kind::Validation,
                                  tr("The role %1 exists on the server and can log in; Slipway's "
                                     "group roles must be NOLOGIN. Nothing was changed.")
                                      .arg(group)});
            continue;
        }
        if (!q.exec(QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoted(group))))
            return fail(m_db.errorFrom(q.lastError(), doing));
        report.createdRoles << group;
    }
    for (const QString& role : ServerGrants::workingRoles())
        if (!q.exec(QStringLiteral("GRANT slipway_viewer TO %1")
                        .arg(quoted(ServerGrants::groupRole(role)))))
            return fail(m_db.errorFrom(q.lastError(), doing));
    if (!q.exec(QStringLiteral("SELECT current_schema()")) || !q.next())
        return fail(m_db.errorFrom(q.lastError(), doing));
    const QString schema = q.value(0).toString();
    q.finish();
    auto grants = applyGrants(schema);
    if (!grants)
        return fail(grants.error());
    report.grants = grants.value();
    if (auto policies = applyPolicies(); !policies)
        return fail(policies.error());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(m_db.errorFrom(q.lastError(), doing));
    return report;
}

Result<int> ServerRoles::applyGrants(const QString& schema) {
    const QString doing = tr("granting Slipway's roles their tables");
    QStringList groups{QStringLiteral("PUBLIC")};
    for (const QString& role : ServerGrants::roleNames())
        groups << quoted(ServerGrants::groupRole(role));
    const QString all = groups.join(QStringLiteral(", "));
    const QString s = quoted(schema);
    // From nothing each time: a re-run after an upgrade leaves exactly this build's matrix.
    for (const QString& sql :
         {QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2").arg(s, all),
          QStringLiteral("REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2").arg(s, all),
          QStringLiteral("GRANT USAGE ON SCHEMA %1 TO slipway_viewer").arg(s),
          QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO slipway_viewer").arg(s)})
        if (auto ran = exec(sql, doing); !ran)
            return ran.error();
    int count = 1;

    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT table_name FROM information_schema.tables "
                               "WHERE table_schema = current_schema()")))
        return m_db.errorFrom(q.lastError(), doing);
    QSet<QString> tables;
    while (q.next())
        tables.insert(q.value(0).toString());
    // Each table's identity sequence, for the roles that insert into it.
    QHash<QString, QString> sequences;
    if (!q.exec(QStringLiteral(
            "SELECT c.relname, pg_get_serial_sequence(quote_ident(c.relname), a.attname) "
            "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND a.attidentity <> '' AND NOT a.attisdropped")))
        return m_db.errorFrom(q.lastError(), doing);
    while (q.next())
        sequences.insert(q.value(0).toString(), q.value(1).toString());
    // "table.column" for the narrowed UPDATE grants.
    if (!q.exec(QStringLiteral("SELECT table_name || '.' || column_name FROM "
                               "information_schema.columns WHERE table_schema = current_schema()")))
        return m_db.errorFrom(q.lastError(), doing);
    QSet<QString> columns;
    while (q.next())
        columns.insert(q.value(0).toString());
    q.finish();

    const auto matrix = ServerGrants::matrix();
    const auto narrowed = ServerGrants::updateColumns();
    for (auto table = matrix.cbegin(); table != matrix.cend(); ++table) {
        if (!tables.contains(table.key()))
            return Error{Error::Kind::Internal,
                         tr("Slipway's grant matrix names the table %1, which %2 lacks; nothing "
                            "was changed.")
                             .arg(table.key(), m_db.fileName())};
        for (auto role = table->cbegin(); role != table->cend(); ++role) {
            const QString group = quoted(ServerGrants::groupRole(role.key()));
            // UPDATE of the listed columns only, where the matrix narrows it (column privileges).
            const QStringList only = narrowed.value(table.key()).value(role.key());
            int bits = role.value();
            QStringList grants;
            if ((bits & ServerGrants::Update) && !only.isEmpty()) {
                bits &= ~ServerGrants::Update;
                QStringList list;
                for (const QString& column : only) {
                    if (!columns.contains(table.key() + u'.' + column))
                        return Error{Error::Kind::Internal,
                                     tr("Slipway's grant matrix names the column %1 of %2, which "
                                        "%3 lacks; nothing was changed.")
                                         .arg(column, table.key(), m_db.fileName())};
                    list << quoted(column);
                }
                grants << QStringLiteral("UPDATE (%1)").arg(list.join(QStringLiteral(", ")));
            }
            if (bits != 0)
                grants.prepend(privilegeList(bits));
            if (grants.isEmpty())
                continue;
            if (auto ran =
                    exec(QStringLiteral("GRANT %1 ON %2 TO %3")
                             .arg(grants.join(QStringLiteral(", ")), quoted(table.key()), group),
                         doing);
                !ran)
                return ran.error();
            ++count;
            // The sequence name comes from the catalogue, already quoted where it needs it.
            const QString sequence = sequences.value(table.key());
            if ((role.value() & ServerGrants::Insert) && !sequence.isEmpty()) {
                if (auto ran = exec(
                        QStringLiteral("GRANT USAGE ON SEQUENCE %1 TO %2").arg(sequence, group),
                        doing);
                    !ran)
                    return ran.error();
                ++count;
            }
        }
    }
    return count;
}

Result<bool> ServerRoles::grant(const QString& login, const QString& role, bool revoke) {
    if (!m_db.isPostgres())
        return Error{Error::Kind::Usage,
                     tr("%1 is a file: logins and their roles live on a PostgreSQL server; a "
                        "file's people screen gives roles.")
                         .arg(m_db.fileName())};
    if (auto valid = checkLogin(login); !valid)
        return valid.error();
    if (!ServerGrants::roleNames().contains(role))
        return Error{Error::Kind::Usage,
                     tr("Unknown role “%1”; one of: %2.")
                         .arg(role.left(40), ServerGrants::roleNames().join(QStringLiteral(", ")))};
    auto ready = enforced();
    if (!ready)
        return ready.error();
    if (!ready.value())
        return Error{Error::Kind::Usage, tr("%1 has no Slipway roles yet: run 'slipway admin "
                                            "init' on it first.")
                                             .arg(m_db.fileName())};
    if (auto admin = checkAdministrator(false); !admin)
        return admin.error();

    const QString doing = revoke ? tr("revoking %1 from %2").arg(role, login)
                                 : tr("granting %1 to %2").arg(role, login);
    QSqlQuery q(m_db.connection());
    auto fail = [&](const Error& e) -> Result<bool> {
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (!q.exec(QStringLiteral("BEGIN")))
        return m_db.errorFrom(q.lastError(), doing);
    q.prepare(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"));
    q.addBindValue(login);
    if (!q.exec())
        return fail(m_db.errorFrom(q.lastError(), doing));
    const bool exists = q.next();
    if (exists && !q.value(0).toBool())
        return fail(Error{Error::Kind::Validation,
                          tr("The role “%1” exists on the server but cannot log in; it is not a "
                             "person's login. Nothing was changed.")
                              .arg(login)});
    q.finish();
    if (!exists && !revoke && !q.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(quoted(login))))
        return fail(m_db.errorFrom(q.lastError(), doing));
    if (exists || !revoke) {
        const QString sql =
            revoke ? QStringLiteral("REVOKE %1 FROM %2") : QStringLiteral("GRANT %1 TO %2");
        if (!q.exec(sql.arg(quoted(ServerGrants::groupRole(role)), quoted(login))))
            return fail(m_db.errorFrom(q.lastError(), doing));
    }
    if (auto person = keepPersonInStep(login, role, revoke); !person)
        return fail(person.error());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(m_db.errorFrom(q.lastError(), doing));
    return !exists && !revoke;
}

Result<void> ServerRoles::keepPersonInStep(const QString& login, const QString& role, bool revoke) {
    const QString doing = tr("keeping the people table in step");
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT session_user")) || !q.next())
        return m_db.errorFrom(q.lastError(), doing);
    const QString actor = q.value(0).toString();
    if (!q.exec(QStringLiteral("SELECT id, login FROM people WHERE login IS NOT NULL")))
        return m_db.errorFrom(q.lastError(), doing);
    qint64 personId = 0;
    while (q.next())
        if (sameLogin(q.value(1).toString(), login))
            personId = q.value(0).toLongLong();
    q.finish();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (personId == 0) {
        if (revoke)
            return {};
        q.prepare(QStringLiteral("INSERT INTO people (name, login, row_version, created_by, "
                                 "created_at, updated_by, updated_at) "
                                 "VALUES (?, ?, 1, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant& v : {QVariant(login), QVariant(login), QVariant(actor), QVariant(now),
                                  QVariant(actor), QVariant(now)})
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return m_db.errorFrom(q.lastError(), doing);
        personId = q.value(0).toLongLong();
        q.finish();
    }
    // person_roles knows the working roles; viewer is every login's by membership alone.
    if (role != u"viewer") {
        q.prepare(revoke ? QStringLiteral("DELETE FROM person_roles WHERE person_id = ? AND "
                                          "role = ?")
                         : QStringLiteral("INSERT INTO person_roles (person_id, role) VALUES "
                                          "(?, ?) ON CONFLICT DO NOTHING"));
        q.addBindValue(personId);
        q.addBindValue(role);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
    }
    AuditEntry entry;
    entry.actor = actor;
    entry.action = revoke ? QStringLiteral("revoke_role") : QStringLiteral("grant_role");
    entry.entity = QStringLiteral("person");
    entry.entityId = personId;
    entry.afterJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), role}})
            .toJson(QJsonDocument::Compact));
    if (auto appended = AuditLog(m_db).append(entry); !appended)
        return appended.error();
    return {};
}

} // namespace slipway
