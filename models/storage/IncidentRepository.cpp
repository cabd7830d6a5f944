// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRepository.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace slipway {
namespace {

QString reading() {
    return QCoreApplication::translate("IncidentRepository", "reading incidents");
}
QString saving() {
    return QCoreApplication::translate("IncidentRepository", "saving imported incidents");
}

const char* const kColumns =
    "id, number, source, title, opened_at, resolved_at, priority, severity, state, category, "
    "config_item, service, assignment_group, outage_min, imported_at, imported_by, row_version";

// A prepared statement finalised on every path.
class Statement {
public:
    Statement(sqlite3* db, const char* sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr); }
    ~Statement() { sqlite3_finalize(m_st); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    sqlite3_stmt* get() const { return m_st; }
    int rc() const { return m_rc; }

private:
    sqlite3_stmt* m_st = nullptr;
    int m_rc = SQLITE_OK;
};

QString columnText(sqlite3_stmt* st, int column) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(st, column)) : QString();
}

Incident incidentFrom(sqlite3_stmt* st) {
    Incident i;
    i.id = sqlite3_column_int64(st, 0);
    i.number = columnText(st, 1);
    i.source = incidentSourceFromKey(columnText(st, 2)).value_or(IncidentSource::Other);
    i.title = columnText(st, 3);
    i.openedAt = sqlite3_column_int64(st, 4);
    if (sqlite3_column_type(st, 5) != SQLITE_NULL)
        i.resolvedAt = sqlite3_column_int64(st, 5);
    i.priority = columnText(st, 6);
    i.severity = sqlite3_column_int(st, 7);
    i.state = columnText(st, 8);
    i.category = columnText(st, 9);
    i.configItem = columnText(st, 10);
    i.service = columnText(st, 11);
    i.assignmentGroup = columnText(st, 12);
    i.outageMinutes = sqlite3_column_int(st, 13);
    i.importedAt = sqlite3_column_int64(st, 14);
    i.importedBy = columnText(st, 15);
    i.rowVersion = sqlite3_column_int64(st, 16);
    return i;
}

// SQLite copies the text (SQLITE_TRANSIENT) before the temporary goes away.
void bindText(sqlite3_stmt* st, int index, const QString& text) {
    sqlite3_bind_text16(st, index, text.constData(),
                        int(text.size() * qsizetype(sizeof(QChar))), SQLITE_TRANSIENT);
}

// Binds the incident's fields from `index` on, in the order both statements use.
void bindFields(sqlite3_stmt* st, const Incident& i, const QString& actor, qint64 now) {
    bindText(st, 1, i.number.trimmed());
    bindText(st, 2, toKey(i.source));
    bindText(st, 3, i.title);
    sqlite3_bind_int64(st, 4, i.openedAt);
    if (i.resolvedAt)
        sqlite3_bind_int64(st, 5, *i.resolvedAt);
    else
        sqlite3_bind_null(st, 5);
    bindText(st, 6, i.priority);
    sqlite3_bind_int(st, 7, i.severity);
    bindText(st, 8, i.state);
    bindText(st, 9, i.category);
    bindText(st, 10, i.configItem);
    bindText(st, 11, i.service);
    bindText(st, 12, i.assignmentGroup);
    sqlite3_bind_int(st, 13, i.outageMinutes);
    sqlite3_bind_int64(st, 14, now);
    bindText(st, 15, actor);
}

} // namespace

IncidentRepository::IncidentRepository(Database& db)
    : m_db(db) {}

Result<QHash<QString, Incident>> IncidentRepository::byNumber() const {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM incidents";
    Statement st(m_db.handle(), sql.constData());
    if (st.rc() != SQLITE_OK)
        return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  reading());
    QHash<QString, Incident> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW) {
        Incident i = incidentFrom(st.get());
        QString number = i.number;
        out.insert(std::move(number), std::move(i));
    }
    if (rc != SQLITE_DONE)
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  reading());
    return out;
}

