// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDialog.h"

#include "Theme.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

ChecklistDialog::ChecklistDialog(const ChecklistItem& item, ChecklistItem::State to,
                                 QWidget* parent)
    : QDialog(parent)
    , m_item(item)
    , m_to(to) {
    setObjectName(QStringLiteral("checklistDialog"));
    const bool tick = to == ChecklistItem::State::Done;
    setWindowTitle(tick ? tr("Tick “%1”").arg(displayName(item.key))
                        : tr("“%1” not applicable").arg(displayName(item.key)));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tick ? tr("Where the update can be seen: a link to the runbook, "
                                       "dashboard or page, or the commit that changed it.")
                                  : tr("Why this release changed nothing here."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_text = new QLineEdit(tick ? item.reference : item.reason, this);
    m_text->setObjectName(tick ? QStringLiteral("checklistReference")
                               : QStringLiteral("checklistReason"));
    m_text->setPlaceholderText(tick ? tr("https://wiki.example.com/runbooks/payments or a1b2c3d")
                                    : tr("No new alerts: the release changes no endpoint"));
    form->addRow(tick ? tr("&Reference") : tr("&Reason"), m_text);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tick ? tr("Tick") : tr("Not applicable"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->text().trimmed().isEmpty());
    };
    connect(m_text, &QLineEdit::textChanged, this, update);
    update();
    setMinimumWidth(Theme::space(56));
}

ChecklistItem ChecklistDialog::item() const {
    ChecklistItem i = m_item;
    i.state = m_to;
    if (m_to == ChecklistItem::State::Done) {
        i.reference = m_text->text().trimmed();
        i.reason.clear();
    } else {
        i.reason = m_text->text().trimmed();
        i.reference.clear();
    }
    return i;
}

} // namespace slipway::ui
