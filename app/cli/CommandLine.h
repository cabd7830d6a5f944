// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace slipway::cli {

// Exit codes every subcommand keeps to.
enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitBadInput = 2 };

bool isHeadlessInvocation(int argc, char* argv[]);
int run(QApplication& app);

} // namespace slipway::cli
