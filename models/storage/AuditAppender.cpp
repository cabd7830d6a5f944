// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditAppender.h"

#include "Database.h"
#include "PgCopy.h"

#include <QCoreApplication>
#include <QDateTime>

#include <sqlite3.h>

#include <cstring>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("AuditAppender", "writing the audit log");
}

} // namespace

AuditAppender::AuditAppender(Database& db)
    : m_db(db) {}

AuditAppender::~AuditAppender() {
    sqlite3_finalize(m_insert);
}

Error AuditAppender::lastError(const QString& what) const {
    sqlite3* h = m_db.handle();
    return m_db.errorFromCode(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)),
                              what);
}

Result<void> AuditAppender::start() {
    auto raw = m_db.sqliteFor(doing());
    if (!raw)
        return raw.error();
    sqlite3* h = raw.value();
    sqlite3_stmt* head = nullptr;
    if (sqlite3_prepare_v2(h, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1", -1,
                           &head, nullptr) != SQLITE_OK)
        return lastError(doing());
    const int rc = sqlite3_step(head);
    const QByteArray genesis = AuditLog::genesisHash().toLatin1();
    if (rc == SQLITE_ROW && sqlite3_column_bytes(head, 1) == 64) {
        m_lastSeq = sqlite3_column_int64(head, 0);
        std::memcpy(m_lastHash, sqlite3_column_text(head, 1), 64);
    } else {
        m_lastSeq = rc == SQLITE_ROW ? sqlite3_column_int64(head, 0) : 0;
        std::memcpy(m_lastHash, genesis.constData(), 64);
    }
    sqlite3_finalize(head);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return lastError(doing());
    if (sqlite3_prepare_v3(h,
                           "INSERT INTO audit_log (seq, at_ms, actor, action, entity, entity_id, "
                           "before_json, after_json, change_ticket, prev_hash, hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return lastError(doing());
    m_started = true;
    return {};
}

Result<AuditEntry> AuditAppender::append(AuditEntry e) {
    if (m_db.isPostgres())
        return appendOnServer(std::move(e));
    if (!m_started) {
        if (auto started = start(); !started)
            return started.error();
    }
    if (e.atMs == 0)
        e.atMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray actor = e.actor.toUtf8(), action = e.action.toUtf8(),
                     entity = e.entity.toUtf8(), before = e.beforeJson.toUtf8(),
                     after = e.afterJson.toUtf8(), ticket = e.changeTicket.toUtf8();
    AuditBytes bytes;
    bytes.atMs = e.atMs;
    bytes.actor = actor;
    bytes.action = action;
    bytes.entity = entity;
    bytes.entityId = e.entityId;
    bytes.beforeJson = before;
    bytes.afterJson = after;
    bytes.changeTicket = ticket;
    const QByteArray prev(m_lastHash, 64);
    auto seq = append(bytes);
    if (!seq)
        return seq.error();
    e.seq = seq.value();
    e.prevHash = QString::fromLatin1(prev);
    e.hash = QString::fromLatin1(m_lastHash, 64);
    return e;
}

Result<qint64> AuditAppender::append(const AuditBytes& in) {
    if (m_db.isPostgres()) {
        AuditEntry e;
        e.atMs = in.atMs;
        e.actor = QString::fromUtf8(in.actor);
        e.action = QString::fromUtf8(in.action);
        e.entity = QString::fromUtf8(in.entity);
        e.entityId = in.entityId;
        e.beforeJson = QString::fromUtf8(in.beforeJson);
        e.afterJson = QString::fromUtf8(in.afterJson);
        e.changeTicket = QString::fromUtf8(in.changeTicket);
        auto stored = appendOnServer(std::move(e));
        if (!stored)
            return stored.error();
        return stored->seq;
    }
    if (!m_started) {
        if (auto started = start(); !started)
            return started.error();
    }
    AuditBytes e = in;
    e.seq = m_lastSeq + 1;
    e.prevHash = QByteArrayView(m_lastHash, 64);
    char hash[64];
    AuditLog::computeHash(e, hash);
    return insert(e, hash);
}

// On a server the chain is AuditLog's to extend (and the server's, where a trigger computes
// it): each entry goes through AuditLog::append, in the caller's transaction.
Result<AuditEntry> AuditAppender::appendOnServer(AuditEntry e) {
    if (e.atMs == 0)
        e.atMs = QDateTime::currentMSecsSinceEpoch();
    auto stored = AuditLog(m_db).append(std::move(e));
    if (!stored)
        return stored.error();
    m_lastSeq = stored->seq;
    ++m_appended;
    return stored;
}

Result<void> AuditAppender::appendAll(const std::vector<AuditBytes>& entries) {
    if (!m_db.isPostgres() || entries.empty()) {
        for (const AuditBytes& e : entries)
            if (auto stored = append(e); !stored)
                return stored.error();
        return {};
    }
    PgCopy copy(m_db, doing());
    if (auto begun = copy.begin(QStringLiteral("audit_log"),
                                {QStringLiteral("action"), QStringLiteral("entity"),
                                 QStringLiteral("entity_id"), QStringLiteral("before_json"),
                                 QStringLiteral("after_json"), QStringLiteral("change_ticket")});
        !begun)
        return begun.error();
    for (const AuditBytes& e : entries) {
        copy.utf8(e.action);
        copy.utf8(e.entity);
        copy.integer(e.entityId);
        copy.utf8(e.beforeJson);
        copy.utf8(e.afterJson);
        copy.utf8(e.changeTicket);
        copy.endRow();
    }
    if (auto ended = copy.end(); !ended)
        return ended.error();
    m_appended += qint64(entries.size());
    return {};
}

Result<qint64> AuditAppender::insert(const AuditBytes& e, const char hash[64]) {
    sqlite3_stmt* st = m_insert;
    const auto bind = [st](int index, QByteArrayView bytes) {
        sqlite3_bind_text(st, index, bytes.data() ? bytes.data() : "", int(bytes.size()),
                          SQLITE_STATIC);
    };
    sqlite3_bind_int64(st, 1, e.seq);
    sqlite3_bind_int64(st, 2, e.atMs);
    bind(3, e.actor);
    bind(4, e.action);
    bind(5, e.entity);
    sqlite3_bind_int64(st, 6, e.entityId);
    bind(7, e.beforeJson);
    bind(8, e.afterJson);
    bind(9, e.changeTicket);
    bind(10, e.prevHash);
    bind(11, QByteArrayView(hash, 64));
    const int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE)
        return lastError(doing());
    m_lastSeq = e.seq;
    std::memcpy(m_lastHash, hash, 64);
    ++m_appended;
    return e.seq;
}

} // namespace slipway
