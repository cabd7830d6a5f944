// SPDX-License-Identifier: GPL-3.0-or-later
#include "IntegrityChecker.h"

#include "AuditLog.h"
#include "AuditProtection.h"
#include "ServerIntegrity.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <sqlite3.h>

#include <memory>
#include <thread>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IntegrityChecker)
};

QString text(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

Result<Statement> prepare(Database& db, const char* sql, const QString& doing) {
    sqlite3_stmt* st = nullptr;
    const int rc = sqlite3_prepare_v2(db.handle(), sql, -1, &st, nullptr);
    if (rc != SQLITE_OK)
        return db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())), doing);
    return Statement(st, &sqlite3_finalize);
}

// Both connections read the whole file once, through SQLite's small page cache: mapping
// the file instead saved a copy per page but kept every page of it resident (1.4 GB for
// the large demo, against a 300 MB budget), and on a network share a failing read through
// a mapping kills the process (SIGBUS).
void mapIntoMemory(Database& db, bool onShare) {
    Q_UNUSED(onShare);
    sqlite3_exec(db.handle(), "PRAGMA mmap_size = 0", nullptr, nullptr, nullptr);
}

// A damaged file fails the check statement itself; that is a finding, not a usage error.
void runStructureCheck(Database& db, IntegrityChecker::Depth depth, IntegrityReport& report) {
    const bool full = depth == IntegrityChecker::Depth::Full;
    report.integrityMode = full ? QStringLiteral("integrity_check") : QStringLiteral("quick_check");
    const QByteArray sql = QByteArray("PRAGMA ") + report.integrityMode.toLatin1() + '(' +
                           QByteArray::number(IntegrityChecker::kMaxMessages) + ')';
    auto st = prepare(db, sql.constData(), Text::tr("checking the file"));
    if (!st) {
        report.integrityOk = false;
        report.findings.append(
            {IntegrityFinding::Check::Integrity, st.error().message, {}, 0, {}, 0});
        return;
    }
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(st.value().get())) == SQLITE_ROW) {
        const QString line = text(st.value().get(), 0);
        if (line == u"ok")
            continue;
        report.integrityOk = false;
        report.findings.append({IntegrityFinding::Check::Integrity, line, {}, 0, {}, 0});
    }
    if (rc != SQLITE_DONE) {
        report.integrityOk = false;
        report.findings.append({IntegrityFinding::Check::Integrity,
                                db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                                 Text::tr("checking the file"))
                                    .message,
                                {},
                                0,
                                {},
                                0});
    }
}

void runForeignKeyCheck(Database& db, IntegrityReport& report) {
    auto st = prepare(db, "PRAGMA foreign_key_check", Text::tr("checking references"));
    if (!st) {
        report.foreignKeysOk = false;
        report.findings.append(
            {IntegrityFinding::Check::ForeignKeys, st.error().message, {}, 0, {}, 0});
        return;
    }
    int rc = SQLITE_OK;
    int listed = 0;
    while ((rc = sqlite3_step(st.value().get())) == SQLITE_ROW) {
        report.foreignKeysOk = false;
        if (++listed > IntegrityChecker::kMaxMessages)
            continue;
        IntegrityFinding f;
        f.check = IntegrityFinding::Check::ForeignKeys;
        f.table = text(st.value().get(), 0);
        f.rowId = sqlite3_column_int64(st.value().get(), 1);
        f.parent = text(st.value().get(), 2);
        f.message = Text::tr("row %1 of %2 points to a missing row in %3")
                        .arg(f.rowId)
                        .arg(f.table, f.parent);
        report.findings.append(f);
    }
    if (listed > IntegrityChecker::kMaxMessages)
        report.findings.append({IntegrityFinding::Check::ForeignKeys,
                                Text::tr("%1 more dangling references not listed")
                                    .arg(listed - IntegrityChecker::kMaxMessages),
                                {},
                                0,
                                {},
                                0});
    if (rc != SQLITE_DONE) {
        report.foreignKeysOk = false;
        report.findings.append({IntegrityFinding::Check::ForeignKeys,
                                db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                                 Text::tr("checking references"))
                                    .message,
                                {},
                                0,
                                {},
                                0});
    }
}

