// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "undo/UndoCommand.h"

#include <QCoreApplication>

#include <optional>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Sets how much effort a release can take (or clears it); undo restores the old value.
class SetReleaseCapacityCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetReleaseCapacityCommand)
public:
    SetReleaseCapacityCommand(ScopeService& service, qint64 releaseId, std::optional<double> before,
                              std::optional<double> after, ErrorSink onError,
                              QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(std::optional<double> value);

    ScopeService& m_service;
    qint64 m_releaseId;
    std::optional<double> m_before;
    std::optional<double> m_after;
};

} // namespace slipway::ui
