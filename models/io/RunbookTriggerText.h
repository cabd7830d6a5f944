// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QString>

namespace slipway {

// A rollback trigger's condition in one line, as the Markdown export and the bridge-call PDF
// print it: "GET https://… fails 3 times in a row (status 200, body contains "ok", 800 ms)".
class RunbookTriggerText {
public:
    static QString condition(const RunbookTrigger& trigger);
};

} // namespace slipway
