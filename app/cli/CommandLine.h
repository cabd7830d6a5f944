// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

namespace slipway::cli {

// Exit codes every subcommand keeps to.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

bool isHeadlessInvocation(int argc, char* argv[]);
// A command that needs no display, fonts or widgets (the imports): it runs under a plain
// QCoreApplication.
bool isDataOnlyInvocation(int argc, char* argv[]);
// `app` is a QApplication unless isDataOnlyInvocation() said otherwise.
int run(QCoreApplication& app);

} // namespace slipway::cli
