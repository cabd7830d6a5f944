// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

namespace slipway::cli {
namespace {

const char* const kSubcommands[] = {"demo", "check", "audit", "export", "import", "screenshot",
                                    "report", "find-window", "gate", "render"};

} // namespace

bool isHeadlessInvocation(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0 ||
            std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0)
            return true;
        for (const char* sub : kSubcommands) {
            if (std::strcmp(argv[i], sub) == 0)
                return true;
        }
    }
    return false;
}

int run(QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("cli", "Slipway release planner"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return ExitOk;
}

} // namespace slipway::cli
