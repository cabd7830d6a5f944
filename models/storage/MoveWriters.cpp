// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a table's rows for a move: a prepared INSERT on a file, COPY … FROM STDIN in text
// format on a server. Both run inside the transaction the mover holds on the target.
#include "Database.h"
#include "MoveCatalog.h"
#include "MoveRows.h"
#include "PgCopy.h"

#include <sqlite3.h>

#include <cstring>

namespace slipway {
namespace {

// The row as messages name it: its primary key's values, else its number.
QString rowName(const MoveTable& table, const MoveRow& row, qint64 rowNumber) {
    QStringList parts;
    for (const QString& key : table.primaryKey) {
        const qsizetype i = table.columns.indexOf(key);
        if (i < 0 || size_t(i) >= row.size())
            continue;
        const MoveCell& c = row[size_t(i)];
        QString value;
        if (c.type == MoveCell::Type::Integer)
            value = QString::number(c.integer);
        else if (c.type == MoveCell::Type::Real)
            value = QString::number(c.real);
        else if (c.type == MoveCell::Type::Text)
            value = QString::fromUtf8(c.text, qMin<qsizetype>(c.size, 40));
        parts.append(key + u'=' + value);
    }
    return parts.isEmpty() ? MoveText::tr("row %1").arg(rowNumber)
                           : MoveText::tr("row %1 (%2)").arg(rowNumber).arg(parts.join(u' '));
}

// Where text breaks UTF-8, or holds a NUL: the offset, or -1 when it is clean.
qsizetype firstBadByte(const unsigned char* s, qsizetype n, bool* nul) {
    qsizetype i = 0;
    while (i < n) {
        const unsigned char b = s[i];
        if (b < 0x80) {
            if (b == 0) {
                *nul = true;
                return i;
            }
            ++i;
            continue;
        }
        int more = 0;
        unsigned int cp = 0;
        if ((b & 0xe0) == 0xc0) {
            more = 1;
            cp = b & 0x1f;
        } else if ((b & 0xf0) == 0xe0) {
            more = 2;
            cp = b & 0x0f;
        } else if ((b & 0xf8) == 0xf0) {
            more = 3;
            cp = b & 0x07;
        } else {
            return i;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n || (s[i + k] & 0xc0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3f);
        }
        // Overlong forms, surrogates and values above U+10FFFF are not UTF-8 either.
        if ((more == 1 && cp < 0x80) || (more == 2 && cp < 0x800) || (more == 3 && cp < 0x10000) ||
            cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return i;
        i += more + 1;
    }
    return -1;
}

// Text PostgreSQL can store: UTF-8 without NUL. Else one line naming table, row and column.
Result<void> cleanForServer(const MoveTable& table, const MoveRow& row, qint64 rowNumber,
                            size_t column) {
    const MoveCell& c = row[column];
    bool nul = false;
    if (firstBadByte(reinterpret_cast<const unsigned char*>(c.text), c.size, &nul) < 0)
        return {};
    const QString where = MoveText::tr("%1 %2 column %3")
                              .arg(table.name, rowName(table, row, rowNumber),
                                   table.columns.value(qsizetype(column)));
    return Error{Error::Kind::Usage,
                 nul ? MoveText::tr("%1 holds a NUL byte, which PostgreSQL cannot store; nothing "
                                    "was moved.")
                           .arg(where)
                     : MoveText::tr("%1 holds bytes that are not UTF-8, which PostgreSQL cannot "
                                    "store; nothing was moved.")
                           .arg(where)};
}

class FileWriter : public MoveWriter {
public:
    FileWriter(Database& db, const MoveTable& table, sqlite3_stmt* statement)
        : m_db(db)
        , m_table(table)
        , m_statement(statement) {}
    ~FileWriter() override { sqlite3_finalize(m_statement); }

    Result<void> put(const MoveRow& row, qint64 rowNumber) override {
        for (size_t i = 0; i < row.size(); ++i) {
            const MoveCell& c = row[i];
            const int at = int(i) + 1;
            switch (c.type) {
            case MoveCell::Type::Null:
                sqlite3_bind_null(m_statement, at);
                break;
            case MoveCell::Type::Integer:
                sqlite3_bind_int64(m_statement, at, c.integer);
                break;
            case MoveCell::Type::Real:
                sqlite3_bind_double(m_statement, at, c.real);
                break;
            case MoveCell::Type::Text:
                sqlite3_bind_text64(m_statement, at, c.text ? c.text : "", sqlite3_uint64(c.size),
                                    SQLITE_STATIC, SQLITE_UTF8);
                break;
            }
        }
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE)
            return m_db.errorFromCode(
                rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                MoveText::tr("writing %1 %2").arg(m_table.name, rowName(m_table, row, rowNumber)));
        return {};
    }
    Result<void> finish() override { return {}; }

private:
    Database& m_db;
    const MoveTable& m_table;
    sqlite3_stmt* m_statement;
};

// On a server, through COPY (PgCopy): a row's text is checked before any of its fields go.
class ServerWriter : public MoveWriter {
public:
    ServerWriter(Database& db, const MoveTable& table)
        : m_table(table)
        , m_copy(db, MoveText::tr("writing %1").arg(table.name)) {}

