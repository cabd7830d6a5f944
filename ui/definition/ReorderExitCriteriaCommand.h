// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QList>

namespace slipway {
class ExitCriteriaService;
}

namespace slipway::ui {

// Moves exit criteria within a release's checklist; undo puts the old order back.
class ReorderExitCriteriaCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReorderExitCriteriaCommand)
public:
    ReorderExitCriteriaCommand(ExitCriteriaService& service, qint64 releaseId, QList<qint64> before,
                               QList<qint64> after, ErrorSink onError,
                               QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const QList<qint64>& order);

    ExitCriteriaService& m_service;
    qint64 m_releaseId;
    QList<qint64> m_before;
    QList<qint64> m_after;
};

} // namespace slipway::ui
