// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace slipway {

// One thing wrong with a file, as `slipway check` reports it.
struct IntegrityFinding {
    enum class Check { Integrity, ForeignKeys, AuditChain, AuditProtection, ServerRoles };
    Check check = Check::Integrity;
    QString message;
    QString table;       // foreign keys: the table holding the dangling reference
    qint64 rowId = 0;    // foreign keys: its rowid
    QString parent;      // foreign keys: the table it points into
    qint64 auditSeq = 0; // audit chain: the first entry that does not fit
    QString trigger;     // audit protection: the trigger missing, altered or unknown
};

// "integrity", "foreign_keys", "audit_chain", "audit_protection", "server_roles"
QString checkKey(IntegrityFinding::Check check);

struct IntegrityReport {
    QString file;
    int schemaVersion = 0;
    QString integrityMode; // "quick_check" or "integrity_check"
    bool integrityOk = true;
    bool foreignKeysOk = true;
    bool auditOk = true;
    bool auditProtectionOk = true; // its triggers as the migrations made them, a log not emptied
    bool server = false;           // a PostgreSQL server: no page or foreign-key check
    bool serverRolesOk = true;     // server after admin init: grants and row security intact
    qint64 auditEntries = 0;
    QString auditHead;
    std::optional<qint64> auditFirstBroken;
    QString auditProblem;
    QList<IntegrityFinding> findings;
    qint64 integrityMs = 0, foreignKeysMs = 0, auditMs = 0, auditProtectionMs = 0, totalMs = 0;

    bool clean() const { return findings.isEmpty(); }
};

// Checks a whole file: SQLite's own structure check, foreign keys, the audit chain and what
// protects it (the triggers, a log not emptied on a file with data).
// The chain is verified on a second connection in a worker thread while the structure
// check runs, since on a large file each takes about as long as the other.
// A PostgreSQL server is checked by ServerIntegrity instead: no page or foreign-key check.
class IntegrityChecker {
public:
    enum class Depth {
        Quick, // PRAGMA quick_check: every page and b-tree, not index-vs-table contents
        Full,  // PRAGMA integrity_check: also that each index matches its table
    };

    // Errors are for files that cannot be checked at all (missing, not a database, newer
    // schema); a file that opens but is damaged comes back as findings.
    static Result<IntegrityReport> check(const QString& path, const Database::OpenOptions& options,
                                         Depth depth = Depth::Quick);

    static constexpr int kMaxMessages = 100; // SQLite can list thousands for one bad page
};

} // namespace slipway
