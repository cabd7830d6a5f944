// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseUndoSupport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace slipway::ui {

// Adds a release; undo deletes it, redo brings it back under the same id.
class CreateReleaseCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(CreateReleaseCommand)
public:
    CreateReleaseCommand(ReleaseService& service, const Release& release, CommandErrorSink onError,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 releaseId() const { return m_stored.id; }

private:
    void fail(const Error& error);

    ReleaseService& m_service;
    Release m_stored; // as stored after the last redo; id 0 before the first
    CommandErrorSink m_onError;
};

} // namespace slipway::ui
