// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace slipway {
class Database;
}

namespace slipway::test {

// The engine a test's databases live on. SLIPWAY_TEST_ENGINE=pg: PostgreSQL, on a server of
// the process's own (started on first use, stopped when the process ends) or, when
// SLIPWAY_TEST_PG_URL is set, on that server (or on the one whose URL the file
// SLIPWAY_TEST_PG_URL_FILE holds: ctest's pg_server fixture). Unset or `sqlite`: SQLite files.
bool isPostgres();

// What Database::open and Document::open are given for a test's database `path`. On SQLite the
// path itself. On PostgreSQL the path is only a name: the URL of a database of its own, cloned
// from a template at the newest schema the first time the name is seen and the same database
// every time after. Empty, with the test failed naming why, when no database can be had.
QString databaseAddress(const QString& path);

// PostgreSQL only: the first column of the first row of `sql`, run as the superuser on the
// database `path` names (invalid when the query fails or the name was never opened), and a
// statement run the same way (false on failure). A server's address (a postgresql:// URL, or
// Database::path() on a server) names its own database.
QVariant pgQueryValue(const QString& path, const QString& sql);
bool pgExecSql(const QString& path, const QString& sql);

// Who `db` records as having acted for a service run under a session of `sessionUser`: that
// name on a file; on a server the login, which the server stamps on every row and audit entry
// whatever the session says. Empty, with the test failed, when the login cannot be read.
QString recordedActor(const Database& db, const QString& sessionUser);

// A fixture row of history as it happened (Alice asked, Bob approved), run on `db` as written:
// test::exec on SQLite; on PostgreSQL by the superuser with the tables' triggers off, since
// what a connection writes has its login stamped on every actor column. Fails the test, naming
// the statement, when it fails.
void execAsWritten(Database& db, const QString& sql);

// After `sql` ran on `connection`: when it was an INSERT on PostgreSQL, the table's identity
// is set above its highest id, as SQLite's rowid follows rows given their own ids, so that a
// service adding a row after a test's fixture rows does not take an id already used.
// Nothing on SQLite. False, with the test failed, when the identity cannot be set.
bool followInsertedIds(const QSqlDatabase& connection, const QString& sql);

} // namespace slipway::test
