// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace slipway::test {

// A real PostgreSQL 15 server for one test: a new cluster (initdb) in a temporary folder,
// listening on 127.0.0.1 and a free port, its Unix socket in that folder, fsync off. When the
// tests run as root it runs as the system user `slipway-pg` (created on first use), since
// PostgreSQL refuses to run as root. It holds a superuser role and a database for the test,
// and is stopped and its folder removed when the object goes, whether the test passed or not.
// Should the test process die, the server gets SIGINT (a fast shutdown) from the kernel.
//
//   PgServer pg;
//   QVERIFY2(pg.start(), qPrintable(pg.error()));
//   … ConnectionSpec::parse(pg.url()) …
class PgServer {
public:
    // `role` and `database` are plain lower-case identifiers.
    explicit PgServer(const QString& role = QStringLiteral("slipway_test"),
                      const QString& database = QStringLiteral("slipway"));
    ~PgServer();
    PgServer(const PgServer&) = delete;
    PgServer& operator=(const PgServer&) = delete;

    // Creates the cluster, starts the server and makes the role and the database. False, with
    // error() saying why in one line (e.g. PostgreSQL is not installed: run ./dev.sh).
    bool start();
    // Fast shutdown (SIGINT, as `pg_ctl stop -m fast` sends), then the folder is removed.
    void stop();
    bool isRunning() const;

    QString error() const { return m_error; }
    // postgresql://ROLE@127.0.0.1:PORT/DATABASE
    QString url() const;
    // A new, empty database owned by the role (DATABASE_2, _3 …), for a test function that
    // must not see another's tables: much cheaper than a server of its own. Its URL, or empty
    // with error() set.
    QString newDatabase();
    // From now on the role logs in over TCP with `password` only (scram-sha-256), as on a
    // server set up for people; the bootstrap superuser keeps its trust. False with error().
    bool requirePassword(const QString& password);
    quint16 port() const { return m_port; }
    QString role() const { return m_role; }
    QString database() const { return m_database; }
    QString socketDirectory() const;
    QString log() const; // what the server wrote so far
    qint64 initdbMs() const { return m_initdbMs; }
    qint64 startupMs() const { return m_startupMs; } // start() as a whole

    // Where PostgreSQL 15's programs are: SLIPWAY_PG_BINDIR, else Debian's folder.
    static QString binDirectory();
    // `url` with `login` as its user: the same database as another person.
    static QString urlAs(const QString& url, const QString& login);
    // The account the server runs as when the tests run as root.
    static constexpr const char* kSystemUser = "slipway-pg";

private:
    bool fail(const QString& why);
    bool prepareUser();
    bool initCluster();
    bool launch();
    bool createRoleAndDatabase();
    QString runAsBootstrap(const QStringList& statements); // the first error, or empty
    void configureChild(QProcess& process, bool server) const;

    QString m_role;
    QString m_database;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    int m_uid = -1; // -1: run as ourselves
    int m_gid = -1;
    qint64 m_initdbMs = 0;
    qint64 m_startupMs = 0;
    int m_databases = 1;
};

} // namespace slipway::test
