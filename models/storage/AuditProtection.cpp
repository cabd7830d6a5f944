// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditProtection.h"

#include "Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditProtection)
};

const char* const kAuditTable = "audit_log";

// Rows in any of these mean the file has been used, and every way Slipway writes them appends
// an audit entry in the same transaction.
const char* const kAuditedTables[] = {
    "releases",     "change_requests",  "scope_items",  "cab_meetings", "cab_decisions",
    "blackouts",    "incident_freezes", "environments", "people",       "communications",
    "known_issues", "release_gates",    "gate_waivers",
};

using Connection = std::unique_ptr<sqlite3, decltype(&sqlite3_close)>;
using Statement = std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)>;

QString text(sqlite3_stmt* st, int col) {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, col)) : QString();
}

Statement prepare(sqlite3* h, const char* sql) {
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK)
        return Statement(nullptr, &sqlite3_finalize);
    return Statement(st, &sqlite3_finalize);
}

// name → (table, sql) of every trigger in the database behind `h`.
std::optional<QMap<QString, AuditProtection::Trigger>> triggersIn(sqlite3* h) {
    Statement st =
        prepare(h, "SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'trigger'");
    if (!st)
        return std::nullopt;
    QMap<QString, AuditProtection::Trigger> out;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        out.insert(text(st.get(), 0), {text(st.get(), 1), text(st.get(), 2)});
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return out;
}

} // namespace

QString AuditProtection::normalisedSql(const QString& sql) {
    QString t = sql.simplified().toLower();
    while (t.endsWith(u';') || t.endsWith(u' '))
        t.chop(1);
    return t;
}

Result<QMap<QString, AuditProtection::Trigger>>
AuditProtection::expectedTriggers(const QString& migrationsDir, int schemaVersion) {
    const QString dirPath =
        migrationsDir.isEmpty() ? QStringLiteral(":/slipway/migrations") : migrationsDir;
    const QDir dir(dirPath);
    const QStringList files =
        dir.entryList({QStringLiteral("[0-9][0-9][0-9][0-9]_*.sql")}, QDir::Files, QDir::Name);
    sqlite3* raw = nullptr;
    const int opened = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE, nullptr);
    Connection memory(raw, &sqlite3_close);
    if (opened != SQLITE_OK)
        return Error{Error::Kind::Internal, Text::tr("an in-memory database could not be made")};
    for (const QString& name : files) {
        if (name.left(4).toInt() > schemaVersion)
            break;
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{Error::Kind::Internal, Text::tr("Migration %1 is missing.").arg(name)};
        char* message = nullptr;
        if (sqlite3_exec(memory.get(), file.readAll().constData(), nullptr, nullptr, &message) !=
            SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return Error{
                Error::Kind::Internal,
                Text::tr("Migration %1 does not run on an empty database: %2").arg(name, why)};
        }
    }
    auto triggers = triggersIn(memory.get());
    if (!triggers)
        return Error{Error::Kind::Internal,
                     Text::tr("The triggers of the built-in migrations could not be listed.")};
    return *triggers;
}

Result<QList<ProtectionFinding>> AuditProtection::check(Database& db,
                                                        const QString& migrationsDir) {
    if (auto raw = db.sqliteFor(Text::tr("checking the audit log's protection")); !raw)
        return raw.error();
    auto expected = expectedTriggers(migrationsDir, db.schemaVersion());
    if (!expected)
        return expected.error();
    auto present = triggersIn(db.handle());
    if (!present)
        return db.errorFromCode(sqlite3_errcode(db.handle()),
                                QString::fromUtf8(sqlite3_errmsg(db.handle())),
                                Text::tr("listing the file's triggers"));
    QList<ProtectionFinding> findings;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        ProtectionFinding f;
        f.trigger = it.key();
        f.table = it->table;
        const auto found = present->constFind(it.key());
        if (found == present->cend()) {
            f.kind = ProtectionFinding::Kind::MissingTrigger;
            f.message =
                Text::tr("the protecting trigger %1 on %2 is missing: its rows can be changed "
                         "or deleted with other tools without a refusal")
                    .arg(f.trigger, f.table);
        } else if (found->table != it->table ||
                   normalisedSql(found->sql) != normalisedSql(it->sql)) {
            f.kind = ProtectionFinding::Kind::AlteredTrigger;
            f.message =
                Text::tr("the protecting trigger %1 on %2 differs from the one Slipway creates")
                    .arg(f.trigger, f.table);
        } else {
            continue;
        }
        findings.append(f);
    }
    for (auto it = present->cbegin(); it != present->cend(); ++it) {
        if (expected->contains(it.key()) ||
            it->table.compare(QLatin1String(kAuditTable), Qt::CaseInsensitive) != 0)
            continue;
        findings.append(
            {ProtectionFinding::Kind::UnknownTrigger, it.key(), it->table,
             Text::tr("the trigger %1 on %2 is not one Slipway creates").arg(it.key(), it->table)});
    }
    auto emptied = emptiedLog(db);
    if (!emptied)
        return emptied.error();
    if (emptied->has_value())
        findings.append(*emptied.value());
    return findings;
}

