// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderExitCriteriaCommand.h"

#include "services/ExitCriteriaService.h"

namespace slipway::ui {

ReorderExitCriteriaCommand::ReorderExitCriteriaCommand(ExitCriteriaService& service,
                                                       qint64 releaseId, QList<qint64> before,
                                                       QList<qint64> after, ErrorSink onError,
                                                       QUndoCommand* parent)
    : UndoCommand(tr("Reorder exit criteria"), std::move(onError), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_before(std::move(before))
    , m_after(std::move(after)) {}

Result<void> ReorderExitCriteriaCommand::write(const QList<qint64>& order) {
    auto done = m_service.reorder(m_releaseId, order);
    if (!done)
        return done.error();
    return {};
}

} // namespace slipway::ui
