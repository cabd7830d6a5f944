// SPDX-License-Identifier: GPL-3.0-or-later
// Opening, migrating and refusing files: every failure names the file and changes nothing.
#include "Fixtures.h"
#include "TestSupport.h"
#include "services/ReleaseService.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace slipway;

namespace {

Release sample(const QString& name) {
    Release r;
    r.name = name;
    r.version = u"1.2.3"_qs;
    r.windowStart = QDateTime(QDate(2026, 12, 1), QTime(22, 0), Qt::UTC);
    r.windowEnd = r.windowStart.addSecs(4 * 3600);
    r.windowZone = u"Europe/Berlin"_qs;
    return r;
}

// A plain SQLite file written without Slipway, to stand for other programs' files.
void writeForeignSqlite(const QString& path, const QStringList& statements) {
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"foreign"_qs);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_qs);
}

std::unique_ptr<Database> openOk(const QString& path, Database::OpenOptions options = {}) {
    options.create = true;
    auto db = Database::open(path, options);
    if (!db) {
        test::helperFailed(db.error().message);
        return nullptr;
    }
    return std::move(db.value());
}

// A new file at `path` holding a sample release of each name, written through the service;
// false (failing the test) when it cannot be made.
bool fileWith(const QString& path, const QStringList& releaseNames) {
    auto db = openOk(path);
    if (!db)
        return false;
    ReleaseService service(*db, Session{u"tester"_qs, {}});
    for (const QString& name : releaseNames)
        if (!test::createRelease(service, sample(name)))
            return false;
    return true;
}

QString pragma(Database& db, const QString& name) {
    QSqlQuery q(db.connection());
    if (!q.exec(u"PRAGMA "_qs + name) || !q.next()) {
        test::helperFailed(u"PRAGMA %1: %2"_qs.arg(name, q.lastError().text()));
        return {};
    }
    return q.value(0).toString();
}

} // namespace

