// SPDX-License-Identifier: GPL-3.0-or-later
// ChangeCapture on a PostgreSQL server. While the connection's setting slipway.capture names
// the tables, the server's slipway_capture_* triggers (after_migrate.pg.sql) keep every row
// its statements write there in the temporary table slipway_captured; the changeset is that
// table folded to one entry per row (first image before, last image after) as one JSON
// document. Applying loads it into a temporary table and works per table in a few set-based
// statements: every row is checked first as on a file, then removals and updates go in the
// recorded table order, insertions in the reverse one.
#include "ChangeCapture.h"

#include "Database.h"
#include "StaleRow.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace slipway {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChangeCapture)
};

// A server's changeset: this line, the tables (comma-separated, in recording order), the
// number of rows, then the JSON array [{"t": table, "k": key, "b": before, "a": after}, …].
const QByteArray kMagic = "SLIPWAY-PG-CHANGES 1\n";

// Columns that say who touched a row last or where it sits on a board (as on a file).
const QString kBookkeeping = QStringLiteral("{row_version,updated_by,updated_at,board_rank}");

QString quoted(const QString& name) {
    return u'"' + QString(name).replace(u'"', QLatin1String("\"\"")) + u'"';
}

// A column name as an SQL string literal (names come from the catalog).
QString literal(const QString& name) {
    return u'\'' + QString(name).replace(u'\'', QLatin1String("''")) + u'\'';
}

QString nameColumnOf(const QString& table) {
    if (table == u"scope_items")
        return QStringLiteral("title");
    if (table == u"blackouts" || table == u"incident_freezes")
        return QStringLiteral("name");
    return {};
}

struct Parsed {
    QStringList tables;
    qint64 rows = 0;
    QByteArray json;
};

bool parse(const QByteArray& changeset, Parsed& out) {
    if (!changeset.startsWith(kMagic))
        return false;
    const qsizetype tablesEnd = changeset.indexOf('\n', kMagic.size());
    const qsizetype rowsEnd = tablesEnd < 0 ? -1 : changeset.indexOf('\n', tablesEnd + 1);
    if (rowsEnd < 0)
        return false;
    out.tables = QString::fromUtf8(changeset.mid(kMagic.size(), tablesEnd - kMagic.size()))
                     .split(u',', Qt::SkipEmptyParts);
    bool ok = false;
    out.rows = changeset.mid(tablesEnd + 1, rowsEnd - tablesEnd - 1).toLongLong(&ok);
    out.json = changeset.mid(rowsEnd + 1);
    return ok;
}

// A table's columns, its primary key (in key order, with types) and whether it has a version.
struct Shape {
    QString table;
    QStringList columns;
    QStringList keys;
    QStringList keyTypes;
    bool versioned = false;

    // t's row is the one r names.
    QString match() const {
        QStringList parts;
        for (qsizetype k = 0; k < keys.size(); ++k)
            parts << QStringLiteral("t.%1 = CAST(r.key->>%2 AS %3)")
                         .arg(quoted(keys[k]))
                         .arg(k)
                         .arg(keyTypes[k]);
        return parts.join(QLatin1String(" AND "));
    }
};

class Replay {
public:
    explicit Replay(Database& db)
        : m_db(db)
        , m_q(db.connection()) {
        m_q.setForwardOnly(true);
    }

    Result<void> run(const QString& sql, const QVariantList& binds = {}) {
        m_q.finish();
        // Without values, as it is: a server prepares only queries and row changes, not DDL.
        if (binds.isEmpty()) {
            if (!m_q.exec(sql))
                return m_db.errorFrom(m_q.lastError(), doing());
            return {};
        }
        if (!m_q.prepare(sql))
            return m_db.errorFrom(m_q.lastError(), doing());
        for (const QVariant& v : binds)
            m_q.addBindValue(v);
        if (!m_q.exec())
            return m_db.errorFrom(m_q.lastError(), doing());
        return {};
    }

    // The first row's columns, or nothing when there is none.
    Result<QVariantList> first(const QString& sql, const QVariantList& binds = {}) {
        if (auto done = run(sql, binds); !done)
            return done.error();
        QVariantList values;
        if (m_q.next())
            for (int c = 0; c < m_q.record().count(); ++c)
                values << m_q.value(c);
        m_q.finish();
        return values;
    }

