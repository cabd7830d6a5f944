// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ReleaseUndoSupport.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace slipway::ui {

// Changes a release from what the user saw (`before`, with its row version) to `after`;
// undo writes `before` back as a new, audited edit.
class EditReleaseCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditReleaseCommand)
public:
    EditReleaseCommand(ReleaseService& service, const Release& before, const Release& after,
                       CommandErrorSink onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;
    qint64 releaseId() const { return m_before.id; }

private:
    bool apply(const Release& from, const Release& to, Release* stored);
    void fail(const Error& error);

    ReleaseService& m_service;
    Release m_before;
    Release m_after;
    bool m_firstRedo = true;
    CommandErrorSink m_onError;
};

} // namespace slipway::ui
