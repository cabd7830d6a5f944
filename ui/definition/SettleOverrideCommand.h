// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/LifecycleOverride.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class DeploymentService;
}

namespace slipway::ui {

// Settles an approved override with a note, as the acting user; undo opens it again, redo
// settles it with the same note.
class SettleOverrideCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SettleOverrideCommand)
public:
    SettleOverrideCommand(DeploymentService& service, const LifecycleOverride& override,
                          const QString& note, ErrorSink onError, QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    DeploymentService& m_service;
    qint64 m_id;
    qint64 m_version; // the one the user saw, then the one each step left
    QString m_note;
};

} // namespace slipway::ui
