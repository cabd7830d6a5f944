// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentRepository.h"

#include "ChecksAlreadyDone.h"
#include "Database.h"
#include "domain/InputText.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>

#include <sqlite3.h>

#include <iterator>
#include <span>

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
    Statement(sqlite3* db, const char* sql) {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_st, nullptr);
    }
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

// Binds rows' texts as UTF-8 (the file's encoding, so SQLite converts nothing) from one
// buffer reused for every statement: 100,000 rows allocate nothing here. A statement may take
// several rows (the 15 parameters of each in turn); begin() makes room for all of them, as
// their texts are bound without a copy and must stay where they are until the step.
// The values that repeat from row to row (the actor, the source, and an import's priorities,
// states, categories, items, services and groups, which share one string per distinct value)
// are encoded once: the binder keeps each such string, so its address stands for it while
// cached.
class RowBinder {
public:
    static constexpr int kParameters = 15;

    explicit RowBinder(sqlite3_stmt* st)
        : m_st(st) {}

    void begin(const Incident* rows, qsizetype count, const QString& actor) {
        qsizetype room = 0;
        for (qsizetype r = 0; r < count; ++r) {
            const Incident& i = rows[r];
            room +=
                m_encoder.requiredSpace(i.number.size()) + m_encoder.requiredSpace(i.title.size());
            for (const QString* t : {&i.priority, &i.state, &i.category, &i.configItem, &i.service,
                                     &i.assignmentGroup, &actor}) {
                if (!m_encoded.contains(t->constData()))
                    room += m_encoder.requiredSpace(t->size());
            }
            room += 16; // the source's key
        }
        if (m_buffer.size() < room)
            m_buffer.resize(room * 2);
        m_at = m_buffer.data();
    }

    // Binds the incident's fields as parameters base + 1 … base + 15, in the order both
    // statements use.
    void bind(const Incident& i, const QString& actor, qint64 now, int base = 0) {
        bindOnce(base + 1, QStringView(i.number).trimmed());
        bindShared(base + 2, toKey(i.source));
        bindOnce(base + 3, i.title);
        bindShared(base + 6, i.priority);
        bindShared(base + 8, i.state);
        bindShared(base + 9, i.category);
        bindShared(base + 10, i.configItem);
        bindShared(base + 11, i.service);
        bindShared(base + 12, i.assignmentGroup);
        bindShared(base + 15, actor);
        sqlite3_bind_int64(m_st, base + 4, i.openedAt);
        if (i.resolvedAt)
            sqlite3_bind_int64(m_st, base + 5, *i.resolvedAt);
        else
            sqlite3_bind_null(m_st, base + 5);
        sqlite3_bind_int(m_st, base + 7, i.severity);
        sqlite3_bind_int(m_st, base + 13, i.outageMinutes);
        sqlite3_bind_int64(m_st, base + 14, now);
    }

private:
    // Distinct strings kept encoded; past this many the others are encoded each time.
    static constexpr qsizetype kMaxEncoded = 8192;
    struct Encoded {
        QString kept; // holds the string, so no other can take its address while cached
        QByteArray utf8;
    };

    void bindOnce(int index, QStringView text) {
        char* end = m_encoder.appendToBuffer(m_at, text);
        sqlite3_bind_text(m_st, index, m_at, int(end - m_at), SQLITE_STATIC);
        m_at = end;
    }

    void bindShared(int index, const QString& text) {
        auto it = m_encoded.constFind(text.constData());
        if (it == m_encoded.cend()) {
            if (text.isEmpty() || m_encoded.size() >= kMaxEncoded) {
                bindOnce(index, text);
                return;
            }
            it = m_encoded.insert(text.constData(), Encoded{text, text.toUtf8()});
        }
        sqlite3_bind_text(m_st, index, it->utf8.constData(), int(it->utf8.size()), SQLITE_STATIC);
    }

    sqlite3_stmt* m_st;
    // Stateless: a lone surrogate at the end of one field must not carry into the next.
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    QByteArray m_buffer;
    char* m_at = nullptr;
    QHash<const QChar*, Encoded> m_encoded;
};

// Rows per INSERT of a large import: one statement writing many rows opens its cursors on the
// table and both indexes once, where a statement per row opens and closes them every time.
// 64 rows take 960 parameters, within every SQLite's limit (999 before 3.32).
constexpr int kRowsPerInsert = 64;

