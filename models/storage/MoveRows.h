// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace slipway {

class Database;

// One value of a row on its way from one database to another. Text points into the reader's
// buffer and is valid until the reader's next row.
struct MoveCell {
    enum class Type { Null, Integer, Real, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    const char* text = nullptr;
    qsizetype size = 0;
};
using MoveRow = std::vector<MoveCell>;

// A table as the move copies it: its columns (the target's, in its order), the primary key's
// columns (the order rows are read in) and which columns hold numbers on the target.
struct MoveTable {
    QString name;
    QStringList columns;
    QStringList primaryKey;              // empty: ordered by every column
    QStringList references;              // tables its foreign keys name (itself excluded)
    std::vector<MoveCell::Type> numeric; // per column: Integer, Real, or Text for the rest
};

// Rows of one table, in primary-key order.
class MoveReader {
public:
    virtual ~MoveReader() = default;
    // True with `row` filled, false at the end.
    virtual Result<bool> next(MoveRow& row) = 0;
};

// Rows into one table, inside the transaction the mover holds on the target.
class MoveWriter {
public:
    virtual ~MoveWriter() = default;
    // `rowNumber` counts from 1 in the source's primary-key order, for messages.
    virtual Result<void> put(const MoveRow& row, qint64 rowNumber) = 0;
    virtual Result<void> finish() = 0;
};

struct MoveText {
    Q_DECLARE_TR_FUNCTIONS(DatabaseMover)
};

// Readers: raw SQLite statements on a file; COPY (SELECT …) TO STDOUT on a server.
Result<std::unique_ptr<MoveReader>> openMoveReader(Database& db, const MoveTable& table);
// Writers: a prepared INSERT on a file; COPY … FROM STDIN (text format) on a server, which
// refuses NUL bytes and text that is not UTF-8 before sending the row.
Result<std::unique_ptr<MoveWriter>> openMoveWriter(Database& db, const MoveTable& table);
// Before a file's rows go to a server: every text value of `table` is UTF-8 without NUL, else
// one line naming the table, the row and the column.
Result<void> checkTextForServer(Database& source, const MoveTable& table);

} // namespace slipway
