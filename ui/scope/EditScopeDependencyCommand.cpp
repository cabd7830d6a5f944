// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditScopeDependencyCommand.h"

#include "services/ScopeService.h"

namespace slipway::ui {

EditScopeDependencyCommand::EditScopeDependencyCommand(ScopeService& service, Change change,
                                                       qint64 itemId, qint64 needsId,
                                                       const QString& description,
                                                       ErrorSink onError, QUndoCommand* parent)
    : QUndoCommand(description, parent)
    , m_service(service)
    , m_change(change)
    , m_itemId(itemId)
    , m_needsId(needsId)
    , m_onError(std::move(onError)) {}

void EditScopeDependencyCommand::apply(bool add) {
    auto done = add ? m_service.addDependency(m_itemId, m_needsId)
                    : m_service.removeDependency(m_itemId, m_needsId);
    if (!done) {
        setObsolete(true);
        if (m_onError)
            m_onError(done.error().message);
    }
}

void EditScopeDependencyCommand::redo() {
    apply(m_change == Change::Add);
}

void EditScopeDependencyCommand::undo() {
    apply(m_change != Change::Add);
}

} // namespace slipway::ui