// Listed after the chain's finding, which the worker thread delivers last.
QList<IntegrityFinding> runProtectionCheck(Database& db, const QString& migrationsDir,
                                           IntegrityReport& report) {
    QList<IntegrityFinding> findings;
    auto found = AuditProtection::check(db, migrationsDir);
    if (!found) {
        report.auditProtectionOk = false;
        IntegrityFinding f;
        f.check = IntegrityFinding::Check::AuditProtection;
        f.message = found.error().message;
        findings.append(f);
        return findings;
    }
    for (const ProtectionFinding& p : found.value()) {
        report.auditProtectionOk = false;
        IntegrityFinding f;
        f.check = IntegrityFinding::Check::AuditProtection;
        f.message = p.message;
        f.table = p.table;
        f.trigger = p.trigger;
        findings.append(f);
    }
    return findings;
}

} // namespace

QString checkKey(IntegrityFinding::Check check) {
    switch (check) {
    case IntegrityFinding::Check::Integrity:
        return QStringLiteral("integrity");
    case IntegrityFinding::Check::ForeignKeys:
        return QStringLiteral("foreign_keys");
    case IntegrityFinding::Check::AuditChain:
        return QStringLiteral("audit_chain");
    case IntegrityFinding::Check::AuditProtection:
        return QStringLiteral("audit_protection");
    case IntegrityFinding::Check::ServerRoles:
        return QStringLiteral("server_roles");
    }
    return {};
}

Result<IntegrityReport> IntegrityChecker::check(const QString& path,
                                                const Database::OpenOptions& options, Depth depth) {
    QElapsedTimer total;
    total.start();
    auto opened = Database::open(path, options);
    if (!opened)
        return opened.error();
    Database& db = *opened.value();

    IntegrityReport report;
    report.file = db.fileName();
    report.schemaVersion = db.schemaVersion();
    if (db.isPostgres()) {
        ServerIntegrity::check(db, report);
        report.totalMs = total.elapsed();
        return report;
    }

    // The chain gets its own connection: a QSqlDatabase belongs to the thread that made it.
    std::optional<Result<AuditVerification>> audit;
    qint64 auditMs = 0;
    Database::OpenOptions second = options;
    second.create = false;
    std::thread worker([&audit, &auditMs, path, second] {
        QElapsedTimer t;
        t.start();
        auto other = Database::open(path, second);
        if (!other) {
            audit.emplace(other.error());
        } else {
            mapIntoMemory(*other.value(), second.shared);
            audit.emplace(AuditLog(*other.value()).verify());
        }
        auditMs = t.elapsed();
    });

    QElapsedTimer t;
    t.start();
    mapIntoMemory(db, options.shared);
    runStructureCheck(db, depth, report);
    report.integrityMs = t.restart();
    runForeignKeyCheck(db, report);
    report.foreignKeysMs = t.restart();
    const QList<IntegrityFinding> protection =
        runProtectionCheck(db, options.migrationsDir, report);
    report.auditProtectionMs = t.elapsed();
    worker.join();
    report.auditMs = auditMs;

    if (audit && audit->ok()) {
        const AuditVerification& v = audit->value();
        report.auditEntries = v.checked;
        report.auditHead = v.head;
        report.auditFirstBroken = v.firstBrokenSeq;
        report.auditProblem = v.problem;
        report.auditOk = v.intact();
        if (!v.intact()) {
            IntegrityFinding f;
            f.check = IntegrityFinding::Check::AuditChain;
            f.auditSeq = *v.firstBrokenSeq;
            f.message = v.problem;
            report.findings.append(f);
        }
    } else {
        report.auditOk = false;
        report.auditProblem =
            audit ? audit->error().message : Text::tr("the audit log was not read");
        report.findings.append(
            {IntegrityFinding::Check::AuditChain, report.auditProblem, {}, 0, {}, 0});
    }
    report.findings.append(protection);
    report.totalMs = total.elapsed();
    return report;
}

} // namespace slipway
