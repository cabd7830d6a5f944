// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveScopeItemCommand.h"

#include "rules/ScopeMoveRule.h"
#include "services/ScopeService.h"

namespace slipway::ui {

MoveScopeItemCommand::MoveScopeItemCommand(ScopeService& service, const ScopeItem& before,
                                           ScopeStatus toStatus, qint64 toReleaseId,
                                           QString rationale, ErrorSink onError,
                                           QUndoCommand* parent)
    : UndoCommand(tr("Move “%1” to %2").arg(before.title, displayName(toStatus)),
                  std::move(onError), parent)
    , m_service(service)
    , m_before(before)
    , m_after(before)
    , m_toStatus(toStatus)
    , m_toReleaseId(toReleaseId)
    , m_rationale(std::move(rationale)) {}

Result<ScopeItem> MoveScopeItemCommand::move(const ScopeItem& from, ScopeStatus status,
                                             qint64 releaseId, const QString& rationale) {
    ScopeService::Move move;
    move.itemId = from.id;
    move.rowVersion = from.rowVersion;
    if (!firstApply()) {
        // Undo and redo act on the item as this session left it: other edits (later
        // commands, other fields) keep their place, a move by someone else refuses.
        auto current = m_service.find(from.id);
        if (!current)
            return current.error();
        if (current->releaseId != from.releaseId || current->status != from.status)
            return Error{Error::Kind::Stale,
                         tr("“%1” was moved by someone else since — reload.").arg(from.title)};
        move.rowVersion = current->rowVersion;
    }
    move.toStatus = status;
    move.toReleaseId = releaseId;
    move.rationale = rationale;
    return m_service.move(move);
}

Result<void> MoveScopeItemCommand::apply() {
    auto stored = move(m_before, m_toStatus, m_toReleaseId, m_rationale);
    if (!stored)
        return stored.error();
    m_after = stored.value();
    return {};
}

Result<void> MoveScopeItemCommand::revert() {
    QString why;
    if (ScopeMoveRule::needsRationale(m_after, m_before.status, m_before.releaseId))
        why = m_rationale.isEmpty() ? tr("Undo of a move made by mistake.")
                                    : tr("Undo of the move recorded as: %1").arg(m_rationale);
    auto stored = move(m_after, m_before.status, m_before.releaseId, why);
    if (!stored)
        return stored.error();
    m_before = stored.value();
    return {};
}

} // namespace slipway::ui
