// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReorderScopeItemCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

ReorderScopeItemCommand::ReorderScopeItemCommand(ScopeService& service, qint64 itemId,
                                                 const QString& title, Ranks ranks,
                                                 ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Reorder \"%1\"").arg(title), std::move(onError), parent)
    , m_service(service)
    , m_itemId(itemId)
    , m_after(std::move(ranks)) {}

Result<void> ReorderScopeItemCommand::write(const Ranks& ranks, Ranks* previous) {
    auto done = m_service.setRanks(m_itemId, ranks);
    if (!done)
        return done.error();
    if (previous)
        *previous = std::move(done.value());
    return {};
}

} // namespace slipway::ui
