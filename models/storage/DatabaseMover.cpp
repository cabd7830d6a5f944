// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseMover.h"

#include "AuditLog.h"
#include "ConnectionSpec.h"
#include "Database.h"
#include "MoveCatalog.h"
#include "MoveRows.h"
#include "MoveTarget.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace slipway {
namespace {

// Row counts per table of a database, its own connection.
Result<QHash<QString, qint64>> countRows(Database& db, const QList<MoveTable>& tables) {
    QHash<QString, qint64> counts;
    QSqlQuery q(db.connection());
    for (const MoveTable& t : tables) {
        if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(MoveCatalog::quoted(t.name))) ||
            !q.next())
            return db.errorFrom(q.lastError(), MoveText::tr("counting the rows of %1").arg(t.name));
        counts.insert(t.name, q.value(0).toLongLong());
        q.finish();
    }
    return counts;
}

// The rows a new database holds (gate templates, communication templates, controls), per
// table: a new file made in a temporary folder and counted.
Result<QHash<QString, qint64>> seedCounts(const QList<MoveTable>& tables) {
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{
            Error::Kind::Io,
            MoveText::tr("No temporary folder for a new database: %1").arg(dir.errorString())};
    FileOpenOptions options;
    options.create = true;
    auto fresh = Database::open(dir.filePath(QStringLiteral("seeds.slipway")), options);
    if (!fresh)
        return fresh.error();
    return countRows(*fresh.value(), tables);
}

// Every table of the target is in the source with every column, else the schemas differ.
Result<void> sameTables(Database& source, const QList<MoveTable>& targetTables) {
    auto sourceTables = MoveCatalog::read(source);
    if (!sourceTables)
        return sourceTables.error();
    QHash<QString, QStringList> columns;
    for (const MoveTable& t : sourceTables.value())
        columns.insert(t.name, t.columns);
    for (const MoveTable& t : targetTables) {
        const auto it = columns.constFind(t.name);
        if (it == columns.cend())
            return Error{
                Error::Kind::Usage,
                MoveText::tr("%1 has no table %2, which the target has; nothing was moved.")
                    .arg(source.fileName(), t.name)};
        for (const QString& c : t.columns)
            if (!it->contains(c))
                return Error{Error::Kind::Usage,
                             MoveText::tr("%1: table %2 has no column %3, which "
                                          "the target has; nothing was moved.")
                                 .arg(source.fileName(), t.name, c)};
    }
    return {};
}

// A read snapshot on the source: what is verified is what is copied.
Result<void> beginSnapshot(Database& db) {
    QSqlQuery q(db.connection());
    const QString sql = db.isPostgres()
                            ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                            : QStringLiteral("BEGIN");
    if (!q.exec(sql))
        return db.errorFrom(q.lastError(), MoveText::tr("reading"));
    return {};
}

void endSnapshot(Database& db) {
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
}

void removeFileAndCompanions(const QString& path) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

class Move {
public:
    Move(const QString& from, const QString& to, const DatabaseMover::Progress& progress)
        : m_from(from)
        , m_to(to)
        , m_progress(progress) {
        m_total.start();
        m_stage.start();
    }
    ~Move() {
        m_target.reset();
        if (m_source && m_snapshot)
            endSnapshot(*m_source);
        m_targetDb.reset();
        if (!m_partial.isEmpty())
            removeFileAndCompanions(m_partial); // a new file is complete or absent
    }

    Result<MoveSummary> run();

private:
    void stage(const QString& name) {
        const double s = double(m_stage.nsecsElapsed()) / 1e9;
        m_summary.stages.append({name, s});
        if (m_progress)
            m_progress(name, -1, s);
        m_stage.restart();
    }
    Result<void> open();
    Result<void> checkTarget(const QList<MoveTable>& tables);
    Result<void> copy(const QList<MoveTable>& tables);
    Result<void> verify(const QList<MoveTable>& tables, const AuditVerification& source);

    QString m_from;
    QString m_to;
    DatabaseMover::Progress m_progress;
    QElapsedTimer m_total;
    QElapsedTimer m_stage;
    MoveSummary m_summary;
    std::unique_ptr<Database> m_source;
    std::unique_ptr<Database> m_targetDb;
    std::unique_ptr<MoveTarget> m_target;
    QString m_partial; // a new file target, under its temporary name until whole
    QHash<QString, qint64> m_copied;
    bool m_snapshot = false; // a read transaction open on the source
};

