// SPDX-License-Identifier: GPL-3.0-or-later
// IncidentRepository on a PostgreSQL server: the same rows through QSqlQuery, one prepared
// statement per kind of write. The table's CHECKs are asked in IncidentRepository.cpp first, as
// on a file, so a refusal names the incident in the same words.
#include "IncidentRepository.h"

#include "Database.h"
#include "PgCopy.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <span>

namespace slipway {
namespace {

QString reading() {
    return QCoreApplication::translate("IncidentRepository", "reading incidents");
}

QString saving() {
    return QCoreApplication::translate("IncidentRepository", "saving imported incidents");
}

Incident incidentFrom(const QSqlQuery& q) {
    Incident i;
    i.id = q.value(0).toLongLong();
    i.number = q.value(1).toString();
    i.source = incidentSourceFromKey(q.value(2).toString()).value_or(IncidentSource::Other);
    i.title = q.value(3).toString();
    i.openedAt = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        i.resolvedAt = q.value(5).toLongLong();
    i.priority = q.value(6).toString();
    i.severity = q.value(7).toInt();
    i.state = q.value(8).toString();
    i.category = q.value(9).toString();
    i.configItem = q.value(10).toString();
    i.service = q.value(11).toString();
    i.assignmentGroup = q.value(12).toString();
    i.outageMinutes = q.value(13).toInt();
    i.importedAt = q.value(14).toLongLong();
    i.importedBy = q.value(15).toString();
    i.rowVersion = q.value(16).toLongLong();
    return i;
}

} // namespace

Result<QList<Incident>> IncidentRepository::selectOnServer(qint64 fromUtc, qint64 toUtc) const {
    QString sql = QStringLiteral(
        "SELECT id, number, source, title, opened_at, resolved_at, priority, severity, state, "
        "category, config_item, service, assignment_group, outage_min, imported_at, "
        "imported_by, row_version FROM incidents WHERE 1 = 1");
    if (fromUtc != 0)
        sql += QStringLiteral(" AND opened_at >= ?");
    if (toUtc != 0)
        sql += QStringLiteral(" AND opened_at < ?");
    sql += QStringLiteral(" ORDER BY opened_at, id");
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (fromUtc != 0)
        q.addBindValue(fromUtc);
    if (toUtc != 0)
        q.addBindValue(toUtc);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    QList<Incident> out;
    while (q.next())
        out.append(incidentFrom(q));
    if (q.lastError().isValid())
        return m_db.errorFrom(q.lastError(), reading());
    return out;
}

namespace {

const QStringList kCopied = {QStringLiteral("number"),      QStringLiteral("source"),
                             QStringLiteral("title"),       QStringLiteral("opened_at"),
                             QStringLiteral("resolved_at"), QStringLiteral("priority"),
                             QStringLiteral("severity"),    QStringLiteral("state"),
                             QStringLiteral("category"),    QStringLiteral("config_item"),
                             QStringLiteral("service"),     QStringLiteral("assignment_group"),
                             QStringLiteral("outage_min"),  QStringLiteral("imported_at"),
                             QStringLiteral("imported_by")};

// The incidents' fields, in kCopied's order, through one COPY.
Result<void> copyRows(PgCopy& copy, const QString& table, const Incident* rows, qsizetype count,
                      const QString& actor, qint64 now) {
    if (auto begun = copy.begin(table, kCopied); !begun)
        return begun;
    for (const Incident& i : std::span(rows, size_t(count))) {
        copy.text(QStringView(i.number).trimmed());
        copy.text(toKey(i.source));
        copy.text(i.title);
        copy.integer(i.openedAt);
        if (i.resolvedAt)
            copy.integer(*i.resolvedAt);
        else
            copy.null();
        copy.text(i.priority);
        copy.integer(i.severity);
        copy.text(i.state);
        copy.text(i.category);
        copy.text(i.configItem);
        copy.text(i.service);
        copy.text(i.assignmentGroup);
        copy.integer(i.outageMinutes);
        copy.integer(now);
        copy.text(actor);
        copy.endRow();
    }
    return copy.end();
}

} // namespace

Result<void> IncidentRepository::writeOnServer(const Incident* rows, qsizetype count,
                                               const QString& actor, qint64 now, bool update) {
    PgCopy copy(m_db, saving());
    // New incidents in one COPY: an export of 100,000 is one stream, not 100,000 trips.
    if (!update)
        return copyRows(copy, QStringLiteral("incidents"), rows, count, actor, now);
    // Changed ones through a session table, then one UPDATE; the last row of a number wins,
    // as row by row on a file.
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS incidents_in (ord BIGSERIAL, number TEXT, "
            "source TEXT, title TEXT, opened_at BIGINT, resolved_at BIGINT, priority TEXT, "
            "severity BIGINT, state TEXT, category TEXT, config_item TEXT, service TEXT, "
            "assignment_group TEXT, outage_min BIGINT, imported_at BIGINT, imported_by TEXT)")) ||
        !q.exec(QStringLiteral("TRUNCATE pg_temp.incidents_in")))
        return m_db.errorFrom(q.lastError(), saving());
    if (auto copied = copyRows(copy, QStringLiteral("incidents_in"), rows, count, actor, now);
        !copied)
        return copied;
    if (!q.exec(QStringLiteral(
            "UPDATE incidents i SET source = u.source, title = u.title, opened_at = u.opened_at, "
            "resolved_at = u.resolved_at, priority = u.priority, severity = u.severity, "
            "state = u.state, category = u.category, config_item = u.config_item, "
            "service = u.service, assignment_group = u.assignment_group, "
            "outage_min = u.outage_min, imported_at = u.imported_at, "
            "imported_by = u.imported_by, row_version = i.row_version + 1 "
            "FROM (SELECT DISTINCT ON (number) * FROM pg_temp.incidents_in ORDER BY number, ord "
            "DESC) u "
            "WHERE i.number = u.number")) ||
        !q.exec(QStringLiteral("TRUNCATE pg_temp.incidents_in")))
        return m_db.errorFrom(q.lastError(), saving());
    return {};
}

} // namespace slipway
