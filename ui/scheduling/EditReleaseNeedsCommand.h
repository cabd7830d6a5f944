// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseLinks.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace slipway {
class ReleaseSchedulingService;
}

namespace slipway::ui {

// Changes the environments and roles a release needs; undo writes the previous ones back as
// another audited edit, unless someone else has changed them since.
class EditReleaseNeedsCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditReleaseNeedsCommand)
public:
    EditReleaseNeedsCommand(ReleaseSchedulingService& service, const ReleaseLinks& before,
                            const ReleaseLinks& after, const QString& releaseName,
                            std::function<void(const QString&)> onError,
                            QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    bool write(const ReleaseLinks& expected, const ReleaseLinks& wanted);

    ReleaseSchedulingService& m_service;
    ReleaseLinks m_before;
    ReleaseLinks m_after;
    bool m_firstRedo = true;
    std::function<void(const QString&)> m_onError;
};

} // namespace slipway::ui