QByteArray insertSql(int rows) {
    QByteArray sql = "INSERT INTO incidents (number, source, title, opened_at, resolved_at, "
                     "priority, severity, state, category, config_item, service, "
                     "assignment_group, outage_min, imported_at, imported_by) VALUES ";
    for (int r = 0; r < rows; ++r)
        sql += r == 0 ? "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      : ", (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    return sql;
}

// What each CHECK constraint of the incidents table (0021_validation.sql) says, asked here
// since ChecksAlreadyDone leaves them out: the number not empty once trimmed, a known source,
// severity 1 to 5, outage not negative. One line naming the incident and the field.
Result<void> holdsTableChecks(const Incident* rows, qsizetype count) {
    const auto refused = [](const Incident& i, const QString& what) {
        return Error{
            Error::Kind::Validation,
            QCoreApplication::translate("IncidentRepository", "Incident %1: %2; nothing was saved.")
                .arg(InputText::quoted(i.number, 60), what)};
    };
    for (const Incident& i : std::span(rows, size_t(count))) {
        if (QStringView(i.number).trimmed().isEmpty())
            return refused(
                i, QCoreApplication::translate("IncidentRepository", "the number is empty"));
        if (!incidentSourceFromKey(toKey(i.source)))
            return refused(i, QCoreApplication::translate(
                                  "IncidentRepository",
                                  "the source is not servicenow, jsm, pagerduty or other"));
        if (i.severity < 1 || i.severity > 5)
            return refused(
                i, QCoreApplication::translate("IncidentRepository", "severity %1 is not 1 to 5")
                       .arg(i.severity));
        if (i.outageMinutes < 0)
            return refused(i, QCoreApplication::translate("IncidentRepository",
                                                          "outage of %1 minutes is negative")
                                  .arg(i.outageMinutes));
    }
    return {};
}

} // namespace

IncidentRepository::IncidentRepository(Database& db)
    : m_db(db) {}

Result<QHash<QString, Incident>> IncidentRepository::byNumber() const {
    if (m_db.isPostgres()) {
        auto all = selectOnServer(0, 0);
        if (!all)
            return all.error();
        QHash<QString, Incident> out;
        for (Incident& i : all.value()) {
            QString number = i.number;
            out.insert(std::move(number), std::move(i));
        }
        return out;
    }
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
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), reading());
    return out;
}

Result<QList<Incident>> IncidentRepository::openedBetween(qint64 fromUtc, qint64 toUtc) const {
    if (m_db.isPostgres())
        return selectOnServer(fromUtc, toUtc);
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
        return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())), reading());
    return out;
}

Result<void> IncidentRepository::insertAll(const Incident* rows, qsizetype count,
                                           const QString& actor, qint64 now) {
    if (count <= 0)
        return {};
    if (auto held = holdsTableChecks(rows, count); !held)
        return held.error();
    if (m_db.isPostgres())
        return writeOnServer(rows, count, actor, now, false);
    const ChecksAlreadyDone checks(m_db.handle());
    // Whole batches through one statement, the rest one row at a time.
    const qsizetype batched = count - count % kRowsPerInsert;
    const auto write = [&](int perStatement, qsizetype from, qsizetype to) -> Result<void> {
        if (from >= to)
            return {};
        Statement st(m_db.handle(), insertSql(perStatement).constData());
        if (st.rc() != SQLITE_OK)
            return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                      saving());
        RowBinder binder(st.get());
        for (qsizetype at = from; at < to; at += perStatement) {
            binder.begin(rows + at, perStatement, actor);
            for (int r = 0; r < perStatement; ++r)
                binder.bind(rows[at + r], actor, now, r * RowBinder::kParameters);
            const int rc = sqlite3_step(st.get());
            sqlite3_reset(st.get());
            if (rc != SQLITE_DONE)
                return m_db.errorFromCode(rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                          saving());
        }
        return {};
    };
    if (auto done = write(kRowsPerInsert, 0, batched); !done)
        return done;
    return write(1, batched, count);
}

Result<void> IncidentRepository::updateAll(const QList<Incident>& rows, const QString& actor,
                                           qint64 now) {
    if (rows.isEmpty())
        return {};
    if (auto held = holdsTableChecks(rows.constData(), rows.size()); !held)
        return held.error();
    if (m_db.isPostgres())
        return writeOnServer(rows.constData(), rows.size(), actor, now, true);
    const ChecksAlreadyDone checks(m_db.handle());
    Statement st(m_db.handle(),
                 "UPDATE incidents SET number = ?1, source = ?2, title = ?3, opened_at = ?4, "
                 "resolved_at = ?5, priority = ?6, severity = ?7, state = ?8, category = ?9, "
                 "config_item = ?10, service = ?11, assignment_group = ?12, outage_min = ?13, "
                 "imported_at = ?14, imported_by = ?15, row_version = row_version + 1 "
                 "WHERE number = ?1");
    if (st.rc() != SQLITE_OK)
        return m_db.errorFromCode(st.rc(), QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                                  saving());
    RowBinder binder(st.get());
    for (const Incident& i : rows) {
        binder.begin(&i, 1, actor);
        binder.bind(i, actor, now);
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
        q.prepare(
            QStringLiteral("SELECT r.id, (SELECT min(d.deployed_at) FROM deployments d JOIN "
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
