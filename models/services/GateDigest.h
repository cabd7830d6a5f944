// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

#include <functional>

class QDateTime;

namespace slipway {

class Database;
struct AgendaEscalation;
struct GateSummary;

// What other areas read of a release's quality gates: one line per gate for messages and
// the CAB pack, and the escalations that go onto a CAB agenda. Read-only.
namespace GateDigest {

// Each gate of the release in order: its name and verdict ("passed", "failed (2 of 5)" …).
Result<QList<GateSummary>> summaries(Database& db, qint64 releaseId);
// The same as one line ("QA passed · Security failed: …"); empty when the release has none.
QString statusText(Database& db, qint64 releaseId);
// Gate escalations (failing, overdue or waived) due before `until` (seconds since the epoch),
// in the CAB agenda's terms.
Result<QList<AgendaEscalation>> escalationsUntil(Database& db, qint64 until);

} // namespace GateDigest
} // namespace slipway
