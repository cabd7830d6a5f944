// SPDX-License-Identifier: GPL-3.0-or-later
#include "CmdbRecordRepository.h"

#include "Database.h"
#include "SqlValues.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CmdbRecordRepository)
};

QString reading() {
    return Text::tr("reading the configuration-management record");
}

} // namespace

CmdbRecordRepository::CmdbRecordRepository(Database& db)
    : m_db(db) {}

Result<std::optional<CmdbRecord>> CmdbRecordRepository::find(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT release_id, closed_at, closed_by, record FROM cmdb_records WHERE release_id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    if (!q.next())
        return std::optional<CmdbRecord>();
    CmdbRecord record;
    record.releaseId = q.value(0).toLongLong();
    record.closedAt = q.value(1).toLongLong();
    record.closedBy = q.value(2).toString();
    QJsonParseError parseError;
    const auto json = QJsonDocument::fromJson(q.value(3).toString().toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isObject())
        return Error{Error::Kind::Corrupt,
                     Text::tr("The configuration-management record of release %1 is not a JSON "
                              "object: %2.")
                         .arg(releaseId)
                         .arg(parseError.errorString())};
    record.fields = json.object();
    return std::optional<CmdbRecord>(record);
}

Result<void> CmdbRecordRepository::write(const CmdbRecord& record) {
    QSqlQuery q(m_db.connection());
    // The standard upsert (SQLite 3.24+, PostgreSQL 9.5+).
    q.prepare(QStringLiteral(
        "INSERT INTO cmdb_records (release_id, closed_at, closed_by, record) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (release_id) DO UPDATE SET closed_at = excluded.closed_at, "
        "closed_by = excluded.closed_by, record = excluded.record"));
    q.addBindValue(record.releaseId);
    q.addBindValue(record.closedAt);
    q.addBindValue(sql::text(record.closedBy));
    q.addBindValue(QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return m_db.errorFrom(q.lastError(),
                              Text::tr("writing the configuration-management record"));
    return {};
}

Result<CmdbReleaseRow> CmdbRecordRepository::releaseRow(qint64 releaseId) const {
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT r.id, r.name, r.version, r.type, r.status, r.change_ticket, r.window_start, "
        "r.window_end, p.name FROM releases r LEFT JOIN services p ON p.id = r.product_id "
        "WHERE r.id = ?"));
    q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    if (!q.next())
        return Error{Error::Kind::NotFound, Text::tr("Release %1 does not exist.").arg(releaseId)};
    CmdbReleaseRow row;
    row.releaseId = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.version = q.value(2).toString();
    row.type = releaseTypeFromKey(q.value(3).toString()).value_or(ReleaseType::Minor);
    row.status = releaseStatusFromKey(q.value(4).toString()).value_or(ReleaseStatus::Planned);
    row.changeTicket = q.value(5).toString().trimmed();
    row.windowStart = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    row.windowEnd = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    row.productName = q.value(8).toString();

    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT s.name FROM release_services rs JOIN services s ON s.id = "
                             "rs.service_id WHERE rs.release_id = ? ORDER BY s.name"));
    s.addBindValue(releaseId);
    if (!s.exec())
        return m_db.errorFrom(s.lastError(), reading());
    while (s.next())
        row.serviceNames << s.value(0).toString();

    // The change request that covers the release: the one with its ticket, else the latest
    // one linked to it.
    QSqlQuery c(m_db.connection());
    c.prepare(QStringLiteral(
        "SELECT ticket, change_type FROM change_requests WHERE release_id = ? OR ticket = ? "
        "ORDER BY CASE WHEN ticket = ? THEN 0 ELSE 1 END, requested_at DESC, id DESC"));
    c.addBindValue(releaseId);
    c.addBindValue(sql::text(row.changeTicket));
    c.addBindValue(sql::text(row.changeTicket));
    if (!c.exec())
        return m_db.errorFrom(c.lastError(), reading());
    if (c.next()) {
        if (row.changeTicket.isEmpty())
            row.changeTicket = c.value(0).toString().trimmed();
        row.changeType = c.value(1).toString();
    }
    return row;
}

} // namespace slipway
