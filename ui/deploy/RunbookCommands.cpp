// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookCommands.h"

#include "services/RunbookService.h"

#include <QDateTime>
#include <QLocale>

namespace slipway::ui {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SaveRunbookCommand)
};

QList<RunbookStep> withoutIds(QList<RunbookStep> steps) {
    for (RunbookStep& s : steps)
        s.id = 0;
    return steps;
}

QList<RunbookTrigger> withoutIds(QList<RunbookTrigger> triggers) {
    for (RunbookTrigger& t : triggers)
        t.id = 0;
    return triggers;
}

// The refusal undo and redo give when the stored runbook is not the one this session left.
Error changedSince(const Runbook& current) {
    const QString when =
        QLocale().toString(QDateTime::fromSecsSinceEpoch(current.updatedAt).toLocalTime(),
                           QStringLiteral("d MMM yyyy HH:mm"));
    return Error{Error::Kind::Stale, Text::tr("The runbook of %1 was changed by %2 at %3 — reload.")
                                         .arg(current.releaseLabel, current.updatedBy, when)};
}

// The stored runbook of the release, or why there is none to write over.
Result<Runbook> stored(RunbookService& service, qint64 releaseId) {
    auto current = service.forRelease(releaseId);
    if (!current)
        return current.error();
    if (!current.value())
        return Error{Error::Kind::Stale,
                     Text::tr("The runbook was removed by someone else since — reload.")};
    return *current.value();
}

// A Stale refusal on the first write says who saved first, like every later one.
Error explained(RunbookService& service, qint64 releaseId, const Error& error) {
    if (error.kind != Error::Kind::Stale)
        return error;
    auto current = stored(service, releaseId);
    return current ? changedSince(current.value()) : current.error();
}

} // namespace

bool sameRunbookContent(const Runbook& a, const Runbook& b) {
    return a.releaseId == b.releaseId && a.pattern == b.pattern && a.rationale == b.rationale &&
           a.guideAnswers == b.guideAnswers && withoutIds(a.steps) == withoutIds(b.steps) &&
           withoutIds(a.triggers) == withoutIds(b.triggers);
}