    Result<Shape> shapeOf(const QString& table) {
        if (auto done =
                run(QStringLiteral("SELECT a.attname, format_type(a.atttypid, a.atttypmod), "
                                   "array_position(i.indkey::int2[], a.attnum) "
                                   "FROM pg_attribute a JOIN pg_index i ON i.indrelid = a.attrelid "
                                   "AND i.indisprimary "
                                   "WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND "
                                   "NOT a.attisdropped "
                                   "ORDER BY a.attnum"),
                    {quoted(table)});
            !done)
            return done.error();
        Shape shape;
        shape.table = table;
        QList<std::pair<int, std::pair<QString, QString>>> keys;
        while (m_q.next()) {
            const QString column = m_q.value(0).toString();
            shape.columns << column;
            shape.versioned = shape.versioned || column == u"row_version";
            if (!m_q.isNull(2))
                keys.append({m_q.value(2).toInt(), {column, m_q.value(1).toString()}});
        }
        m_q.finish();
        std::sort(keys.begin(), keys.end());
        for (const auto& key : keys) {
            shape.keys << key.second.first;
            shape.keyTypes << key.second.second;
        }
        if (shape.keys.isEmpty())
            return Error{
                Error::Kind::Internal,
                Text::tr("%1 has no primary key, so its rows cannot be put back.").arg(table)};
        return shape;
    }

    static QString doing() { return Text::tr("undoing an import"); }

private:
    Database& m_db;
    QSqlQuery m_q;
};

// Why the replay stopped at a row of `table` (first key value `id`).
Error refusalAt(Database& db, const QString& table, qint64 id, bool missing) {
    if (missing)
        return Error{Error::Kind::Stale,
                     Text::tr("A row of %1 this import wrote (id %2) was removed since — reload.")
                         .arg(table)
                         .arg(id)};
    if (const QString name = nameColumnOf(table); !name.isEmpty() && id > 0)
        return staleRowErrorByColumn(db, table, id, name);
    return Error{Error::Kind::Stale,
                 Text::tr("A row of %1 this import wrote (id %2) was changed since — reload.")
                     .arg(table)
                     .arg(id)};
}

} // namespace

Result<ChangeCapture> ChangeCapture::startOnServer(Database& db, const QStringList& tables) {
    Replay q(db);
    if (auto made = q.run(QStringLiteral(
            "CREATE TEMP TABLE IF NOT EXISTS slipway_captured (seq BIGSERIAL, tbl TEXT NOT NULL, "
            "key JSONB NOT NULL, before_row JSONB, after_row JSONB)"));
        !made)
        return made.error();
    if (auto cleared = q.run(QStringLiteral("DELETE FROM pg_temp.slipway_captured")); !cleared)
        return cleared.error();
    // For the session, not a transaction: the import commits in transactions of its own.
    if (auto on = q.run(QStringLiteral("SELECT set_config('slipway.capture', ?, false)"),
                        {tables.join(u',')});
        !on)
        return on.error();
    ChangeCapture capture(db, nullptr);
    capture.m_onServer = true;
    capture.m_tables = tables;
    return capture;
}

void ChangeCapture::stopOnServer() const {
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT set_config('slipway.capture', '', false)"));
}

Result<QByteArray> ChangeCapture::changesetOnServer() const {
    stopOnServer();
    Replay q(*m_db);
    // One entry per row: its image before the first change and after the last; a row put
    // in and taken out again, or left as it was, is no change.
    auto folded = q.first(QStringLiteral(
        "SELECT count(*), coalesce(json_agg(json_build_object('t', tbl, 'k', key, 'b', b, 'a', a) "
        "ORDER BY first_seq), '[]') FROM (SELECT tbl, key, min(seq) AS first_seq, "
        "(array_agg(before_row ORDER BY seq))[1] AS b, "
        "(array_agg(after_row ORDER BY seq DESC))[1] AS a "
        "FROM pg_temp.slipway_captured GROUP BY tbl, key) c WHERE b IS DISTINCT FROM a"));
    if (!folded)
        return folded.error();
    (void)q.run(QStringLiteral("DELETE FROM pg_temp.slipway_captured")); // only to free it
    const QVariantList& row = folded.value();
    if (row.size() != 2)
        return Error{Error::Kind::Internal, Text::tr("Cannot read the recorded changes")};
    if (row[0].toLongLong() == 0)
        return QByteArray();
    QByteArray out = kMagic;
    out += m_tables.join(u',').toUtf8();
    out += '\n';
    out += QByteArray::number(row[0].toLongLong());
    out += '\n';
    out += row[1].toString().toUtf8();
    return out;
}

bool ChangeCapture::isServerChangeset(const QByteArray& changeset) {
    return changeset.startsWith(kMagic);
}

qint64 ChangeCapture::rowCountOnServer(const QByteArray& changeset) {
    Parsed parsed;
    return parse(changeset, parsed) ? parsed.rows : 0;
}