    Result<void> start() { return m_copy.begin(m_table.name, m_table.columns); }

    Result<void> put(const MoveRow& row, qint64 rowNumber) override {
        for (size_t i = 0; i < row.size(); ++i)
            if (row[i].type == MoveCell::Type::Text)
                if (auto clean = cleanForServer(m_table, row, rowNumber, i); !clean)
                    return clean;
        for (const MoveCell& c : row) {
            switch (c.type) {
            case MoveCell::Type::Null:
                m_copy.null();
                break;
            case MoveCell::Type::Integer:
                m_copy.integer(c.integer);
                break;
            case MoveCell::Type::Real:
                m_copy.real(c.real);
                break;
            case MoveCell::Type::Text:
                m_copy.utf8(QByteArrayView(c.text, c.size));
                break;
            }
        }
        m_copy.endRow();
        return {};
    }

    Result<void> finish() override { return m_copy.end(); }

private:
    const MoveTable& m_table;
    PgCopy m_copy;
};

} // namespace

Result<void> checkTextForServer(Database& source, const MoveTable& table) {
    auto reader = openMoveReader(source, table);
    if (!reader)
        return reader.error();
    MoveRow row;
    for (qint64 n = 1;; ++n) {
        auto more = reader.value()->next(row);
        if (!more)
            return more.error();
        if (!more.value())
            return {};
        for (size_t i = 0; i < row.size(); ++i)
            if (row[i].type == MoveCell::Type::Text)
                if (auto clean = cleanForServer(table, row, n, i); !clean)
                    return clean;
    }
}

Result<std::unique_ptr<MoveWriter>> openMoveWriter(Database& db, const MoveTable& table) {
    if (db.isPostgres()) {
        auto writer = std::make_unique<ServerWriter>(db, table);
        if (auto started = writer->start(); !started)
            return started.error();
        return std::unique_ptr<MoveWriter>(std::move(writer));
    }
    QStringList marks;
    for (qsizetype i = 0; i < table.columns.size(); ++i)
        marks.append(QStringLiteral("?"));
    const QByteArray sql = (QStringLiteral("INSERT INTO ") + MoveCatalog::quoted(table.name) +
                            QStringLiteral(" (") + MoveCatalog::columnList(table) +
                            QStringLiteral(") VALUES (") + marks.join(QLatin1String(", ")) + u')')
                               .toUtf8();
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql.constData(), int(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(st);
        return db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                MoveText::tr("writing %1").arg(table.name));
    }
    return std::unique_ptr<MoveWriter>(std::make_unique<FileWriter>(db, table, st));
}

} // namespace slipway
