// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditLog.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <openssl/evp.h>
#include <sqlite3.h>

#include <charconv>
#include <cstring>
#include <memory>
#include <string>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
};

// One field as "<byte length>:<bytes>" so no two entries hash the same bytes.
void field(std::string& buf, const char* data, size_t size) {
    char prefix[24];
    const auto end = std::to_chars(prefix, prefix + sizeof prefix, size).ptr;
    buf.append(prefix, end);
    buf.push_back(':');
    buf.append(data, size);
}

void field(std::string& buf, const QByteArray& bytes) {
    field(buf, bytes.constData(), size_t(bytes.size()));
}

void field(std::string& buf, qint64 number) {
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
    field(buf, digits, size_t(end - digits));
}

// SHA-256 through OpenSSL 3 with the algorithm fetched once: EVP_sha256() would look it
// up again on every call, which dominates a million-entry verify.
class Sha256 {
public:
    Sha256()
        : m_md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
        , m_ctx(EVP_MD_CTX_new()) {}
    ~Sha256() {
        EVP_MD_CTX_free(m_ctx);
        EVP_MD_free(m_md);
    }
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    // Lower-case hex digest of `message` into out[0..63].
    void hex(const std::string& message, char out[64]) {
        unsigned char md[EVP_MAX_MD_SIZE];
        unsigned int len = 0;
        EVP_DigestInit_ex(m_ctx, m_md, nullptr);
        EVP_DigestUpdate(m_ctx, message.data(), message.size());
        EVP_DigestFinal_ex(m_ctx, md, &len);
        static const char digits[] = "0123456789abcdef";
        for (size_t i = 0; i < 32 && i < len; ++i) {
            out[2 * i] = digits[md[i] >> 4];
            out[2 * i + 1] = digits[md[i] & 0xf];
        }
    }

private:
    EVP_MD* m_md;
    EVP_MD_CTX* m_ctx;
};

// The bytes an entry hashes, in order; append (QString) and verify (SQLite text) share it.
struct RawFields {
    QByteArray prevHash, actor, action, entity, before, after, ticket;
    qint64 seq = 0, atMs = 0, entityId = 0;
};

void message(std::string& buf, const RawFields& f) {
    buf.clear();
    field(buf, f.prevHash);
    field(buf, f.seq);
    field(buf, f.atMs);
    field(buf, f.actor);
    field(buf, f.action);
    field(buf, f.entity);
    field(buf, f.entityId);
    field(buf, f.before);
    field(buf, f.after);
    field(buf, f.ticket);
}

void field(std::string& buf, QByteArrayView bytes) {
    field(buf, bytes.data(), size_t(bytes.size()));
}

void message(std::string& buf, const AuditBytes& f) {
    buf.clear();
    field(buf, f.prevHash);
    field(buf, f.seq);
    field(buf, f.atMs);
    field(buf, f.actor);
    field(buf, f.action);
    field(buf, f.entity);
    field(buf, f.entityId);
    field(buf, f.beforeJson);
    field(buf, f.afterJson);
    field(buf, f.changeTicket);
}

RawFields rawOf(const AuditEntry& e) {
    return {e.prevHash.toLatin1(),
            e.actor.toUtf8(),
            e.action.toUtf8(),
            e.entity.toUtf8(),
            e.beforeJson.toUtf8(),
            e.afterJson.toUtf8(),
            e.changeTicket.toUtf8(),
            e.seq,
            e.atMs,
            e.entityId};
}

QByteArray columnBytes(sqlite3_stmt* st, int col) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, col));
    return QByteArray::fromRawData(text ? text : "", sqlite3_column_bytes(st, col));
}

