// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/SqliteLibrary.h"

#include <sqlite3.h>

namespace slipway {

bool configureSqliteLibrary() {
    // Connections still may not be shared between threads at the same time; Slipway never does.
    const bool threading = sqlite3_config(SQLITE_CONFIG_MULTITHREAD) == SQLITE_OK;
    // Nothing reads sqlite3_memory_used(); keeping it costs a global mutex per allocation.
    const bool statistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    return threading && statistics;
}

} // namespace slipway