CreateRunbookCommand::CreateRunbookCommand(RunbookService& service, qint64 releaseId,
                                           DeploymentPattern pattern, QString rationale,
                                           QJsonObject guideAnswers, ErrorSink onError,
                                           QUndoCommand* parent)
    : UndoCommand(tr("Create %1 runbook").arg(displayName(pattern)), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_pattern(pattern)
    , m_rationale(std::move(rationale))
    , m_answers(std::move(guideAnswers)) {}

Result<void> CreateRunbookCommand::apply() {
    auto done = firstApply() ? m_service.create(m_releaseId, m_pattern, m_rationale, m_answers)
                             : m_service.restore(m_created);
    if (!done)
        return done.error();
    m_created = done.value();
    return {};
}

Result<void> CreateRunbookCommand::revert() {
    auto current = stored(m_service, m_releaseId);
    if (!current)
        return current.error();
    if (!sameRunbookContent(current.value(), m_created) || current->state != m_created.state)
        return changedSince(current.value());
    auto removed = m_service.remove(m_releaseId, current->rowVersion);
    if (!removed)
        return explained(m_service, m_releaseId, removed.error());
    m_created = removed.value();
    return {};
}

RemoveRunbookCommand::RemoveRunbookCommand(RunbookService& service, Runbook runbook,
                                           ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Remove the runbook"), std::move(onError), parent)
    , m_service(service)
    , m_runbook(std::move(runbook)) {}

Result<void> RemoveRunbookCommand::apply() {
    qint64 version = m_runbook.rowVersion;
    if (!firstApply()) {
        auto current = stored(m_service, m_runbook.releaseId);
        if (!current)
            return current.error();
        if (!sameRunbookContent(current.value(), m_runbook) || current->state != m_runbook.state)
            return changedSince(current.value());
        version = current->rowVersion;
    }
    auto removed = m_service.remove(m_runbook.releaseId, version);
    if (!removed)
        return explained(m_service, m_runbook.releaseId, removed.error());
    m_runbook = removed.value();
    return {};
}

Result<void> RemoveRunbookCommand::revert() {
    auto back = m_service.restore(m_runbook);
    if (!back)
        return back.error();
    m_runbook = back.value();
    return {};
}

SaveRunbookCommand::SaveRunbookCommand(RunbookService& service, Runbook before, Runbook after,
                                       const QString& text, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(text, std::move(onError), parent)
    , m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Result<void> SaveRunbookCommand::apply() {
    auto saved = write(m_before, m_after, false);
    if (!saved)
        return saved.error();
    m_after = saved.value();
    return {};
}

Result<void> SaveRunbookCommand::revert() {
    auto saved = write(m_after, m_before, m_before.isReady());
    if (!saved)
        return saved.error();
    m_before = saved.value();
    return {};
}

Result<Runbook> SaveRunbookCommand::write(const Runbook& from, const Runbook& to, bool readyAfter) {
    Runbook wanted = to;
    wanted.id = m_before.id;
    wanted.releaseId = m_before.releaseId;
    if (firstApply()) {
        wanted.rowVersion = m_before.rowVersion;
    } else {
        auto current = stored(m_service, m_before.releaseId);
        if (!current)
            return current.error();
        if (!sameRunbookContent(current.value(), from))
            return changedSince(current.value());
        wanted.rowVersion = current->rowVersion;
    }
    // Undo of an edit that took a ready runbook back to draft locks it again, in the same
    // transaction: refused whole, nothing written, when it could not be ready now.
    auto saved = m_service.save(wanted, readyAfter);
    if (!saved)
        return explained(m_service, m_before.releaseId, saved.error());
    return saved;
}

SetRunbookReadyCommand::SetRunbookReadyCommand(RunbookService& service, const Runbook& seen,
                                               bool ready, ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(ready ? tr("Mark the runbook ready") : tr("Take the runbook back to draft"),
                  std::move(onError), parent)
    , m_service(service)
    , m_releaseId(seen.releaseId)
    , m_rowVersionSeen(seen.rowVersion)
    , m_ready(ready) {}

Result<void> SetRunbookReadyCommand::write(bool from, bool to) {
    qint64 version = m_rowVersionSeen;
    if (!firstApply()) {
        auto current = stored(m_service, m_releaseId);
        if (!current)
            return current.error();
        if (current->isReady() != from)
            return changedSince(current.value());
        version = current->rowVersion;
    }
    auto done = m_service.setReady(m_releaseId, to, version);
    if (!done)
        return explained(m_service, m_releaseId, done.error());
    return {};
}

AddRehearsalCommand::AddRehearsalCommand(RunbookService& service, qint64 releaseId,
                                         MigrationRehearsal rehearsal, ErrorSink onError,
                                         QUndoCommand* parent)
    : UndoCommand(tr("Record a rehearsal of %1").arg(rehearsal.stepKey), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_rehearsal(std::move(rehearsal)) {}

Result<void> AddRehearsalCommand::apply() {
    MigrationRehearsal wanted = m_rehearsal;
    wanted.id = 0;
    auto added = m_service.addRehearsal(m_releaseId, wanted);
    if (!added)
        return added.error();
    m_addedId = added->id;
    return {};
}

Result<void> AddRehearsalCommand::revert() {
    return m_service.removeRehearsal(m_releaseId, m_addedId);
}

RemoveRehearsalCommand::RemoveRehearsalCommand(RunbookService& service, qint64 releaseId,
                                               MigrationRehearsal rehearsal, ErrorSink onError,
                                               QUndoCommand* parent)
    : UndoCommand(tr("Remove a rehearsal of %1").arg(rehearsal.stepKey), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_rehearsal(std::move(rehearsal)) {}

Result<void> RemoveRehearsalCommand::apply() {
    return m_service.removeRehearsal(m_releaseId, m_rehearsal.id);
}

Result<void> RemoveRehearsalCommand::revert() {
    MigrationRehearsal wanted = m_rehearsal;
    wanted.id = 0;
    auto added = m_service.addRehearsal(m_releaseId, wanted);
    if (!added)
        return added.error();
    m_rehearsal.id = added->id;
    return {};
}

} // namespace slipway::ui
