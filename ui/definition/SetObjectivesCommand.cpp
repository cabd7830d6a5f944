// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetObjectivesCommand.h"

#include "services/ObjectivesService.h"

namespace slipway::ui {

SetObjectivesCommand::SetObjectivesCommand(ObjectivesService& service, qint64 releaseId,
                                           qint64 rowVersionSeen, QStringList before,
                                           QStringList after, CommandErrorSink onError,
                                           QUndoCommand* parent)
    : QUndoCommand(tr("Edit objectives"), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_rowVersionSeen(rowVersionSeen)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError)) {}

bool SetObjectivesCommand::apply(const QStringList& from, const QStringList& to) {
    const auto fail = [this](const QString& message) {
        setObsolete(true);
        if (m_onError)
            m_onError(message);
        return false;
    };
    qint64 version = m_rowVersionSeen;
    if (!m_firstRedo) {
        auto current = m_service.release(m_releaseId);
        if (!current)
            return fail(current.error().message);
        const QStringList expected = ObjectivesService::split(ObjectivesService::join(from));
        if (ObjectivesService::split(current->objectives) != expected)
            return fail(tr("The objectives were changed by %1 since — reload before undoing.")
                            .arg(current->updatedBy));
        version = current->rowVersion;
    }
    auto done = m_service.set(m_releaseId, version, to);
    if (!done)
        return fail(done.error().message);
    return true;
}

void SetObjectivesCommand::redo() {
    apply(m_before, m_after);
    m_firstRedo = false;
}

void SetObjectivesCommand::undo() {
    apply(m_after, m_before);
}

} // namespace slipway::ui
