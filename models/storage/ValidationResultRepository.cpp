// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValidationResultRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ValidationResultRepository)
};

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.check_id, v.release_id, v.run_at, v.ok, v.latency_ms, v.http_status, "
    "v.failed_step, v.reason, v.excerpt, v.run_by FROM validation_results v");

CheckResult resultFrom(const QSqlQuery& q) {
    CheckResult r;
    r.id = q.value(0).toLongLong();
    r.checkId = q.value(1).toLongLong();
    r.releaseId = q.value(2).toLongLong();
    r.runAtMs = q.value(3).toLongLong();
    r.ok = q.value(4).toInt() != 0;
    r.latencyMs = q.value(5).toLongLong();
    r.httpStatus = q.value(6).toInt();
    r.failedStep = q.value(7).toString();
    r.reason = q.value(8).toString();
    r.excerpt = q.value(9).toString();
    r.runBy = q.value(10).toString();
    return r;
}

QString reading() {
    return Text::tr("reading the validation results");
}

} // namespace

ValidationResultRepository::ValidationResultRepository(Database& db)
    : m_db(db) {}

Result<qint64> ValidationResultRepository::insert(const CheckResult& r) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO validation_results (check_id, release_id, run_at, ok, latency_ms, "
        "http_status, failed_step, reason, excerpt, run_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?) RETURNING id"));
    q.addBindValue(r.checkId);
    q.addBindValue(r.releaseId);
    q.addBindValue(r.runAtMs);
    q.addBindValue(r.ok ? 1 : 0);
    q.addBindValue(qMax<qint64>(0, r.latencyMs));
    q.addBindValue(r.httpStatus);
    q.addBindValue(sql::text(r.failedStep));
    q.addBindValue(sql::text(r.reason));
    q.addBindValue(sql::text(r.excerpt));
    q.addBindValue(sql::text(r.runBy));
    return sql::insertReturningId(m_db, q, Text::tr("saving a validation result"));
}

Result<QList<CheckResult>> ValidationResultRepository::forCheck(qint64 checkId, qint64 releaseId,
                                                                qint64 fromMs, qint64 toMs) const {
    QString sqlText = kSelect + QStringLiteral(" WHERE v.check_id = ? AND v.release_id = ?");
    if (fromMs > 0)
        sqlText += QStringLiteral(" AND v.run_at >= ?");
    if (toMs > 0)
        sqlText += QStringLiteral(" AND v.run_at < ?");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sqlText + QStringLiteral(" ORDER BY v.run_at, v.id"));
    q.addBindValue(checkId);
    q.addBindValue(releaseId);
    if (fromMs > 0)
        q.addBindValue(fromMs);
    if (toMs > 0)
        q.addBindValue(toMs);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<CheckResult> out;
    while (q.next())
        out.append(resultFrom(q));
    return out;
}

Result<QHash<qint64, CheckResult>> ValidationResultRepository::latest(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect +
              QStringLiteral(" WHERE v.release_id = ? AND v.id = (SELECT w.id FROM "
                             "validation_results w WHERE w.check_id = v.check_id AND "
                             "w.release_id = v.release_id ORDER BY w.run_at DESC, w.id DESC "
                             "LIMIT 1)"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QHash<qint64, CheckResult> out;
    while (q.next()) {
        CheckResult r = resultFrom(q);
        out.insert(r.checkId, r);
    }
    return out;
}

Result<QList<CheckResult>> ValidationResultRepository::allForCheck(qint64 checkId) const {
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(kSelect + QStringLiteral(" WHERE v.check_id = ? ORDER BY v.run_at, v.id"));
    q.addBindValue(checkId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<CheckResult> out;
    while (q.next())
        out.append(resultFrom(q));
    return out;
}

Result<int> ValidationResultRepository::countForCheck(qint64 checkId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM validation_results WHERE check_id = ?"));
    q.addBindValue(checkId);
    if (!q.exec() || !q.next())
        return m_db.errorFrom(q.lastError(), reading());
    return q.value(0).toInt();
}

} // namespace slipway