Result<void> Move::open() {
    FileOpenOptions reading;
    reading.readOnly = true;
    auto source = Database::open(m_from, reading);
    if (!source)
        return source.error();
    m_source = std::move(source.value());
    m_summary.from = m_source->fileName();

    auto spec = ConnectionSpec::parse(m_to);
    if (!spec)
        return spec.error();
    FileOpenOptions writing;
    QString target = m_to;
    if (!spec->isPostgres()) {
        const QFileInfo info(spec->filePath());
        if (!info.exists()) {
            // Made under a temporary name beside it and renamed when whole.
            m_partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".partial");
            removeFileAndCompanions(m_partial); // a killed earlier attempt's
            target = m_partial;
            writing.create = true;
        }
    }
    auto opened = Database::open(target, writing);
    if (!opened)
        return opened.error();
    m_targetDb = std::move(opened.value());
    m_summary.to = m_partial.isEmpty()
                       ? m_targetDb->fileName()
                       : QDir::toNativeSeparators(QFileInfo(spec->filePath()).absoluteFilePath());
    if (m_targetDb->isReadOnly())
        return Error{Error::Kind::ReadOnly, MoveText::tr("%1 is read-only (%2); nothing was moved.")
                                                .arg(m_summary.to, m_targetDb->readOnlyReason())};
    if (m_source->schemaVersion() != m_targetDb->schemaVersion())
        return Error{Error::Kind::Usage,
                     MoveText::tr("%1 is at schema %2 and %3 at schema %4; open the older one once "
                                  "with this Slipway to upgrade it. Nothing was moved.")
                         .arg(m_summary.from)
                         .arg(m_source->schemaVersion())
                         .arg(m_summary.to)
                         .arg(m_targetDb->schemaVersion())};
    auto begun = beginSnapshot(*m_source);
    m_snapshot = begun.ok();
    return begun;
}

Result<void> Move::checkTarget(const QList<MoveTable>& tables) {
    if (!m_partial.isEmpty())
        return {}; // made just now: nothing but seeds
    auto counts = countRows(*m_targetDb, tables);
    if (!counts)
        return counts.error();
    auto seeds = seedCounts(tables);
    if (!seeds)
        return seeds.error();
    for (const MoveTable& t : tables) {
        const qint64 n = counts->value(t.name);
        if (n > seeds->value(t.name))
            return Error{Error::Kind::Usage,
                         MoveText::tr("%1 already holds Slipway data (%L2 rows in %3); a move only "
                                      "fills a new database. Nothing was changed.")
                             .arg(m_summary.to)
                             .arg(n)
                             .arg(t.name)};
    }
    return {};
}

Result<void> Move::copy(const QList<MoveTable>& tables) {
    for (const MoveTable& t : tables) {
        QElapsedTimer timer;
        timer.start();
        auto reader = openMoveReader(*m_source, t);
        if (!reader)
            return reader.error();
        auto writer = openMoveWriter(*m_targetDb, t);
        if (!writer)
            return writer.error();
        MoveRow row;
        row.reserve(size_t(t.columns.size()));
        qint64 n = 0;
        for (;;) {
            auto more = reader.value()->next(row);
            if (!more)
                return more.error();
            if (!more.value())
                break;
            if (auto put = writer.value()->put(row, ++n); !put)
                return put;
        }
        if (auto finished = writer.value()->finish(); !finished)
            return finished;
#ifdef SLIPWAY_TEST_MOVE_FAILURE
        // Test builds only: a failure after this table's rows went in, to prove they go again.
        if (qEnvironmentVariable("SLIPWAY_TEST_MIGRATE_FAIL_AT") == t.name)
            return Error{Error::Kind::Internal,
                         QStringLiteral("Failure injected after copying %1.").arg(t.name)};
#endif
        m_copied.insert(t.name, n);
        m_summary.rows += n;
        if (m_progress)
            m_progress(t.name, n, double(timer.nsecsElapsed()) / 1e9);
    }
    return {};
}

