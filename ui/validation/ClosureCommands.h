// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"
#include "undo/UndoCommand.h"

#include <QCoreApplication>

#include <optional>

namespace slipway {
class ClosureService;
}

namespace slipway::ui {

// Ticks a closure checklist item (with a reference), marks it not applicable (with a reason)
// or reopens it; undo settles it back as it was, refusing once someone else changed it.
class SettleChecklistItemCommand : public UndoCommand {
    Q_DECLARE_TR_FUNCTIONS(SettleChecklistItemCommand)
public:
    SettleChecklistItemCommand(ClosureService& service, const ChecklistItem& before,
                               const ChecklistItem& after, ErrorSink onError,
                               QUndoCommand* parent = nullptr);

protected:
    Result<void> apply() override { return write(m_after); }
    Result<void> revert() override { return write(m_before); }

private:
    Result<void> write(const ChecklistItem& image);

    ClosureService& m_service;
    ChecklistItem m_before;
    ChecklistItem m_after;
    std::optional<ChecklistItem> m_left; // the item as this session's last write stored it
};

} // namespace slipway::ui