class tst_Database : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void newFileGetsCurrentSchemaInWal() {
        auto db = openOk(path(u"new.slipway"_qs));
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), Database::supportedSchemaVersion());
        QVERIFY(Database::supportedSchemaVersion() >= 1);
        QCOMPARE(db->mode(), Database::Mode::Local);
        QCOMPARE(pragma(*db, u"journal_mode"_qs), u"wal"_qs);
        QCOMPARE(pragma(*db, u"foreign_keys"_qs), u"1"_qs);
        QVERIFY(db->lastBackupPath().isEmpty()); // nothing to back up in a new file
    }

    void sharedFileUsesRollbackJournal() {
        Database::OpenOptions options;
        options.shared = true;
        auto db = openOk(path(u"shared.slipway"_qs), options);
        QVERIFY(db);
        QCOMPARE(db->mode(), Database::Mode::Shared);
        QCOMPARE(pragma(*db, u"journal_mode"_qs), u"delete"_qs);
    }

    void missingFileWithoutCreateIsRefused() {
        auto db = Database::open(path(u"absent.slipway"_qs), {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(db.error().message.contains(u"absent.slipway"_qs));
        QVERIFY(!QFile::exists(path(u"absent.slipway"_qs)));
    }

    void newerSchemaIsRefusedAndUntouched() {
        const QString file = path(u"newer.slipway"_qs);
        const int newer = Database::supportedSchemaVersion() + 1;
        writeForeignSqlite(file, {u"CREATE TABLE releases(id INTEGER PRIMARY KEY)"_qs,
                                  u"PRAGMA user_version = %1"_qs.arg(newer)});
        const QByteArray before = test::fileBytes(file);
        auto db = Database::open(file, {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::NewerSchema);
        QVERIFY2(
            db.error().message.contains(
                u"newer.slipway was written by a newer Slipway (schema %1); this one reads up to schema "_qs
                    .arg(newer) +
                QString::number(Database::supportedSchemaVersion())),
            qPrintable(db.error().message));
        QCOMPARE(test::fileBytes(file), before);
        QVERIFY(!QFile::exists(file + u"-wal"_qs));
    }

    void foreignSqliteFileIsRefusedAndUntouched() {
        const QString file = path(u"foreign.db"_qs);
        writeForeignSqlite(file, {u"CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)"_qs});
        const QByteArray before = test::fileBytes(file);
        auto db = Database::open(file, {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::NotDatabase);
        QVERIFY(db.error().message.contains(u"not a Slipway file"_qs));
        QCOMPARE(test::fileBytes(file), before);
    }

    void garbageFileIsRefused_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("kind");
        QTest::newRow("text") << QByteArray("name,version\r\nPayments,1.0.0\r\n").repeated(200)
                              << int(Error::Kind::NotDatabase);
        QTest::newRow("short text") << QByteArray("hello") << int(Error::Kind::NotDatabase);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n").append(5000, 'x')
                             << int(Error::Kind::NotDatabase);
        QTest::newRow("header only")
            << QByteArray("SQLite format 3\0", 16).append(30, '\0') << int(Error::Kind::Corrupt);
    }
    void garbageFileIsRefused() {
        QFETCH(QByteArray, bytes);
        QFETCH(int, kind);
        const QString file = path(u"garbage-%1.slipway"_qs.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        auto db = Database::open(file, {});
        QVERIFY(!db);
        QCOMPARE(int(db.error().kind), kind);
        QVERIFY2(db.error().message.startsWith(file), qPrintable(db.error().message));
        QCOMPARE(test::fileBytes(file), bytes);
    }

    void truncatedFileIsRefused() {
        const QString file = path(u"truncated.slipway"_qs);
        QStringList names;
        for (int i = 0; i < 300; ++i)
            names << u"Release %1"_qs.arg(i);
        QVERIFY(fileWith(file, names));
        QByteArray bytes = test::fileBytes(file);
        QVERIFY(bytes.size() > 8 * 4096);
        bytes.truncate(bytes.size() / 2 + 100); // mid-page, as an interrupted copy leaves it
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        auto db = Database::open(file, {});
        QVERIFY(!db);
        QCOMPARE(db.error().kind, Error::Kind::Corrupt);
        QVERIFY2(db.error().message.contains(u"truncated"_qs), qPrintable(db.error().message));
        QCOMPARE(test::fileBytes(file), bytes);
    }

    void damagedSchemaPageIsRefused() {
        const QString file = path(u"damaged.slipway"_qs);
        {
            auto db = openOk(file);
            QVERIFY(db);
        }
        QByteArray bytes = test::fileBytes(file);
        for (int i = 100; i < 4096 && i < bytes.size(); ++i)
            bytes[i] = char(0xA5 ^ (i * 7));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
        }
        auto db = Database::open(file, {});
        QVERIFY(!db);
        QVERIFY2(db.error().kind == Error::Kind::Corrupt ||
                     db.error().kind == Error::Kind::NotDatabase,
                 qPrintable(db.error().message));
        QVERIFY(db.error().message.contains(u"damaged.slipway"_qs));
    }

    void migrationTakesBackupFirst() {
        // A newer build's migrations: those shipped plus one more that adds a column.
        QTemporaryDir migrations;
        const int current = Database::supportedSchemaVersion();
        const QDir shipped(u":/slipway/migrations"_qs);
        for (const QString& name : shipped.entryList(QDir::Files))
            QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
        {
            QFile f(migrations.filePath(
                u"%1_release_notes.sql"_qs.arg(current + 1, 4, 10, QChar(u'0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("ALTER TABLE releases ADD COLUMN notes TEXT NOT NULL DEFAULT '';");
        }
        const QString file = path(u"migrate.slipway"_qs);
        QVERIFY(fileWith(file, {u"Before the upgrade"_qs}));
        Database::OpenOptions options;
        options.migrationsDir = migrations.path();
        auto db = Database::open(file, options);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE(db.value()->schemaVersion(), current + 1);
        const QString backup = db.value()->lastBackupPath();
        QVERIFY(backup.contains(u".schema%1-"_qs.arg(current)));
        QVERIFY(QFile::exists(backup));
        // The backup is a complete copy of the file as it was, with the data.
        auto old = Database::open(backup, {});
        QVERIFY(old);
        QCOMPARE(old.value()->schemaVersion(), current);
        ReleaseService oldService(*old.value(), Session{u"tester"_qs, {}});
        QCOMPARE(oldService.all()->size(), 1);
        // And this build now refuses the upgraded file.
        db.value().reset();
        auto refused = Database::open(file, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::NewerSchema);
    }

    void upgradesEveryOlderSchemaWithItsData() {
        // Files written by each earlier schema open in this build, keep their data and
        // their audit chain, and leave a backup of themselves.
        const QDir shipped(u":/slipway/migrations"_qs);
        const QStringList all = shipped.entryList(QDir::Files, QDir::Name);
        // Numbers are reserved ahead, so a build may ship 0005 before 0004 exists.
        QList<int> versions;
        for (const QString& name : all)
            if (const int v = name.left(4).toInt(); v < Database::supportedSchemaVersion())
                versions << v;
        for (const int version : std::as_const(versions)) {
            QTemporaryDir migrations;
            for (const QString& name : all)
                if (name.left(4).toInt() <= version)
                    QVERIFY(QFile::copy(shipped.filePath(name), migrations.filePath(name)));
            const QString file = path(u"old-v%1.slipway"_qs.arg(version));
            {
                Database::OpenOptions options;
                options.create = true;
                options.migrationsDir = migrations.path();
                auto db = Database::open(file, options);
                QVERIFY(db);
                QCOMPARE(db.value()->schemaVersion(), version);
                ReleaseService service(*db.value(), Session{u"tester"_qs, {}});
                QVERIFY(service.create(sample(u"Written by schema %1"_qs.arg(version))).ok());
            }
            auto db = Database::open(file, {});
            QVERIFY2(db, db ? "" : qPrintable(db.error().message));
            QCOMPARE(db.value()->schemaVersion(), Database::supportedSchemaVersion());
            QVERIFY(QFile::exists(db.value()->lastBackupPath()));
            ReleaseService service(*db.value(), Session{u"tester"_qs, {}});
            QCOMPARE(service.all()->first().name, u"Written by schema %1"_qs.arg(version));
            QVERIFY(service.create(sample(u"After the upgrade"_qs)).ok());
            QVERIFY(AuditLog(*db.value()).verify()->intact());
        }
    }

    void readOnlyOnRequestRefusesWrites() {
        const QString file = path(u"ro.slipway"_qs);
        QVERIFY(fileWith(file, {u"Kept"_qs}));
        Database::OpenOptions options;
        options.readOnly = true;
        auto db = Database::open(file, options);
        QVERIFY(db);
        QCOMPARE(db.value()->mode(), Database::Mode::ReadOnly);
        ReleaseService service(*db.value(), Session{u"tester"_qs, {}});
        auto created = service.create(sample(u"Refused"_qs));
        QVERIFY(!created);
        QCOMPARE(created.error().kind, Error::Kind::ReadOnly);
        QVERIFY(created.error().message.contains(u"read-only"_qs));
        QCOMPARE(service.all()->size(), 1);
    }

    void unwritableFileOpensReadOnly() {
        // As root, permissions do not stop writes: run the probe as an unprivileged user.
        QTemporaryDir dir(u"/tmp/slipway-ro-XXXXXX"_qs);
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup);
        const QString file = dir.filePath(u"locked-down.slipway"_qs);
        {
            auto db = openOk(file);
            QVERIFY(db);
        }
        QFile::remove(file + u"-wal"_qs);
        QFile::remove(file + u"-shm"_qs);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup |
                                        QFileDevice::ReadOther);
        const QString probe = qEnvironmentVariable("SLIPWAY_TEST_HELPERS") + u"/open_probe"_qs;
        QProcess p;
        if (::geteuid() == 0)
            p.start(u"setpriv"_qs, {u"--reuid=nobody"_qs, u"--regid=nogroup"_qs,
                                    u"--clear-groups"_qs, probe, file});
        else
            p.start(probe, {file});
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
        QVERIFY2(p.exitCode() == 0, qPrintable(out + QString::fromUtf8(p.readAllStandardError())));
        QVERIFY2(out.startsWith(u"read-only: "_qs), qPrintable(out));
        QVERIFY2(out.contains(u"write refused: "_qs) && out.contains(u"read-only"_qs),
                 qPrintable(out));
    }

    void lockedFileGivesClearErrorAndLosesNothing() {
        const QString file = path(u"locked.slipway"_qs);
        Database::OpenOptions options;
        options.busyTimeoutMs = 200;
        auto db = openOk(file, options);
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        QVERIFY(service.create(sample(u"Saved before the lock"_qs)).ok());
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"locker"_qs);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_qs));
            auto created = service.create(sample(u"Blocked"_qs));
            QVERIFY(!created);
            QCOMPARE(created.error().kind, Error::Kind::Locked);
            QVERIFY2(created.error().message.contains(u"locked by another program"_qs),
                     qPrintable(created.error().message));
            QVERIFY(created.error().message.contains(u"locked.slipway"_qs));
            QVERIFY(q.exec(u"ROLLBACK"_qs));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"locker"_qs);
        QVERIFY(service.create(sample(u"After the lock"_qs)).ok());
        QCOMPARE(service.all()->size(), 2);
        QVERIFY(AuditLog(*db).verify()->intact());
    }

    void fullDiskGivesClearErrorAndLosesNothing() {
        const QString file = path(u"full.slipway"_qs);
        auto db = openOk(file);
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        QVERIFY(service.create(sample(u"Saved before the disk filled"_qs)).ok());
        // SQLite reports SQLITE_FULL when the file may not grow: the same path as a full disk.
        const int pages = pragma(*db, u"page_count"_qs).toInt();
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_qs.arg(pages)));
        Error failure;
        int saved = 0;
        for (int i = 0; i < 5000; ++i) {
            Release r = sample(u"Filler %1 "_qs.arg(i) + QString(150, u'x'));
            r.objectives = QString(2000, u'o');
            auto created = service.create(r);
            if (!created) {
                failure = created.error();
                break;
            }
            ++saved;
        }
        QCOMPARE(failure.kind, Error::Kind::DiskFull);
        QVERIFY2(failure.message.contains(u"full"_qs) &&
                     failure.message.contains(u"full.slipway"_qs),
                 qPrintable(failure.message));
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_qs));
        QCOMPARE(service.all()->size(), 1 + saved);
        auto verified = AuditLog(*db).verify();
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->checked, qint64(1 + saved));
    }

    void otherProcessesChangesAreNoticed() {
        const QString file = path(u"watched.slipway"_qs);
        auto db = openOk(file);
        QVERIFY(db);
        QSignalSpy spy(db.get(), &Database::changedElsewhere);
        db->watchForExternalChanges(250);
        QProcess writer;
        writer.start(qEnvironmentVariable("SLIPWAY_TEST_HELPERS") + u"/concurrent_writer"_qs,
                     {file, u"create"_qs, u"1"_qs, u"other"_qs});
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY(spy.wait(2000) || spy.count() > 0);
    }

    void twoProcessesLoseNoUpdate() {
        const QString file = path(u"contended.slipway"_qs);
        qint64 id = 0;
        {
            auto db = openOk(file);
            QVERIFY(db);
            ReleaseService service(*db, Session{u"tester"_qs, {}});
            auto r = service.create(sample(u"Contended"_qs));
            QVERIFY(r);
            id = r->id;
        }
        const QString writer =
            qEnvironmentVariable("SLIPWAY_TEST_HELPERS") + u"/concurrent_writer"_qs;
        QProcess a, b, c, d;
        a.start(writer, {file, u"create"_qs, u"60"_qs, u"alpha"_qs});
        b.start(writer, {file, u"create"_qs, u"60"_qs, u"beta"_qs});
        c.start(writer, {file, u"append"_qs, QString::number(id), u"40"_qs, u"gamma"_qs});
        d.start(writer, {file, u"append"_qs, QString::number(id), u"40"_qs, u"delta"_qs});
        for (QProcess* p : {&a, &b, &c, &d}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        auto db = openOk(file);
        QVERIFY(db);
        ReleaseService service(*db, Session{u"tester"_qs, {}});
        QCOMPARE(service.all()->size(), 121);
        const QString objectives = service.find(id)->objectives;
        for (const QString& tag : {u"gamma"_qs, u"delta"_qs})
            for (int i = 0; i < 40; ++i)
                QVERIFY2(objectives.contains(u"[%1-%2]"_qs.arg(tag).arg(i)), qPrintable(tag));
        auto verified = AuditLog(*db).verify();
        QVERIFY(verified && verified->intact());
        QCOMPARE(verified->checked, qint64(1 + 120 + 80));
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_Database.moc"
