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
// the same transaction, since the head is not read again. On a server each entry goes
// through AuditLog::append, which extends the chain there.
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
    // Every entry, in order, from UTF-8 fields (atMs must be set). On a server through one
    // COPY (the server's chain trigger still sets each one's seq, actor, time and hash); on a
    // file as append() does, one by one.
    Result<void> appendAll(const std::vector<AuditBytes>& entries);
    qint64 appended() const { return m_appended; }

private:
    Result<void> start();
    Result<AuditEntry> appendOnServer(AuditEntry entry);
    Result<qint64> insert(const AuditBytes& entry, const char hash[64]);
    Error lastError(const QString& doing) const;

    Database& m_db;
    sqlite3_stmt* m_insert = nullptr;
    bool m_started = false;
    qint64 m_lastSeq = 0;
    char m_lastHash[64] = {};
    qint64 m_appended = 0;
};

} // namespace slipway
