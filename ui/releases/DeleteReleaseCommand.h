// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseUndoSupport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace slipway::ui {

// Deletes a release; undo restores it under its old id (audited as a restore).
class DeleteReleaseCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(DeleteReleaseCommand)
public:
    DeleteReleaseCommand(ReleaseService& service, const Release& release, CommandErrorSink onError,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 releaseId() const { return m_release.id; }

private:
    void fail(const Error& error);

    ReleaseService& m_service;
    Release m_release; // as the user saw it, then as last restored
    bool m_firstRedo = true;
    CommandErrorSink m_onError;
};

} // namespace slipway::ui
