// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ConnectionSpec.h"
#include "domain/FileAccess.h"
#include "domain/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QTimer;
struct sqlite3;
struct pg_conn;

namespace slipway {

// One open Slipway database: a file, or a PostgreSQL server. For a file it checks the file
// before SQLite touches it, sets the pragmas, migrates the schema (after a backup) and watches
// for commits by other programs; for a server it connects through QPSQL, creates or migrates
// the schema in one transaction, and listens for other clients' commits (DatabasePg.cpp).
// Only code in models/storage reaches the connection.
class Database : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)
public:
    using Mode = FileMode;
    using OpenOptions = FileOpenOptions;

    // The newest schema this build reads and writes: the highest built-in migration.
    static int supportedSchemaVersion();

    // `path` is a file, or a server as ConnectionSpec reads it (postgresql://…, service=NAME).
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);
    static Result<std::unique_ptr<Database>> open(const ConnectionSpec& spec,
                                                  const OpenOptions& options);
    ~Database() override;

    QString path() const { return m_path; } // the file, or the server as given (no password)
    QString fileName() const;               // the path as shown to users; a server's displayName()
    bool isPostgres() const { return m_spec.isPostgres(); }
    // The login the server authenticated this connection as (session_user); empty on a file.
    QString serverLogin() const { return m_serverLogin; }
    const ConnectionSpec& spec() const { return m_spec; }
    Mode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }
    QString lastBackupPath() const { return m_backupPath; }

    QSqlDatabase connection() const;
    sqlite3* handle() const;   // for bulk paths that QSqlQuery makes slow; null on a server
    pg_conn* pgHandle() const; // libpq's connection under QPSQL; null on a file
    // The raw SQLite connection for `doing`, or a one-line refusal on a server (a bulk path
    // whose PostgreSQL counterpart does not exist yet).
    Result<sqlite3*> sqliteFor(const QString& doing) const;

    // Turns a failed statement into a message that names the file and what to do.
    Error errorFrom(const QSqlError& error, const QString& doing) const;
    Error errorFromCode(int sqliteCode, const QString& detail, const QString& doing) const;
    // The same for a server: SQLSTATE (what QPSQL gives as the native code) and its message.
    Error errorFromSqlState(const QString& sqlState, const QString& detail,
                            const QString& doing) const;
    // The statement that starts a write transaction: BEGIN IMMEDIATE on a file, BEGIN on a
    // server (READ COMMITTED; rows are guarded by row_version).
    QString beginWrite() const;

    // Emits changedElsewhere() after another program commits: on a file by polling PRAGMA
    // data_version, on a server by LISTEN (PostgreSQL delivers at commit; no polling).
    void watchForExternalChanges(int intervalMs = 1000);
    bool pollExternalChanges();
    // A bulk write through this connection (an import, its undo or redo) changed rows no
    // screen edited itself: emits changedElsewhere() so that everything reloads.
    void announceBulkChange() { Q_EMIT changedElsewhere(); }

    // On a server, whether the connection is known to be gone (the server restarted, closed
    // it, or the network dropped it): libpq's state, with no round trip.
    bool isServerConnectionLost() const;
    // Opens the connection again with what it was opened with, sets the session up as before
    // and listens again; then emits changedElsewhere(), since commits made meanwhile were not
    // announced. Only from the event loop, never inside a transaction (ServerLink calls it).
    Result<void> reconnectServer();
    // Whether a Transaction of this connection is open (begun, not yet committed or rolled
    // back): a reconnect waits until it is not.
    bool inTransaction() const { return m_openTransactions > 0; }

    // Before the first write: switches the file to the journal its mode wants (WAL locally,
    // the rollback journal when shared), waiting for other programs' locks up to the busy
    // timeout. Opening alone never changes the file.
    Result<void> prepareForWriting();
    // The journal the first write will switch to; empty when it is already in force.
    QString pendingJournal() const { return m_pendingJournal; }
    // While held (a bulk import that wants the rollback journal), writes leave it as it is.
    void holdJournal(bool held) { m_journalHeld = held; }

    // Makes a consistent copy of the whole file (VACUUM INTO), e.g. File ▸ Save a Copy.
    Result<void> saveCopy(const QString& targetPath);

Q_SIGNALS:
    void changedElsewhere();
    // On a server, while watching for changes (ServerLink): the connection was found gone, in
    // one line, and is tried again every few seconds; then it is back, and everything reloads.
    void serverConnectionLost(const QString& message);
    void serverConnectionRestored();

private:
    friend class Transaction;
    Database(QString path, QString connectionName);
    static Result<std::unique_ptr<Database>> openFile(const QString& path,
                                                      const OpenOptions& options);
    static Result<std::unique_ptr<Database>> openServer(const ConnectionSpec& spec,
                                                        const OpenOptions& options);
    Result<void> migrateServer(const QString& migrationsDir, int target);
    Result<void> runServerScript(const QByteArray& sql, const QString& what);
    void listenForServerChanges();
    Result<void> configureServerSession(QSqlDatabase& conn);
    Result<void> configure(const OpenOptions& options, int target);
    Result<void> migrate(const QString& migrationsDir, int target);
    Result<void> setJournalMode(const QString& mode, int busyTimeoutMs);
    Result<void> verifyLength();
    Result<void> runScript(const QString& sql, const QString& what);

    QString m_path;
    QString m_connectionName;
    ConnectionSpec m_spec;
    QString m_serverLogin;
    Mode m_mode = Mode::Local;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    QString m_backupPath;
    qint64 m_dataVersion = -1;
    QString m_pendingJournal;
    QString m_registeredPath; // in the process's list of open files
    bool m_journalHeld = false;
    int m_busyTimeoutMs = 5000;
    QTimer* m_watchTimer = nullptr;
    int m_openTransactions = 0;
};

} // namespace slipway