AuditEntry entryFrom(const QSqlQuery& q) {
    AuditEntry e;
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.entity = q.value(4).toString();
    e.entityId = q.value(5).toLongLong();
    e.beforeJson = q.value(6).toString();
    e.afterJson = q.value(7).toString();
    e.changeTicket = q.value(8).toString();
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

const char* const kColumns =
    "seq, at_ms, actor, action, entity, entity_id, before_json, after_json, "
    "change_ticket, prev_hash, hash";

// The search ignores case on both engines: SQLite's LIKE does for ASCII, PostgreSQL's needs ILIKE.
QString whereClause(const AuditFilter& filter, QVariantList* binds, bool server) {
    QStringList parts;
    if (!filter.text.isEmpty()) {
        parts << QStringLiteral("(actor LIKE ? ESCAPE '\\' OR action LIKE ? ESCAPE '\\' OR "
                                "entity LIKE ? ESCAPE '\\' OR change_ticket LIKE ? ESCAPE '\\')")
                     .replace(QStringLiteral(" LIKE "),
                              server ? QStringLiteral(" ILIKE ") : QStringLiteral(" LIKE "));
        QString escaped = filter.text;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        const QString pattern = u'%' + escaped + u'%';
        for (int i = 0; i < 4; ++i)
            binds->append(pattern);
    }
    if (!filter.entity.isEmpty()) {
        parts << QStringLiteral("entity = ?");
        binds->append(filter.entity);
    }
    if (filter.entityId) {
        parts << QStringLiteral("entity_id = ?");
        binds->append(*filter.entityId);
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db) {}

QString AuditLog::genesisHash() {
    return QString(64, u'0');
}

QString AuditLog::computeHash(const AuditEntry& entry) {
    thread_local Sha256 sha;
    thread_local std::string buf;
    message(buf, rawOf(entry));
    char hex[64];
    sha.hex(buf, hex);
    return QString::fromLatin1(hex, 64);
}

void AuditLog::computeHash(const AuditBytes& entry, char hex[64]) {
    thread_local Sha256 sha;
    thread_local std::string buf;
    message(buf, entry);
    sha.hex(buf, hex);
}

Result<AuditEntry> AuditLog::append(AuditEntry e) {
    if (m_db.isPostgres())
        return appendOnServer(std::move(e));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return m_db.errorFrom(q.lastError(), Text::tr("writing the audit log"));
    if (q.next()) {
        e.seq = q.value(0).toLongLong() + 1;
        e.prevHash = q.value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    if (e.atMs == 0)
        e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.hash = computeHash(e);
    q.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, "
                             "before_json, after_json, change_ticket, prev_hash, hash) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.seq);
    q.addBindValue(e.atMs);
    q.addBindValue(sql::text(e.actor));
    q.addBindValue(sql::text(e.action));
    q.addBindValue(sql::text(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(sql::text(e.beforeJson));
    q.addBindValue(sql::text(e.afterJson));
    q.addBindValue(sql::text(e.changeTicket));
    q.addBindValue(e.prevHash);
    q.addBindValue(e.hash);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("writing the audit log"));
    return e;
}

// On a server the chain is the server's (the baseline's audit_log_chain trigger): it takes the
// head under a lock held to commit and sets seq, prev_hash, the actor (the login), the time
// (its clock) and the hash, whatever a client sends. This sends only what the entry says.
Result<AuditEntry> AuditLog::appendOnServer(AuditEntry e) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (action, entity, entity_id, before_json, "
                             "after_json, change_ticket) VALUES (?, ?, ?, ?, ?, ?) "
                             "RETURNING seq, at_ms, actor, prev_hash, hash"));
    q.addBindValue(sql::text(e.action));
    q.addBindValue(sql::text(e.entity));
    q.addBindValue(e.entityId);
    q.addBindValue(sql::text(e.beforeJson));
    q.addBindValue(sql::text(e.afterJson));
    q.addBindValue(sql::text(e.changeTicket));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), Text::tr("writing the audit log"));
    e.seq = q.value(0).toLongLong();
    e.atMs = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.prevHash = q.value(3).toString();
    e.hash = q.value(4).toString();
    return e;
}

namespace {

// Walks the chain entry by entry, in seq order, whichever engine the rows come from.
class ChainWalk {
public:
    ChainWalk() { m_buf.reserve(4096); }

    void feed(const RawFields& f, const QByteArray& stored) {
        ++result.checked;
        // The chain starts at 1 from the genesis hash: a log whose first entries were deleted
        // starts later, and its first entry names a predecessor that is gone.
        if (result.checked == 1 && f.seq != 1) {
            result.firstBrokenSeq = f.seq > 1 ? 1 : f.seq;
            result.problem =
                f.seq > 1
                    ? Text::tr("entries 1 to %1 are missing").arg(f.seq - 1)
                    : Text::tr("entry %1 cannot start the chain (it must be entry 1)").arg(f.seq);
        } else if (m_expectedSeq > 0 && f.seq != m_expectedSeq + 1 && !result.firstBrokenSeq) {
            result.firstBrokenSeq = m_expectedSeq + 1;
            result.problem =
                Text::tr("entries %1 to %2 are missing").arg(m_expectedSeq + 1).arg(f.seq - 1);
        }
        m_expectedSeq = f.seq;
        if (result.firstBrokenSeq) {
            result.head = QString::fromLatin1(stored);
            return;
        }
        if (f.prevHash != m_expectedPrev) {
            result.firstBrokenSeq = f.seq;
            result.problem = Text::tr("entry %1 does not follow the entry before it (previous hash "
                                      "differs)")
                                 .arg(f.seq);
        } else if (message(m_buf, f), m_sha.hex(m_buf, m_hex);
                   stored.size() != 64 || std::memcmp(m_hex, stored.constData(), 64) != 0) {
            result.firstBrokenSeq = f.seq;
            result.problem =
                Text::tr("entry %1 was changed after it was written (its hash no longer "
                         "matches its content)")
                    .arg(f.seq);
        }
        m_expectedPrev = QByteArray(stored.constData(), stored.size()); // deep copy
        result.head = QString::fromLatin1(stored);
    }

