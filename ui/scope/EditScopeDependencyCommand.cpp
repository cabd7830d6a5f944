// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditScopeDependencyCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

EditScopeDependencyCommand::EditScopeDependencyCommand(ScopeService& service, Change change,
                                                       qint64 itemId, qint64 needsId,
                                                       const QString& description,
                                                       ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(description, std::move(onError), parent)
    , m_service(service)
    , m_change(change)
    , m_itemId(itemId)
    , m_needsId(needsId) {}

Result<void> EditScopeDependencyCommand::write(bool add) {
    return add ? m_service.addDependency(m_itemId, m_needsId)
               : m_service.removeDependency(m_itemId, m_needsId);
}

} // namespace slipway::ui
