// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include <functional>
#include <utility>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Puts a card at another place in its board column (the ranks ScopeRankRule gave); undo
// restores every rank it changed, renumbered neighbours included.
class ReorderScopeItemCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReorderScopeItemCommand)
public:
    using ErrorSink = std::function<void(const QString& message)>;
    using Ranks = QList<std::pair<qint64, double>>;

    ReorderScopeItemCommand(ScopeService& service, qint64 itemId, const QString& title, Ranks ranks,
                            ErrorSink onError, QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const Ranks& ranks, Ranks* previous);

    ScopeService& m_service;
    qint64 m_itemId;
    Ranks m_after;
    Ranks m_before; // as read by the first redo
    ErrorSink m_onError;
};

} // namespace slipway::ui
