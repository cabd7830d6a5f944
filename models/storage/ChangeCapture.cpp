// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeCapture.h"

#include "Database.h"
#include "StaleRow.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

// sqlite3.h declares the session extension only under SQLITE_ENABLE_SESSION and
// SQLITE_ENABLE_PREUPDATE_HOOK, which models/CMakeLists.txt defines for this file; Debian's
// libsqlite3 is built with both.
#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <utility>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)
};

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

// Columns that record who touched a row last, or where it sits on a board, rather than what
// it says. A row that differs from the recorded one only in these was not changed by anyone
// in a way undo would lose: the user's own edit taken back again, or a reorder of the board.
bool isBookkeeping(const QByteArray& column) {
    return column == "row_version" || column == "updated_by" || column == "updated_at" ||
           column == "board_rank";
}

bool sameValue(sqlite3_value* a, sqlite3_value* b) {
    const int type = sqlite3_value_type(a);
    if (type != sqlite3_value_type(b))
        return false;
    switch (type) {
    case SQLITE_NULL:
        return true;
    case SQLITE_INTEGER:
        return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT:
        return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
        const int size = sqlite3_value_bytes(a);
        if (size != sqlite3_value_bytes(b))
            return false;
        const void* left = sqlite3_value_blob(a);
        const void* right = sqlite3_value_blob(b);
        return size == 0 || std::memcmp(left, right, size_t(size)) == 0;
    }
    }
}

// The column names of the tables a changeset touches, in table order (as a changeset has
// them), read once per table.
class TableShapes {
public:
    explicit TableShapes(sqlite3* handle)
        : m_handle(handle) {}

