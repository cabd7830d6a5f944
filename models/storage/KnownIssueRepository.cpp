// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownIssueRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("KnownIssueRepository", "saving a known issue");
}

const QString kSelect = QStringLiteral(
    "SELECT id, release_id, title, impact, workaround, status, row_version FROM known_issues");

KnownIssue issueFrom(const QSqlQuery& q) {
    KnownIssue i;
    i.id = q.value(0).toLongLong();
    i.releaseId = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.impact = q.value(3).toString();
    i.workaround = q.value(4).toString();
    i.status = issueStatusFromKey(q.value(5).toString()).value_or(IssueStatus::Open);
    i.rowVersion = q.value(6).toLongLong();
    return i;
}

void bindFields(QSqlQuery& q, const KnownIssue& i) {
    q.addBindValue(i.releaseId);
    q.addBindValue(i.title.trimmed());
    q.addBindValue(sql::text(i.impact));
    q.addBindValue(sql::text(i.workaround));
    q.addBindValue(toKey(i.status));
}

} // namespace

KnownIssueRepository::KnownIssueRepository(Database& db)
    : m_db(db) {}

Result<QList<KnownIssue>> KnownIssueRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ? ORDER BY status = 'resolved', "
                                       "status = 'mitigated', id"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<KnownIssue> out;
    while (q.next())
        out.append(issueFrom(q));
    return out;
}

Result<KnownIssue> KnownIssueRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate("KnownIssueRepository",
                                                     "Known issue %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return issueFrom(q);
}

Result<KnownIssue> KnownIssueRepository::insert(const KnownIssue& i, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(q, QStringLiteral("known_issues"),
                       QStringLiteral("release_id, title, impact, workaround, status, created_by, "
                                      "created_at, updated_by, updated_at"),
                       QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?"), i.id);
    bindFields(q, i);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<KnownIssue> KnownIssueRepository::update(const KnownIssue& i, const QString& actor,
                                                qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE known_issues SET release_id = ?, title = ?, impact = ?, workaround = ?, "
        "status = ?, row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, i);
    sql::bindUpdated(q, actor, now, i.id, i.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("known_issues"), i.id, i.title, doing());
    if (!updated)
        return updated.error();
    return find(i.id);
}

Result<void> KnownIssueRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("known_issues"), id, expectedRowVersion,
                                QStringLiteral("title"), doing());
}

} // namespace slipway
