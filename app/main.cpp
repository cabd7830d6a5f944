// SPDX-License-Identifier: GPL-3.0-or-later
// Slipway's entry point: a subcommand runs headless; no subcommand opens the window.
#include "cli/CommandLine.h"
#include "domain/StartupTimes.h"
#include "storage/SqliteLibrary.h"

#include <QApplication>
#include <QByteArray>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QtGlobal>

#include <csignal>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace {

// Pipelines and CI often run without a login session; Qt then warns on stderr about a
// missing XDG_RUNTIME_DIR, which would break the one-line-on-stderr promise. Give it a
// private folder of our own.
void ensureRuntimeDir() {
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QByteArray dir = "/tmp/slipway-runtime-" + QByteArray::number(uint(::getuid()));
    ::mkdir(dir.constData(), 0700);
    struct stat st {};
    if (::lstat(dir.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
        (st.st_mode & 0777) == 0700)
        qputenv("XDG_RUNTIME_DIR", dir);
}

// The offscreen platform warns that it cannot pass size hints on; that says nothing about
// our work and would clutter the one line a failing command prints.
QtMessageHandler g_defaultHandler = nullptr;

void filterPlatformNoise(QtMsgType type, const QMessageLogContext& context,
                         const QString& message) {
    if (type == QtWarningMsg &&
        message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    g_defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[]) {
    slipway::StartupTimes::begin();
    // A file-size limit (ulimit -f) must fail the write, reported as for a full disk, not
    // kill the process with half a file behind it.
    std::signal(SIGXFSZ, SIG_IGN);
    slipway::configureSqliteLibrary();
    const bool headless = slipway::cli::isHeadlessInvocation(argc, argv);
    // Pipelines have no display: subcommands render offscreen unless told otherwise.
    if (headless && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ensureRuntimeDir();
    g_defaultHandler = qInstallMessageHandler(filterPlatformNoise);
    // Commands that only read and write data start without a GUI application: a pipeline
    // importing a file does not wait for a platform plugin and its fonts.
    std::unique_ptr<QCoreApplication> app;
    if (slipway::cli::isDataOnlyInvocation(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QGuiApplication::setDesktopFileName(QStringLiteral("org.slipway.Slipway"));
    }
    slipway::StartupTimes::mark("application object");
    QCoreApplication::setOrganizationName(QStringLiteral("Slipway"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("slipway.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Slipway"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    // The user's language for our strings and Qt's own (dialog buttons and the like).
    QTranslator qtStrings;
    if (qtStrings.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtStrings);
    QTranslator ours;
    if (ours.load(QLocale(), QStringLiteral("slipway"), QStringLiteral("_"),
                  QStringLiteral(":/slipway/translations")))
        QCoreApplication::installTranslator(&ours);
    slipway::StartupTimes::mark("translations");
    return slipway::cli::run(*app);
}
