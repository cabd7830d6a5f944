// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QList>

#include <utility>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Puts a card at another place in its board column (the ranks ScopeRankRule gave); undo
// restores every rank it changed, renumbered neighbours included.
class ReorderScopeItemCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReorderScopeItemCommand)
public:
    using Ranks = QList<std::pair<qint64, double>>;

    ReorderScopeItemCommand(ScopeService& service, qint64 itemId, const QString& title, Ranks ranks,
                            ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override {
        return write(m_after, m_before.isEmpty() ? &m_before : nullptr);
    }
    Result<void> revert() override { return write(m_before, nullptr); }

private:
    Result<void> write(const Ranks& ranks, Ranks* previous);

    ScopeService& m_service;
    qint64 m_itemId;
    Ranks m_after;
    Ranks m_before; // as read by the first redo
};

} // namespace slipway::ui
