// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderExitCriteriaCommand.h"

#include "services/ExitCriteriaService.h"

namespace slipway::ui {

ReorderExitCriteriaCommand::ReorderExitCriteriaCommand(ExitCriteriaService& service,
                                                       qint64 releaseId, QList<qint64> before,
                                                       QList<qint64> after,
                                                       CommandErrorSink onError,
                                                       QUndoCommand* parent)
    : QUndoCommand(tr("Reorder exit criteria"), parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_onError(std::move(onError)) {}

void ReorderExitCriteriaCommand::apply(const QList<qint64>& order) {
    if (auto done = m_service.reorder(m_releaseId, order); !done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

void ReorderExitCriteriaCommand::redo() {
    apply(m_after);
}

void ReorderExitCriteriaCommand::undo() {
    apply(m_before);
}

} // namespace slipway::ui