namespace {

// The same question on a server, whose schema is always the newest: every audited table exists.
Result<QStringList> tablesHoldingRows(Database& db, bool* logEmpty) {
    QSqlQuery q(db.connection());
    const QString doing = Text::tr("reading the audit log");
    if (!q.exec(QStringLiteral("SELECT 1 FROM audit_log LIMIT 1")))
        return db.errorFrom(q.lastError(), doing);
    *logEmpty = !q.next();
    q.finish();
    QStringList held;
    if (!*logEmpty)
        return held;
    for (const char* table : kAuditedTables) {
        // A fixed name from the list above: identifiers cannot be bound.
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) || !q.next())
            return db.errorFrom(q.lastError(), doing);
        if (const qint64 rows = q.value(0).toLongLong(); rows > 0)
            held << QStringLiteral("%1 %2").arg(rows).arg(QLatin1String(table));
        q.finish();
    }
    return held;
}

ProtectionFinding emptiedFinding(const QStringList& held) {
    ProtectionFinding f;
    f.kind = ProtectionFinding::Kind::EmptiedLog;
    f.table = QLatin1String(kAuditTable);
    f.message = Text::tr("the audit log is empty, yet the file holds data (%1): its entries were "
                         "removed outside Slipway")
                    .arg(held.join(QStringLiteral(", ")));
    return f;
}

} // namespace

Result<std::optional<ProtectionFinding>> AuditProtection::emptiedLog(Database& db) {
    if (db.isPostgres()) {
        bool empty = false;
        auto held = tablesHoldingRows(db, &empty);
        if (!held)
            return held.error();
        if (held->isEmpty())
            return std::optional<ProtectionFinding>();
        return std::optional<ProtectionFinding>(emptiedFinding(held.value()));
    }
    sqlite3* h = db.handle();
    const auto failed = [&db, h] {
        return db.errorFromCode(sqlite3_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)),
                                Text::tr("reading the audit log"));
    };
    {
        Statement any = prepare(h, "SELECT 1 FROM audit_log LIMIT 1");
        if (!any)
            return failed();
        const int rc = sqlite3_step(any.get());
        if (rc == SQLITE_ROW)
            return std::optional<ProtectionFinding>();
        if (rc != SQLITE_DONE)
            return failed();
    }
    QStringList held;
    for (const char* table : kAuditedTables) {
        Statement exists =
            prepare(h, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
        if (!exists)
            return failed();
        sqlite3_bind_text(exists.get(), 1, table, -1, SQLITE_STATIC);
        if (sqlite3_step(exists.get()) != SQLITE_ROW)
            continue; // an older schema without it
        // A fixed name from the list above: identifiers cannot be bound.
        const QByteArray sql = QByteArray("SELECT count(*) FROM ") + table;
        Statement count = prepare(h, sql.constData());
        if (!count || sqlite3_step(count.get()) != SQLITE_ROW)
            return failed();
        const qint64 rows = sqlite3_column_int64(count.get(), 0);
        if (rows > 0)
            held << QStringLiteral("%1 %2").arg(rows).arg(QLatin1String(table));
    }
    if (held.isEmpty())
        return std::optional<ProtectionFinding>();
    return std::optional<ProtectionFinding>(emptiedFinding(held));
}

} // namespace slipway
