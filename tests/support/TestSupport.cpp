// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QtGlobal>

namespace slipway::test {

QString slipwayBinary() {
    return qEnvironmentVariable("SLIPWAY_BINARY");
}

QString testDataPath(const QString& relative) {
    return QDir(qEnvironmentVariable("SLIPWAY_TEST_DATA")).filePath(relative);
}

QString sharedDataPath(const QString& relative) {
    const QDir dir(qEnvironmentVariable("SLIPWAY_SHARED_DATA"));
    return dir.exists() ? dir.filePath(relative) : QString();
}

Run runSlipway(const QStringList& args, int timeoutMs, const QByteArray& input) {
    QStringList pinned = args;
    if (!args.isEmpty() && args.first() == QLatin1String("demo") &&
        !args.contains(QLatin1String("--anchor")) && !args.contains(QLatin1String("--help")))
        pinned << QStringLiteral("--anchor") << QStringLiteral("2026-11-01");
    return runSlipwayAsIs(pinned, timeoutMs, input);
}

Run runSlipwayAsIs(const QStringList& args, int timeoutMs, const QByteArray& input) {
    QProcess p;
    p.start(slipwayBinary(), args);
    Run run;
    if (!p.waitForStarted()) {
        run.err = "could not start " + slipwayBinary().toUtf8();
        return run;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    run.out = p.readAllStandardOutput();
    run.err = p.readAllStandardError();
    return run;
}

QByteArray fileBytes(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void helperFailed(const QString& why) {
    QTest::qFail(qPrintable(why), __FILE__, __LINE__);
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush())
        helperFailed(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return path;
}

std::unique_ptr<Database> openDatabase(const QString& path, bool readOnly) {
    Database::OpenOptions options;
    options.create = !readOnly;
    options.readOnly = readOnly;
    auto db = Database::open(path, options);
    if (!db) {
        helperFailed(QStringLiteral("cannot open %1: %2").arg(path, db.error().message));
        return nullptr;
    }
    return std::move(db.value());
}

QVariant queryValue(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("query-value");
    QVariant value;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

bool execSql(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("exec-sql");
    bool done = false;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        c.setDatabaseName(path);
        if (c.open()) {
            QSqlQuery q(c);
            done = q.exec(sql);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace slipway::test
