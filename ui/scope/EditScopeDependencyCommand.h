// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Adds or removes "item needs other"; undo does the opposite, audited like any edit.
class EditScopeDependencyCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditScopeDependencyCommand)
public:
    enum class Change { Add, Remove };

    EditScopeDependencyCommand(ScopeService& service, Change change, qint64 itemId, qint64 needsId,
                               const QString& description, ErrorSink onError,
                               QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_change == Change::Add); }
    Result<void> revert() override { return write(m_change != Change::Add); }

private:
    Result<void> write(bool add);

    ScopeService& m_service;
    Change m_change;
    qint64 m_itemId;
    qint64 m_needsId;
};

} // namespace slipway::ui
