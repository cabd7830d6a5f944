// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestEngine.h"

#include "PgServer.h"
#include "TestSupport.h"
#include "storage/ConnectionSpec.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

#include <memory>

#include <unistd.h>

namespace slipway::test {

namespace {

// Taken while a process looks for, or builds, the template on a shared server, so that test
// executables run in parallel build it once.
constexpr qint64 kTemplateLock = 0x534c495057415931; // "SLIPWAY1"
const QString kAdminConnection = QStringLiteral("slipway-test-engine-admin");

// Opens a plain QPSQL connection `name` to `url` (nothing of Slipway's opening runs); the
// error in one line, or empty.
QString connectTo(const QString& name, const QString& url) {
    const auto spec = ConnectionSpec::parse(url);
    if (!spec)
        return spec.error().message;
    const ConnectionSpec::DriverSettings settings = spec->driverSettings();
    QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    c.setHostName(settings.hostName);
    c.setPort(settings.port);
    c.setDatabaseName(settings.databaseName);
    c.setUserName(settings.userName);
    c.setConnectOptions(settings.connectOptions);
    return c.open() ? QString() : c.lastError().text();
}

// The test databases of this process: the server (its own, or SLIPWAY_TEST_PG_URL's), the
// template at the newest schema, and which database each name was given.
class PgDatabases {
public:
    static PgDatabases& instance() {
        static PgDatabases databases;
        return databases;
    }

    // The URL of `path`'s database, made on first use; empty with error() set.
    QString urlFor(const QString& path) {
        if (const auto known = m_urls.constFind(path); known != m_urls.constEnd())
            return known.value();
        if (!ready())
            return {};
        QElapsedTimer clone;
        clone.start();
        const QString name = QStringLiteral("t_%1_%2").arg(m_prefix).arg(++m_count);
        const QString problem =
            runAdmin({QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, m_template)});
        m_cloneMs += clone.elapsed();
        if (!problem.isEmpty()) {
            m_error = QStringLiteral("cannot make a database for %1: %2").arg(path, problem);
            return {};
        }
        const QString url = urlOf(name);
        m_urls.insert(path, url);
        return url;
    }
    // A server's address (Database::path() on a server is its connection string) stands for
    // itself.
    QString knownUrl(const QString& path) const {
        const auto spec = ConnectionSpec::parse(path);
        return spec && spec->isPostgres() ? path : m_urls.value(path);
    }
    QString error() const { return m_error; }

    // At the end of the process (the application object's destructor runs this): the
    // connection closed and the server of our own stopped, its folder removed.
    static void shutDown() {
        PgDatabases& self = instance();
        if (QSqlDatabase::contains(kAdminConnection)) {
            QSqlDatabase::database(kAdminConnection, false).close();
            QSqlDatabase::removeDatabase(kAdminConnection);
        }
        // SLIPWAY_TEST_PG_TIMES=1: where the time went, on stderr.
        if (self.m_tried && qEnvironmentVariableIntValue("SLIPWAY_TEST_PG_TIMES") != 0)
            qInfo("PostgreSQL for tests: server %lld ms (initdb %lld), template %lld ms, "
                  "%d databases cloned in %lld ms",
                  self.m_server ? self.m_server->startupMs() : 0LL,
                  self.m_server ? self.m_server->initdbMs() : 0LL, self.m_templateMs, self.m_count,
                  self.m_cloneMs);
        if (self.m_server)
            self.m_server->stop();
        self.m_server.reset();
    }

private:
    PgDatabases() = default;
    // Should no application object have run shutDown(): the server at least is stopped (Qt
    // SQL's own statics may be gone by now, so the connection is left alone).
    ~PgDatabases() {
        if (m_server)
            m_server->stop();
    }

