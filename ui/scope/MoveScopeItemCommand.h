// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ScopeItem.h"

#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Moves a scope item to another status and/or release, with the trade-off rationale when
// the move needs one. Undo moves it back as another audited edit; when that is itself a
// trade-off (a committed item leaving again) the rationale says it is an undo.
class MoveScopeItemCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(MoveScopeItemCommand)
public:
    MoveScopeItemCommand(ScopeService& service, const ScopeItem& before, ScopeStatus toStatus,
                         qint64 toReleaseId, QString rationale, ErrorSink onError,
                         QUndoCommand* parent = nullptr);

    qint64 itemId() const { return m_before.id; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    Result<ScopeItem> move(const ScopeItem& from, ScopeStatus status, qint64 releaseId,
                           const QString& rationale);

    ScopeService& m_service;
    ScopeItem m_before;
    ScopeItem m_after; // as stored by the last redo
    ScopeStatus m_toStatus;
    qint64 m_toReleaseId;
    QString m_rationale;
};

} // namespace slipway::ui