    AuditVerification finish() {
        if (result.checked == 0)
            result.head = AuditLog::genesisHash();
        return result;
    }

    AuditVerification result;

private:
    Sha256 m_sha;
    std::string m_buf;
    char m_hex[64] = {};
    QByteArray m_expectedPrev = AuditLog::genesisHash().toLatin1();
    qint64 m_expectedSeq = 0;
};

} // namespace

Result<AuditVerification> AuditLog::verify(const std::function<void(qint64)>& progress) const {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM audit_log ORDER BY seq";
    ChainWalk walk;
    if (m_db.isPostgres()) {
        // The same walk over QPSQL's rows (read one at a time, not all held).
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.exec(QString::fromLatin1(sql)))
            return m_db.errorFrom(q.lastError(), Text::tr("verifying the audit log"));
        while (q.next()) {
            const AuditEntry e = entryFrom(q);
            walk.feed(rawOf(e), e.hash.toLatin1());
            if (progress && (walk.result.checked & 0xffff) == 0)
                progress(walk.result.checked);
        }
        if (q.lastError().isValid())
            return m_db.errorFrom(q.lastError(), Text::tr("verifying the audit log"));
        return walk.finish();
    }
    // Raw SQLite here: a million entries through QSqlQuery cost seconds in QVariant churn.
    sqlite3* h = m_db.handle();
    sqlite3_stmt* st = nullptr;
    int rc = sqlite3_prepare_v2(h, sql.constData(), int(sql.size()), &st, nullptr);
    if (rc != SQLITE_OK)
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(h)),
                                  Text::tr("verifying the audit log"));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(st, &sqlite3_finalize);
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        RawFields f;
        f.seq = sqlite3_column_int64(st, 0);
        f.atMs = sqlite3_column_int64(st, 1);
        f.actor = columnBytes(st, 2);
        f.action = columnBytes(st, 3);
        f.entity = columnBytes(st, 4);
        f.entityId = sqlite3_column_int64(st, 5);
        f.before = columnBytes(st, 6);
        f.after = columnBytes(st, 7);
        f.ticket = columnBytes(st, 8);
        f.prevHash = columnBytes(st, 9);
        walk.feed(f, columnBytes(st, 10));
        if (progress && (walk.result.checked & 0xffff) == 0)
            progress(walk.result.checked);
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(h)),
                                  Text::tr("verifying the audit log"));
    return walk.finish();
}

Result<QString> AuditLog::head() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    return q.next() ? q.value(0).toString() : genesisHash();
}

Result<AuditTip> AuditLog::tip() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    if (!q.next())
        return AuditTip{0, genesisHash()};
    return AuditTip{q.value(0).toLongLong(), q.value(1).toString()};
}

Result<std::optional<QString>> AuditLog::hashAt(qint64 seq) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    if (!q.next())
        return std::optional<QString>();
    return std::optional<QString>(q.value(0).toString());
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const {
    QVariantList binds;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM audit_log") +
              whereClause(filter, &binds, m_db.isPostgres()));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    return q.value(0).toLongLong();
}

Result<QList<AuditEntry>> AuditLog::page(const AuditFilter& filter, qint64 beforeSeq,
                                         int limit) const {
    QVariantList binds;
    QString where = whereClause(filter, &binds, m_db.isPostgres());
    if (beforeSeq > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        where += QStringLiteral("seq < ?");
        binds.append(beforeSeq);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM audit_log") + where +
              QStringLiteral(" ORDER BY seq DESC LIMIT ?"));
    for (const QVariant& v : std::as_const(binds))
        q.addBindValue(v);
    q.addBindValue(limit);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    QList<AuditEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<AuditEntry> AuditLog::entry(qint64 seq) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT ") + QLatin1String(kColumns) +
              QStringLiteral(" FROM audit_log WHERE seq = ?"));
    q.addBindValue(seq);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), Text::tr("reading the audit log"));
    if (!q.next())
        return Error{Error::Kind::NotFound, Text::tr("No audit entry %1.").arg(seq)};
    return entryFrom(q);
}

} // namespace slipway
