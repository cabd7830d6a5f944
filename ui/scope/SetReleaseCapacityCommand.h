// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>
#include <optional>

namespace slipway {
class ScopeService;
}

namespace slipway::ui {

// Sets how much effort a release can take (or clears it); undo restores the old value.
class SetReleaseCapacityCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetReleaseCapacityCommand)
public:
    using ErrorSink = std::function<void(const QString& message)>;

    SetReleaseCapacityCommand(ScopeService& service, qint64 releaseId, std::optional<double> before,
                              std::optional<double> after, ErrorSink onError,
                              QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

private:
    void apply(std::optional<double> value);

    ScopeService& m_service;
    qint64 m_releaseId;
    std::optional<double> m_before;
    std::optional<double> m_after;
    ErrorSink m_onError;
};

} // namespace slipway::ui
