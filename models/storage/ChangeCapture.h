// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

struct sqlite3_session;

namespace slipway {

class Database;

// Records, as a compact changeset, what this connection writes to some tables while it
// lives: an import's rows, so that one undo step can take the whole import back and redo
// can put it again. Applying refuses, and changes nothing, when any of the rows was changed
// in the meantime by anyone; the error names the first such row. Only this connection's
// writes are recorded; the audit trail is never among the tables (undo is a new entry, not
// a rewrite of history). On a file SQLite's session extension does the recording; on a server
// the server's capture triggers do, into the connection's temporary table (ChangeCapturePg.cpp),
// and a changeset made on one engine is applied only on that engine.
class ChangeCapture {
public:
    static Result<ChangeCapture> start(Database& db, const QStringList& tables);
    ChangeCapture(ChangeCapture&& other) noexcept;
    ChangeCapture& operator=(ChangeCapture&& other) noexcept;
    ChangeCapture(const ChangeCapture&) = delete;
    ChangeCapture& operator=(const ChangeCapture&) = delete;
    ~ChangeCapture();

    // Everything recorded so far.
    Result<QByteArray> changeset() const;

    // Per table, the highest row_version any row of a changeset has had, kept from one replay
    // to the next so that a row put back always ends above every version anyone may still
    // hold, even one it had before an earlier undo removed it.
    using RowVersions = QHash<QString, qint64>;

    // Inside the caller's transaction: undo (`forward` false) or redo a recorded changeset.
    // A row that differs from the recorded one only in who saved it last, its version or its
    // place on a board is taken as unchanged. Updates `versions`.
    static Result<void> apply(Database& db, const QByteArray& changeset, bool forward,
                              RowVersions& versions);
    // How many rows a changeset touches.
    static qint64 rowCount(const QByteArray& changeset);

private:
    ChangeCapture(Database& db, sqlite3_session* session);
    // The same on a server (ChangeCapturePg.cpp).
    static Result<ChangeCapture> startOnServer(Database& db, const QStringList& tables);
    void stopOnServer() const;
    Result<QByteArray> changesetOnServer() const;
    static bool isServerChangeset(const QByteArray& changeset);
    static qint64 rowCountOnServer(const QByteArray& changeset);
    static Result<void> applyOnServer(Database& db, const QByteArray& changeset, bool forward,
                                      RowVersions& versions);

    Database* m_db = nullptr;
    sqlite3_session* m_session = nullptr;
    bool m_onServer = false;
    QStringList m_tables; // on a server: the tables recorded, in order
};

} // namespace slipway