    // Starts or reaches the server and makes sure of the template, once; a failure is kept,
    // so that every later test fails at once with the same reason.
    bool ready() {
        if (m_tried)
            return m_error.isEmpty();
        m_tried = true;
        m_prefix = QString::number(QRandomGenerator::global()->generate(), 36);
        m_serverUrl = qEnvironmentVariable("SLIPWAY_TEST_PG_URL");
        // ctest's pg_server fixture (pg_test_server.py) writes its server's URL to this file,
        // in a folder named after the ctest run (our parent): %p stands for its pid.
        const QString urlFile = qEnvironmentVariable("SLIPWAY_TEST_PG_URL_FILE")
                                    .replace(QLatin1String("%p"), QString::number(::getppid()));
        if (QFile started(urlFile);
            m_serverUrl.isEmpty() && !urlFile.isEmpty() && started.open(QIODevice::ReadOnly))
            m_serverUrl = QString::fromUtf8(started.readAll()).trimmed();
        if (m_serverUrl.isEmpty()) {
            qAddPostRoutine(&PgDatabases::shutDown);
            m_server = std::make_unique<PgServer>();
            if (!m_server->start()) {
                m_error = m_server->error();
                return false;
            }
            m_serverUrl = m_server->url();
        } else if (!m_serverUrl.startsWith(QLatin1String("postgresql://"))) {
            m_error = QStringLiteral("SLIPWAY_TEST_PG_URL must be a postgresql:// URL: %1")
                          .arg(m_serverUrl);
            return false;
        }
        if (const QString problem = connectTo(kAdminConnection, m_serverUrl); !problem.isEmpty()) {
            m_error = QStringLiteral("cannot connect to %1: %2").arg(m_serverUrl, problem);
            return false;
        }
        m_template = QStringLiteral("slipway_template_%1").arg(Database::supportedSchemaVersion());
        QElapsedTimer made;
        made.start();
        const QString problem = makeTemplate();
        m_templateMs = made.elapsed();
        if (!problem.isEmpty()) {
            m_error = QStringLiteral("cannot build the template database %1: %2")
                          .arg(m_template, problem);
            return false;
        }
        return true;
    }

    // The template is marked IS_TEMPLATE only once Slipway has opened it (made the schema), so
    // one a killed process left half-built is dropped and built again.
    QString makeTemplate() {
        QString problem =
            runAdmin({QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kTemplateLock)});
        if (!problem.isEmpty())
            return problem;
        QSqlQuery state(QSqlDatabase::database(kAdminConnection, false));
        state.prepare(QStringLiteral("SELECT datistemplate FROM pg_database WHERE datname = ?"));
        state.addBindValue(m_template);
        if (!state.exec()) {
            problem = state.lastError().text();
        } else if (!state.next() || !state.value(0).toBool()) {
            const bool halfBuilt = state.isValid();
            if (halfBuilt)
                problem = runAdmin({QStringLiteral("DROP DATABASE %1").arg(m_template)});
            if (problem.isEmpty())
                problem = runAdmin({QStringLiteral("CREATE DATABASE %1").arg(m_template)});
            if (problem.isEmpty())
                problem = openOnce(urlOf(m_template));
            if (problem.isEmpty())
                problem = runAdmin(
                    {QStringLiteral("ALTER DATABASE %1 IS_TEMPLATE true").arg(m_template)});
        }
        const QString unlocked =
            runAdmin({QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kTemplateLock)});
        return problem.isEmpty() ? unlocked : problem;
    }

    // Slipway's own opening makes the schema; the connection is gone when this returns.
    static QString openOnce(const QString& url) {
        FileOpenOptions options;
        options.create = true;
        auto opened = Database::open(url, options);
        return opened ? QString() : opened.error().message;
    }

    QString runAdmin(const QStringList& statements) {
        for (const QString& sql : statements) {
            QSqlQuery query(QSqlDatabase::database(kAdminConnection, false));
            if (!query.exec(sql))
                return sql + QStringLiteral(": ") + query.lastError().text();
        }
        return {};
    }

    QString urlOf(const QString& database) const {
        QUrl url(m_serverUrl);
        url.setPath(u'/' + database);
        return url.toString();
    }

    std::unique_ptr<PgServer> m_server;
    QString m_serverUrl;
    QString m_template;
    QString m_prefix; // the databases of one process: t_<prefix>_<n>
    QHash<QString, QString> m_urls;
    int m_count = 0;
    qint64 m_templateMs = 0;
    qint64 m_cloneMs = 0;
    bool m_tried = false;
    QString m_error;
};

} // namespace

