// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AuditLog.h"
#include "domain/Result.h"

#include <QString>

#include <vector>

struct sqlite3_stmt;

namespace slipway {

class Database;

// Appends many audit entries inside the caller's Transaction: the chain head is read once,
// then each entry is hashed (AuditLog::computeHash) and inserted through one prepared
// statement. For imports that log thousands of rows; do not mix with AuditLog::append in
// the same transaction, since the head is not read again.
class AuditAppender {
public:
    explicit AuditAppender(Database& db);
    ~AuditAppender();
    AuditAppender(const AuditAppender&) = delete;
    AuditAppender& operator=(const AuditAppender&) = delete;

    // Fills seq, prevHash, hash (and atMs when 0); returns the entry as stored.
    Result<AuditEntry> append(AuditEntry entry);
    // The same from UTF-8 fields (seq and prevHash are ignored, atMs must be set); returns
    // the seq given. Nothing is converted: the bytes are hashed and bound as they are.
    Result<qint64> append(const AuditBytes& entry);
    qint64 appended() const { return m_appended; }

    // Where the chain stands: the last seq and hash, for hashing a batch ahead of time
    // (off the thread that writes; the chain is sequential but needs no database).
    struct Head {
        qint64 seq = 0;
        QByteArray hash;
    };
    Result<Head> head();
    // Appends entries hashed ahead of time with AuditLog::computeHash (`hashes`, 64
    // characters each) through one multi-row INSERT per group. Their seq and prevHash must
    // continue the chain exactly, or nothing is written.
    Result<void> appendHashed(const std::vector<AuditBytes>& entries, const char* const* hashes);

private:
    Result<void> start();
    Result<qint64> insert(const AuditBytes& entry, const char hash[64]);
    Error lastError(const QString& doing) const;

    Database& m_db;
    sqlite3_stmt* m_insert = nullptr;
    sqlite3_stmt* m_insertGroup = nullptr;
    bool m_started = false;
    qint64 m_lastSeq = 0;
    char m_lastHash[64] = {};
    qint64 m_appended = 0;
};

} // namespace slipway
