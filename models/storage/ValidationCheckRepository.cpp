// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationCheckRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationCheckRepository)
};

QString doing() {
    return Text::tr("saving a validation check");
}

QString reading() {
    return Text::tr("reading the validation checks");
}

const QString kColumns = QStringLiteral(
    "c.id, c.release_id, c.service_id, s.name, c.name, c.kind, c.definition, c.schedule_hours, "
    "c.interval_min, c.enabled, c.row_version");
const QString kSelect = QStringLiteral("SELECT ") + kColumns +
                        QStringLiteral(" FROM validation_checks c LEFT JOIN services s ON "
                                       "s.id = c.service_id");
// The checks of a release: its own, its services' and its product's. UNION drops a check
// reached twice (a product that is also one of its services).
const QString kApplying =
    QStringLiteral("SELECT c.release_id AS release_id, c.id AS check_id FROM validation_checks c"
                   " WHERE c.release_id IS NOT NULL"
                   " UNION SELECT rs.release_id, c.id FROM release_services rs"
                   "  JOIN validation_checks c ON c.service_id = rs.service_id"
                   " UNION SELECT r.id, c.id FROM releases r"
                   "  JOIN validation_checks c ON c.service_id = r.product_id");
constexpr int kColumnCount = 11;

Result<ValidationCheck> checkFrom(const QSqlQuery& q, int at = 0) {
    ValidationCheck c;
    c.id = q.value(at + 0).toLongLong();
    c.releaseId = q.value(at + 1).toLongLong();
    c.serviceId = q.value(at + 2).toLongLong();
    c.serviceName = q.value(at + 3).toString();
    c.name = q.value(at + 4).toString();
    c.kind = checkKindFromKey(q.value(at + 5).toString()).value_or(CheckKind::Http);
    c.scheduleHours = q.value(at + 7).toInt();
    c.intervalMin = q.value(at + 8).toInt();
    c.enabled = q.value(at + 9).toInt() != 0;
    c.rowVersion = q.value(at + 10).toLongLong();
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(q.value(at + 6).toString().toUtf8(), &error);
    const QString source = Text::tr("validation check %1 definition").arg(c.id);
    if (!document.isObject())
        return Error{Error::Kind::Corrupt,
                     Text::tr("%1: not a JSON object (%2)").arg(source, error.errorString())};
    auto steps =
        ValidationCheck::stepsFromDefinition(c.kind, document.object(), source, &c.timeoutMs);
    if (!steps)
        return Error{Error::Kind::Corrupt, steps.error().message};
    c.steps = steps.value();
    return c;
}

Result<QList<ValidationCheck>> listFrom(Database& db, QSqlQuery& q) {
    if (!q.exec())
        return db.errorFrom(q.lastError(), reading());
    QList<ValidationCheck> out;
    while (q.next()) {
        auto check = checkFrom(q);
        if (!check)
            return check.error();
        out.append(check.value());
    }
    return out;
}

QString definitionText(const ValidationCheck& c) {
    return QString::fromUtf8(QJsonDocument(c.definition()).toJson(QJsonDocument::Compact));
}

void bindFields(QSqlQuery& q, const ValidationCheck& c) {
    q.addBindValue(sql::optionalId(c.releaseId));
    q.addBindValue(sql::optionalId(c.serviceId));
    q.addBindValue(c.name.trimmed());
    q.addBindValue(toKey(c.kind));
    q.addBindValue(definitionText(c));
    q.addBindValue(c.scheduleHours);
    q.addBindValue(c.intervalMin);
    q.addBindValue(c.enabled ? 1 : 0);
}

} // namespace

ValidationCheckRepository::ValidationCheckRepository(Database& db)
    : m_db(db) {}

