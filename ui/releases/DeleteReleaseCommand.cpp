// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeleteReleaseCommand.h"

#include "services/ReleaseService.h"

namespace slipway::ui {

DeleteReleaseCommand::DeleteReleaseCommand(ReleaseService& service, const Release& release,
                                           CommandErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_service(service)
    , m_release(release)
    , m_onError(std::move(onError)) {
    setText(tr("Delete release “%1”").arg(release.name));
}

void DeleteReleaseCommand::fail(const Error& error) {
    setObsolete(true);
    if (m_onError)
        m_onError(error.message);
}

void DeleteReleaseCommand::redo() {
    qint64 version = m_release.rowVersion;
    if (!m_firstRedo) {
        auto current = versionIfUnchanged(m_service, m_release);
        if (!current)
            return fail(current.error());
        version = current.value();
    }
    m_firstRedo = false;
    if (auto removed = m_service.remove(m_release.id, version); !removed)
        return fail(removed.error());
}

void DeleteReleaseCommand::undo() {
    auto restored = m_service.restore(m_release);
    if (!restored)
        return fail(restored.error());
    m_release = restored.value();
}

} // namespace slipway::ui
