// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeCapture.h"

#include "Database.h"
#include "StaleRow.h"

#include <QCoreApplication>

// sqlite3.h declares the session extension only under SQLITE_ENABLE_SESSION and
// SQLITE_ENABLE_PREUPDATE_HOOK, which models/CMakeLists.txt defines for this file; Debian's
// libsqlite3 is built with both.
#include <sqlite3.h>

#include <algorithm>
#include <utility>

namespace slipway {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    return QCoreApplication::translate("ChangeCapture", text, disambiguation, n);
}

Error sqliteError(Database& db, int rc, const QString& doing) {
    const char* detail = sqlite3_errmsg(db.handle());
    return db.errorFromCode(rc, QString::fromUtf8(detail ? detail : sqlite3_errstr(rc)), doing);
}

// The column that names a row of a table, for "“NAME” was changed by …".
const char* nameColumnOf(const QByteArray& table) {
    if (table == "scope_items")
        return "title";
    if (table == "blackouts" || table == "incident_freezes")
        return "name";
    return nullptr;
}

// What the first refused row was, collected while SQLite applies the changeset.
struct Conflict {
    QByteArray table;
    qint64 id = 0;
    int kind = 0;
    int count = 0;
};

int onConflict(void* context, int kind, sqlite3_changeset_iter* iter) {
    auto* conflict = static_cast<Conflict*>(context);
    // A foreign-key conflict is reported once, at the end, with no row to look at.
    if (conflict->count++ == 0 && kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        conflict->kind = kind;
    } else if (conflict->count == 1) {
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        if (sqlite3changeset_op(iter, &table, &columns, &op, &indirect) == SQLITE_OK && table)
            conflict->table = table;
        conflict->kind = kind;
        sqlite3_value* key = nullptr;
        // The primary key (the first column in every table recorded here) of the row.
        const int rc = op == SQLITE_INSERT ? sqlite3changeset_new(iter, 0, &key)
                                           : sqlite3changeset_old(iter, 0, &key);
        if (rc == SQLITE_OK && key && sqlite3_value_type(key) == SQLITE_INTEGER)
            conflict->id = sqlite3_value_int64(key);
    }
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeCapture::ChangeCapture(Database& db, sqlite3_session* session)
    : m_db(&db)
    , m_session(session) {}

ChangeCapture::ChangeCapture(ChangeCapture&& other) noexcept
    : m_db(other.m_db)
    , m_session(std::exchange(other.m_session, nullptr)) {}

ChangeCapture& ChangeCapture::operator=(ChangeCapture&& other) noexcept {
    if (this != &other) {
        if (m_session)
            sqlite3session_delete(m_session);
        m_db = other.m_db;
        m_session = std::exchange(other.m_session, nullptr);
    }
    return *this;
}

ChangeCapture::~ChangeCapture() {
    if (m_session)
        sqlite3session_delete(m_session);
}

Result<ChangeCapture> ChangeCapture::start(Database& db, const QStringList& tables) {
    sqlite3* handle = db.handle();
    sqlite3_session* session = nullptr;
    int rc = sqlite3session_create(handle, "main", &session);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, tr("Cannot record the changes for undo"));
    ChangeCapture capture(db, session);
    for (const QString& table : tables) {
        rc = sqlite3session_attach(session, table.toUtf8().constData());
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, tr("Cannot record the changes to %1").arg(table));
    }
    return capture;
}

Result<QByteArray> ChangeCapture::changeset() const {
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        return sqliteError(*m_db, rc, tr("Cannot read the recorded changes"));
    QByteArray bytes(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return bytes;
}

qint64 ChangeCapture::rowCount(const QByteArray& changeset) {
    sqlite3_changeset_iter* iter = nullptr;
    QByteArray bytes = changeset; // the reader wants a writable buffer
    if (sqlite3changeset_start(&iter, int(bytes.size()), bytes.data()) != SQLITE_OK)
        return 0;
    qint64 rows = 0;
    while (sqlite3changeset_next(iter) == SQLITE_ROW)
        ++rows;
    sqlite3changeset_finalize(iter);
    return rows;
}

Result<void> ChangeCapture::apply(Database& db, const QByteArray& changeset, bool forward) {
    sqlite3* handle = db.handle();
    QByteArray bytes = changeset;
    if (!forward) {
        int size = 0;
        void* inverted = nullptr;
        const int rc =
            sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &inverted);
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, tr("Cannot undo the recorded changes"));
        bytes = QByteArray(static_cast<const char*>(inverted), size);
        sqlite3_free(inverted);
    }
    // A second recorder over every table catches what the changeset does not say: rows that
    // others linked to an imported one since, which removing it would take with it (ON DELETE
    // CASCADE or SET NULL). Then the caller's transaction is rolled back instead.
    sqlite3_session* watch = nullptr;
    if (const int made = sqlite3session_create(handle, "main", &watch); made != SQLITE_OK)
        return sqliteError(db, made, tr("Cannot check the recorded changes"));
    sqlite3session_attach(watch, nullptr);
    Conflict conflict;
    const int rc = sqlite3changeset_apply(handle, int(bytes.size()), bytes.data(), nullptr,
                                          onConflict, &conflict);
    int watchedSize = 0;
    void* watched = nullptr;
    const int got = sqlite3session_changeset(watch, &watchedSize, &watched);
    sqlite3session_delete(watch);
    const QByteArray touched(static_cast<const char*>(watched), got == SQLITE_OK ? watchedSize : 0);
    sqlite3_free(watched);
    if (rc == SQLITE_OK && conflict.count == 0) {
        const qint64 extra = rowCount(touched) - rowCount(bytes);
        if (got == SQLITE_OK && extra <= 0)
            return {};
        return Error{Error::Kind::Stale,
                     tr("%n other row(s) now refer to what this import wrote and would change "
                        "with it; remove those links first, then undo.",
                        nullptr, int(std::max<qint64>(extra, 1)))};
    }
    if (conflict.count == 0)
        return sqliteError(db, rc, tr("Cannot apply the recorded changes"));
    // Someone changed, removed or added one of the rows since: nothing was applied.
    if (const char* nameColumn = nameColumnOf(conflict.table);
        nameColumn && conflict.id > 0 && conflict.kind == SQLITE_CHANGESET_DATA)
        return staleRowErrorByColumn(db, QString::fromUtf8(conflict.table), conflict.id,
                                     QString::fromLatin1(nameColumn));
    return Error{Error::Kind::Stale,
                 conflict.kind == SQLITE_CHANGESET_FOREIGN_KEY
                     ? tr("A row this import refers to, or that refers to it, is no longer "
                          "there — reload.")
                     : tr("A row of %1 this import wrote (id %2) was changed since — reload.")
                           .arg(QString::fromUtf8(conflict.table))
                           .arg(conflict.id)};
}

} // namespace slipway
