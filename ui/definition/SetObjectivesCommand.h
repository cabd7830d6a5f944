// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "releases/ReleaseUndoSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace slipway {
class ObjectivesService;
}

namespace slipway::ui {

// Replaces a release's objectives; undo writes the earlier list back as another audited edit,
// and refuses when someone else changed the objectives since.
class SetObjectivesCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetObjectivesCommand)
public:
    SetObjectivesCommand(ObjectivesService& service, qint64 releaseId, qint64 rowVersionSeen,
                         QStringList before, QStringList after, CommandErrorSink onError,
                         QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool apply(const QStringList& from, const QStringList& to);

    ObjectivesService& m_service;
    qint64 m_releaseId;
    qint64 m_rowVersionSeen;
    QStringList m_before;
    QStringList m_after;
    bool m_firstRedo = true;
    CommandErrorSink m_onError;
};

} // namespace slipway::ui
