// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChangeRequestRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("ChangeRequestRepository", "saving a change request");
}

const QString kSelect = QStringLiteral(
    "SELECT id, ticket, release_id, summary, change_type, risk_answers, risk_score, risk_level, "
    "risk_drivers, implementation_plan, rollback_plan, requested_by, requested_at, "
    "service_owner, planned_start, planned_end, row_version FROM change_requests");

ChangeRequest changeFrom(const QSqlQuery& q) {
    ChangeRequest c;
    c.id = q.value(0).toLongLong();
    c.ticket = q.value(1).toString();
    c.releaseId = q.value(2).toLongLong();
    c.summary = q.value(3).toString();
    c.type = changeTypeFromKey(q.value(4).toString()).value_or(ChangeType::Normal);
    c.riskAnswers = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    c.riskScore = q.value(6).toInt();
    c.riskLevel = riskLevelFromKey(q.value(7).toString()).value_or(RiskLevel::Medium);
    c.riskDrivers = q.value(8).toString().split(u'\n', Qt::SkipEmptyParts);
    c.implementationPlan = q.value(9).toString();
    c.rollbackPlan = q.value(10).toString();
    c.requestedBy = q.value(11).toString();
    c.requestedAt = q.value(12).toLongLong();
    c.serviceOwner = q.value(13).toString();
    c.plannedStart = q.value(14).toLongLong();
    c.plannedEnd = q.value(15).toLongLong();
    c.rowVersion = q.value(16).toLongLong();
    return c;
}

void bindFields(QSqlQuery& q, const ChangeRequest& c) {
    q.addBindValue(c.ticket.trimmed());
    q.addBindValue(sql::optionalId(c.releaseId));
    q.addBindValue(sql::text(c.summary.trimmed()));
    q.addBindValue(toKey(c.type));
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.riskAnswers).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.riskScore);
    q.addBindValue(toKey(c.riskLevel));
    q.addBindValue(sql::text(c.riskDrivers.join(u'\n')));
    q.addBindValue(sql::text(c.implementationPlan));
    q.addBindValue(sql::text(c.rollbackPlan));
    q.addBindValue(sql::text(c.requestedBy.trimmed()));
    q.addBindValue(c.requestedAt);
    q.addBindValue(sql::text(c.serviceOwner));
    q.addBindValue(sql::optionalId(c.plannedStart));
    q.addBindValue(sql::optionalId(c.plannedEnd));
}

} // namespace

ChangeRequestRepository::ChangeRequestRepository(Database& db)
    : m_db(db) {}

Result<QList<ChangeRequest>> ChangeRequestRepository::select(const QString& where,
                                                             const QVariant& arg) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY ticket, id"));
    if (arg.isValid())
        q.addBindValue(arg);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<ChangeRequest> out;
    QHash<qint64, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(changeFrom(q));
    }
    if (!q.exec(QStringLiteral("SELECT change_id, tag FROM change_request_tags ORDER BY 1, 2")))
        return m_db.errorFrom(q.lastError(), doing());
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.cend())
            out[*it].tags.append(q.value(1).toString());
    }
    return out;
}

Result<QList<ChangeRequest>> ChangeRequestRepository::all() const {
    return select(QString(), QVariant());
}

Result<ChangeRequest> ChangeRequestRepository::find(qint64 id) const {
    auto found = select(QStringLiteral(" WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{Error::Kind::NotFound,
                     QCoreApplication::translate("ChangeRequestRepository",
                                                 "Change request %1 no longer exists — reload.")
                         .arg(id)};
    return found->first();
}

Result<ChangeRequest> ChangeRequestRepository::insert(const ChangeRequest& c, const QString& actor,
                                                      qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("change_requests"),
        QStringLiteral("ticket, release_id, summary, change_type, risk_answers, risk_score, "
                       "risk_level, risk_drivers, implementation_plan, rollback_plan, "
                       "requested_by, requested_at, service_owner, planned_start, planned_end, "
                       "row_version, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), c.id);
    bindFields(q, c);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    if (auto t = writeTags(inserted.value(), c.tags); !t)
        return t.error();
    return find(inserted.value());
}

Result<ChangeRequest> ChangeRequestRepository::update(const ChangeRequest& c, const QString& actor,
                                                      qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE change_requests SET ticket = ?, release_id = ?, summary = ?, change_type = ?, "
        "risk_answers = ?, risk_score = ?, risk_level = ?, risk_drivers = ?, "
        "implementation_plan = ?, rollback_plan = ?, requested_by = ?, requested_at = ?, "
        "service_owner = ?, planned_start = ?, planned_end = ?, row_version = row_version + 1, "
        "updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, c);
    sql::bindUpdated(q, actor, now, c.id, c.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("change_requests"), c.id, c.ticket, doing());
    if (!updated)
        return updated.error();
    if (auto t = writeTags(c.id, c.tags); !t)
        return t.error();
    return find(c.id);
}

Result<void> ChangeRequestRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("change_requests"), id, expectedRowVersion,
                                QStringLiteral("ticket"), doing());
}

Result<void> ChangeRequestRepository::writeTags(qint64 id, const QStringList& tags) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM change_request_tags WHERE change_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    q.prepare(
        QStringLiteral("INSERT INTO change_request_tags VALUES (?, ?) ON CONFLICT DO NOTHING"));
    for (const QString& tag : tags) {
        q.addBindValue(id);
        q.addBindValue(tag.trimmed().toLower());
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), doing());
    }
    return {};
}

} // namespace slipway
