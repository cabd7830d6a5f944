// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace slipway {

class Database;

// An entry's fields as UTF-8, for writers that log many entries without building QStrings
// (AuditAppender). Views only: the bytes belong to the caller.
struct AuditBytes {
    qint64 seq = 0;
    qint64 atMs = 0;
    QByteArrayView actor, action, entity;
    qint64 entityId = 0;
    QByteArrayView beforeJson, afterJson, changeTicket, prevHash;
};

// The last entry of the log: its seq (the entry count in an intact chain) and its hash. An
// empty log has seq 0 and the genesis hash.
struct AuditTip {
    qint64 seq = 0;
    QString hash;
};

// The append-only, hash-chained audit trail. append() must run inside the caller's
// Transaction so the entry commits or rolls back with the change it describes. On a file the
// client computes the chain; on a server the server does, and append() returns what it stored
// (the actor is then the login and the time the server's, whatever the entry said).
class AuditLog {
public:
    explicit AuditLog(Database& db);

    static QString genesisHash();
    // SHA-256 (hex) over the previous hash and every field, each length-prefixed.
    static QString computeHash(const AuditEntry& entry);
    // The same digest, as 64 lower-case hex characters into `hex`.
    static void computeHash(const AuditBytes& entry, char hex[64]);

    Result<AuditEntry> append(AuditEntry entry);

    Result<AuditVerification> verify(const std::function<void(qint64 done)>& progress = {}) const;
    Result<QString> head() const;
    // The last entry's seq and hash, in one indexed lookup (no walk of the chain).
    Result<AuditTip> tip() const;
    // The stored hash of entry `seq`; nothing when there is no such entry.
    Result<std::optional<QString>> hashAt(qint64 seq) const;
    Result<qint64> count(const AuditFilter& filter = {}) const;
    // Newest first; `beforeSeq` 0 starts at the newest entry.
    Result<QList<AuditEntry>> page(const AuditFilter& filter, qint64 beforeSeq, int limit) const;
    Result<AuditEntry> entry(qint64 seq) const;

private:
    Result<AuditEntry> appendOnServer(AuditEntry entry);

    Database& m_db;
};

} // namespace slipway
