// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Adds or removes "item needs other"; undo does the opposite, audited like any edit.
class EditScopeDependencyCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditScopeDependencyCommand)
public:
    enum class Change { Add, Remove };
    using ErrorSink = std::function<void(const QString& message)>;

    EditScopeDependencyCommand(ScopeService& service, Change change, qint64 itemId, qint64 needsId,
                               const QString& description, ErrorSink onError,
                               QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(bool add);

    ScopeService& m_service;
    Change m_change;
    qint64 m_itemId;
    qint64 m_needsId;
    ErrorSink m_onError;
};

} // namespace slipway::ui
