// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "FileHeader.h"
#include "UniqueClash.h"
#include "domain/ServerLogins.h"
#include "domain/StartupTimes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <sqlite3.h>

namespace slipway {
namespace {

const QString kMigrationDir = QStringLiteral(":/slipway/migrations");

// Migrations are NNNN_what.sql; the number is the schema version the file leads to.
QStringList migrationFiles(const QString& dir) {
    return QDir(dir).entryList({QStringLiteral("[0-9][0-9][0-9][0-9]_*.sql")}, QDir::Files,
                               QDir::Name);
}

int highestMigration(const QString& dir) {
    const QStringList files = migrationFiles(dir);
    return files.isEmpty() ? 0 : files.last().left(4).toInt();
}

Error truncatedError(const QString& shown, qint64 size, qint64 expected) {
    return Error{Error::Kind::Corrupt,
                 Database::tr("%1 is truncated (%2 bytes, the header expects %3); restore it "
                              "from a backup copy.")
                     .arg(shown)
                     .arg(size)
                     .arg(expected)};
}

// PRAGMAs that change the journal take locks that SQLite's busy handler does not wait for
// (the connection already holds a read lock), so they are retried here until the deadline.
bool isBusy(const QSqlError& error) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

// Tests fill the database up with SLIPWAY_TEST_MAX_PAGE_COUNT instead of a full disk.
qint64 testMaxPageCount() {
    bool ok = false;
    const qint64 pages = qEnvironmentVariableIntValue("SLIPWAY_TEST_MAX_PAGE_COUNT", &ok);
    return ok && pages > 0 ? pages : 0;
}

// The files this process has open, counted: see Database::open().
struct OpenFiles {
    static QString key(const QString& path) { return QFileInfo(path).canonicalFilePath(); }
    static bool contains(const QString& path) {
        const QString k = key(path);
        const QMutexLocker lock(&mutex());
        return !k.isEmpty() && counts().value(k) > 0;
    }
    static QString add(const QString& path) {
        QString k = key(path);
        const QMutexLocker lock(&mutex());
        if (!k.isEmpty())
            ++counts()[k];
        return k;
    }
    static void remove(const QString& k) {
        if (k.isEmpty())
            return;
        const QMutexLocker lock(&mutex());
        if (--counts()[k] <= 0)
            counts().remove(k);
    }

private:
    static QMutex& mutex() {
        static QMutex m;
        return m;
    }
    static QHash<QString, int>& counts() {
        static QHash<QString, int> c;
        return c;
    }
};

} // namespace

int Database::supportedSchemaVersion() {
    static const int version = highestMigration(kMigrationDir);
    return version;
}

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName)) {}

