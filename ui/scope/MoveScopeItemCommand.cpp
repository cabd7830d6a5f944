// SPDX-License-Identifier: GPL-3.0-or-later
#include "MoveScopeItemCommand.h"

#include "rules/ScopeMoveRule.h"
#include "services/ScopeService.h"

namespace slipway::ui {

MoveScopeItemCommand::MoveScopeItemCommand(ScopeService& service, const ScopeItem& before,
                                           ScopeStatus toStatus, qint64 toReleaseId,
                                           const QString& rationale, ErrorSink onError,
                                           QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_service(service)
    , m_before(before)
    , m_after(before)
    , m_toStatus(toStatus)
    , m_toReleaseId(toReleaseId)
    , m_rationale(rationale)
    , m_onError(std::move(onError)) {
    setText(tr("Move “%1” to %2").arg(before.title, displayName(toStatus)));
}

bool MoveScopeItemCommand::apply(const ScopeItem& from, ScopeStatus status, qint64 releaseId,
                                 const QString& rationale, ScopeItem* stored) {
    ScopeService::Move move;
    move.itemId = from.id;
    move.rowVersion = from.rowVersion;
    if (!m_firstRedo) {
        // Undo and redo act on the item as this session left it: other edits (later
        // commands, other fields) keep their place, a move by someone else refuses.
        auto current = m_service.find(from.id);
        if (current && (current->releaseId != from.releaseId || current->status != from.status))
            current = Error{Error::Kind::Stale,
                            tr("“%1” was moved by someone else since — reload.").arg(from.title)};
        if (!current) {
            setObsolete(true);
            if (m_onError)
                m_onError(current.error().message);
            return false;
        }
        move.rowVersion = current->rowVersion;
    }
    move.toStatus = status;
    move.toReleaseId = releaseId;
    move.rationale = rationale;
    auto moved = m_service.move(move);
    if (!moved) {
        setObsolete(true);
        if (m_onError)
            m_onError(moved.error().message);
        return false;
    }
    *stored = moved.value();
    return true;
}

void MoveScopeItemCommand::redo() {
    ScopeItem stored;
    if (apply(m_before, m_toStatus, m_toReleaseId, m_rationale, &stored))
        m_after = stored;
    m_firstRedo = false;
}

void MoveScopeItemCommand::undo() {
    QString why;
    if (ScopeMoveRule::needsRationale(m_after, m_before.status, m_before.releaseId))
        why = m_rationale.isEmpty() ? tr("Undo of a move made by mistake.")
                                    : tr("Undo of the move recorded as: %1").arg(m_rationale);
    ScopeItem stored;
    if (apply(m_after, m_before.status, m_before.releaseId, why, &stored))
        m_before = stored;
}

} // namespace slipway::ui
