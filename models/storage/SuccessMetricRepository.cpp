// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessMetricRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("SuccessMetricRepository", "saving a success metric");
}

const QString kSelect =
    QStringLiteral("SELECT id, release_id, name, unit, comparator, target, baseline, actual, "
                   "measured_at, row_version FROM release_success_metrics");

std::optional<double> optionalNumber(const QVariant& v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

QVariant bindNumber(const std::optional<double>& v) {
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

SuccessMetric metricFrom(const QSqlQuery& q) {
    SuccessMetric m;
    m.id = q.value(0).toLongLong();
    m.releaseId = q.value(1).toLongLong();
    m.name = q.value(2).toString();
    m.unit = q.value(3).toString();
    m.comparator = q.value(4).toString();
    m.target = q.value(5).toDouble();
    m.baseline = optionalNumber(q.value(6));
    m.actual = optionalNumber(q.value(7));
    m.measuredAt = sql::fromSecs(q.value(8));
    m.rowVersion = q.value(9).toLongLong();
    return m;
}

void bindFields(QSqlQuery& q, const SuccessMetric& m) {
    q.addBindValue(sql::text(m.name.trimmed()));
    q.addBindValue(sql::text(m.unit.trimmed()));
    q.addBindValue(m.comparator);
    q.addBindValue(m.target);
    q.addBindValue(bindNumber(m.baseline));
    q.addBindValue(bindNumber(m.actual));
    q.addBindValue(m.actual ? sql::secs(m.measuredAt) : QVariant(QMetaType::fromType<qint64>()));
}

} // namespace

SuccessMetricRepository::SuccessMetricRepository(Database& db)
    : m_db(db) {}

Result<QList<SuccessMetric>> SuccessMetricRepository::select(const QString& where,
                                                             qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + where + QStringLiteral(" ORDER BY release_id, id"));
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), doing());
    QList<SuccessMetric> out;
    while (q.next())
        out << metricFrom(q);
    return out;
}

Result<QList<SuccessMetric>> SuccessMetricRepository::forRelease(qint64 releaseId) const {
    return select(QStringLiteral(" WHERE release_id = ?"), releaseId);
}

Result<QList<SuccessMetric>> SuccessMetricRepository::all() const {
    return select(QString(), 0);
}

Result<SuccessMetric> SuccessMetricRepository::find(qint64 id) const {
    const QString gone = QCoreApplication::translate(
        "SuccessMetricRepository", "Success metric %1 no longer exists — reload.");
    QSqlQuery q(m_db.connection());
    if (auto found = sql::selectById(m_db, q, kSelect, id, doing(), gone.arg(id)); !found)
        return found.error();
    return metricFrom(q);
}

Result<SuccessMetric> SuccessMetricRepository::insert(const SuccessMetric& m, const QString& actor,
                                                      qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO release_success_metrics (id, release_id, name, unit, comparator, target, "
        "baseline, actual, measured_at, row_version, created_by, created_at, updated_by, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)"));
    q.addBindValue(sql::optionalId(m.id));
    q.addBindValue(m.releaseId);
    bindFields(q, m);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertRow(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<SuccessMetric> SuccessMetricRepository::update(const SuccessMetric& m, const QString& actor,
                                                      qint64 now) {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "UPDATE release_success_metrics SET name = ?, unit = ?, comparator = ?, target = ?, "
        "baseline = ?, actual = ?, measured_at = ?, row_version = row_version + 1, "
        "updated_by = ?, updated_at = ? WHERE id = ? AND row_version = ?"));
    bindFields(q, m);
    sql::bindUpdated(q, actor, now, m.id, m.rowVersion);
    const auto updated = sql::changeVersioned(m_db, q, QStringLiteral("release_success_metrics"),
                                              m.id, m.name, doing());
    if (!updated)
        return updated.error();
    return find(m.id);
}

Result<void> SuccessMetricRepository::remove(qint64 id, qint64 expectedRowVersion) {
    // No name column: the row is named by its id.
    return sql::removeVersioned(m_db, QStringLiteral("release_success_metrics"), id,
                                expectedRowVersion, QString(), doing());
}

} // namespace slipway