Result<QList<ValidationCheck>> ValidationCheckRepository::forRelease(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.id IN (SELECT a.check_id FROM (") + kApplying +
              QStringLiteral(") a WHERE a.release_id = ?) ORDER BY lower(c.name), c.id"));
    q.addBindValue(releaseId);
    return listFrom(m_db, q);
}

Result<QList<ValidationCheck>> ValidationCheckRepository::forService(qint64 serviceId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.service_id = ? ORDER BY lower(c.name), c.id"));
    q.addBindValue(serviceId);
    return listFrom(m_db, q);
}

Result<ValidationCheck> ValidationCheckRepository::find(qint64 id) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral(" WHERE c.id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    if (!q.next())
        return Error{Error::Kind::NotFound,
                     Text::tr("Validation check %1 no longer exists — reload.").arg(id)};
    return checkFrom(q);
}

Result<bool> ValidationCheckRepository::nameTaken(const ValidationCheck& check) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM validation_checks WHERE id <> ? AND "
                             "lower(name) = lower(?) AND (release_id = ? OR service_id = ?)"));
    q.addBindValue(check.id);
    q.addBindValue(check.name.trimmed());
    q.addBindValue(check.releaseId > 0 ? check.releaseId : qint64(-1));
    q.addBindValue(check.serviceId > 0 ? check.serviceId : qint64(-1));
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), reading());
    return q.value(0).toLongLong() > 0;
}

Result<ValidationCheck> ValidationCheckRepository::insert(const ValidationCheck& c,
                                                          const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("validation_checks"),
        QStringLiteral("release_id, service_id, name, kind, definition, schedule_hours, "
                       "interval_min, enabled, created_by, created_at, updated_by, updated_at"),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"), c.id);
    bindFields(q, c);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<ValidationCheck> ValidationCheckRepository::update(const ValidationCheck& c,
                                                          const QString& actor, qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE validation_checks SET release_id = ?, service_id = ?, name = ?, kind = ?, "
        "definition = ?, schedule_hours = ?, interval_min = ?, enabled = ?, "
        "row_version = row_version + 1, updated_by = ?, updated_at = ? "
        "WHERE id = ? AND row_version = ?"));
    bindFields(q, c);
    sql::bindUpdated(q, actor, now, c.id, c.rowVersion);
    const auto updated =
        sql::changeVersioned(m_db, q, QStringLiteral("validation_checks"), c.id, c.name, doing());
    if (!updated)
        return updated.error();
    return find(c.id);
}

Result<void> ValidationCheckRepository::remove(qint64 id, qint64 expectedRowVersion) {
    return sql::removeVersioned(m_db, QStringLiteral("validation_checks"), id, expectedRowVersion,
                                QStringLiteral("name"), doing());
}

Result<QList<ValidationCheckRepository::Scheduled>> ValidationCheckRepository::scheduled() const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("WITH applying AS (") + kApplying +
              QStringLiteral("), deployed AS (SELECT d.release_id AS release_id, "
                             "min(d.deployed_at) AS at FROM deployments d JOIN environments e "
                             "ON e.id = d.environment_id WHERE e.kind = 'prod' "
                             "GROUP BY d.release_id) SELECT ") +
              kColumns +
              QStringLiteral(", a.release_id, dep.at, (SELECT max(v.run_at) FROM "
                             "validation_results v WHERE v.check_id = c.id AND v.release_id = "
                             "a.release_id) FROM applying a JOIN validation_checks c ON c.id = "
                             "a.check_id LEFT JOIN services s ON s.id = c.service_id JOIN "
                             "deployed dep ON dep.release_id = a.release_id WHERE c.enabled = 1 "
                             "AND c.schedule_hours > 0 ORDER BY a.release_id, c.id"));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<Scheduled> out;
    while (q.next()) {
        auto check = checkFrom(q);
        if (!check)
            continue; // a damaged definition is reported where the check is shown, not here
        Scheduled s;
        s.check = check.value();
        s.releaseId = q.value(kColumnCount).toLongLong();
        s.deployedAtSecs = q.value(kColumnCount + 1).toLongLong();
        s.lastRunMs = q.value(kColumnCount + 2).toLongLong();
        out.append(s);
    }
    return out;
}

} // namespace slipway
