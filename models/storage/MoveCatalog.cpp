// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveCatalog.h"

#include "Database.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace slipway {
namespace {

MoveCell::Type typeOf(const QString& declared) {
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return MoveCell::Type::Integer;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("DOUBLE")) ||
        t.contains(QLatin1String("FLOA")) || t.contains(QLatin1String("NUMERIC")))
        return MoveCell::Type::Real;
    return MoveCell::Type::Text;
}

Result<QList<MoveTable>> readFile(Database& db) {
    const QString doing = MoveText::tr("reading the list of tables");
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name <> "
                               "'slipway_migrations' ORDER BY name")))
        return db.errorFrom(q.lastError(), doing);
    QList<MoveTable> tables;
    while (q.next())
        tables.append({q.value(0).toString(), {}, {}, {}, {}});
    q.finish();
    for (MoveTable& t : tables) {
        if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(MoveCatalog::quoted(t.name))))
            return db.errorFrom(q.lastError(), doing);
        std::map<int, QString> keys;
        while (q.next()) {
            t.columns.append(q.value(1).toString());
            t.numeric.push_back(typeOf(q.value(2).toString()));
            if (const int pk = q.value(5).toInt(); pk > 0)
                keys[pk] = q.value(1).toString();
        }
        for (const auto& [position, column] : keys)
            t.primaryKey.append(column);
        q.finish();
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(MoveCatalog::quoted(t.name))))
            return db.errorFrom(q.lastError(), doing);
        while (q.next()) {
            const QString parent = q.value(2).toString();
            if (parent != t.name && !t.references.contains(parent))
                t.references.append(parent);
        }
        q.finish();
    }
    return tables;
}

Result<QList<MoveTable>> readServer(Database& db) {
    const QString doing = MoveText::tr("reading the list of tables");
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    const QString inSchema = QStringLiteral(
        "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() "
        "AND c.relkind = 'r' AND c.relname <> 'slipway_migrations' ");
    if (!q.exec(QStringLiteral("SELECT c.relname, a.attname, format_type(a.atttypid, "
                               "a.atttypmod) FROM pg_class c JOIN pg_attribute a ON a.attrelid "
                               "= c.oid AND a.attnum > 0 AND NOT a.attisdropped ") +
                inSchema + QStringLiteral("ORDER BY c.relname, a.attnum")))
        return db.errorFrom(q.lastError(), doing);
    QList<MoveTable> tables;
    QHash<QString, qsizetype> index;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!index.contains(name)) {
            index.insert(name, tables.size());
            tables.append({name, {}, {}, {}, {}});
        }
        MoveTable& t = tables[index.value(name)];
        t.columns.append(q.value(1).toString());
        t.numeric.push_back(typeOf(q.value(2).toString()));
    }
    q.finish();
    if (!q.exec(QStringLiteral("SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON "
                               "c.oid = i.indrelid JOIN pg_attribute a ON a.attrelid = "
                               "i.indrelid AND a.attnum = ANY (i.indkey) ") +
                inSchema +
                QStringLiteral("AND i.indisprimary ORDER BY c.relname, "
                               "array_position(i.indkey::int2[], a.attnum)")))
        return db.errorFrom(q.lastError(), doing);
    while (q.next())
        if (const auto at = index.find(q.value(0).toString()); at != index.end())
            tables[*at].primaryKey.append(q.value(1).toString());
    q.finish();
    if (!q.exec(QStringLiteral("SELECT c.relname, r.relname FROM pg_constraint k JOIN pg_class "
                               "c ON c.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid ") +
                inSchema + QStringLiteral("AND k.contype = 'f'")))
        return db.errorFrom(q.lastError(), doing);
    while (q.next()) {
        const auto at = index.find(q.value(0).toString());
        const QString parent = q.value(1).toString();
        if (at != index.end() && parent != tables[*at].name &&
            !tables[*at].references.contains(parent))
            tables[*at].references.append(parent);
    }
    return tables;
}

} // namespace

Result<QList<MoveTable>> MoveCatalog::read(Database& db) {
    auto tables = db.isPostgres() ? readServer(db) : readFile(db);
    if (!tables)
        return tables.error();
    return ordered(tables.value());
}

Result<QList<MoveTable>> MoveCatalog::ordered(QList<MoveTable> tables) {
    std::sort(tables.begin(), tables.end(),
              [](const MoveTable& a, const MoveTable& b) { return a.name < b.name; });
    QList<MoveTable> done;
    QSet<QString> placed;
    QSet<QString> known;
    for (const MoveTable& t : std::as_const(tables))
        known.insert(t.name);
    while (!tables.isEmpty()) {
        // Kahn's algorithm, one level at a time: every table whose parents are all placed.
        QList<MoveTable> level;
        for (auto it = tables.begin(); it != tables.end();) {
            const bool ready =
                std::all_of(it->references.cbegin(), it->references.cend(), [&](const QString& p) {
                    return placed.contains(p) || !known.contains(p);
                });
            if (ready) {
                level.append(*it);
                it = tables.erase(it);
            } else {
                ++it;
            }
        }
        if (level.isEmpty())
            return Error{Error::Kind::Internal,
                         MoveText::tr("The foreign keys of %1 form a cycle; the tables cannot be "
                                      "copied in order.")
                             .arg(tables.first().name)};
        for (const MoveTable& t : std::as_const(level))
            placed.insert(t.name);
        done.append(level);
    }
    return done;
}

QString MoveCatalog::quoted(const QString& identifier) {
    QString q = identifier;
    q.replace(u'"', QLatin1String("\"\""));
    return u'"' + q + u'"';
}

QString MoveCatalog::columnList(const MoveTable& table) {
    QStringList names;
    for (const QString& c : table.columns)
        names.append(quoted(c));
    return names.join(QLatin1String(", "));
}

QString MoveCatalog::orderBy(const MoveTable& table) {
    QStringList names;
    for (const QString& c : table.primaryKey.isEmpty() ? table.columns : table.primaryKey)
        names.append(quoted(c));
    return QStringLiteral(" ORDER BY ") + names.join(QLatin1String(", "));
}

} // namespace slipway
