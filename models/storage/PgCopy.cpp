// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgCopy.h"

#include "Database.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <charconv>

namespace slipway {
namespace {

constexpr size_t kChunk = 1 << 20; // bytes per PQputCopyData

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PgCopy)
};

QString quotedName(const QString& name) {
    QString q = name;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

} // namespace

PgCopy::PgCopy(Database& db, QString doing)
    : m_db(db)
    , m_conn(db.pgHandle())
    , m_doing(std::move(doing)) {}

PgCopy::~PgCopy() {
    if (m_open && m_conn) { // abandoned: the server drops what it received
        PQputCopyEnd(m_conn, "abandoned by the client");
        while (PGresult* r = PQgetResult(m_conn))
            PQclear(r);
    }
}

Result<void> PgCopy::begin(const QString& table, const QStringList& columns) {
    if (!m_conn)
        return Error{Error::Kind::Internal,
                     Text::tr("%1: COPY needs a PostgreSQL server (while %2).")
                         .arg(m_db.fileName(), m_doing)};
    QStringList names;
    for (const QString& c : columns)
        names << quotedName(c);
    const QByteArray sql = (QStringLiteral("COPY ") + quotedName(table) + QStringLiteral(" (") +
                            names.join(QStringLiteral(", ")) + QStringLiteral(") FROM STDIN"))
                               .toUtf8();
    PGresult* r = PQexec(m_conn, sql.constData());
    const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
    Result<void> outcome;
    if (!ok)
        outcome = failure(r);
    PQclear(r);
    m_open = ok;
    m_failed = false;
    m_rows = 0;
    m_buffer.clear();
    m_buffer.reserve(kChunk + 64 * 1024);
    return outcome;
}

void PgCopy::separate() {
    if (m_rowStarted)
        m_buffer.push_back('\t');
    m_rowStarted = true;
}

void PgCopy::null() {
    separate();
    m_buffer.append("\\N", 2);
}

void PgCopy::integer(qint64 value) {
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, size_t(end - digits));
}

void PgCopy::real(double value) {
    separate();
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr; // shortest exact
    m_buffer.append(digits, size_t(end - digits));
}

void PgCopy::text(QStringView value) {
    // Most fields are ASCII without a character COPY escapes: those go straight in.
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == '\\' || u == '\t' || u == '\n' || u == '\r')
            return utf8(value.toUtf8());
    }
    separate();
    const size_t start = m_buffer.size();
    m_buffer.resize(start + size_t(value.size()));
    char* out = m_buffer.data() + start;
    for (const QChar c : value)
        *out++ = char(c.unicode());
}

void PgCopy::utf8(QByteArrayView value) {
    separate();
    const char* run = value.data();
    const char* end = value.data() + value.size();
    for (const char* p = run; p < end; ++p) {
        const char* replacement = nullptr;
        switch (*p) {
        case '\\':
            replacement = "\\\\";
            break;
        case '\t':
            replacement = "\\t";
            break;
        case '\n':
            replacement = "\\n";
            break;
        case '\r':
            replacement = "\\r";
            break;
        default:
            continue;
        }
        m_buffer.append(run, size_t(p - run));
        m_buffer.append(replacement, 2);
        run = p + 1;
    }
    m_buffer.append(run, size_t(end - run));
}

void PgCopy::endRow() {
    m_buffer.push_back('\n');
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= kChunk && !m_failed)
        m_failed = !flush();
}

Result<void> PgCopy::flush() {
    if (m_buffer.empty())
        return {};
    if (PQputCopyData(m_conn, m_buffer.data(), int(m_buffer.size())) != 1)
        return failure(nullptr);
    m_buffer.clear();
    return {};
}

Result<void> PgCopy::end() {
    if (!m_open)
        return Error{Error::Kind::Internal,
                     Text::tr("%1: no COPY under way (while %2).").arg(m_db.fileName(), m_doing)};
    Result<void> outcome;
    if (m_failed)
        outcome = failure(nullptr);
    else
        outcome = flush();
    m_open = false;
    if (PQputCopyEnd(m_conn, outcome ? nullptr : "the client could not send every row") != 1 &&
        outcome)
        outcome = failure(nullptr);
    // The server's verdict on the rows comes now: a constraint, a value it could not read.
    while (PGresult* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && outcome)
            outcome = failure(r);
        PQclear(r);
    }
    return outcome;
}

Error PgCopy::failure(void* result) const {
    auto* r = static_cast<PGresult*>(result);
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const char* message =
        r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(m_conn);
    const char* detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : nullptr;
    QString text = QString::fromUtf8(message ? message : "").simplified();
    if (detail)
        text += QStringLiteral(": ") + QString::fromUtf8(detail).simplified();
    return m_db.errorFromSqlState(QString::fromLatin1(state ? state : ""), text, m_doing);
}

} // namespace slipway
