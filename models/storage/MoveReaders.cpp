// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a table's rows for a move: raw SQLite statements on a file, COPY … TO STDOUT on a
// server (text format, unescaped here). No QVariant per value: the large demo has a million
// audit entries.
#include "Database.h"
#include "MoveCatalog.h"
#include "MoveRows.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdlib>
#include <string>

namespace slipway {
namespace {

class FileReader : public MoveReader {
public:
    FileReader(Database& db, const MoveTable& table, sqlite3_stmt* statement)
        : m_db(db)
        , m_table(table)
        , m_statement(statement) {}
    ~FileReader() override { sqlite3_finalize(m_statement); }

    Result<bool> next(MoveRow& row) override {
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_DONE)
            return false;
        if (rc != SQLITE_ROW)
            return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                      MoveText::tr("reading %1").arg(m_table.name));
        const int n = sqlite3_column_count(m_statement);
        row.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            MoveCell& c = row[size_t(i)];
            switch (sqlite3_column_type(m_statement, i)) {
            case SQLITE_NULL:
                c.type = MoveCell::Type::Null;
                break;
            case SQLITE_INTEGER:
                c.type = MoveCell::Type::Integer;
                c.integer = sqlite3_column_int64(m_statement, i);
                break;
            case SQLITE_FLOAT:
                c.type = MoveCell::Type::Real;
                c.real = sqlite3_column_double(m_statement, i);
                break;
            case SQLITE_BLOB:
                c.type = MoveCell::Type::Text;
                c.text = static_cast<const char*>(sqlite3_column_blob(m_statement, i));
                c.size = sqlite3_column_bytes(m_statement, i);
                break;
            default:
                c.type = MoveCell::Type::Text;
                c.text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, i));
                c.size = sqlite3_column_bytes(m_statement, i);
                break;
            }
        }
        return true;
    }

private:
    Database& m_db;
    const MoveTable& m_table;
    sqlite3_stmt* m_statement;
};

// One line of COPY's text format into cells: fields split at tabs, \N is NULL, backslash
// escapes undone (PostgreSQL writes \\ \b \f \n \r \t \v).
class ServerReader : public MoveReader {
public:
    ServerReader(Database& db, const MoveTable& table)
        : m_db(db)
        , m_table(table)
        , m_conn(db.pgHandle()) {}
    ~ServerReader() override {
        if (m_line)
            PQfreemem(m_line);
        if (m_open) { // stopped early: the rest is read and dropped so the connection is free
            char* rest = nullptr;
            while (PQgetCopyData(m_conn, &rest, 0) > 0)
                PQfreemem(rest);
            while (PGresult* r = PQgetResult(m_conn))
                PQclear(r);
        }
    }

    Result<void> start() {
        const QByteArray sql = (QStringLiteral("COPY (SELECT ") + MoveCatalog::columnList(m_table) +
                                QStringLiteral(" FROM ") + MoveCatalog::quoted(m_table.name) +
                                MoveCatalog::orderBy(m_table) + QStringLiteral(") TO STDOUT"))
                                   .toUtf8();
        PGresult* r = PQexec(m_conn, sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_COPY_OUT;
        Result<void> outcome;
        if (!ok)
            outcome = failure(r);
        PQclear(r);
        m_open = ok;
        return outcome;
    }

    Result<bool> next(MoveRow& row) override {
        if (m_line) {
            PQfreemem(m_line);
            m_line = nullptr;
        }
        const int length = PQgetCopyData(m_conn, &m_line, 0);
        if (length == -1) {
            m_open = false;
            PGresult* r = PQgetResult(m_conn);
            Result<bool> outcome = false;
            if (PQresultStatus(r) != PGRES_COMMAND_OK)
                outcome = failure(r).error();
            PQclear(r);
            while (PGresult* more = PQgetResult(m_conn))
                PQclear(more);
            return outcome;
        }
        if (length < 0)
            return failure(nullptr).error();
        parse(m_line, length, row);
        return true;
    }

private:
    Result<void> failure(PGresult* r) {
        const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
        const char* message =
            r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(m_conn);
        return m_db.errorFromSqlState(QString::fromLatin1(state ? state : ""),
                                      QString::fromUtf8(message ? message : "").trimmed(),
                                      MoveText::tr("reading %1").arg(m_table.name));
    }

    void parse(const char* line, int length, MoveRow& row) {
        if (length > 0 && line[length - 1] == '\n')
            --length;
        m_buffer.resize(size_t(length) + 1); // unescaped text is never longer
        char* out = m_buffer.data();
        row.resize(size_t(m_table.columns.size()));
        size_t column = 0;
        const char* p = line;
        const char* end = line + length;
        while (column < row.size()) {
            MoveCell& c = row[column];
            const char* start = p;
            while (p < end && *p != '\t')
                ++p;
            if (p - start == 2 && start[0] == '\\' && start[1] == 'N') {
                c.type = MoveCell::Type::Null;
            } else {
                char* first = out;
                for (const char* s = start; s < p; ++s) {
                    if (*s != '\\' || s + 1 == p) {
                        *out++ = *s;
                        continue;
                    }
                    switch (*++s) {
                    case 'b':
                        *out++ = '\b';
                        break;
                    case 'f':
                        *out++ = '\f';
                        break;
                    case 'n':
                        *out++ = '\n';
                        break;
                    case 'r':
                        *out++ = '\r';
                        break;
                    case 't':
                        *out++ = '\t';
                        break;
                    case 'v':
                        *out++ = '\v';
                        break;
                    default:
                        *out++ = *s;
                        break;
                    }
                }
                const MoveCell::Type type = m_table.numeric[column];
                c.type = type;
                c.text = first;
                c.size = out - first;
                *out++ = '\0'; // strtoll and strtod stop here
                if (type == MoveCell::Type::Integer)
                    c.integer = std::strtoll(first, nullptr, 10);
                else if (type == MoveCell::Type::Real)
                    c.real = std::strtod(first, nullptr);
            }
            ++column;
            if (p < end)
                ++p; // the tab
        }
    }

    Database& m_db;
    const MoveTable& m_table;
    PGconn* m_conn;
    char* m_line = nullptr;
    bool m_open = false;
    std::string m_buffer;
};

} // namespace

Result<std::unique_ptr<MoveReader>> openMoveReader(Database& db, const MoveTable& table) {
    if (db.isPostgres()) {
        auto reader = std::make_unique<ServerReader>(db, table);
        if (auto started = reader->start(); !started)
            return started.error();
        return std::unique_ptr<MoveReader>(std::move(reader));
    }
    const QByteArray sql =
        (QStringLiteral("SELECT ") + MoveCatalog::columnList(table) + QStringLiteral(" FROM ") +
         MoveCatalog::quoted(table.name) + MoveCatalog::orderBy(table))
            .toUtf8();
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                MoveText::tr("reading %1").arg(table.name));
    }
    return std::unique_ptr<MoveReader>(std::make_unique<FileReader>(db, table, st));
}

} // namespace slipway