Database::~Database() {
    if (isPostgres())
        ServerLogins::remove(this);
    OpenFiles::remove(m_registeredPath);
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::fileName() const {
    return isPostgres() ? m_spec.displayName() : QDir::toNativeSeparators(m_path);
}

QString Database::beginWrite() const {
    return isPostgres() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

Result<sqlite3*> Database::sqliteFor(const QString& doing) const {
    if (sqlite3* h = handle())
        return h;
    return Error{Error::Kind::Usage,
                 tr("%1 is a PostgreSQL server, and %2 works on Slipway files only for now; do "
                    "it in a file.")
                     .arg(fileName(), doing)};
}

QSqlDatabase Database::connection() const {
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3* Database::handle() const {
    const QVariant v = connection().driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(v.data());
    return nullptr;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    auto spec = ConnectionSpec::parse(path);
    if (!spec)
        return spec.error();
    return open(spec.value(), options);
}

Result<std::unique_ptr<Database>> Database::open(const ConnectionSpec& spec,
                                                 const OpenOptions& options) {
    if (spec.isPostgres())
        return openServer(spec, options);
    auto opened = openFile(spec.filePath(), options);
    if (opened)
        opened.value()->m_spec = spec;
    return opened;
}

Result<std::unique_ptr<Database>> Database::openFile(const QString& path,
                                                     const OpenOptions& options) {
    const QString shown = QDir::toNativeSeparators(path);
    const QString migrations =
        options.migrationsDir.isEmpty() ? kMigrationDir : options.migrationsDir;
    const int targetVersion = highestMigration(migrations);
    // Reading the header opens and closes the file, and closing any descriptor of a file drops
    // every POSIX lock this process holds on it: SQLite's own, were the file already open here
    // (the integrity check's second connection). An open file was checked when it was opened.
    const bool openHere = OpenFiles::contains(path);
    auto header =
        openHere ? Result<FileHeader>(FileHeader::statOnly(path)) : FileHeader::read(path);
    if (!header)
        return header.error();
    if (header->empty && !options.create)
        return Error{Error::Kind::NotDatabase,
                     tr("%1 is empty (0 bytes), not a Slipway file; open another file, or create "
                        "one with File ▸ New or 'slipway demo'.")
                         .arg(shown)};
    if (!header->exists && !options.create)
        return Error{Error::Kind::NotFound,
                     tr("%1 does not exist; check the path, or create it with File ▸ New or "
                        "'slipway demo'.")
                         .arg(shown)};
    if (header->userVersion > targetVersion)
        return Error{Error::Kind::NewerSchema,
                     tr("%1 was written by a newer Slipway (schema %2); this one reads up to "
                        "schema %3. Open it with the newer Slipway; the file was not changed.")
                         .arg(shown)
                         .arg(header->userVersion)
                         .arg(targetVersion)};

    const QFileInfo info(path);
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("opened read-only on request");
    else if (header->exists && !info.isWritable())
        readOnlyReason = tr("you may not write to this file");
    else if (!QFileInfo(info.absolutePath()).isWritable())
        readOnlyReason = tr("you may not write to its folder");
    if (!header->exists && !readOnlyReason.isEmpty())
        return Error{Error::Kind::ReadOnly,
                     tr("%1 cannot be created: %2.").arg(shown, readOnlyReason)};

    static QAtomicInt counter;
    const QString name = QStringLiteral("slipway-%1").arg(counter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> db(new Database(QFileInfo(path).absoluteFilePath(), name));
    QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    conn.setDatabaseName(path);
    QString connectOptions =
        QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, options.busyTimeoutMs));
    // A read-only connection cannot roll back the journal a killed writer left (SQLite needs
    // that before anyone may read): where the file may be written, a reader opens read-write
    // for that recovery and stays query-only.
    const bool hotJournal = options.readOnly && info.isWritable() &&
                            QFileInfo(info.absolutePath()).isWritable() &&
                            QFileInfo(path + QStringLiteral("-journal")).size() > 0;
    if (!readOnlyReason.isEmpty() && !hotJournal) {
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
        // A WAL file needs its -shm beside it; where none exists and none may be created,
        // the only way to read it is as an immutable file.
        if (header->wal && !QFileInfo::exists(path + QStringLiteral("-shm")) &&
            !QFileInfo(info.absolutePath()).isWritable()) {
            connectOptions += QStringLiteral(";QSQLITE_OPEN_URI");
            conn.setDatabaseName(QUrl::fromLocalFile(info.absoluteFilePath()).toString() +
                                 QStringLiteral("?immutable=1"));
        }
    }
    conn.setConnectOptions(connectOptions);
    if (!conn.open())
        return db->errorFrom(conn.lastError(), tr("opening"));
    StartupTimes::mark("database: connection open");
    if (!readOnlyReason.isEmpty()) {
        db->m_mode = Mode::ReadOnly;
        db->m_readOnlyReason = readOnlyReason;
    } else {
        db->m_mode = options.shared ? Mode::Shared : Mode::Local;
    }
    if (header->shorterThanHeader) {
        // The newest pages may be in the -wal file, or a writer was mid-commit when the header
        // was read: judge again with SQLite's view of the file.
        auto whole = db->verifyLength();
        if (!whole)
            return whole.error();
    }
    auto configured = db->configure(options, targetVersion);
    if (!configured)
        return configured.error();
    StartupTimes::mark("database: schema and migrations checked");
    db->m_registeredPath = OpenFiles::add(path);
    return db;
}

Result<void> Database::configure(const OpenOptions& options, int targetVersion) {
    QSqlQuery q(connection());
    // Reading the schema is the first real read: a damaged file fails here.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next())
        return errorFrom(q.lastError(), tr("reading"));
    const int objects = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return errorFrom(q.lastError(), tr("reading"));
    m_schemaVersion = q.value(0).toInt();
    if (m_schemaVersion > targetVersion) // a writer that committed after we read the header
        return Error{Error::Kind::NewerSchema,
                     tr("%1 was written by a newer Slipway (schema %2); this one reads up to "
                        "schema %3. Open it with the newer Slipway; the file was not changed.")
                         .arg(fileName())
                         .arg(m_schemaVersion)
                         .arg(targetVersion)};
    if (m_schemaVersion == 0 && objects > 0)
        return Error{Error::Kind::NotDatabase,
                     tr("%1 is an SQLite database but not a Slipway file; it was not changed. "
                        "Open another file or create a new one.")
                         .arg(fileName())};

    if (!q.exec(QStringLiteral("PRAGMA foreign_keys = ON")))
        return errorFrom(q.lastError(), tr("configuring"));
    if (const qint64 pages = testMaxPageCount(); pages > 0) {
        q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
        q.finish(); // it answers with a row; an open statement would block the journal switch
    }
    if (m_mode == Mode::ReadOnly) {
        if (m_schemaVersion < targetVersion)
            return Error{Error::Kind::ReadOnly,
                         tr("%1 needs an upgrade to schema %2 first, which opening it "
                            "read-only cannot do; open it once in Slipway (a backup copy is "
                            "kept) or with a command that writes, or open a writable copy.")
                             .arg(fileName())
                             .arg(targetVersion)};
        q.exec(QStringLiteral("PRAGMA query_only = ON"));
        return {};
    }
    // WAL needs shared memory, which SMB and NFS shares do not provide.
    const QString journal =
        m_mode == Mode::Shared ? QStringLiteral("DELETE") : QStringLiteral("WAL");
    // The journal is switched by the first write, not here: a command that opens the file
    // and then refuses its input leaves it byte for byte as it was.
    m_busyTimeoutMs = options.busyTimeoutMs;
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next())
        return errorFrom(q.lastError(), tr("reading"));
    if (q.value(0).toString().compare(journal, Qt::CaseInsensitive) != 0)
        m_pendingJournal = journal;
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous = ") +
                (m_mode == Mode::Shared ? QStringLiteral("FULL") : QStringLiteral("NORMAL"))))
        return errorFrom(q.lastError(), tr("configuring"));
    if (m_schemaVersion < targetVersion) {
        const QString dir = options.migrationsDir.isEmpty() ? kMigrationDir : options.migrationsDir;
        auto migrated = migrate(dir, targetVersion);
        if (!migrated)
            return migrated;
    }
    return {};
}

