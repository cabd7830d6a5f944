// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <string>

struct pg_conn;

namespace slipway {

class Database;

// Rows into one table of a PostgreSQL server through COPY … FROM STDIN (text format), on the
// connection and inside the transaction QPSQL holds: bulk writes without a round trip per row.
// Fields are appended to a buffer sent in chunks of about 1 MB; text is escaped for COPY
// (backslash, tab, newline, carriage return) and NULL is \N. Until end() succeeds nothing is
// stored; an object dropped before then cancels the COPY, which fails the transaction.
//
//   PgCopy copy(db, tr("saving scope items"));
//   copy.begin("scope_items", {"id", "title"});
//   copy.integer(7); copy.text(u"Login"); copy.endRow();
//   copy.end();
class PgCopy {
public:
    // `doing` names the work in error messages ("saving scope items").
    PgCopy(Database& db, QString doing);
    ~PgCopy();
    PgCopy(const PgCopy&) = delete;
    PgCopy& operator=(const PgCopy&) = delete;

    // COPY table (columns…) FROM STDIN. Names are the program's own, never input.
    Result<void> begin(const QString& table, const QStringList& columns);

    // One field each, in column order; endRow() after the row's last one.
    void null();
    void integer(qint64 value);
    void real(double value); // as many digits as make it read back the same
    void text(QStringView value);
    void utf8(QByteArrayView value); // UTF-8 bytes, escaped here
    void endRow();

    // Sends what is left, ends the COPY and reads the server's verdict (a constraint broken,
    // a row it could not read), mapped through Database::errorFromSqlState.
    Result<void> end();
    qint64 rows() const { return m_rows; }

private:
    void separate();
    Result<void> flush();
    Error failure(void* result) const;

    Database& m_db;
    pg_conn* m_conn = nullptr;
    QString m_doing;
    std::string m_buffer;
    bool m_open = false;
    bool m_rowStarted = false;
    bool m_failed = false; // a chunk could not be sent; end() reports it
    qint64 m_rows = 0;
};

} // namespace slipway
