// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ReleaseLinks.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

namespace slipway {
class ReleaseSchedulingService;
}

namespace slipway::ui {

// Changes the environments and roles a release needs; undo writes the previous ones back as
// another audited edit, unless someone else has changed them since.
class EditReleaseNeedsCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(EditReleaseNeedsCommand)
public:
    EditReleaseNeedsCommand(ReleaseSchedulingService& service, ReleaseLinks before,
                            ReleaseLinks after, const QString& releaseName, ErrorSink onError,
                            QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_before, m_after); }
    Result<void> revert() override { return write(m_after, m_before); }

private:
    Result<void> write(const ReleaseLinks& expected, const ReleaseLinks& wanted);

    ReleaseSchedulingService& m_service;
    ReleaseLinks m_before;
    ReleaseLinks m_after;
};

} // namespace slipway::ui
