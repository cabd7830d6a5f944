// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace slipway {

// What `--db` names: an SQLite file, or a PostgreSQL server given as a URL
// (postgresql://[user@]host[:port]/dbname[?param=value…]) or as a libpq connection string
// (`service=NAME`, `host=… dbname=…`). Parsing only: nothing is opened here. Credentials are
// libpq's business (~/.pgpass, the service file, Kerberos): a password given here is refused.
class ConnectionSpec {
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)
public:
    enum class Engine { SQLite, PostgreSQL };

    // What QSqlDatabase("QPSQL") needs: the fields it has setters for, and the other libpq
    // parameters as its connect options (which QPSQL hands on to PQconnectdb). Empty strings
    // and a port of -1 mean "libpq's default".
    struct DriverSettings {
        QString hostName;
        int port = -1;
        QString databaseName;
        QString userName;
        QString connectOptions;
    };

    static Result<ConnectionSpec> parse(const QString& text);

    Engine engine() const { return m_engine; }
    bool isPostgres() const { return m_engine == Engine::PostgreSQL; }
    QString filePath() const { return m_filePath; } // SQLite only

    // PostgreSQL only: libpq's keywords and values in the order given (no password among them).
    const QList<QPair<QString, QString>>& parameters() const { return m_parameters; }
    QString parameter(const QString& keyword) const; // empty when not given
    // The whole libpq connection string (key='value' …), for PQconnectdb.
    QString conninfo() const;
    DriverSettings driverSettings() const;
    // For titles and messages: the file path, or the server as postgresql://user@host:port/db
    // (or the service's name); never a secret, since none is kept.
    QString displayName() const;

    // Every keyword libpq 15 knows, so that a misspelt one is refused before connecting.
    static bool isLibpqKeyword(const QString& keyword);

private:
    static Result<ConnectionSpec> parseUrl(const QString& text, qsizetype schemeLength);
    static Result<ConnectionSpec> parseConninfo(const QString& text);
    static Result<void> addParameter(ConnectionSpec& spec, const QString& keyword,
                                     const QString& value);

    Engine m_engine = Engine::SQLite;
    QString m_filePath;
    QList<QPair<QString, QString>> m_parameters;
};

} // namespace slipway
