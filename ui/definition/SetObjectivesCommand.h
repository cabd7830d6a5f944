// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace slipway {
class ObjectivesService;
}

namespace slipway::ui {

// Replaces a release's objectives; undo writes the earlier list back as another audited edit,
// and refuses when someone else changed the objectives since.
class SetObjectivesCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetObjectivesCommand)
public:
    SetObjectivesCommand(ObjectivesService& service, qint64 releaseId, qint64 rowVersionSeen,
                         QStringList before, QStringList after, ErrorSink onError,
                         QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_before, m_after); }
    Result<void> revert() override { return write(m_after, m_before); }

private:
    Result<void> write(const QStringList& from, const QStringList& to);

    ObjectivesService& m_service;
    qint64 m_releaseId;
    qint64 m_rowVersionSeen;
    QStringList m_before;
    QStringList m_after;
};

} // namespace slipway::ui
