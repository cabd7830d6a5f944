// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuccessMetricRepository.h"

#include "Database.h"
#include "RowStatements.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace slipway {
namespace {

QString doing() {
    return QCoreApplication::translate("SuccessMetricRepository", "saving a success metric");
}

// Schema 21 added where an actual comes from; older files have neither column.
constexpr int kSourceSchema = 21;

QString selectSql(const Database& db) {
    return QStringLiteral("SELECT id, release_id, name, unit, comparator, target, baseline, "
                          "actual, measured_at, row_version%1 FROM release_success_metrics")
        .arg(db.schemaVersion() >= kSourceSchema ? QStringLiteral(", source_metric, source_stat")
                                                 : QString());
}

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
    if (q.record().count() > 10) {
        m.sourceMetric = q.value(10).toString();
        m.sourceStat = q.value(11).toString();
    }
    return m;
}

void bindFields(QSqlQuery& q, const SuccessMetric& m, bool withSource) {
    q.addBindValue(sql::text(m.name.trimmed()));
    q.addBindValue(sql::text(m.unit.trimmed()));
    q.addBindValue(m.comparator);
    q.addBindValue(m.target);
    q.addBindValue(bindNumber(m.baseline));
    q.addBindValue(bindNumber(m.actual));
    q.addBindValue(m.actual ? sql::secs(m.measuredAt) : QVariant(QMetaType::fromType<qint64>()));
    if (withSource) {
        q.addBindValue(sql::text(m.sourceMetric.trimmed()));
        q.addBindValue(m.sourceStat.isEmpty() ? QStringLiteral("median") : m.sourceStat);
    }
}

} // namespace

SuccessMetricRepository::SuccessMetricRepository(Database& db)
    : m_db(db) {}

Result<QList<SuccessMetric>> SuccessMetricRepository::select(const QString& where,
                                                             qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(selectSql(m_db) + where + QStringLiteral(" ORDER BY release_id, id"));
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
    if (auto found = sql::selectById(m_db, q, selectSql(m_db), id, doing(), gone.arg(id)); !found)
        return found.error();
    return metricFrom(q);
}

Result<SuccessMetric> SuccessMetricRepository::insert(const SuccessMetric& m, const QString& actor,
                                                      qint64 now) {
    const bool source = m_db.schemaVersion() >= kSourceSchema;
    QSqlQuery q(m_db.connection());
    sql::prepareInsert(
        q, QStringLiteral("release_success_metrics"),
        QStringLiteral("release_id, name, unit, comparator, target, baseline, actual, "
                       "measured_at%1, row_version, created_by, created_at, updated_by, updated_at")
            .arg(source ? QStringLiteral(", source_metric, source_stat") : QString()),
        QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?%1, 1, ?, ?, ?, ?")
            .arg(source ? QStringLiteral(", ?, ?") : QString()),
        m.id);
    q.addBindValue(m.releaseId);
    bindFields(q, m, source);
    sql::bindCreated(q, actor, now);
    const auto inserted = sql::insertReturningId(m_db, q, doing());
    if (!inserted)
        return inserted.error();
    return find(inserted.value());
}

Result<SuccessMetric> SuccessMetricRepository::update(const SuccessMetric& m, const QString& actor,
                                                      qint64 now) {
    const bool source = m_db.schemaVersion() >= kSourceSchema;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE release_success_metrics SET name = ?, unit = ?, comparator = ?, "
                       "target = ?, baseline = ?, actual = ?, measured_at = ?%1, "
                       "row_version = row_version + 1, updated_by = ?, updated_at = ? "
                       "WHERE id = ? AND row_version = ?")
            .arg(source ? QStringLiteral(", source_metric = ?, source_stat = ?") : QString()));
    bindFields(q, m, source);
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
