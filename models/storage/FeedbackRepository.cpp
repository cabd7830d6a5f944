// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeedbackRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("FeedbackRepository", "saving support feedback");
}

const QString kSelect =
    QStringLiteral("SELECT id, release_id, team, what, severity, reported_at, created_by, "
                   "row_version FROM feedback_entries");

FeedbackEntry entryFrom(const QSqlQuery& q) {
    FeedbackEntry e;
    e.id = q.value(0).toLongLong();
    e.releaseId = q.value(1).toLongLong();
    e.team = q.value(2).toString();
    e.what = q.value(3).toString();
    e.severity = feedbackSeverityFromKey(q.value(4).toString()).value_or(FeedbackSeverity::Medium);
    e.reportedAt = q.value(5).toLongLong();
    e.createdBy = q.value(6).toString();
    e.rowVersion = q.value(7).toLongLong();
    return e;
}

void bindFields(QSqlQuery& q, const FeedbackEntry& e) {
    q.addBindValue(e.releaseId);
    q.addBindValue(e.team.trimmed());
    q.addBindValue(e.what.trimmed());
    q.addBindValue(toKey(e.severity));
    q.addBindValue(e.reportedAt);
}

} // namespace

FeedbackRepository::FeedbackRepository(Database& db)
    : m_db(db) {}

Result<QList<FeedbackEntry>> FeedbackRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ? ORDER BY reported_at, id"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<FeedbackEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

Result<FeedbackEntry> FeedbackRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "FeedbackRepository", "Feedback entry %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return entryFrom(q);
}

Result<FeedbackEntry> FeedbackRepository::insert(const FeedbackEntry& e, const QString& actor,
                                                 qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(q, QStringLiteral("feedback_entries"),
                       QStringLiteral("release_id, team, what, severity, reported_at, created_by, "
                                      "created_at, updated_by, updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?"), e.id);
    bindFields(q, e);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<FeedbackEntry> FeedbackRepository::update(const FeedbackEntry& e, const QString& actor,
                                                 qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE feedback_entries SET release_id = ?, team = ?, what = ?, severity = ?, "
        "reported_at = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, e);
    sql::bindUpdated(q, actor, now, e.id, e.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("feedback_entries"), e.id, e.team, doing());
    if (!updated)
        return updated.error();
    return find(e.id);
}

Result<void> FeedbackRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("feedback_entries"), id, expectedRowVersion,
                                QStringLiteral("team"), doing());
}

} // namespace slipway
