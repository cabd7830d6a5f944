// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeCommitTimes.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace slipway {
namespace {

QString reading() {
    return QCoreApplication::translate("ScopeCommitTimes", "reading the scope items' history");
}

// Binds the statuses after the statement's first `from` values.
void bindStatuses(QSqlQuery& q, int from) {
    q.bindValue(from, QStringLiteral("%\"status\":\"committed\"%"));
    q.bindValue(from + 1, QStringLiteral("%\"status\":\"in_progress\"%"));
    q.bindValue(from + 2, QStringLiteral("%\"status\":\"done\"%"));
}

} // namespace

Result<void> ScopeCommitTimes::load(Database& db, const QList<std::pair<qint64, qint64>>& items) {
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (m_seq > 0) {
        q.prepare(QStringLiteral("SELECT hash FROM audit_log WHERE seq = ?"));
        q.addBindValue(m_seq);
        if (!q.exec())
            return db.errorFrom(q.lastError(), reading());
        if (!q.next() || q.value(0).toString() != m_hash) {
            m_times.clear();
            m_seq = 0;
        }
    }
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
        return db.errorFrom(q.lastError(), reading());
    const qint64 head = q.next() ? q.value(0).toLongLong() : 0;
    const QString headHash = head > 0 ? q.value(1).toString() : QString();

    // What was appended since: it can only commit items known not to be committed yet. Only
    // the range of seq in the condition, so that the key, not the entity index, is walked.
    if (m_seq > 0 && head > m_seq && !m_times.isEmpty()) {
        q.prepare(QStringLiteral("SELECT entity, entity_id, at_ms, (after_json LIKE ? OR "
                                 "after_json LIKE ? OR after_json LIKE ?) FROM audit_log WHERE "
                                 "seq > ? AND seq <= ?"));
        bindStatuses(q, 0);
        q.bindValue(3, m_seq);
        q.bindValue(4, head);
        if (!q.exec())
            return db.errorFrom(q.lastError(), reading());
        while (q.next()) {
            if (q.value(0).toString() != QLatin1String("scope_item") || !q.value(3).toBool())
                continue;
            const auto it = m_times.find(q.value(1).toLongLong());
            const qint64 atMs = q.value(2).toLongLong();
            if (it != m_times.end() && (!*it || atMs < **it))
                *it = atMs;
        }
    }
    m_seq = head;
    m_hash = headHash;

    // Unknown items are read release by release, each item's history through the entity index.
    QSet<qint64> releases;
    for (const auto& [id, release] : items)
        if (!m_times.contains(id))
            releases.insert(release);
    if (releases.isEmpty())
        return {};
    q.prepare(QStringLiteral("SELECT s.id, (SELECT min(a.at_ms) FROM audit_log a WHERE a.entity "
                             "= 'scope_item' AND a.entity_id = s.id AND a.seq <= ? AND "
                             "(a.after_json LIKE ? OR a.after_json LIKE ? OR a.after_json LIKE "
                             "?)) FROM scope_items s WHERE s.release_id = ?") +
              (m_reading == Reading::CommittedItems
                   ? QStringLiteral(" AND s.status IN ('committed', 'in_progress', 'done')")
                   : QString()));
    q.bindValue(0, head);
    bindStatuses(q, 1);
    // In id order: releases made about the same time had their items edited about the same
    // time, so their histories share pages of the log (a fifth faster than the set's order).
    QList<qint64> ordered(releases.cbegin(), releases.cend());
    std::sort(ordered.begin(), ordered.end());
    for (qint64 release : std::as_const(ordered)) {
        q.bindValue(4, release);
        if (!q.exec())
            return db.errorFrom(q.lastError(), reading());
        while (q.next()) {
            std::optional<qint64> atMs;
            if (!q.value(1).isNull())
                atMs = q.value(1).toLongLong();
            m_times.insert(q.value(0).toLongLong(), atMs);
        }
    }
    return {};
}

} // namespace slipway
