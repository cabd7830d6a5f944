// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Release.h"
#include "undo/ChangeRecordCommand.h"

#include <QCoreApplication>

namespace slipway {
class ReleaseService;
}

namespace slipway::ui {

// How release commands reach the release service.
RecordOps<Release> releaseOps(ReleaseService& service);

// Adds a release; undo deletes it, redo brings it back under the same id.
class CreateReleaseCommand : public ChangeRecordCommand<Release> {
    Q_DECLARE_TR_FUNCTIONS(CreateReleaseCommand)
public:
    CreateReleaseCommand(ReleaseService& service, const Release& release, ErrorSink onError,
                         QUndoCommand* parent = nullptr);
    qint64 releaseId() const { return stored() ? stored()->id : 0; }
};

// Changes a release from what the user saw (`before`, with its row version) to `after`;
// undo writes `before` back as a new, audited edit.
class EditReleaseCommand : public ChangeRecordCommand<Release> {
    Q_DECLARE_TR_FUNCTIONS(EditReleaseCommand)
public:
    EditReleaseCommand(ReleaseService& service, const Release& before, const Release& after,
                       ErrorSink onError, QUndoCommand* parent = nullptr);
    qint64 releaseId() const { return m_id; }

private:
    qint64 m_id;
};

// Deletes a release as the user saw it; undo restores it under its old id.
class DeleteReleaseCommand : public ChangeRecordCommand<Release> {
    Q_DECLARE_TR_FUNCTIONS(DeleteReleaseCommand)
public:
    DeleteReleaseCommand(ReleaseService& service, const Release& release, ErrorSink onError,
                         QUndoCommand* parent = nullptr);
    qint64 releaseId() const { return m_id; }

private:
    qint64 m_id;
};

} // namespace slipway::ui