    const QList<QByteArray>& columnsOf(const QByteArray& table) {
        auto found = m_columns.find(table);
        if (found != m_columns.end())
            return found.value();
        QList<QByteArray> columns;
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(m_handle, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", -1,
                               &st, nullptr) == SQLITE_OK) {
            sqlite3_bind_text(st, 1, table.constData(), int(table.size()), SQLITE_TRANSIENT);
            while (sqlite3_step(st) == SQLITE_ROW)
                columns.append(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        sqlite3_finalize(st);
        return m_columns.insert(table, columns).value();
    }

private:
    sqlite3* m_handle;
    QHash<QByteArray, QList<QByteArray>> m_columns;
};

// What applying saw: the first refused row, and (in `versions`) the highest row version met
// in each table, so that a row put back ends above every version anyone may hold.
struct Applying {
    TableShapes* shapes = nullptr;
    ChangeCapture::RowVersions* versions = nullptr;
    QByteArray table;
    qint64 id = 0;
    int kind = 0;
    int op = 0;
    int count = 0;
};

void noteVersion(ChangeCapture::RowVersions& versions, const QByteArray& table, qint64 version) {
    const QString key = QString::fromUtf8(table);
    auto found = versions.find(key);
    if (found == versions.end())
        versions.insert(key, version);
    else if (*found < version)
        *found = version;
}

qint64 integerKey(sqlite3_changeset_iter* iter, int op) {
    sqlite3_value* key = nullptr;
    // The primary key is the first column of every table recorded here.
    const int rc = op == SQLITE_INSERT ? sqlite3changeset_new(iter, 0, &key)
                                       : sqlite3changeset_old(iter, 0, &key);
    return rc == SQLITE_OK && key && sqlite3_value_type(key) == SQLITE_INTEGER
               ? sqlite3_value_int64(key)
               : 0;
}

// A DATA conflict where the row differs from the recorded one only in bookkeeping columns;
// notes the row version it met.
bool onlyBookkeepingDiffers(Applying& applying, sqlite3_changeset_iter* iter,
                            const QByteArray& table, int columns) {
    const QList<QByteArray>& names = applying.shapes->columnsOf(table);
    if (names.size() != columns)
        return false;
    qint64 version = 0;
    for (int column = 0; column < columns; ++column) {
        sqlite3_value* expected = nullptr;
        sqlite3_value* current = nullptr;
        if (sqlite3changeset_old(iter, column, &expected) != SQLITE_OK ||
            sqlite3changeset_conflict(iter, column, &current) != SQLITE_OK || !current)
            return false;
        if (names[column] == "row_version")
            version = sqlite3_value_int64(current);
        if (!expected || isBookkeeping(names[column]))
            continue; // an update's unchanged column, or one that says nothing of the content
        if (!sameValue(expected, current))
            return false;
    }
    noteVersion(*applying.versions, table, version);
    return true;
}

int onConflict(void* context, int kind, sqlite3_changeset_iter* iter) {
    auto* applying = static_cast<Applying*>(context);
    const char* table = nullptr;
    int columns = 0;
    int op = 0;
    int indirect = 0;
    const bool described =
        kind != SQLITE_CHANGESET_FOREIGN_KEY &&
        sqlite3changeset_op(iter, &table, &columns, &op, &indirect) == SQLITE_OK && table;
    if (described && kind == SQLITE_CHANGESET_DATA &&
        onlyBookkeepingDiffers(*applying, iter, QByteArray(table), columns))
        return SQLITE_CHANGESET_REPLACE;
    if (applying->count++ == 0) {
        applying->kind = kind;
        if (described) {
            applying->table = table;
            applying->op = op;
            applying->id = integerKey(iter, op);
        }
    }
    return SQLITE_CHANGESET_ABORT;
}

// Puts every row the changeset wrote or put back above the highest version any row of its
// table in the changeset has had, so an editor still showing one as it was refuses to save over
// it; notes the versions of the rows removed, for the next replay; and counts the rows the
// changeset touches. Every table recorded here that has a row_version has an INTEGER PRIMARY
// KEY as its first column (its rowid). Rows with consecutive ids (an import's are) are raised
// by one statement.
Result<qint64> raiseVersions(Database& db, TableShapes& shapes, QByteArray& applied,
                             ChangeCapture::RowVersions& versions) {
    const auto failed = [&db](int rc) {
        return sqliteError(db, rc, Text::tr("Cannot mark the rows put back as changed"));
    };
    sqlite3_changeset_iter* iter = nullptr;
    if (const int rc = sqlite3changeset_start(&iter, int(applied.size()), applied.data());
        rc != SQLITE_OK)
        return failed(rc);
    QHash<QByteArray, QList<qint64>> raise; // per table, the rows written or put back
    qint64 rows = 0;
    int rc = SQLITE_OK;
    int step = SQLITE_ROW;
    while (rc == SQLITE_OK && (step = sqlite3changeset_next(iter)) == SQLITE_ROW) {
        ++rows;
        const char* table = nullptr;
        int columns = 0;
        int op = 0;
        int indirect = 0;
        rc = sqlite3changeset_op(iter, &table, &columns, &op, &indirect);
        if (rc != SQLITE_OK)
            break;
        const QByteArray name(table);
        const QList<QByteArray>& names = shapes.columnsOf(name);
        if (names.isEmpty()) {
            rc = SQLITE_ERROR;
            break;
        }
        const auto versionColumn = int(names.indexOf("row_version"));
        const qint64 id = integerKey(iter, op);
        if (versionColumn < 0 || id == 0)
            continue;
        // The versions the changeset expected to find (an update or a removal) and wrote.
        sqlite3_value* before = nullptr;
        sqlite3_value* after = nullptr;
        if (op != SQLITE_INSERT &&
            sqlite3changeset_old(iter, versionColumn, &before) == SQLITE_OK && before)
            noteVersion(versions, name, sqlite3_value_int64(before));
        if (op != SQLITE_DELETE && sqlite3changeset_new(iter, versionColumn, &after) == SQLITE_OK &&
            after)
            noteVersion(versions, name, sqlite3_value_int64(after));
        if (op != SQLITE_DELETE)
            raise[name].append(id);
    }
    const int finished = sqlite3changeset_finalize(iter);
    if (rc == SQLITE_OK && step != SQLITE_DONE && step != SQLITE_ROW)
        rc = step;
    if (rc == SQLITE_OK)
        rc = finished;
    for (auto table = raise.begin(); rc == SQLITE_OK && table != raise.end(); ++table) {
        QByteArray quoted = table.key();
        quoted.replace('"', "\"\"");
        const QByteArray sql = "UPDATE \"" + quoted +
                               "\" SET row_version = max(row_version, ?1) + 1 "
                               "WHERE rowid BETWEEN ?2 AND ?3";
        sqlite3_stmt* st = nullptr;
        rc = sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &st, nullptr);
        const QString key = QString::fromUtf8(table.key());
        const qint64 highest = versions.value(key);
        QList<qint64>& ids = table.value();
        std::sort(ids.begin(), ids.end());
        for (qsizetype first = 0; rc == SQLITE_OK && first < ids.size();) {
            qsizetype last = first;
            while (last + 1 < ids.size() && ids[last + 1] == ids[last] + 1)
                ++last;
            sqlite3_bind_int64(st, 1, highest);
            sqlite3_bind_int64(st, 2, ids[first]);
            sqlite3_bind_int64(st, 3, ids[last]);
            rc = sqlite3_step(st) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(db.handle());
            sqlite3_reset(st);
            first = last + 1;
        }
        sqlite3_finalize(st);
        versions.insert(key, highest + 1); // where every row raised now stands
    }
    if (rc != SQLITE_OK)
        return failed(rc);
    return rows;
}