Result<void> Database::setJournalMode(const QString& mode, int busyTimeoutMs) {
    QSqlQuery q(connection());
    // Already in force (WAL persists in the file): no lock needed, nothing written.
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next() &&
        q.value(0).toString().compare(mode, Qt::CaseInsensitive) == 0)
        return {};
    q.finish();
    QElapsedTimer waited;
    waited.start();
    for (;;) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode = ") + mode) && q.next())
            return {};
        if (!isBusy(q.lastError()) || waited.elapsed() >= busyTimeoutMs)
            return errorFrom(q.lastError(), tr("configuring"));
        q.finish();
        QThread::msleep(25);
    }
}

Result<void> Database::verifyLength() {
    QSqlQuery q(connection());
    // Under a read transaction no writer is half-way through the main file (rollback journal),
    // and SQLite has rolled back a hot journal or read the -wal index first. Sizes come from
    // SQLite and stat() only: opening the file here would drop the lock (see open()).
    if (!q.exec(QStringLiteral("BEGIN")) ||
        !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        // A file cut short fails here on its missing pages: say so, rather than "damaged". No
        // lock is held now, so reading the header again cannot drop one.
        const Error failed = errorFrom(q.lastError(), tr("reading"));
        q.finish();
        q.exec(QStringLiteral("ROLLBACK"));
        auto again = FileHeader::read(m_path);
        if (again && again->shorterThanHeader && !FileHeader::hasJournalBeside(m_path))
            return truncatedError(fileName(), again->fileSize, again->expectedSize);
        return failed;
    }
    const auto pragma = [&q](const QString& name) {
        return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
    };
    const qint64 expected = pragma(QStringLiteral("page_count")).toLongLong() *
                            pragma(QStringLiteral("page_size")).toLongLong();
    const bool wal = pragma(QStringLiteral("journal_mode")).toString() == u"wal";
    const qint64 size = QFileInfo(m_path).size();
    bool whole = size >= expected;
    if (!whole && wal) {
        // In WAL mode the pages past the end may be in the -wal file (a checkpoint that ran
        // out of disk): SQLite reads every page to tell.
        whole = pragma(QStringLiteral("quick_check(1)")).toString() == u"ok";
    }
    q.finish();
    q.exec(QStringLiteral("COMMIT"));
    if (!whole)
        return truncatedError(fileName(), size, expected);
    return {};
}

