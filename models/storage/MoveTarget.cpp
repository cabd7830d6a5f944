// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveTarget.h"

#include "Database.h"
#include "MoveCatalog.h"

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace slipway {

MoveTarget::MoveTarget(Database& db)
    : m_db(db) {}

MoveTarget::~MoveTarget() {
    rollback();
}

Result<void> MoveTarget::run(const QString& sql, const QString& doing) {
    if (!m_db.isPostgres()) {
        QSqlQuery q(m_db.connection());
        if (!q.exec(sql))
            return m_db.errorFrom(q.lastError(), doing);
        return {};
    }
    // On a server through libpq, on the connection QPSQL holds: the same session and
    // transaction as every QSqlQuery on it.
    PGresult* r = PQexec(m_db.pgHandle(), sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(r);
    Result<void> outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        const char* message =
            r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(m_db.pgHandle());
        outcome =
            m_db.errorFromSqlState(QString::fromLatin1(state ? state : ""),
                                   QString::fromUtf8(message ? message : "").trimmed(), doing);
    }
    PQclear(r);
    return outcome;
}

Result<void> MoveTarget::begin(const QList<MoveTable>& tables) {
    const QString doing = MoveText::tr("preparing the move");
    if (!m_db.isPostgres()) {
        if (auto prepared = m_db.prepareForWriting(); !prepared)
            return prepared;
        if (auto begun = run(m_db.beginWrite(), doing); !begun)
            return begun;
        m_open = true;
        if (auto deferred = run(QStringLiteral("PRAGMA defer_foreign_keys = ON"), doing); !deferred)
            return deferred;
        // SQLite has no switch for triggers; DDL is transactional, so they are dropped and
        // made again from their own text before commit.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND sql IS NOT NULL ORDER BY name")))
            return m_db.errorFrom(q.lastError(), doing);
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            m_fileTriggers.append(q.value(1).toString());
        }
        q.finish();
        for (const QString& name : std::as_const(names))
            if (auto dropped =
                    run(QStringLiteral("DROP TRIGGER %1").arg(MoveCatalog::quoted(name)), doing);
                !dropped)
                return dropped;
        return {};
    }
    if (auto begun = run(QStringLiteral("BEGIN"), doing); !begun)
        return begun;
    m_open = true;
    if (auto set = run(QStringLiteral("SET LOCAL synchronous_commit = off"), doing); !set)
        return set;
    // Replica mode keeps every trigger quiet (the stamps, the chain's guards, the foreign-key
    // checks); it needs a superuser or the right to set it. Tried in a savepoint so that a
    // refusal leaves the transaction usable.
    if (auto saved = run(QStringLiteral("SAVEPOINT slipway_move"), doing); !saved)
        return saved;
    if (run(QStringLiteral("SET LOCAL session_replication_role = replica"), doing))
        return run(QStringLiteral("RELEASE SAVEPOINT slipway_move"), doing);
    if (auto back = run(QStringLiteral("ROLLBACK TO SAVEPOINT slipway_move"), doing); !back)
        return back;
    // The owner's way: user triggers off, foreign keys still checked (hence the table order).
    m_triggersDisabled = true;
    for (const MoveTable& t : tables)
        if (auto off = run(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER")
                               .arg(MoveCatalog::quoted(t.name)),
                           doing);
            !off)
            return off;
    return {};
}

Result<void> MoveTarget::clear(const QList<MoveTable>& tables) {
    for (auto t = tables.crbegin(); t != tables.crend(); ++t)
        if (auto deleted = run(QStringLiteral("DELETE FROM %1").arg(MoveCatalog::quoted(t->name)),
                               MoveText::tr("clearing %1").arg(t->name));
            !deleted)
            return deleted;
    return {};
}

Result<void> MoveTarget::restore(const QList<MoveTable>& tables) {
    const QString doing = MoveText::tr("finishing the move");
    if (!m_db.isPostgres()) {
        for (const QString& sql : std::as_const(m_fileTriggers))
            if (auto made = run(sql, doing); !made)
                return made;
        m_fileTriggers.clear();
        return {};
    }
    if (m_triggersDisabled)
        for (const MoveTable& t : tables)
            if (auto on = run(QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER")
                                  .arg(MoveCatalog::quoted(t.name)),
                              doing);
                !on)
                return on;
    // Identity columns continue after the highest copied id.
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral(
            "SELECT c.relname, a.attname FROM pg_attribute a JOIN pg_class c ON c.oid = "
            "a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
            "current_schema() AND a.attidentity <> '' AND NOT a.attisdropped")))
        return m_db.errorFrom(q.lastError(), doing);
    QList<QPair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    for (const auto& [table, column] : std::as_const(identities)) {
        q.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(%1), "
                                 "0) + 1, false) FROM %2")
                      .arg(MoveCatalog::quoted(column), MoveCatalog::quoted(table)));
        q.addBindValue(MoveCatalog::quoted(table));
        q.addBindValue(column);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing);
        q.finish();
    }
    // Replica mode kept the change triggers quiet: listening clients hear of the move once.
    return run(QStringLiteral("SELECT pg_notify('slipway_change', 'audit_log')"), doing);
}

Result<qint64> MoveTarget::count(const QString& table) {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(MoveCatalog::quoted(table))) ||
        !q.next())
        return m_db.errorFrom(q.lastError(), MoveText::tr("counting the rows of %1").arg(table));
    return q.value(0).toLongLong();
}

Result<void> MoveTarget::commit() {
    auto done = run(QStringLiteral("COMMIT"), MoveText::tr("committing the move"));
    if (done)
        m_open = false;
    return done;
}

void MoveTarget::rollback() {
    if (!m_open)
        return;
    m_open = false;
    if (m_db.isPostgres()) {
        PQclear(PQexec(m_db.pgHandle(), "ROLLBACK"));
        return;
    }
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

} // namespace slipway