// Why a changeset could not be applied, naming the first row it stopped at.
Error refusal(Database& db, const Applying& applying) {
    const QString table = QString::fromUtf8(applying.table);
    if (const char* nameColumn = nameColumnOf(applying.table);
        nameColumn && applying.id > 0 && applying.kind == SQLITE_CHANGESET_DATA)
        return staleRowErrorByColumn(db, table, applying.id, QString::fromLatin1(nameColumn));
    if (applying.kind == SQLITE_CHANGESET_FOREIGN_KEY)
        return Error{Error::Kind::Stale,
                     Text::tr("A row this import refers to, or that refers to it, is no longer "
                              "there — reload.")};
    QString why; // %1 the table, %2 the row's id
    switch (applying.kind) {
    case SQLITE_CHANGESET_NOTFOUND:
        why = Text::tr("A row of %1 this import wrote (id %2) was removed since — reload.");
        break;
    case SQLITE_CHANGESET_CONFLICT:
        why = Text::tr("Another row of %1 has taken the id %2 that this import used since, so the "
                       "import cannot be put back as it was; import the file again instead.");
        break;
    case SQLITE_CHANGESET_CONSTRAINT:
        why = Text::tr("Putting a row of %1 (id %2) back would break one of the file's rules "
                       "(for example a name or link that must be unique) — reload.");
        break;
    default:
        why = Text::tr("A row of %1 this import wrote (id %2) was changed since — reload.");
        break;
    }
    return Error{Error::Kind::Stale, why.arg(table).arg(applying.id)};
}

} // namespace

ChangeCapture::ChangeCapture(Database& db, sqlite3_session* session)
    : m_db(&db)
    , m_session(session) {}

ChangeCapture::ChangeCapture(ChangeCapture&& other) noexcept
    : m_db(other.m_db)
    , m_session(std::exchange(other.m_session, nullptr))
    , m_onServer(std::exchange(other.m_onServer, false))
    , m_tables(std::move(other.m_tables)) {}

ChangeCapture& ChangeCapture::operator=(ChangeCapture&& other) noexcept {
    if (this != &other) {
        if (m_session)
            sqlite3session_delete(m_session);
        if (m_onServer)
            stopOnServer();
        m_db = other.m_db;
        m_session = std::exchange(other.m_session, nullptr);
        m_onServer = std::exchange(other.m_onServer, false);
        m_tables = std::move(other.m_tables);
    }
    return *this;
}

