// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Artifact.h"
#include "services/ArtifactService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace slipway::ui {

// Registers files as artifacts of a release (hashing them the first time, with the options'
// progress and cancel flag); undo removes them all at once, redo brings them back under their
// ids with the digests read the first time.
class AddArtifactsCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(AddArtifactsCommand)
public:
    AddArtifactsCommand(ArtifactService& service, qint64 releaseId, QStringList files,
                        ArtifactService::AddOptions options, ErrorSink onError,
                        QUndoCommand* parent = nullptr);
    const QList<Artifact>& added() const { return m_added; }

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ArtifactService& m_service;
    qint64 m_releaseId;
    QStringList m_files;
    ArtifactService::AddOptions m_options;
    QList<Artifact> m_added;
};

// Removes artifacts of one release, all or none; undo brings them back under their ids.
class RemoveArtifactsCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(RemoveArtifactsCommand)
public:
    RemoveArtifactsCommand(ArtifactService& service, qint64 releaseId, QList<Artifact> artifacts,
                           ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ArtifactService& m_service;
    qint64 m_releaseId;
    QList<Artifact> m_artifacts;
};

// Brings removed artifacts back under their ids, one audited insert each; when one fails the
// ones restored before it are removed again, so the set is as it was. The stored rows (their
// new row versions) replace `artifacts`.
Result<void> restoreArtifacts(ArtifactService& service, qint64 releaseId,
                              QList<Artifact>& artifacts);

} // namespace slipway::ui