Result<void> ChangeCapture::applyOnServer(Database& db, const QByteArray& changeset, bool forward,
                                          RowVersions& versions) {
    Parsed parsed;
    if (!parse(changeset, parsed))
        return Error{Error::Kind::Internal,
                     Text::tr("The recorded changes were not made on a server and cannot be "
                              "applied to one.")};
    Replay q(db);
    // What each row must be now (undo: as the import left it) and what it becomes.
    const QString expected = forward ? QStringLiteral("b") : QStringLiteral("a");
    const QString target = forward ? QStringLiteral("a") : QStringLiteral("b");
    for (const QString& sql :
         {QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS slipway_replay (n BIGINT, tbl TEXT, "
                         "key JSONB, expected JSONB, target JSONB, checked JSONB)"),
          QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS slipway_captured (seq BIGSERIAL, tbl "
                         "TEXT NOT NULL, key JSONB NOT NULL, before_row JSONB, after_row JSONB)"),
          QStringLiteral("DELETE FROM pg_temp.slipway_replay"),
          QStringLiteral("DELETE FROM pg_temp.slipway_captured")})
        if (auto done = q.run(sql); !done)
            return done.error();
    // `checked`: what each row must still hold for the replay to go ahead: a row to be
    // removed every column, a row to be changed back the columns the change touched (as a
    // file's changeset holds them); bookkeeping aside. Compared with one containment test.
    if (auto loaded =
            q.run(QStringLiteral(
                      "INSERT INTO pg_temp.slipway_replay (n, tbl, key, expected, target, checked) "
                      "SELECT n, tbl, key, expected, target, CASE WHEN expected IS NULL THEN NULL "
                      "WHEN target IS NULL THEN expected - CAST(? AS TEXT[]) "
                      "ELSE (SELECT coalesce(jsonb_object_agg(e.key, e.value), '{}') "
                      "FROM jsonb_each(expected) e WHERE NOT e.key = ANY (CAST(? AS TEXT[])) "
                      "AND target->e.key IS DISTINCT FROM e.value) END "
                      "FROM (SELECT x.n, x.e->>'t' AS tbl, x.e->'k' AS key, "
                      "NULLIF(x.e->'%1', 'null') AS expected, NULLIF(x.e->'%2', 'null') AS target "
                      "FROM jsonb_array_elements(CAST(? AS JSONB)) WITH ORDINALITY AS x(e, n)) l")
                      .arg(expected, target),
                  {kBookkeeping, kBookkeeping, QString::fromUtf8(parsed.json)});
        !loaded)
        return loaded.error();
    if (auto analysed = q.run(QStringLiteral("ANALYZE pg_temp.slipway_replay")); !analysed)
        return analysed.error();

    QList<Shape> shapes;
    QHash<QString, qint64> newVersion;
    for (const QString& table : parsed.tables) {
        auto shape = q.shapeOf(table);
        if (!shape)
            return shape.error();
        const Shape& s = shape.value();
        const QString from = QStringLiteral("FROM pg_temp.slipway_replay r LEFT JOIN %1 t ON %2 ")
                                 .arg(quoted(table), s.match());
        // The rows to be written are held until commit, so that nobody saves one between this
        // check and the write (a file holds its whole write lock).
        if (auto locked = q.run(QStringLiteral("SELECT 1 FROM pg_temp.slipway_replay r JOIN %1 t "
                                               "ON %2 WHERE r.tbl = ? AND r.expected IS NOT NULL "
                                               "ORDER BY r.n FOR UPDATE OF t")
                                    .arg(quoted(table), s.match()),
                                {table});
            !locked)
            return locked.error();
        // Every row the replay expects is there and holds what it checks …
        auto changed = q.first(
            QStringLiteral("SELECT CAST(r.key->>0 AS TEXT), t.%1 IS NULL %2"
                           "WHERE r.tbl = ? AND r.expected IS NOT NULL AND (t.%1 IS NULL OR "
                           "NOT to_jsonb(t) @> r.checked) ORDER BY r.n LIMIT 1")
                .arg(quoted(s.keys.first()), from),
            {table});
        if (!changed)
            return changed.error();
        if (!changed->isEmpty())
            return refusalAt(db, table, changed->at(0).toLongLong(), changed->at(1).toBool());
        // … and no row stands where one is to be put back.
        auto taken = q.first(QStringLiteral("SELECT CAST(r.key->>0 AS TEXT) %1"
                                            "WHERE r.tbl = ? AND r.expected IS NULL AND "
                                            "t.%2 IS NOT NULL ORDER BY r.n LIMIT 1")
                                 .arg(from, quoted(s.keys.first())),
                             {table});
        if (!taken)
            return taken.error();
        if (!taken->isEmpty())
            return Error{Error::Kind::Stale,
                         Text::tr("Another row of %1 has taken the id %2 that this import used "
                                  "since, so the import cannot be put back as it was; import the "
                                  "file again instead.")
                             .arg(table, taken->at(0).toString())};
        if (s.versioned) {
            // Rows written end above every version anyone may hold.
            auto highest = q.first(
                QStringLiteral("SELECT greatest(max(CAST(r.expected->>'row_version' AS BIGINT)), "
                               "max(CAST(r.target->>'row_version' AS BIGINT)), max(t.row_version)) "
                               "%1WHERE r.tbl = ?")
                    .arg(from),
                {table});
            if (!highest)
                return highest.error();
            const qint64 top = std::max(highest->value(0).toLongLong(), versions.value(table, 0));
            newVersion.insert(table, top + 1);
        }
        shapes << s;
    }

    // Everything the replay writes, and whatever that takes with it, is recorded to be counted.
    if (auto on = q.run(QStringLiteral("SELECT set_config('slipway.capture', '*', true)")); !on)
        return on.error();
    const auto valueOf = [](const QString& column) {
        return column == u"row_version" ? QStringLiteral("CAST(? AS BIGINT)")
                                        : QStringLiteral("p.") + quoted(column);
    };
    for (const Shape& s : shapes) {
        if (auto removed = q.run(QStringLiteral("DELETE FROM %1 t USING pg_temp.slipway_replay r "
                                                "WHERE r.tbl = ? AND r.expected IS NOT NULL AND "
                                                "r.target IS NULL AND %2")
                                     .arg(quoted(s.table), s.match()),
                                 {s.table});
            !removed)
            return removed.error();
        QStringList sets;
        QVariantList binds;
        for (const QString& column : s.columns) {
            if (s.keys.contains(column))
                continue;
            // Only what the change touched goes back: a later reorder on the board, say, stays.
            sets << (column == u"row_version"
                         ? quoted(column) + QStringLiteral(" = ") + valueOf(column)
                         : QStringLiteral("%1 = CASE WHEN r.expected->%2 IS DISTINCT FROM "
                                          "r.target->%2 THEN p.%1 ELSE t.%1 END")
                               .arg(quoted(column), literal(column)));
            if (column == u"row_version")
                binds << newVersion.value(s.table);
        }
        binds << s.table;
        if (sets.isEmpty())
            continue;
        if (auto updated =
                q.run(QStringLiteral("UPDATE %1 t SET %2 FROM pg_temp.slipway_replay r CROSS JOIN "
                                     "LATERAL jsonb_populate_record(CAST(NULL AS %1), r.target) p "
                                     "WHERE r.tbl = ? AND r.expected IS NOT NULL AND "
                                     "r.target IS NOT NULL AND %3")
                          .arg(quoted(s.table), sets.join(QLatin1String(", ")), s.match()),
                      binds);
            !updated)
            return updated.error();
    }
    for (auto s = shapes.crbegin(); s != shapes.crend(); ++s) {
        QStringList columns;
        QStringList values;
        QVariantList binds;
        for (const QString& column : s->columns) {
            columns << quoted(column);
            values << valueOf(column);
            if (column == u"row_version")
                binds << newVersion.value(s->table);
        }
        binds << s->table;
        if (auto inserted =
                q.run(QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM pg_temp.slipway_replay r "
                                     "CROSS JOIN LATERAL jsonb_populate_record(CAST(NULL AS %1), "
                                     "r.target) p WHERE r.tbl = ? AND r.expected IS NULL AND "
                                     "r.target IS NOT NULL ORDER BY r.n")
                          .arg(quoted(s->table), columns.join(QLatin1String(", ")),
                               values.join(QLatin1String(", "))),
                      binds);
            !inserted) {
            if (inserted.error().kind != Error::Kind::Validation)
                return inserted.error();
            return Error{Error::Kind::Stale,
                         Text::tr("Putting rows of %1 back would break one of the database's "
                                  "rules (for example a name or link that must be unique) — "
                                  "reload.")
                             .arg(s->table)};
        }
    }
    if (auto off = q.run(QStringLiteral("SELECT set_config('slipway.capture', '', true)")); !off)
        return off.error();
    // Rows others linked to an imported one since, which removing it took with it (ON DELETE
    // CASCADE or SET NULL), are changes the changeset does not name: the caller rolls back.
    auto extra = q.first(QStringLiteral(
        "SELECT count(*) FROM pg_temp.slipway_captured c WHERE NOT EXISTS (SELECT 1 FROM "
        "pg_temp.slipway_replay r WHERE r.tbl = c.tbl AND r.key = c.key)"));
    if (!extra)
        return extra.error();
    if (const qint64 others = extra->value(0).toLongLong(); others > 0)
        return Error{
            Error::Kind::Stale,
            Text::tr("%n other row(s) now refer to what this import wrote and would change "
                     "with it; remove those links first, then undo.",
                     nullptr, int(others))};
    // Only to free them: the replay stands either way.
    (void)q.run(QStringLiteral("DELETE FROM pg_temp.slipway_replay"));
    (void)q.run(QStringLiteral("DELETE FROM pg_temp.slipway_captured"));
    for (auto v = newVersion.cbegin(); v != newVersion.cend(); ++v)
        versions.insert(v.key(), v.value());
    return {};
}

} // namespace slipway