Result<QList<Incident>> IncidentRepository::openedBetween(qint64 fromUtc, qint64 toUtc) const {
    QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM incidents WHERE 1 = 1";
    if (fromUtc != 0)
        sql += " AND opened_at >= ?1";
    if (toUtc != 0)
        sql += " AND opened_at < ?2";
    sql += " ORDER BY opened_at, id";
    Statement st(m_db.handle(), sql.constData());
    if (st.rc() != SQLITE_OK)
        return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  reading());
    if (fromUtc != 0)
        sqlite3_bind_int64(st.get(), 1, fromUtc);
    if (toUtc != 0)
        sqlite3_bind_int64(st.get(), 2, toUtc);
    QList<Incident> out;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st.get())) == SQLITE_ROW)
        out.append(incidentFrom(st.get()));
    if (rc != SQLITE_DONE)
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  reading());
    return out;
}

Result<void> IncidentRepository::insertAll(const QList<Incident>& rows, const QString& actor,
                                           qint64 now) {
    if (rows.isEmpty())
        return {};
    Statement st(m_db.handle(),
                 "INSERT INTO incidents (number, source, title, opened_at, resolved_at, priority, "
                 "severity, state, category, config_item, service, assignment_group, outage_min, "
                 "imported_at, imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (st.rc() != SQLITE_OK)
        return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  saving());
    for (const Incident& i : rows) {
        bindFields(st.get(), i, actor, now);
        const int rc = sqlite3_step(st.get());
        sqlite3_reset(st.get());
        if (rc != SQLITE_DONE)
            return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                      saving());
    }
    return {};
}

Result<void> IncidentRepository::updateAll(const QList<Incident>& rows, const QString& actor,
                                           qint64 now) {
    if (rows.isEmpty())
        return {};
    Statement st(m_db.handle(),
                 "UPDATE incidents SET number = ?1, source = ?2, title = ?3, opened_at = ?4, "
                 "resolved_at = ?5, priority = ?6, severity = ?7, state = ?8, category = ?9, "
                 "config_item = ?10, service = ?11, assignment_group = ?12, outage_min = ?13, "
                 "imported_at = ?14, imported_by = ?15, row_version = row_version + 1 "
                 "WHERE number = ?1");
    if (st.rc() != SQLITE_OK)
        return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  saving());
    for (const Incident& i : rows) {
        bindFields(st.get(), i, actor, now);
        const int rc = sqlite3_step(st.get());
        sqlite3_reset(st.get());
        if (rc != SQLITE_DONE)
            return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                      saving());
    }
    return {};
}

Result<QList<CorrelationTarget>> IncidentRepository::correlationTargets(qint64 releaseId) const {
    const QString filter = releaseId > 0 ? QStringLiteral(" AND r.id = ?") : QString();
    QHash<qint64, CorrelationTarget> targets;
    QList<qint64> order;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
                      "SELECT r.id, (SELECT min(d.deployed_at) FROM deployments d JOIN "
                      "environments e ON e.id = d.environment_id WHERE d.release_id = r.id "
                      "AND e.kind = 'prod') AS deployed, p.name FROM releases r LEFT JOIN "
                      "services p ON p.id = r.product_id WHERE 1 = 1") +
                  filter + QStringLiteral(" ORDER BY r.id"));
        if (releaseId > 0)
            q.addBindValue(releaseId);
        if (!q.exec())
            return m_db.errorFrom(q.lastError(), reading());
        while (q.next()) {
            CorrelationTarget t;
            t.releaseId = q.value(0).toLongLong();
            t.deployedAt = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
            if (t.deployedAt == 0 && releaseId == 0)
                continue;
            if (!q.value(2).isNull())
                t.names << q.value(2).toString();
            order << t.releaseId;
            targets.insert(t.releaseId, t);
        }
    }
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT rs.release_id, s.name FROM release_services rs JOIN "
                             "services s ON s.id = rs.service_id JOIN releases r ON r.id = "
                             "rs.release_id WHERE 1 = 1") +
              filter + QStringLiteral(" ORDER BY rs.release_id, s.name"));
    if (releaseId > 0)
        q.addBindValue(releaseId);
    if (!q.exec())
        return m_db.errorFrom(q.lastError(), reading());
    while (q.next()) {
        auto it = targets.find(q.value(0).toLongLong());
        const QString name = q.value(1).toString();
        if (it != targets.end() && !it->names.contains(name, Qt::CaseInsensitive))
            it->names << name;
    }
    QList<CorrelationTarget> out;
    out.reserve(order.size());
    for (qint64 id : std::as_const(order))
        out.append(targets.value(id));
    return out;
}

} // namespace slipway
