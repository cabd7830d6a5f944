// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestEngine.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>
#include <optional>

namespace slipway {
class Database;
class Document;
struct EvidenceFile;
} // namespace slipway

namespace slipway::test {

// What a run of the real `slipway` binary did.
struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QString errText() const { return QString::fromUtf8(err).trimmed(); }
    QString outText() const { return QString::fromUtf8(out); }
};

QString slipwayBinary();
QString testDataPath(const QString& relative);   // tests/data/…
QString sharedDataPath(const QString& relative); // ../shared/testdata/real/…; empty if absent
// Runs the binary. A `demo` without --anchor is pinned to 2026-11-01 (the library's fixed
// anchor), so what a test finds in a demo file does not depend on the day it runs.
Run runSlipway(const QStringList& args, int timeoutMs = 120000, const QByteArray& input = {});
// Runs the binary with exactly these arguments.
Run runSlipwayAsIs(const QStringList& args, int timeoutMs = 120000, const QByteArray& input = {});
QByteArray fileBytes(const QString& path);
// A helper that cannot produce what its test asked for fails that test, naming why, instead
// of handing back an empty value the test might accept.
void helperFailed(const QString& why);
// Writes `bytes` to `name` in `dir`; returns the path. A write that fails fails the test.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes);
// A file for one test: created unless read-only is asked for; when it cannot open, the test
// fails with the reason and null comes back. With SLIPWAY_TEST_ENGINE=pg the path only names a
// PostgreSQL database of its own (TestEngine.h): the same path, the same database.
std::unique_ptr<Database> openDatabase(const QString& path, bool readOnly = false);
// The same for a document, with every service on the file.
std::unique_ptr<Document> openDocument(const QString& path, bool readOnly = false);
// The first column of the first row of `sql` on the file, read through a plain read-only
// SQLite connection (nothing of Slipway's opening runs); invalid when the query fails. On
// PostgreSQL, run as the superuser on the database the path names.
QVariant queryValue(const QString& path, const QString& sql);
// Runs `sql` on the file through a plain connection, as another tool would; false on failure
// (on PostgreSQL, as the superuser on the database the path names).
bool execSql(const QString& path, const QString& sql);
// Runs `sql` on an open file, behind the services' backs (fixture rows, tampering); a statement
// that fails fails the test with SQLite's message and the statement.
void exec(Database& db, const QString& sql);
// The id `sql` (an INSERT, given ` RETURNING id` here) made on `db`'s own connection; 0, with
// a warning naming the statement, when it fails.
qint64 insertedId(Database& db, const QString& sql);

// Numbered files in one temporary folder: each test function takes a new one, so no test
// sees what another wrote. A folder that cannot be made fails the test that asks for a file.
class TempFiles {
public:
    explicit TempFiles(const QString& stem);
    QString newFile(); // <folder>/<stem>-N.slipway, a new N each time
    QString filePath(const QString& name) const;
    QString path() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    QString m_stem;
    int m_count = 0;
};

// Pipelines often have no login session: a test that drives the binary as one would leaves
// it out, and the binary must stay quiet without one.
void dropLoginSession();
// Makes a demo file `name` in `dir` with the real binary. A folder that is not usable or a
// demo that fails fails the test (with slipway's message) and gives an empty path; `run`,
// when given, receives what the binary printed.
QString makeDemo(const QTemporaryDir& dir, const QString& name, Run* run = nullptr);
// A copy `name` in `dir` of the file at `from`, writable by its owner, for a test that changes
// it; a copy that fails fails the test and gives an empty path.
QString copyFile(const QString& from, const QTemporaryDir& dir, const QString& name);
// How many entries `slipway audit verify --json` counts in the file; output that is not that
// report, or a chain that does not verify, fails the test and gives -1.
int auditEntries(const QString& db);
// The audit chain of `db` (a file or a server) verified in this process: its entries and
// head, or -1 and an empty head (with a warning) when it cannot be opened or does not verify.
QPair<qint64, QString> auditChainOf(const QString& db);

// The report `file` in ../shared/testdata/real/<folder>, read by Report::fromFile; a file that
// does not read fails the test and gives nothing.
template <typename Report>
std::optional<Report> readSharedReport(const QString& folder, const QString& file) {
    auto read = Report::fromFile(sharedDataPath(folder + u'/' + file));
    if (!read) {
        helperFailed(read.error().message);
        return std::nullopt;
    }
    return std::move(read.value());
}

// Whether `result` is a refusal of `kind` whose message mentions `says`; when it is not, the
// test fails naming what came back instead.
template <typename T>
bool isRefusal(const Result<T>& result, Error::Kind kind, const QString& says = {}) {
    if (result) {
        helperFailed(
            QStringLiteral("expected a refusal mentioning \"%1\"; it succeeded").arg(says));
        return false;
    }
    if (result.error().kind != kind || !result.error().message.contains(says)) {
        helperFailed(QStringLiteral("expected a refusal of kind %1 mentioning \"%2\"; refused as "
                                    "kind %3: %4")
                         .arg(QString::number(int(kind)), says,
                              QString::number(int(result.error().kind)), result.error().message));
        return false;
    }
    return true;
}

// How every reader refuses bad input: a usage error in one line that starts with `expected`
// (the file's name and where in it the problem is); when it is not, the test fails naming
// what came back instead.
template <typename T> bool isOneLineRefusal(const Result<T>& result, const QString& expected) {
    if (!isRefusal(result, Error::Kind::Usage))
        return false;
    if (!result.error().message.startsWith(expected) || result.error().message.contains(u'\n')) {
        helperFailed(QStringLiteral("expected one line starting \"%1\", got: %2")
                         .arg(expected, result.error().message));
        return false;
    }
    return true;
}

// A report's record of the file it read: its name, size and SHA-256 as they are on disk.
void verifyEvidence(const EvidenceFile& evidence, const QString& path);
// Whether an import's audit record names the file it read as `file`, with the size and SHA-256
// of `bytes`; when not, the test fails naming what the record holds.
bool recordsImportedFile(const QJsonObject& record, const QByteArray& bytes, const QString& file);

} // namespace slipway::test