Result<void> Database::prepareForWriting() {
    if (isPostgres() || m_pendingJournal.isEmpty() || m_journalHeld || m_mode == Mode::ReadOnly)
        return {};
    auto switched = setJournalMode(m_pendingJournal, m_busyTimeoutMs);
    if (switched)
        m_pendingJournal.clear();
    return switched;
}

Result<void> Database::migrate(const QString& migrationsDir, int targetVersion) {
    if (auto ready = prepareForWriting(); !ready)
        return ready;
    QSqlQuery q(connection());
    if (m_schemaVersion > 0) {
        // Never migrate without a way back: a full copy next to the file first.
        const QString stamp =
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // A name no earlier attempt took (one killed in the same second leaves its own).
        const QString base =
            m_path + QStringLiteral(".schema%1-%2").arg(m_schemaVersion).arg(stamp);
        m_backupPath = base + QStringLiteral(".bak");
        for (int n = 2; QFileInfo::exists(m_backupPath); ++n)
            m_backupPath = base + QStringLiteral("-%1.bak").arg(n);
        auto copied = saveCopy(m_backupPath);
        if (!copied)
            return copied;
    }
    const QDir dir(migrationsDir);
    const QStringList files = migrationFiles(migrationsDir);
    if (!q.exec(beginWrite()))
        return errorFrom(q.lastError(), tr("upgrading"));
    for (const QString& file : files) {
        const int number = file.left(4).toInt();
        if (number <= m_schemaVersion || number > targetVersion)
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            q.exec(QStringLiteral("ROLLBACK"));
            return Error{Error::Kind::Internal, tr("Migration %1 is missing.").arg(file)};
        }
        auto ran = runScript(QString::fromUtf8(f.readAll()), file);
        if (!ran) {
            q.exec(QStringLiteral("ROLLBACK"));
            return ran;
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(number))) {
            const Error e = errorFrom(q.lastError(), tr("upgrading"));
            q.exec(QStringLiteral("ROLLBACK"));
            return e;
        }
        m_schemaVersion = number;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Error e = errorFrom(q.lastError(), tr("upgrading"));
        q.exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

Result<void> Database::runScript(const QString& sql, const QString& what) {
    char* message = nullptr;
    const int rc = sqlite3_exec(handle(), sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFromCode(rc, detail, tr("running %1").arg(what));
    }
    return {};
}

