// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Runbook.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

namespace slipway {
class RunbookService;
}

namespace slipway::ui {

// Whether two images of a runbook hold the same plan: pattern, rationale, answers, steps and
// triggers, ids and bookkeeping aside. What undo compares before it writes over a runbook.
bool sameRunbookContent(const Runbook& a, const Runbook& b);

// Creates a release's runbook from a pattern's template; undo removes it, redo restores it
// under the same ids.
class CreateRunbookCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateRunbookCommand)
public:
    CreateRunbookCommand(RunbookService& service, qint64 releaseId, DeploymentPattern pattern,
                         QString rationale, QJsonObject guideAnswers, ErrorSink onError,
                         QUndoCommand* parent = nullptr);
    const Runbook& created() const { return m_created; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    RunbookService& m_service;
    qint64 m_releaseId;
    DeploymentPattern m_pattern;
    QString m_rationale;
    QJsonObject m_answers;
    Runbook m_created;
};

// Removes a release's runbook; undo restores it under its ids.
class RemoveRunbookCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveRunbookCommand)
public:
    RemoveRunbookCommand(RunbookService& service, Runbook runbook, ErrorSink onError,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    RunbookService& m_service;
    Runbook m_runbook;
};

// Saves an edited runbook over the one the user saw; undo saves the earlier image back (and
// marks it ready again when the edit took a ready runbook back to draft). Either way it
// refuses, naming who changed it and when, once someone else saved the runbook in between.
class SaveRunbookCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SaveRunbookCommand)
public:
    SaveRunbookCommand(RunbookService& service, Runbook before, Runbook after, const QString& text,
                       ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<Runbook> write(const Runbook& from, const Runbook& to, bool readyAfter);

    RunbookService& m_service;
    Runbook m_before;
    Runbook m_after;
};

// Marks a runbook ready (locked) or back to draft; undo does the opposite.
class SetRunbookReadyCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetRunbookReadyCommand)
public:
    SetRunbookReadyCommand(RunbookService& service, const Runbook& seen, bool ready,
                           ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(!m_ready, m_ready); }
    Result<void> revert() override { return write(m_ready, !m_ready); }

private:
    Result<void> write(bool from, bool to);

    RunbookService& m_service;
    qint64 m_releaseId;
    qint64 m_rowVersionSeen;
    bool m_ready;
};

// Records a rehearsal of a migration step; undo removes it, redo records it again.
class AddRehearsalCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddRehearsalCommand)
public:
    AddRehearsalCommand(RunbookService& service, qint64 releaseId, MigrationRehearsal rehearsal,
                        ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    RunbookService& m_service;
    qint64 m_releaseId;
    MigrationRehearsal m_rehearsal;
    qint64 m_addedId = 0;
};

// Removes a rehearsal; undo records it again.
class RemoveRehearsalCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveRehearsalCommand)
public:
    RemoveRehearsalCommand(RunbookService& service, qint64 releaseId, MigrationRehearsal rehearsal,
                           ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    RunbookService& m_service;
    qint64 m_releaseId;
    MigrationRehearsal m_rehearsal;
};

} // namespace slipway::ui
