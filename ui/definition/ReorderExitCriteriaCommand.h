// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/ReleaseUndoSupport.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace slipway {
class ExitCriteriaService;
}

namespace slipway::ui {

// Moves exit criteria within a release's checklist; undo puts the old order back.
class ReorderExitCriteriaCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(ReorderExitCriteriaCommand)
public:
    ReorderExitCriteriaCommand(ExitCriteriaService& service, qint64 releaseId, QList<qint64> before,
                               QList<qint64> after, CommandErrorSink onError,
                               QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(const QList<qint64>& order);

    ExitCriteriaService& m_service;
    qint64 m_releaseId;
    QList<qint64> m_before;
    QList<qint64> m_after;
    CommandErrorSink m_onError;
};

} // namespace slipway::ui
