// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "TestEngine.h"

#include "io/EvidenceFile.h"
#include "services/Document.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
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

namespace {

// Database and Document open the same way; only what they hand back differs.
template <typename File> std::unique_ptr<File> openFile(const QString& path, bool readOnly) {
    FileOpenOptions options;
    options.create = !readOnly;
    options.readOnly = readOnly;
    const QString address = databaseAddress(path);
    if (address.isEmpty())
        return nullptr;
    auto opened = File::open(address, options);
    if (!opened) {
        helperFailed(QStringLiteral("cannot open %1: %2").arg(path, opened.error().message));
        return nullptr;
    }
    return std::move(opened.value());
}

} // namespace

std::unique_ptr<Database> openDatabase(const QString& path, bool readOnly) {
    return openFile<Database>(path, readOnly);
}

std::unique_ptr<Document> openDocument(const QString& path, bool readOnly) {
    return openFile<Document>(path, readOnly);
}

QVariant queryValue(const QString& path, const QString& sql) {
    if (isPostgres())
        return pgQueryValue(path, sql);
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
    if (isPostgres())
        return pgExecSql(path, sql);
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

void exec(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text() + u": "_qs + sql));
    followInsertedIds(db.connection(), sql);
}

TempFiles::TempFiles(const QString& stem)
    : m_stem(stem) {}

QString TempFiles::newFile() {
    if (!m_dir.isValid())
        helperFailed(u"cannot make a temporary folder: "_qs + m_dir.errorString());
    return m_dir.filePath(u"%1-%2.slipway"_qs.arg(m_stem).arg(++m_count));
}

QString TempFiles::filePath(const QString& name) const {
    return m_dir.filePath(name);
}

void dropLoginSession() {
    qunsetenv("XDG_RUNTIME_DIR");
}

QString makeDemo(const QTemporaryDir& dir, const QString& name, Run* run) {
    if (!dir.isValid()) {
        helperFailed(u"cannot make a temporary folder: "_qs + dir.errorString());
        return {};
    }
    const QString path = dir.filePath(name);
    const Run made = runSlipway({u"demo"_qs, u"--db"_qs, path});
    if (run)
        *run = made;
    if (made.exitCode != 0) {
        helperFailed(u"demo exited %1: %2"_qs.arg(made.exitCode).arg(made.errText()));
        return {};
    }
    return path;
}

QString copyFile(const QString& from, const QTemporaryDir& dir, const QString& name) {
    const QString path = dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(from, path)) {
        helperFailed(QStringLiteral("cannot copy %1 to %2").arg(from, path));
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

int auditEntries(const QString& db) {
    const Run run = runSlipway({u"audit"_qs, u"verify"_qs, u"--db"_qs, db, u"--json"_qs});
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    if (!report.value(u"entries"_qs).isDouble()) {
        helperFailed(u"audit verify printed no count: "_qs + run.outText() + run.errText());
        return -1;
    }
    if (!report.value(u"ok"_qs).toBool()) {
        helperFailed(u"the audit chain of %1 does not verify: %2"_qs.arg(db, run.outText()));
        return -1;
    }
    return report.value(u"entries"_qs).toInt();
}

qint64 insertedId(Database& db, const QString& sql) {
    QSqlQuery q(db.connection());
    if (!q.exec(sql + QStringLiteral(" RETURNING id")) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return 0;
    }
    return q.value(0).toLongLong();
}

QPair<qint64, QString> auditChainOf(const QString& db) {
    FileOpenOptions options;
    options.readOnly = true;
    auto opened = Database::open(db, options);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return {-1, {}};
    }
    auto v = AuditLog(*opened.value()).verify();
    if (!v || !v->intact())
        return {-1, {}};
    return {v->checked, v->head};
}

namespace {

QString sha256Hex(const QByteArray& bytes) {
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

void verifyEvidence(const EvidenceFile& evidence, const QString& path) {
    QCOMPARE(evidence.fileName, QFileInfo(path).fileName());
    QCOMPARE(evidence.size, QFileInfo(path).size());
    QCOMPARE(evidence.sha256, sha256Hex(fileBytes(path)));
}

bool recordsImportedFile(const QJsonObject& record, const QByteArray& bytes, const QString& file) {
    if (record.value(u"file"_qs).toString() != file ||
        record.value(u"bytes"_qs).toInteger() != bytes.size() ||
        record.value(u"sha256"_qs).toString() != sha256Hex(bytes)) {
        helperFailed(u"expected %1 (%2 bytes, SHA-256 %3) in the record: %4"_qs.arg(
            file, QString::number(bytes.size()), sha256Hex(bytes),
            QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact))));
        return false;
    }
    return true;
}

} // namespace slipway::test
