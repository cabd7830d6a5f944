// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClosureCommands.h"

#include "services/ClosureService.h"

#include <QJsonObject>

namespace slipway::ui {
namespace {

QString describe(const ChecklistItem& item) {
    switch (item.state) {
    case ChecklistItem::State::Done:
        return SettleChecklistItemCommand::tr("Tick “%1”").arg(displayName(item.key));
    case ChecklistItem::State::NotApplicable:
        return SettleChecklistItemCommand::tr("Mark “%1” not applicable")
            .arg(displayName(item.key));
    case ChecklistItem::State::Open:
        break;
    }
    return SettleChecklistItemCommand::tr("Reopen “%1”").arg(displayName(item.key));
}

} // namespace

SettleChecklistItemCommand::SettleChecklistItemCommand(ClosureService& service,
                                                       const ChecklistItem& before,
                                                       const ChecklistItem& after,
                                                       ErrorSink onError, QUndoCommand* parent)
    : UndoCommand(describe(after), std::move(onError), parent)
    , m_service(service)
    , m_before(before)
    , m_after(after) {}

Result<void> SettleChecklistItemCommand::write(const ChecklistItem& image) {
    ChecklistItem wanted = image;
    wanted.rowVersion = m_before.rowVersion; // the first time: the version the user saw
    if (m_left) {
        // Over what this session left; when someone else settled the item since, the version
        // this session knew goes to the service, which refuses it naming who and when.
        auto items = m_service.checklist(m_before.releaseId);
        if (!items)
            return items.error();
        const auto content = [](const ChecklistItem& item) {
            QJsonObject json = toJson(item);
            json.remove(QStringLiteral("row_version"));
            return json;
        };
        wanted.rowVersion = m_left->rowVersion;
        for (const ChecklistItem& stored : items.value())
            if (stored.key == m_before.key && content(stored) == content(*m_left))
                wanted.rowVersion = stored.rowVersion;
    }
    auto done = m_service.settle(wanted);
    if (!done)
        return done.error();
    m_left = done.value();
    return {};
}

} // namespace slipway::ui