bool isPostgres() {
    static const bool pg = qEnvironmentVariable("SLIPWAY_TEST_ENGINE") == QLatin1String("pg");
    return pg;
}

QString databaseAddress(const QString& path) {
    if (!isPostgres())
        return path;
    PgDatabases& databases = PgDatabases::instance();
    const QString url = databases.urlFor(path);
    if (url.isEmpty())
        helperFailed(databases.error());
    return url;
}

QVariant pgQueryValue(const QString& path, const QString& sql) {
    const QString url = PgDatabases::instance().knownUrl(path);
    if (url.isEmpty())
        return {};
    const QString name = QStringLiteral("pg-query-value");
    QVariant value;
    if (connectTo(name, url).isEmpty()) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(sql) && q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool pgExecSql(const QString& path, const QString& sql) {
    const QString url = PgDatabases::instance().knownUrl(path);
    if (url.isEmpty())
        return false;
    const QString name = QStringLiteral("pg-exec-sql");
    bool done = false;
    if (connectTo(name, url).isEmpty()) {
        const QSqlDatabase c = QSqlDatabase::database(name, false);
        QSqlQuery q(c);
        done = q.exec(sql) && followInsertedIds(c, sql);
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

void execAsWritten(Database& db, const QString& sql) {
    if (!db.isPostgres()) {
        exec(db, sql);
        return;
    }
    const QString url = PgDatabases::instance().knownUrl(db.path());
    QVERIFY2(!url.isEmpty(), "the database's server is not known");
    const QString name = QStringLiteral("pg-exec-as-written");
    QString problem = connectTo(name, url);
    if (problem.isEmpty()) {
        const QSqlDatabase c = QSqlDatabase::database(name, false);
        QSqlQuery q(c);
        if (!q.exec(QStringLiteral("SET session_replication_role = replica")) || !q.exec(sql))
            problem = q.lastError().text();
        else if (!followInsertedIds(c, sql))
            problem = QStringLiteral("the table's identity could not follow the ids inserted");
    }
    QSqlDatabase::removeDatabase(name);
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + sql));
}

QString recordedActor(const Database& db, const QString& sessionUser) {
    if (!db.isPostgres())
        return sessionUser;
    if (db.serverLogin().isEmpty())
        helperFailed(QStringLiteral("%1: no login was read when it opened").arg(db.fileName()));
    return db.serverLogin();
}

bool followInsertedIds(const QSqlDatabase& connection, const QString& sql) {
    if (connection.driverName() != QLatin1String("QPSQL"))
        return true;
    static const QRegularExpression insert(
        QStringLiteral("^\\s*INSERT\\s+INTO\\s+([a-z_][a-z0-9_]*)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = insert.match(sql);
    if (!match.hasMatch())
        return true;
    const QString table = match.captured(1).toLower();
    QSqlQuery identity(connection);
    identity.prepare(QStringLiteral("SELECT attname FROM pg_attribute WHERE attrelid = "
                                    "to_regclass(?) AND attidentity <> '' AND NOT attisdropped"));
    identity.addBindValue(table);
    if (!identity.exec()) {
        helperFailed(QStringLiteral("cannot read the identity of %1: %2")
                         .arg(table, identity.lastError().text()));
        return false;
    }
    while (identity.next()) {
        // Both names are plain identifiers: the table matched the pattern, the column came
        // from the catalogue.
        const QString column = identity.value(0).toString();
        QSqlQuery follow(connection);
        if (!follow.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                        "coalesce(max(%2), 0) + 1, false) FROM %1")
                             .arg(table, column))) {
            helperFailed(QStringLiteral("cannot set the identity of %1: %2")
                             .arg(table, follow.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace slipway::test