Result<void> Database::saveCopy(const QString& targetPath) {
    if (isPostgres())
        return Error{Error::Kind::Usage,
                     tr("%1 is a PostgreSQL server; a copy of it as a file is not available "
                        "yet.")
                         .arg(fileName())};
    if (QFileInfo::exists(targetPath))
        return Error{Error::Kind::Usage, tr("%1 already exists; choose another name.")
                                             .arg(QDir::toNativeSeparators(targetPath))};
    // Copied under a temporary name and renamed when whole: a copy is complete or absent,
    // also when the process is killed half-way.
    const QFileInfo target(targetPath);
    const QString partial = target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".partial");
    for (const char* suffix : {"", "-journal"})
        QFile::remove(partial + QLatin1String(suffix)); // a killed earlier attempt's
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        const Error e =
            errorFrom(q.lastError(), tr("copying to %1").arg(QDir::toNativeSeparators(targetPath)));
        for (const char* suffix : {"", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
        return e;
    }
    q.finish();
    if (!QFile::rename(partial, targetPath)) {
        QFile::remove(partial);
        return Error{Error::Kind::Io, tr("%1 could not be written (renaming the finished copy "
                                         "failed); check the folder.")
                                          .arg(QDir::toNativeSeparators(targetPath))};
    }
    return {};
}

void Database::watchForExternalChanges(int intervalMs) {
    if (isPostgres()) {
        listenForServerChanges();
        return;
    }
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &Database::pollExternalChanges);
    }
    pollExternalChanges(); // take the baseline
    m_watchTimer->start(intervalMs);
}

bool Database::pollExternalChanges() {
    if (isPostgres())
        return false; // notifications are pushed (listenForServerChanges)
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return false;
    const qint64 version = q.value(0).toLongLong();
    const bool changed = m_dataVersion >= 0 && version != m_dataVersion;
    m_dataVersion = version;
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

Error Database::errorFrom(const QSqlError& error, const QString& doing) const {
    if (isPostgres())
        return errorFromSqlState(error.nativeErrorCode(), error.databaseText(), doing);
    return errorFromCode(error.nativeErrorCode().toInt(), error.databaseText(), doing);
}

Error Database::errorFromCode(int code, const QString& detail, const QString& doing) const {
    const QString f = fileName();
    switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {Error::Kind::Locked,
                tr("%1 is locked by another program (while %2); try again in a moment. Nothing "
                   "was lost.")
                    .arg(f, doing)};
    case SQLITE_FULL:
        return {Error::Kind::DiskFull,
                tr("The disk holding %1 is full (while %2); free some space and try again. "
                   "Nothing was saved, and nothing already saved was lost.")
                    .arg(f, doing)};
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {
            Error::Kind::ReadOnly,
            tr("%1 is read-only (while %2); open a writable copy to make changes.").arg(f, doing)};
    case SQLITE_NOTADB:
        return {Error::Kind::NotDatabase,
                tr("%1 is not a Slipway file (it is not an SQLite database); open another file "
                   "or create a new one.")
                    .arg(f)};
    case SQLITE_CORRUPT:
        return {Error::Kind::Corrupt,
                tr("%1 is damaged (%2, while %3); restore it from a backup copy.")
                    .arg(f, detail, doing)};
    case SQLITE_CANTOPEN:
        return {Error::Kind::Io,
                tr("%1 cannot be opened (%2); check that the folder exists and you may use it.")
                    .arg(f, detail)};
    case SQLITE_IOERR:
        return {Error::Kind::Io,
                tr("Reading or writing %1 failed (%2, while %3); check the disk or share.")
                    .arg(f, detail, doing)};
    case SQLITE_CONSTRAINT:
        if (auto clash = uniqueClashMessage(f, detail, doing))
            return {Error::Kind::Validation, *clash};
        return {Error::Kind::Validation, tr("%1: %2 (while %3).").arg(f, detail, doing)};
    default:
        return {Error::Kind::Internal, tr("%1: %2 (while %3).").arg(f, detail, doing)};
    }
}

} // namespace slipway
