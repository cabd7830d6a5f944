// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExitCriteriaRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ExitCriteriaRepository", "saving an exit criterion");
}

const QString kSelect = QStringLiteral(
    "SELECT id, release_id, position, criterion, checked, waived, waiver_reason, settled_by, "
    "settled_at, row_version FROM release_exit_criteria");

ExitCriterion criterionFrom(const QSqlQuery& q) {
    ExitCriterion e;
    e.id = q.value(0).toLongLong();
    e.releaseId = q.value(1).toLongLong();
    e.position = q.value(2).toInt();
    e.text = q.value(3).toString();
    e.checked = q.value(4).toBool();
    e.waived = q.value(5).toBool();
    e.waiverReason = q.value(6).toString();
    e.settledBy = q.value(7).toString();
    e.settledAt = sql::fromSecs(q.value(8));
    e.rowVersion = q.value(9).toLongLong();
    return e;
}

// criterion … settled_at: what insert and update both write, in this order.
void bindFields(QSqlQuery& q, const ExitCriterion& e) {
    q.addBindValue(sql::text(e.text.trimmed()));
    q.addBindValue(e.checked ? 1 : 0);
    q.addBindValue(e.waived ? 1 : 0);
    q.addBindValue(sql::text(e.waiverReason.trimmed()));
    q.addBindValue(sql::text(e.settledBy));
    q.addBindValue(sql::secs(e.settledAt));
}

} // namespace

ExitCriteriaRepository::ExitCriteriaRepository(Database& db)
    : m_db(db) {}

Result<QList<ExitCriterion>> ExitCriteriaRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ? ORDER BY position, id"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ExitCriterion> out;
    while (q.next())
        out << criterionFrom(q);
    return out;
}

Result<ExitCriterion> ExitCriteriaRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "ExitCriteriaRepository", "Exit criterion %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return criterionFrom(q);
}

Result<ExitCriterion> ExitCriteriaRepository::insert(const ExitCriterion& e, const QString& actor,
                                                     qint64 now) {
    QSqlQuery q(m_db.connection());
    int position = e.position;
    if (position < 0) {
        q.prepare(QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM "
                                 "release_exit_criteria WHERE release_id = ?"));
        q.addBindValue(e.releaseId);
        if (!q.exec() || !q.next())
            return m_db.errorFrom(q.lastError(), doing());
        position = q.value(0).toInt();
    }
    sql::prepareInsert(
        q, QStringLiteral("release_exit_criteria"),
        QStringLiteral(
            "release_id, position, criterion, checked, waived, waiver_reason, settled_by, "
            "settled_at, row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), e.id);
    q.addBindValue(e.releaseId);
    q.addBindValue(position);
    bindFields(q, e);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<ExitCriterion> ExitCriteriaRepository::update(const ExitCriterion& e, const QString& actor,
                                                     qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE release_exit_criteria SET position = ?, criterion = ?, checked = ?, waived = ?, "
        "waiver_reason = ?, settled_by = ?, settled_at = ?, row_version = row_version + 1, "
        "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    q.addBindValue(e.position);
    bindFields(q, e);
    sql::bindUpdated(q, actor, now, e.id, e.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("release_exit_criteria"),
                                              e.id, e.text, doing());
    if (!updated)
        return updated.error();
    return find(e.id);
}

Result<void> ExitCriteriaRepository::remove(qint64 id, qint64 expectedRowVersion) {
    // No name column: the row is named by its id.
    return sql::removeVersioned(m_db, QStringLiteral("release_exit_criteria"), id,
                                expectedRowVersion, QString(), doing());
}

Result<void> ExitCriteriaRepository::setOrder(qint64 releaseId, const QList<qint64>& ids,
                                              const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE release_exit_criteria SET position = ?, row_version = row_version + 1, "
        "updated_by = ?, updated_at = ? WHERE id = ? AND release_id = ? AND position <> ?"));
    for (int i = 0; i < ids.size(); ++i) {
        q.addBindValue(i);
        q.addBindValue(actor);
        q.addBindValue(now);
        q.addBindValue(ids.at(i));
        q.addBindValue(releaseId);
        q.addBindValue(i);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

} // namespace slipway
