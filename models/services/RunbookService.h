// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "domain/Result.h"
#include "domain/Runbook.h"
#include "rules/RunbookChecks.h"

#include <QObject>

#include <optional>

namespace slipway {

class Database;

// A release's runbook: created from a pattern's template, edited as a whole, marked ready
// (locked) for its window. Every change is one audited edit under the right to edit
// runbooks (a release manager's work); the inverses undo uses are the same calls with the
// earlier image. Changing a ready runbook takes it back to draft, and the audit entry says
// so. Nothing changes while a run of it is under way.
class RunbookService : public QObject {
    Q_OBJECT
public:
    RunbookService(Database& db, Session session, QObject* parent = nullptr);
    const Session& session() const { return m_session; }

    // The release's runbook with its steps, triggers and rehearsals; nullopt when it has none.
    Result<std::optional<Runbook>> forRelease(qint64 releaseId) const;
    // Releases that have a runbook: id → state, for lists and the lifecycle.
    Result<QHash<qint64, Runbook::State>> states() const;
    // The findings of checkRunbook() for the release's runbook, against its window.
    Result<QList<RunbookFinding>> findings(const Runbook& runbook) const;

    // A new runbook for the release: `pattern`'s template steps and triggers (or `steps`
    // when given), the guide's answers and the rationale. Refused when it already has one.
    Result<Runbook> create(qint64 releaseId, DeploymentPattern pattern, const QString& rationale,
                           const QJsonObject& guideAnswers,
                           const std::optional<QList<RunbookStep>>& steps = std::nullopt);
    // Saves pattern, rationale, answers, steps and triggers of `edited` over the runbook at
    // `edited.rowVersion` (Stale when someone saved first). A ready runbook goes back to
    // draft. Refused (Validation, naming the steps) when a key repeats or is invalid, a
    // dependency names no step, or the dependencies form a cycle; nothing is written then.
    // `markReady`: saved and marked ready in the same transaction (an undo putting a ready
    // runbook back), refused whole while it has blocking findings.
    Result<Runbook> save(const Runbook& edited, bool markReady = false);
    // Marks the runbook ready (refused, listing them, while it has blocking findings) or
    // back to draft.
    Result<Runbook> setReady(qint64 releaseId, bool ready, qint64 rowVersion);
    // Removes the runbook and everything of it (refused once it has been run).
    Result<Runbook> remove(qint64 releaseId, qint64 rowVersion);
    // Undo of remove(): the runbook back under its ids, with its steps and triggers.
    Result<Runbook> restore(const Runbook& runbook);

    // Rehearsals of a migration step. Adding one to a ready runbook keeps it ready.
    Result<MigrationRehearsal> addRehearsal(qint64 releaseId, const MigrationRehearsal& rehearsal);
    Result<void> removeRehearsal(qint64 releaseId, qint64 rehearsalId);

Q_SIGNALS:
    void runbookChanged(qint64 releaseId);

private:
    // Refused, listing them, while `runbook` has blocking findings.
    Result<void> refuseUnready(const Runbook& runbook) const;
    Database& m_db;
    Session m_session;
};

} // namespace slipway
