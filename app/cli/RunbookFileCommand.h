// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace slipway::cli {

// slipway runbook export --db FILE --release R --format csv|md|pdf --out FILE
// slipway runbook import --db FILE --release R FILE.csv|FILE.md
// `args` as `runbook` received them: the program, then "import" or "export", then the rest.
// Export reads the file read-only. Import replaces the release's steps (RunbookService::save),
// or creates a custom runbook with them when the release has none; a file with any problem is
// refused in one line naming its line, and nothing is written.
int runRunbookFile(const QStringList& args);

} // namespace slipway::cli
