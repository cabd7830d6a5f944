// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetObjectivesCommand.h"

#include "services/ObjectivesService.h"

#include <QLocale>

namespace slipway::ui {

SetObjectivesCommand::SetObjectivesCommand(ObjectivesService& service, qint64 releaseId,
                                           qint64 rowVersionSeen, QStringList before,
                                           QStringList after, ErrorSink onError,
                                           QUndoCommand* parent)
    : UndoCommand(tr("Edit objectives"), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_rowVersionSeen(rowVersionSeen)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Result<void> SetObjectivesCommand::write(const QStringList& from, const QStringList& to) {
    qint64 version = m_rowVersionSeen;
    if (!firstApply()) {
        auto current = m_service.release(m_releaseId);
        if (!current)
            return current.error();
        const QStringList expected = ObjectivesService::split(ObjectivesService::join(from));
        if (ObjectivesService::split(current->objectives) != expected)
            return Error{
                Error::Kind::Stale,
                tr("The objectives were changed by %1 at %2 — reload.")
                    .arg(current->updatedBy, QLocale().toString(current->updatedAt.toLocalTime(),
                                                                QLocale::ShortFormat))};
        version = current->rowVersion;
    }
    auto done = m_service.set(m_releaseId, version, to);
    if (!done)
        return done.error();
    return {};
}

} // namespace slipway::ui
