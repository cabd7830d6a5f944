// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace slipway {

// Process-wide SQLite settings. Call once at the very start of main, before any connection
// is opened (SQLite refuses them afterwards; then this does nothing and returns false).
// Every connection in Slipway belongs to one thread (Qt's rule for QSqlDatabase; the
// integrity checker's second thread opens its own), so SQLite's per-connection mutexes
// and its memory statistics are pure cost: bulk imports bind and step millions of times.
bool configureSqliteLibrary();

} // namespace slipway
