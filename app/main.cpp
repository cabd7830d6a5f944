// SPDX-License-Identifier: GPL-3.0-or-later
// Slipway's entry point: a subcommand runs headless; no subcommand opens the window.
#include "cli/CommandLine.h"

#include <QApplication>
#include <QtGlobal>

int main(int argc, char* argv[])
{
    const bool headless = slipway::cli::isHeadlessInvocation(argc, argv);
    // Pipelines have no display: subcommands render offscreen unless told otherwise.
    if (headless && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Slipway"));
    QApplication::setOrganizationDomain(QStringLiteral("slipway.org"));
    QApplication::setApplicationName(QStringLiteral("Slipway"));
    QApplication::setApplicationVersion(QStringLiteral(SLIPWAY_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.slipway.Slipway"));
    return slipway::cli::run(app);
}
