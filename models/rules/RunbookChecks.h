// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"

#include <QList>
#include <QString>

namespace slipway {

// One finding about a runbook. Blocking findings keep it from being marked ready; the rest
// are warnings shown beside the steps.
struct RunbookFinding {
    enum class Severity { Warning, Blocking };
    Severity severity = Severity::Warning;
    QString stepKey; // the step it concerns; empty: the runbook as a whole
    QString code;    // stable: "no_rollback", "overrun", "cycle", "no_rehearsal", …
    QString message; // one line, translated
    bool blocking() const { return severity == Severity::Blocking; }
};

struct RunbookCheckInput {
    qint64 windowStartUtc = 0; // 0: the release has no window
    qint64 windowEndUtc = 0;
};

// Everything wrong with `runbook`, in step order, then the runbook's own findings:
// - blocking: no steps; a duplicate or invalid key; a dependency on no step; a cycle
//   (naming its steps); a rollback step reversing no forward step; a migration step with no
//   passed rehearsal; a script step without repository, path, commit or a 64-hex SHA-256;
//   a cutover step without its record or TTLs; a health check or step with a negative time;
// - warnings: a forward step with no rollback step paired with it (checkpoints, health
//   checks and communications need none); a planned end past the window's end; no window;
//   a cutover whose TTL was lowered less than one old TTL before it is planned (or not yet
//   lowered); a failed latest rehearsal after a passed one; no rollback trigger.
QList<RunbookFinding> checkRunbook(const Runbook& runbook, const RunbookCheckInput& input);

// The blocking findings only, as lines: what marking ready would be refused for.
QStringList readinessBlockers(const QList<RunbookFinding>& findings);

} // namespace slipway