Result<void> Move::verify(const QList<MoveTable>& tables, const AuditVerification& source) {
    for (const MoveTable& t : tables) {
        auto n = m_target->count(t.name);
        if (!n)
            return n.error();
        if (n.value() != m_copied.value(t.name))
            return Error{Error::Kind::Corrupt,
                         MoveText::tr("%1 holds %2 rows in %3 after the move, but %4 were copied; "
                                      "nothing was moved.")
                             .arg(m_summary.to)
                             .arg(n.value())
                             .arg(t.name)
                             .arg(m_copied.value(t.name))};
    }
    stage(MoveText::tr("row counts compared"));
    auto chain = AuditLog(*m_targetDb).verify();
    if (!chain)
        return chain.error();
    if (!chain->intact() || chain->checked != source.checked || chain->head != source.head)
        return Error{Error::Kind::Corrupt,
                     MoveText::tr("The audit chain of %1 does not match the source's after copying "
                                  "(%2 entries, head %3; the source has %4, head %5); nothing was "
                                  "moved.")
                         .arg(m_summary.to)
                         .arg(chain->checked)
                         .arg(chain->head.left(16))
                         .arg(source.checked)
                         .arg(source.head.left(16))};
    stage(MoveText::tr("target's audit chain verified"));
    return {};
}

Result<MoveSummary> Move::run() {
    if (auto opened = open(); !opened)
        return opened.error();
    stage(MoveText::tr("opened both"));

    auto sourceChain = AuditLog(*m_source).verify();
    if (!sourceChain)
        return sourceChain.error();
    const AuditVerification& chain = sourceChain.value();
    if (!chain.intact())
        return Error{Error::Kind::Corrupt,
                     MoveText::tr("The audit chain of %1 is broken at entry %2 (%3); nothing was "
                                  "moved. 'slipway audit verify' shows the entry.")
                         .arg(m_summary.from)
                         .arg(*chain.firstBrokenSeq)
                         .arg(chain.problem)};
    m_summary.auditEntries = chain.checked;
    m_summary.head = chain.head;
    stage(MoveText::tr("source's audit chain verified"));

    auto tables = MoveCatalog::read(*m_targetDb);
    if (!tables)
        return tables.error();
    if (auto same = sameTables(*m_source, tables.value()); !same)
        return same.error();
    if (auto empty = checkTarget(tables.value()); !empty)
        return empty.error();
    m_summary.tables = int(tables->size());
    stage(MoveText::tr("target checked"));
    // SQLite stores what PostgreSQL refuses in text (NUL, bytes that are not UTF-8): found
    // before the first byte is written, not half-way through.
    if (m_targetDb->isPostgres() && !m_source->isPostgres()) {
        for (const MoveTable& t : tables.value())
            if (auto clean = checkTextForServer(*m_source, t); !clean)
                return clean.error();
        stage(MoveText::tr("source's text checked"));
    }

    m_target = std::make_unique<MoveTarget>(*m_targetDb);
    if (auto begun = m_target->begin(tables.value()); !begun)
        return begun.error();
    if (auto cleared = m_target->clear(tables.value()); !cleared)
        return cleared.error();
    if (auto copied = copy(tables.value()); !copied)
        return copied.error();
    stage(MoveText::tr("tables copied"));
    if (auto restored = m_target->restore(tables.value()); !restored)
        return restored.error();
    stage(MoveText::tr("triggers and sequences restored"));
    if (auto verified = verify(tables.value(), chain); !verified)
        return verified.error();
    if (auto committed = m_target->commit(); !committed)
        return committed.error();
    m_target.reset();
    endSnapshot(*m_source);
    m_snapshot = false;
    m_source.reset();
    if (!m_partial.isEmpty()) {
        m_targetDb.reset(); // closed, so its journal is folded in before the rename
        const QString final = QFileInfo(ConnectionSpec::parse(m_to)->filePath()).absoluteFilePath();
        if (!QFile::rename(m_partial, final))
            return Error{Error::Kind::Io, MoveText::tr("%1 could not be renamed to %2 (it may have "
                                                       "appeared meanwhile); nothing was moved.")
                                              .arg(QDir::toNativeSeparators(m_partial),
                                                   QDir::toNativeSeparators(final))};
        m_partial.clear();
    }
    stage(MoveText::tr("committed"));
    m_summary.seconds = double(m_total.nsecsElapsed()) / 1e9;
    return m_summary;
}

} // namespace

Result<MoveSummary> DatabaseMover::move(const QString& from, const QString& to,
                                        const Progress& progress) {
    if (from == to)
        return Error{Error::Kind::Usage,
                     MoveText::tr("--from and --to name the same database (%1).").arg(from)};
    Move move(from, to, progress);
    return move.run();
}

} // namespace slipway
