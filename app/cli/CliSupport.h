// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "domain/Result.h"
#include "storage/Database.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace slipway::cli {

// The command line's strings are looked up in the context "cli": CliText::tr("…") or
// QCoreApplication::translate("cli", "…"). lupdate files a tr() call under the class or
// namespace it resolves to, so a file-local wrapper function or lambda named tr() would put its
// strings where the run-time lookup never finds them. The same rule holds in models/ and ui/:
// a file's strings go through a small struct with Q_DECLARE_TR_FUNCTIONS(Context), called as
// Text::tr("…") outside that context's own class.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// stdout and stderr as UTF-8 text streams; every command writes through these.
QTextStream& out();
QTextStream& err();

// Bad usage or bad input: one line on stderr, exit code 2.
int usageError(const QString& command, const QString& message);
int inputError(const Error& error);

// The options every file-opening command shares.
struct FileOptions {
    QCommandLineOption db{QStringLiteral("db"),
                          QCoreApplication::translate("cli",
                                                      "The Slipway file to use, or a PostgreSQL "
                                                      "server: postgresql://HOST/DATABASE "
                                                      "or service=NAME."),
                          QStringLiteral("FILE|URL")};
    QCommandLineOption shared{
        QStringLiteral("shared"),
        QCoreApplication::translate(
            "cli", "The file is on a network share: use the rollback journal, not WAL.")};
    QCommandLineOption readOnly{
        QStringLiteral("read-only"),
        QCoreApplication::translate("cli",
                                    "Open the file or server read-only; never write to it.")};

    void addTo(QCommandLineParser& parser, bool withModes = true) const;
    Database::OpenOptions openOptions(const QCommandLineParser& parser) const;
    // For commands that only read: opened read-only, so they never change the file (no
    // journal switch, no -wal left behind) and never wait on a lock to configure it.
    Database::OpenOptions readingOptions(const QCommandLineParser& parser) const;
};

// Parses `args` (the subcommand's own arguments, program name first). Returns an exit code
// when the command should stop here: --help printed (0) or a usage error reported (2).
std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& args,
                                const QString& command, const QString& synopsis,
                                int allowedPositionals = 0);

// Requires --db and returns its value, or reports the usage error: --db missing, a server
// address ConnectionSpec refuses (a password in it, a misspelt parameter), or --shared for a
// server. The text is returned as given: the opening code reads files and servers alike.
std::optional<QString> requireDb(const QCommandLineParser& parser, const FileOptions& files,
                                 const QString& command, int* exitCode);

// Whether --db names a PostgreSQL server (postgresql://… or a libpq connection string such as
// service=NAME) rather than a Slipway file.
bool isServer(const QString& db);
// --db as messages show it: a server by its display name (never a password), a file by its path.
QString shownDb(const QString& db);
// A feature that works on a file only, asked of a server: one line naming the server and what
// is not available, exit code 2 (as for bad usage).
int refuseOnServer(const QString& command, const QString& db, const QString& what);

// The release named by --release: its id, PRODUCT@VERSION, or a version only one release has.
// Missing, unknown or ambiguous (the candidates listed): the usage error is reported, `exitCode`
// set, and no id given.
std::optional<qint64> releaseFrom(Database& db, const QCommandLineParser& parser,
                                  const QCommandLineOption& release, const QString& command,
                                  int* exitCode);

bool stderrIsTerminal();

// One per subcommand, each in its own file.
int runDemo(const QStringList& args);
int runCheck(const QStringList& args);
int runAudit(const QStringList& args);
int runExport(const QStringList& args);
int runScreenshot(const QStringList& args);
int runImport(const QStringList& args);
int runFindWindow(const QStringList& args);
int runReport(const QStringList& args);

// A CAB meeting named on the command line by id or by date (that day, else the next one).
Result<qint64> resolveMeeting(Database& db, const QString& text);
int runGate(const QStringList& args);
// import junit|sarif|bench: a file as evidence for one criterion of a release, produced
// against the artifacts `artifactDigests` names (SHA-256, checked by the caller).
int importGateEvidence(const QCommandLineParser& parser, const FileOptions& files,
                       const QString& format, const QString& dbPath, const QString& input,
                       const QCommandLineOption& release, const QCommandLineOption& criterion,
                       const QString& ticket, const QStringList& artifactDigests = {});
int runRender(const QStringList& args);
int runDeploy(const QStringList& args);
int runArtifact(const QStringList& args);
int runConfig(const QStringList& args);
int runLifecycle(const QStringList& args);
// An ISO 8601 time as UTC seconds (no offset: UTC); 0 when it does not parse.
qint64 parseUtc(const QString& text);

// import csv --kind acknowledgements: every row checked, then all written or none.
int importAcknowledgementsCsv(const QCommandLineParser& parser, const FileOptions& files,
                              const QString& dbPath, const QString& input, const QString& ticket);

} // namespace slipway::cli