ChangeCapture::~ChangeCapture() {
    if (m_session)
        sqlite3session_delete(m_session);
    if (m_onServer)
        stopOnServer();
}

Result<ChangeCapture> ChangeCapture::start(Database& db, const QStringList& tables) {
    if (db.isPostgres())
        return startOnServer(db, tables);
    if (auto raw = db.sqliteFor(Text::tr("undoing an import")); !raw)
        return raw.error();
    sqlite3* handle = db.handle();
    sqlite3_session* session = nullptr;
    int rc = sqlite3session_create(handle, "main", &session);
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, Text::tr("Cannot record the changes for undo"));
    ChangeCapture capture(db, session);
    for (const QString& table : tables) {
        rc = sqlite3session_attach(session, table.toUtf8().constData());
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, Text::tr("Cannot record the changes to %1").arg(table));
    }
    return capture;
}

Result<QByteArray> ChangeCapture::changeset() const {
    if (m_onServer)
        return changesetOnServer();
    int size = 0;
    void* data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        return sqliteError(*m_db, rc, Text::tr("Cannot read the recorded changes"));
    QByteArray bytes(static_cast<const char*>(data), size);
    sqlite3_free(data);
    return bytes;
}

qint64 ChangeCapture::rowCount(const QByteArray& changeset) {
    if (isServerChangeset(changeset))
        return rowCountOnServer(changeset);
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

Result<void> ChangeCapture::apply(Database& db, const QByteArray& changeset, bool forward,
                                  RowVersions& versions) {
    if (db.isPostgres())
        return applyOnServer(db, changeset, forward, versions);
    if (isServerChangeset(changeset))
        return Error{Error::Kind::Internal,
                     Text::tr("The recorded changes were made on a server and cannot be applied "
                              "to a file.")};
    if (auto raw = db.sqliteFor(Text::tr("undoing an import")); !raw)
        return raw.error();
    sqlite3* handle = db.handle();
    QByteArray bytes = changeset;
    if (!forward) {
        int size = 0;
        void* inverted = nullptr;
        const int rc =
            sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size, &inverted);
        if (rc != SQLITE_OK)
            return sqliteError(db, rc, Text::tr("Cannot undo the recorded changes"));
        bytes = QByteArray(static_cast<const char*>(inverted), size);
        sqlite3_free(inverted);
    }
    // Counting every row the apply changes catches what the changeset does not say: rows that
    // others linked to an imported one since, which removing it would take with it (ON DELETE
    // CASCADE or SET NULL: SQLite counts foreign-key actions among a connection's changes).
    // Then the caller's transaction is rolled back instead.
    const sqlite3_int64 changesBefore = sqlite3_total_changes64(handle);
    TableShapes shapes(handle);
    Applying applying;
    applying.shapes = &shapes;
    applying.versions = &versions;
    // Inside the caller's transaction, which rolls back on any refusal: no savepoint of its own.
    const int rc =
        sqlite3changeset_apply_v2(handle, int(bytes.size()), bytes.data(), nullptr, onConflict,
                                  &applying, nullptr, nullptr, SQLITE_CHANGESETAPPLY_NOSAVEPOINT);
    if (applying.count > 0)
        return refusal(db, applying); // someone changed, removed or added a row since
    if (rc != SQLITE_OK)
        return sqliteError(db, rc, Text::tr("Cannot apply the recorded changes"));
    const qint64 changed = sqlite3_total_changes64(handle) - changesBefore;
    // Raising the versions also counts the rows the changeset touches; an error rolls back.
    const auto touched = raiseVersions(db, shapes, bytes, versions);
    if (!touched)
        return touched.error();
    if (const qint64 extra = changed - touched.value(); extra > 0)
        return Error{
            Error::Kind::Stale,
            Text::tr("%n other row(s) now refer to what this import wrote and would change "
                     "with it; remove those links first, then undo.",
                     nullptr, int(extra))};
    return {};
}

} // namespace slipway
