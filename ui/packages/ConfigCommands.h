// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/ConfigService.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

#include <optional>

namespace slipway::ui {

// Sets one configuration key of a release in one environment to a value or a secret
// reference; undo puts back what the key held before, or removes a key this created. A
// setting the service refuses (a secret-looking value, a bad reference) fails the first redo,
// so nothing is written and nothing is pushed.
class SetConfigCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SetConfigCommand)
public:
    SetConfigCommand(ConfigService& service, ConfigService::Setting setting, ErrorSink onError,
                     QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ConfigService& m_service;
    ConfigService::Setting m_setting;
    std::optional<ConfigItem> m_previous; // what the key held before; none: it was new
};

// Removes one configuration key; undo sets it again as it was.
class UnsetConfigCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(UnsetConfigCommand)
public:
    UnsetConfigCommand(ConfigService& service, ConfigItem item, ErrorSink onError,
                       QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override;
    Result<void> revert() override;

private:
    ConfigService& m_service;
    ConfigItem m_item;
};

// The setting that stores `item` again as it is.
ConfigService::Setting settingOf(const ConfigItem& item);

} // namespace slipway::ui
