// SPDX-License-Identifier: GPL-3.0-or-later
#include "RiskAssessmentRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("RiskAssessmentRepository", "saving a risk assessment");
}

const QString kSelect = QStringLiteral(
    "SELECT id, release_id, users_affected, services_affected, data_migration, rollback, "
    "regulatory, window_minutes, novelty, urgent, score, risk_level, suggested_type, "
    "override_type, override_reason, overridden_by, overridden_at, updated_by, updated_at, "
    "row_version FROM release_risk_assessments");

RiskAssessment assessmentFrom(const QSqlQuery& q) {
    RiskAssessment a;
    a.id = q.value(0).toLongLong();
    a.releaseId = q.value(1).toLongLong();
    RiskAnswers& r = a.answers;
    r.users = usersAffectedFromKey(q.value(2).toString()).value_or(UsersAffected::None);
    r.servicesAffected = q.value(3).toInt();
    r.dataMigration = dataMigrationFromKey(q.value(4).toString()).value_or(DataMigration::None);
    r.rollback =
        rollbackComplexityFromKey(q.value(5).toString()).value_or(RollbackComplexity::Redeploy);
    r.regulatory =
        regulatoryExposureFromKey(q.value(6).toString()).value_or(RegulatoryExposure::None);
    r.windowMinutes = q.value(7).toInt();
    r.novelty = noveltyFromKey(q.value(8).toString()).value_or(Novelty::Routine);
    r.urgent = q.value(9).toBool();
    a.score = q.value(10).toInt();
    a.level = riskLevelFromKey(q.value(11).toString()).value_or(RiskLevel::Low);
    a.suggestedType = releaseTypeFromKey(q.value(12).toString()).value_or(ReleaseType::Patch);
    if (!q.value(13).isNull())
        a.overrideType = releaseTypeFromKey(q.value(13).toString());
    a.overrideReason = q.value(14).toString();
    a.overriddenBy = q.value(15).toString();
    a.overriddenAt = sql::fromSecs(q.value(16));
    a.assessedBy = q.value(17).toString();
    a.assessedAt = sql::fromSecs(q.value(18));
    a.rowVersion = q.value(19).toLongLong();
    return a;
}

void bindFields(QSqlQuery& q, const RiskAssessment& a) {
    const RiskAnswers& r = a.answers;
    q.addBindValue(toKey(r.users));
    q.addBindValue(r.servicesAffected);
    q.addBindValue(toKey(r.dataMigration));
    q.addBindValue(toKey(r.rollback));
    q.addBindValue(toKey(r.regulatory));
    q.addBindValue(r.windowMinutes);
    q.addBindValue(toKey(r.novelty));
    q.addBindValue(r.urgent ? 1 : 0);
    q.addBindValue(a.score);
    q.addBindValue(toKey(a.level));
    q.addBindValue(toKey(a.suggestedType));
    q.addBindValue(a.overrideType ? QVariant(toKey(*a.overrideType))
                                  : QVariant(QMetaType::fromType<QString>()));
    q.addBindValue(sql::text(a.overrideType ? a.overrideReason.trimmed() : QString()));
    q.addBindValue(sql::text(a.overrideType ? a.overriddenBy : QString()));
    q.addBindValue(a.overrideType ? sql::secs(a.overriddenAt)
                                  : QVariant(QMetaType::fromType<qint64>()));
}

} // namespace

RiskAssessmentRepository::RiskAssessmentRepository(Database& db)
    : m_db(db) {}

Result<std::optional<RiskAssessment>> RiskAssessmentRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    if (!q.next())
        return std::optional<RiskAssessment>();
    return std::optional<RiskAssessment>(assessmentFrom(q));
}

Result<RiskAssessment> RiskAssessmentRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "RiskAssessmentRepository", "The risk assessment no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone); !found)
        return found.error();
    return assessmentFrom(q);
}

Result<QList<RiskAssessment>> RiskAssessmentRepository::all() const {
    QSqlQuery q(m_db.connection());
    if (!q.exec(kSelect + QStringLiteral(" ORDER BY release_id")))
        return m_db.errorFrom(q.lastError(), doing());
    QList<RiskAssessment> out;
    while (q.next())
        out << assessmentFrom(q);
    return out;
}

Result<RiskAssessment> RiskAssessmentRepository::save(const RiskAssessment& a, const QString& actor,
                                                      qint64 now) {
    auto existing = forRelease(a.releaseId);
    if (!existing)
        return existing.error();
    QSqlQuery q(m_db.connection());
    if (!existing.value()) {
        sql::prepareInsert(
            q, QStringLiteral("release_risk_assessments"),
            QStringLiteral(
                "release_id, users_affected, services_affected, data_migration, rollback, "
                "regulatory, window_minutes, novelty, urgent, score, risk_level, suggested_type, "
                "override_type, override_reason, overridden_by, overridden_at, row_version, "
                "created_by, created_at, updated_by, updated_at"),
            QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?"), a.id);
        q.addBindValue(a.releaseId);
        bindFields(q, a);
        sql::bindCreated(q, actor, now);
        if (auto inserted = sql::insertReturningId(m_db, q, doing()); !inserted)
            return inserted.error();
    } else {
        const RiskAssessment& before = *existing.value();
        q.prepare(QStringLiteral(
            "UPDATE release_risk_assessments SET users_affected = ?, services_affected = ?, "
            "data_migration = ?, rollback = ?, regulatory = ?, window_minutes = ?, novelty = ?, "
            "urgent = ?, score = ?, risk_level = ?, suggested_type = ?, override_type = ?, "
            "override_reason = ?, overridden_by = ?, overridden_at = ?, "
            "row_version = row_version + 1, updated_by = ?, updated_at = ? "
            "WHERE id = ? AND row_version = ?"));
        bindFields(q, a);
        sql::bindUpdated(q, actor, now, before.id, a.rowVersion);
        const QString shown =
            QCoreApplication::translate("RiskAssessmentRepository", "Risk assessment");
        const auto updated = sql::changeVersioned(
            m_db, q, QStringLiteral("release_risk_assessments"), before.id, shown, doing());
        if (!updated)
            return updated.error();
    }
    auto stored = forRelease(a.releaseId);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Error{Error::Kind::Internal, doing()};
    return *stored.value();
}

Result<void> RiskAssessmentRepository::remove(qint64 id, qint64 expectedRowVersion) {
    QSqlQuery q(m_db.connection());
    sql::prepareVersionedDelete(q, QStringLiteral("release_risk_assessments"), id,
                                expectedRowVersion);
    return sql::changeVersioned(
        m_db, q, QStringLiteral("release_risk_assessments"), id,
        QCoreApplication::translate("RiskAssessmentRepository", "Risk assessment"), doing());
}

} // namespace slipway
