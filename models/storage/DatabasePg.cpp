// SPDX-License-Identifier: GPL-3.0-or-later
// Database on a PostgreSQL server: connecting through QPSQL, the schema and its migrations,
// errors from SQLSTATE, and other clients' commits through LISTEN.
#include "Database.h"

#include "ServerLink.h"
#include "UniqueClash.h"
#include "domain/ServerLogins.h"
#include "domain/StartupTimes.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <libpq-fe.h>

namespace slipway {
namespace {

const QString kMigrationDir = QStringLiteral(":/slipway/migrations");
// pg_advisory_xact_lock key: two clients opening a new server at once migrate one after the
// other, and the second finds the work done.
constexpr qint64 kMigrateLock = 0x736c6970776179; // "slipway"
const QString kChangeChannel = QStringLiteral("slipway_change");

struct Step {
    int number = 0;
    QString path;
    QString file;
};

QList<Step> numbered(const QString& dir, const QString& pattern) {
    QList<Step> steps;
    const QDir d(dir);
    for (const QString& file : d.entryList({pattern}, QDir::Files, QDir::Name))
        steps.append({file.left(4).toInt(), d.filePath(file), file});
    return steps;
}

QList<Step> sharedSteps(const QString& dir) {
    return numbered(dir, QStringLiteral("[0-9][0-9][0-9][0-9]_*.sql"));
}

QList<Step> serverSteps(const QString& dir) {
    return numbered(dir + QStringLiteral("/pg"), QStringLiteral("[0-9][0-9][0-9][0-9]_*.pg.sql"));
}

int highestServerStep(const QString& dir) {
    int highest = 0;
    for (const auto& list : {sharedSteps(dir), serverSteps(dir)})
        for (const Step& s : list)
            highest = qMax(highest, s.number);
    return highest;
}

// What brings a server from `from` to `to`: on an empty database the newest baseline
// (pg/NNNN_baseline.pg.sql) at or below `to`; then every numbered step above, the server's own
// file (pg/NNNN_*.pg.sql) in place of the shared one where there is one. Server schemas start
// at a baseline: the steps that built a file's schema before it never run on a server.
QList<Step> serverPlan(const QString& dir, int from, int to) {
    const QList<Step> own = serverSteps(dir);
    QList<Step> plan;
    if (from == 0) {
        for (const Step& s : own)
            if (s.file.contains(QLatin1String("_baseline")) && s.number <= to)
                plan = {s};
        if (plan.isEmpty())
            return plan;
        from = plan.first().number;
    }
    for (int n = from + 1; n <= to; ++n) {
        auto pick = [n](const QList<Step>& list) -> const Step* {
            for (const Step& s : list)
                if (s.number == n && !s.file.contains(QLatin1String("_baseline")))
                    return &s;
            return nullptr;
        };
        if (const Step* s = pick(own))
            plan.append(*s);
        else if (const Step* t = pick(sharedSteps(dir)))
            plan.append(*t);
    }
    return plan;
}

QByteArray readScript(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

pg_conn* Database::pgHandle() const {
    if (!isPostgres())
        return nullptr;
    const QVariant v = connection().driver()->handle();
    // Qt registers the type under libpq's struct name or its typedef, by version.
    if (v.isValid() &&
        (qstrcmp(v.typeName(), "PGconn*") == 0 || qstrcmp(v.typeName(), "pg_conn*") == 0))
        return *static_cast<PGconn* const*>(v.data());
    return nullptr;
}

Result<std::unique_ptr<Database>> Database::openServer(const ConnectionSpec& spec,
                                                       const OpenOptions& options) {
    const QString migrations =
        options.migrationsDir.isEmpty() ? kMigrationDir : options.migrationsDir;
    const int target = highestServerStep(migrations);
    static QAtomicInt counter;
    const QString name = QStringLiteral("slipway-pg-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(spec.conninfo(), name));
    db->m_spec = spec;
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!conn.isValid())
        return Error{Error::Kind::Internal,
                     tr("%1 cannot be opened: Qt's PostgreSQL driver (QPSQL, Debian package "
                        "libqt6sql6-psql) is not installed.")
                         .arg(spec.displayName())};
    const auto settings = spec.driverSettings();
    conn.setHostName(settings.hostName);
    if (settings.port > 0)
        conn.setPort(settings.port);
    conn.setDatabaseName(settings.databaseName);
    conn.setUserName(settings.userName);
    conn.setPassword(options.password); // only when typed in for this session: never kept
    QString connectOptions = settings.connectOptions;
    // An unreachable host fails within seconds, not after TCP's minutes.
    if (spec.parameter(QStringLiteral("connect_timeout")).isEmpty())
        connectOptions += QStringLiteral(" connect_timeout=10");
    if (spec.parameter(QStringLiteral("application_name")).isEmpty())
        connectOptions += QStringLiteral(" application_name=Slipway");
    conn.setConnectOptions(connectOptions.trimmed());
    if (!conn.open())
        return db->errorFrom(conn.lastError(), tr("connecting"));
    StartupTimes::mark("database: server connection open");

    if (options.readOnly) {
        db->m_mode = Mode::ReadOnly;
        db->m_readOnlyReason = tr("opened read-only on request");
    } else {
        db->m_mode = Mode::Shared; // others write at the same time, as on a shared file
    }
    if (auto configured = db->configureServerSession(conn); !configured)
        return configured.error();
    QSqlQuery q(conn);
    if (!q.exec(QStringLiteral("SELECT to_regclass('slipway_migrations') IS NOT NULL, "
                               "(SELECT count(*) FROM information_schema.tables "
                               "WHERE table_schema = current_schema()), session_user")) ||
        !q.next())
        return db->errorFrom(q.lastError(), tr("reading"));
    const bool slipway = q.value(0).toBool();
    const qint64 tables = q.value(1).toLongLong();
    db->m_serverLogin = q.value(2).toString();
    q.finish();
    if (!slipway && tables > 0)
        return Error{Error::Kind::NotDatabase,
                     tr("%1 holds tables that are not Slipway's; it was not changed. Name an "
                        "empty database or a Slipway one.")
                         .arg(db->fileName())};
    if (slipway) {
        if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM slipway_migrations")) ||
            !q.next())
            return db->errorFrom(q.lastError(), tr("reading"));
        db->m_schemaVersion = q.value(0).toInt();
        q.finish();
    }
    if (db->m_schemaVersion > target)
        return Error{Error::Kind::NewerSchema,
                     tr("%1 was written by a newer Slipway (schema %2); this one reads up to "
                        "schema %3. Use the newer Slipway; nothing was changed.")
                         .arg(db->fileName())
                         .arg(db->m_schemaVersion)
                         .arg(target)};
    if (db->m_schemaVersion < target) {
        if (options.readOnly)
            return Error{Error::Kind::ReadOnly,
                         tr("%1 needs its schema created or upgraded to %2 first, which opening "
                            "it read-only cannot do; open it once to write.")
                             .arg(db->fileName())
                             .arg(target)};
        auto migrated = db->migrateServer(migrations, target);
        if (!migrated)
            return migrated.error();
    }
    StartupTimes::mark("database: schema and migrations checked");
    ServerLogins::add(db.get(), db->m_serverLogin);
    return db;
}

// What every session of this connection starts with, at opening and after a reconnect.
Result<void> Database::configureServerSession(QSqlDatabase& conn) {
    QSqlQuery q(conn);
    for (const char* setting : {"SET TIME ZONE 'UTC'", "SET client_min_messages = warning"})
        if (!q.exec(QLatin1String(setting)))
            return errorFrom(q.lastError(), tr("configuring"));
    if (m_mode == Mode::ReadOnly &&
        !q.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
        return errorFrom(q.lastError(), tr("configuring"));
    return {};
}

bool Database::isServerConnectionLost() const {
    const PGconn* conn = pgHandle();
    return isPostgres() && (!conn || PQstatus(conn) == CONNECTION_BAD);
}

Result<void> Database::reconnectServer() {
    QSqlDatabase conn = connection();
    // Qt forgets a lost connection's subscriptions; the timer says whether there were any.
    const bool listening = m_watchTimer != nullptr;
    conn.close();
    if (!conn.open())
        return errorFrom(conn.lastError(), tr("connecting again"));
    if (auto configured = configureServerSession(conn); !configured) {
        conn.close();
        return configured.error();
    }
    if (listening && !conn.driver()->subscribeToNotification(kChangeChannel)) {
        const Error e = errorFrom(conn.driver()->lastError(), tr("listening for changes"));
        conn.close();
        return e;
    }
    Q_EMIT changedElsewhere();
    return {};
}

Result<void> Database::migrateServer(const QString& migrationsDir, int target) {
    QSqlQuery q(connection());
    const QString doing = tr("upgrading");
    auto fail = [&](const Error& e) -> Result<void> {
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    };
    if (!q.exec(QStringLiteral("BEGIN")))
        return errorFrom(q.lastError(), doing);
    q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    q.addBindValue(kMigrateLock);
    if (!q.exec())
        return fail(errorFrom(q.lastError(), doing));
    // Another client may have migrated while this one waited for the lock.
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS slipway_migrations ("
                               "version INTEGER PRIMARY KEY, file TEXT NOT NULL, "
                               "sha256 TEXT NOT NULL, "
                               "applied_at TIMESTAMPTZ NOT NULL DEFAULT now(), "
                               "applied_by TEXT NOT NULL DEFAULT session_user)")) ||
        !q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM slipway_migrations")) ||
        !q.next())
        return fail(errorFrom(q.lastError(), doing));
    m_schemaVersion = q.value(0).toInt();
    q.finish();
    const QList<Step> plan = serverPlan(migrationsDir, m_schemaVersion, target);
    if (m_schemaVersion < target && plan.isEmpty())
        return fail(Error{Error::Kind::Internal,
                          tr("No PostgreSQL baseline schema is built in (pg/NNNN_baseline.pg.sql); "
                             "%1 was not changed.")
                              .arg(fileName())});
    for (const Step& step : plan) {
        const QByteArray script = readScript(step.path);
        if (script.isEmpty())
            return fail(
                Error{Error::Kind::Internal, tr("Migration %1 is missing.").arg(step.file)});
        if (auto ran = runServerScript(script, step.file); !ran)
            return fail(ran.error());
        q.prepare(QStringLiteral(
            "INSERT INTO slipway_migrations (version, file, sha256) VALUES (?, ?, ?)"));
        q.addBindValue(step.number);
        q.addBindValue(step.file);
        q.addBindValue(QString::fromLatin1(
            QCryptographicHash::hash(script, QCryptographicHash::Sha256).toHex()));
        if (!q.exec())
            return fail(errorFrom(q.lastError(), doing));
        m_schemaVersion = step.number;
    }
    // After any step: every table announces commits to listening clients, and identity
    // sequences stand above the highest id (seeds and rows given an id by hand).
    const QString after = QStringLiteral(":/slipway/migrations/pg/after_migrate.pg.sql");
    if (auto ran = runServerScript(readScript(after), QStringLiteral("after_migrate.pg.sql")); !ran)
        return fail(ran.error());
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(errorFrom(q.lastError(), doing));
    return {};
}

Result<void> Database::runServerScript(const QByteArray& sql, const QString& what) {
    PGconn* conn = pgHandle();
    if (!conn)
        return Error{Error::Kind::Internal, tr("%1: no server connection").arg(fileName())};
    // The simple-query protocol runs a whole script in one call; QPSQL prepares one statement.
    PGresult* result = PQexec(conn, sql.constData());
    const ExecStatusType status = result ? PQresultStatus(result) : PGRES_FATAL_ERROR;
    Result<void> outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const char* message =
            result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(conn);
        outcome = errorFromSqlState(QString::fromLatin1(state ? state : ""),
                                    QString::fromUtf8(message ? message : "").trimmed(),
                                    tr("running %1").arg(what));
    }
    PQclear(result);
    return outcome;
}

