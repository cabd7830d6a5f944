// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

namespace slipway {
class Database;
}

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
// fails with the reason and null comes back.
std::unique_ptr<Database> openDatabase(const QString& path, bool readOnly = false);
// The first column of the first row of `sql` on the file, read through a plain read-only
// SQLite connection (nothing of Slipway's opening runs); invalid when the query fails.
QVariant queryValue(const QString& path, const QString& sql);
// Runs `sql` on the file through a plain connection, as another tool would; false on failure.
bool execSql(const QString& path, const QString& sql);

} // namespace slipway::test
