// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliSupport.h"

#include "domain/InputText.h"
#include "services/DatabaseAddress.h"
#include "services/FilePreferences.h"
#include "services/ReleaseLookup.h"
#include "storage/ConnectionSpec.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace slipway::cli {
namespace {

// However much of the input a message quotes, stderr gets one line of bounded length.
constexpr qsizetype kMaxErrorLine = 1000;
constexpr int kCommandBusyTimeoutMs = 30000;

} // namespace

QTextStream& out() {
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err() {
    static QTextStream stream(stderr);
    return stream;
}

int usageError(const QString& command, const QString& message) {
    const QString prefix = command.isEmpty() ? QStringLiteral("slipway: ")
                                             : QStringLiteral("slipway %1: ").arg(command);
    err() << prefix << InputText::singleLine(message, kMaxErrorLine) << Qt::endl;
    return ExitBadInput;
}

int inputError(const Error& error) {
    QString line = error.message;
    line.replace(u'\n', u' ');
    err() << InputText::singleLine(line, kMaxErrorLine) << Qt::endl;
    return ExitBadInput;
}

void FileOptions::addTo(QCommandLineParser& parser, bool withModes) const {
    parser.addOption(db);
    if (withModes) {
        parser.addOption(shared);
        parser.addOption(readOnly);
    }
}

Database::OpenOptions FileOptions::openOptions(const QCommandLineParser& parser) const {
    Database::OpenOptions options;
    // A file once opened as shared (here or in the window) stays shared: WAL on a network
    // share corrupts it, and a pipeline should not have to remember the flag.
    const QString path = parser.value(db);
    // A server has no journal to choose and nothing to remember per file.
    const bool file = !path.isEmpty() && !isServer(path);
    options.shared = parser.isSet(shared) || (file && FilePreferences::isShared(path));
    if (parser.isSet(shared) && file)
        FilePreferences::setShared(path, true);
    options.readOnly = parser.isSet(readOnly);
    // A pipeline would rather wait for another program's import than fail: half a minute.
    options.busyTimeoutMs = kCommandBusyTimeoutMs;
    return options;
}

Database::OpenOptions FileOptions::readingOptions(const QCommandLineParser& parser) const {
    Database::OpenOptions options = openOptions(parser);
    options.readOnly = true;
    return options;
}

std::optional<int> parseCommand(QCommandLineParser& parser, const QStringList& args,
                                const QString& command, const QString& synopsis,
                                int allowedPositionals) {
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("cli", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args))
        return usageError(
            command,
            parser.errorText() +
                QCoreApplication::translate("cli", " (see 'slipway %1 --help')").arg(command));
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // Qt's first line names the binary only; show the real synopsis instead.
        text = text.section(u'\n', 1);
        out() << QCoreApplication::translate("cli", "Usage: ") << synopsis << Qt::endl << text;
        out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() > allowedPositionals)
        return usageError(
            command, QCoreApplication::translate("cli", "unexpected argument '%1' "
                                                        "(see 'slipway %2 --help')")
                         .arg(parser.positionalArguments().value(allowedPositionals), command));
    return std::nullopt;
}

std::optional<QString> requireDb(const QCommandLineParser& parser, const FileOptions& files,
                                 const QString& command, int* exitCode) {
    const QString path = parser.value(files.db);
    if (path.isEmpty()) {
        *exitCode = usageError(command, QCoreApplication::translate("cli", "--db FILE is required "
                                                                           "(see 'slipway %1 "
                                                                           "--help')")
                                            .arg(command));
        return std::nullopt;
    }
    auto spec = ConnectionSpec::parse(path);
    if (!spec) {
        *exitCode = usageError(command, QStringLiteral("--db: ") + spec.error().message);
        return std::nullopt;
    }
    // Only commands that offer --shared can have it set; the others failed to parse it.
    if (spec->isPostgres() && parser.optionNames().contains(files.shared.names().constFirst())) {
        *exitCode = usageError(
            command, QCoreApplication::translate("cli", "--shared is for a Slipway file on a "
                                                        "network share, not for the PostgreSQL "
                                                        "server %1")
                         .arg(spec->displayName()));
        return std::nullopt;
    }
    return path;
}

bool isServer(const QString& db) {
    return DatabaseAddress::isServer(db);
}

QString shownDb(const QString& db) {
    return DatabaseAddress::displayName(db);
}

int refuseOnServer(const QString& command, const QString& db, const QString& what) {
    return usageError(command, QStringLiteral("%1: %2").arg(shownDb(db), what));
}

bool stderrIsTerminal() {
    return isatty(fileno(stderr)) != 0;
}

std::optional<qint64> releaseFrom(Database& db, const QCommandLineParser& parser,
                                  const QCommandLineOption& release, const QString& command,
                                  int* exitCode) {
    if (!parser.isSet(release) || parser.value(release).trimmed().isEmpty()) {
        *exitCode = usageError(
            command, QCoreApplication::translate("cli", "--release is required: a release's id "
                                                        "or PRODUCT@VERSION"));
        return std::nullopt;
    }
    auto found = lookUpRelease(db, parser.value(release));
    if (!found) {
        *exitCode = found.error().kind == Error::Kind::Usage
                        ? usageError(command, QStringLiteral("--release: ") + found.error().message)
                        : inputError(found.error());
        return std::nullopt;
    }
    return found->id;
}

} // namespace slipway::cli
