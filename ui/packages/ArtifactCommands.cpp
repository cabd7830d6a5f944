// SPDX-License-Identifier: GPL-3.0-or-later
#include "ArtifactCommands.h"

namespace slipway::ui {

Result<void> restoreArtifacts(ArtifactService& service, qint64 releaseId,
                              QList<Artifact>& artifacts) {
    QList<Artifact> restored;
    for (const Artifact& a : std::as_const(artifacts)) {
        auto stored = service.insert(a);
        if (!stored) {
            if (!restored.isEmpty())
                (void)service.removeAll(releaseId, restored);
            return stored.error();
        }
        restored << stored.value();
    }
    artifacts = restored;
    return {};
}

AddArtifactsCommand::AddArtifactsCommand(ArtifactService& service, qint64 releaseId,
                                         QStringList files, ArtifactService::AddOptions options,
                                         ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Add %n artifact(s)", nullptr, int(files.size())), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_files(std::move(files))
    , m_options(std::move(options)) {}

Result<void> AddArtifactsCommand::apply() {
    if (!firstApply())
        return restoreArtifacts(m_service, m_releaseId, m_added);
    auto added = m_service.add(m_releaseId, m_files, m_options);
    // The progress dialog and cancel flag belong to the first run only.
    m_options.progress = {};
    m_options.cancel = nullptr;
    if (!added)
        return added.error();
    if (added->isEmpty()) // the cancel flag was raised: nothing was written
        return Error{Error::Kind::Usage, tr("Cancelled: no artifact was added.")};
    m_added = added.value();
    return {};
}

Result<void> AddArtifactsCommand::revert() {
    return m_service.removeAll(m_releaseId, m_added);
}

RemoveArtifactsCommand::RemoveArtifactsCommand(ArtifactService& service, qint64 releaseId,
                                               QList<Artifact> artifacts, ErrorSink onError,
                                               QUndoCommand* parent)
    : UndoCommand(tr("Remove %n artifact(s)", nullptr, int(artifacts.size())), std::move(onError),
                  parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_artifacts(std::move(artifacts)) {}

Result<void> RemoveArtifactsCommand::apply() {
    return m_service.removeAll(m_releaseId, m_artifacts);
}

Result<void> RemoveArtifactsCommand::revert() {
    return restoreArtifacts(m_service, m_releaseId, m_artifacts);
}

} // namespace slipway::ui