void Database::listenForServerChanges() {
    QSqlDriver* driver = connection().driver();
    if (driver->subscribedToNotifications().contains(kChangeChannel))
        return;
    if (!driver->subscribeToNotification(kChangeChannel))
        return;
    new ServerLink(*this); // a child: goes with the database
    // A commit that touched several tables sends one notification per table: those arriving
    // together are folded into one reload.
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(15);
    connect(m_watchTimer, &QTimer::timeout, this, &Database::changedElsewhere);
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString& channel, QSqlDriver::NotificationSource source, const QVariant&) {
                // This connection's own commits are already on screen.
                if (channel == kChangeChannel && source == QSqlDriver::OtherSource &&
                    !m_watchTimer->isActive())
                    m_watchTimer->start();
            });
}

Error Database::errorFromSqlState(const QString& state, const QString& text,
                                  const QString& doing) const {
    const QString f = fileName();
    // One line: libpq's primary message, without its severity, the "(SQLSTATE)" QPSQL adds
    // on the next line, or a trigger's CONTEXT lines.
    QString detail = text.section(u'\n', 0, 0).trimmed();
    for (const char* severity : {"ERROR:", "FATAL:"})
        if (detail.startsWith(QLatin1String(severity)))
            detail = detail.mid(qstrlen(severity)).trimmed();
    const QString cls = state.left(2);
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        return {Error::Kind::Locked,
                tr("%1 is busy with another client's change (while %2); try again. Nothing was "
                   "lost.")
                    .arg(f, doing)};
    if (state == u"23505") {
        if (auto clash = uniqueClashMessage(f, text, doing))
            return {Error::Kind::Validation, *clash};
    }
    if (cls == u"23")
        return {Error::Kind::Validation, tr("%1: %2 (while %3).").arg(f, detail, doing)};
    if (state == u"42501" || state == u"28000" || state == u"28P01")
        return {Error::Kind::Permission, tr("%1 refused (while %2): %3").arg(f, doing, detail)};
    if (state == u"53100" || state == u"53200")
        return {Error::Kind::DiskFull,
                tr("The server of %1 is out of space or memory (while %2); nothing was saved. "
                   "Tell its administrator.")
                    .arg(f, doing)};
    if (state == u"25006")
        return {Error::Kind::ReadOnly,
                tr("%1 is open read-only (while %2); changes are disabled.").arg(f, doing)};
    // A refused login comes without SQLSTATE (QPSQL reads it from the connection, not from a
    // result), so it is told apart by libpq's words.
    if (state.isEmpty() && text.contains(QLatin1String("no password supplied")))
        return {Error::Kind::Permission,
                tr("%1 asks for a password, and libpq found none (~/.pgpass, the service file "
                   "or PGPASSWORD).")
                    .arg(f)};
    if (state.isEmpty() && text.contains(QLatin1String("authentication failed")))
        return {Error::Kind::Permission,
                tr("%1 refused the login (while %2): %3").arg(f, doing, detail.simplified())};
    if (state.isEmpty() || cls == u"08" || cls == u"57")
        return {Error::Kind::Io,
                tr("%1 cannot be reached (while %2): %3").arg(f, doing, detail.simplified())};
    return {Error::Kind::Internal,
            tr("%1: %2 (SQLSTATE %3, while %4).").arg(f, detail, state, doing)};
}

} // namespace slipway
