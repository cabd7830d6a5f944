// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigCommands.h"

namespace slipway::ui {

ConfigService::Setting settingOf(const ConfigItem& item) {
    ConfigService::Setting s;
    s.releaseId = item.releaseId;
    s.environmentId = item.environmentId;
    s.key = item.key;
    if (item.isReference())
        s.reference = item.secretRef;
    else
        s.value = item.value;
    s.secret = item.isSecret && !item.isReference();
    return s;
}

SetConfigCommand::SetConfigCommand(ConfigService& service, ConfigService::Setting setting,
                                   ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(tr("Set %1").arg(setting.key.trimmed()), std::move(onError), parent)
    , m_service(service)
    , m_setting(std::move(setting)) {}

Result<void> SetConfigCommand::apply() {
    if (firstApply()) {
        auto current = m_service.items(m_setting.releaseId, m_setting.environmentId);
        if (!current)
            return current.error();
        const QString key = m_setting.key.trimmed();
        for (const ConfigItem& c : current.value())
            if (c.key == key)
                m_previous = c;
    }
    auto stored = m_service.set(m_setting);
    if (!stored)
        return stored.error();
    if (firstApply() && stored->outcome == ConfigService::Outcome::Unchanged)
        return Error{Error::Kind::Usage,
                     tr("%1 holds this already: nothing changed.").arg(stored->item.key)};
    return {};
}

Result<void> SetConfigCommand::revert() {
    if (m_previous) {
        auto back = m_service.set(settingOf(*m_previous));
        if (!back)
            return back.error();
        return {};
    }
    auto removed = m_service.unset(m_setting.releaseId, m_setting.environmentId, m_setting.key);
    if (!removed)
        return removed.error();
    return {};
}

UnsetConfigCommand::UnsetConfigCommand(ConfigService& service, ConfigItem item, ErrorSink onError,
                                       QUndoCommand* parent)
    : UndoCommand(tr("Unset %1").arg(item.key), std::move(onError), parent)
    , m_service(service)
    , m_item(std::move(item)) {}

Result<void> UnsetConfigCommand::apply() {
    auto removed = m_service.unset(m_item.releaseId, m_item.environmentId, m_item.key);
    if (!removed)
        return removed.error();
    return {};
}

Result<void> UnsetConfigCommand::revert() {
    auto back = m_service.set(settingOf(m_item));
    if (!back)
        return back.error();
    return {};
}

} // namespace slipway::ui
