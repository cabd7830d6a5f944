// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace slipway::ui {

// Settles one closure checklist item: ticked with a reference (a link or a commit that shows
// it was brought up to date), or not applicable with the reason.
class ChecklistDialog : public QDialog {
    Q_OBJECT
public:
    // `to`: Done or NotApplicable.
    ChecklistDialog(const ChecklistItem& item, ChecklistItem::State to, QWidget* parent = nullptr);

    ChecklistItem item() const; // the item as it will be settled
    QLineEdit* field() const { return m_text; }

private:
    ChecklistItem m_item;
    ChecklistItem::State m_to;
    QLineEdit* m_text = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
