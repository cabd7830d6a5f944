// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderScopeItemCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

ReorderScopeItemCommand::ReorderScopeItemCommand(ScopeService& service, qint64 itemId,
                                                 const QString& title, Ranks ranks,
                                                 ErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(tr("Reorder \"%1\"").arg(title), parent)
    , m_service(service)
    , m_itemId(itemId)
    , m_after(std::move(ranks))
    , m_onError(std::move(onError)) {}

bool ReorderScopeItemCommand::apply(const Ranks& ranks, Ranks* previous) {
    auto done = m_service.setRanks(m_itemId, ranks);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
        return false;
    }
    if (previous)
        *previous = std::move(done.value());
    return true;
}

void ReorderScopeItemCommand::redo() {
    apply(m_after, m_before.isEmpty() ? &m_before : nullptr);
}

void ReorderScopeItemCommand::undo() {
    apply(m_before, nullptr);
}

} // namespace slipway::ui
