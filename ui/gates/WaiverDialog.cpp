// SPDX-License-Identifier: GPL-3.0-or-later
#include "WaiverDialog.h"

#include "Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

WaiverDialog::WaiverDialog(const ReleaseGate& gate, qint64 criterionId, bool emergency,
                           QWidget* parent)
    : QDialog(parent)
    , m_gate(gate) {
    setObjectName(QStringLiteral("waiverDialog"));
    setWindowTitle(tr("Request a Waiver"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A waiver lets the release through this check, on record. It "
                                "counts once someone other than you approves it, until it "
                                "expires, and it goes on the CAB agenda."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_scope = new QComboBox(this);
    m_scope->setObjectName(QStringLiteral("waiverScope"));
    for (const GateCriterion& c : gate.criteria)
        m_scope->addItem(tr("Criterion: %1").arg(c.spec.name), c.id);
    if (emergency)
        m_scope->addItem(tr("The whole gate “%1” (emergency release)").arg(gate.name), 0);
    const int chosen = m_scope->findData(criterionId);
    m_scope->setCurrentIndex(chosen >= 0 ? chosen : 0);
    form->addRow(tr("&Waive:"), m_scope);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("waiverReason"));
    m_reason->setPlaceholderText(tr("Why the release cannot meet this check now"));
    m_reason->setFixedHeight(Theme::space(8));
    form->addRow(tr("&Reason:"), m_reason);
    m_controls = new QPlainTextEdit(this);
    m_controls->setObjectName(QStringLiteral("waiverControls"));
    m_controls->setPlaceholderText(tr("What stands in for the check meanwhile"));
    m_controls->setFixedHeight(Theme::space(8));
    form->addRow(tr("Compensating &controls:"), m_controls);
    m_expires = new QDateEdit(QDate::currentDate().addDays(14), this);
    m_expires->setObjectName(QStringLiteral("waiverExpires"));
    m_expires->setCalendarPopup(true);
    m_expires->setMinimumDate(QDate::currentDate().addDays(1));
    form->addRow(tr("&Expires:"), m_expires);
    m_task = new QLineEdit(this);
    m_task->setObjectName(QStringLiteral("waiverTask"));
    m_task->setPlaceholderText(tr("The validation owed after the release"));
    form->addRow(tr("&Validation task:"), m_task);
    m_owner = new QLineEdit(this);
    m_owner->setObjectName(QStringLiteral("waiverOwner"));
    form->addRow(tr("Task &owner:"), m_owner);
    layout->addLayout(form);
    m_problems = new QLabel(this);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    layout->addWidget(m_problems);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Request waiver"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    for (QPlainTextEdit* e : {m_reason, m_controls})
        connect(e, &QPlainTextEdit::textChanged, this, &WaiverDialog::validate);
    connect(m_task, &QLineEdit::textChanged, this, &WaiverDialog::validate);
    validate();
}

GateWaiver WaiverDialog::waiver() const {
    GateWaiver w;
    w.gateId = m_gate.id;
    w.criterionId = m_scope->currentData().toLongLong();
    w.reason = m_reason->toPlainText().trimmed();
    w.controls = m_controls->toPlainText().trimmed();
    w.requestedAt = QDateTime::currentDateTimeUtc();
    w.expiresAt = QDateTime(m_expires->date(), QTime(23, 59), Qt::UTC);
    w.validationTask = m_task->text().trimmed();
    w.validationOwner = m_owner->text().trimmed();
    return w;
}

void WaiverDialog::validate() {
    const QStringList problems = validateWaiver(waiver());
    m_problems->setText(problems.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

} // namespace slipway::ui
