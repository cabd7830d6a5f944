// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunDecisionDialog.h"

#include "Theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace slipway::ui {

RunDecisionDialog::RunDecisionDialog(const QString& where, const QString& context,
                                     RunDecision preset, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("runDecisionDialog"));
    setWindowTitle(tr("Go / no-go decision"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    auto* heading = new QLabel(where, this);
    heading->setTextFormat(Qt::PlainText);
    heading->setFont(Theme::sectionFont());
    heading->setWordWrap(true);
    layout->addWidget(heading);
    if (!context.isEmpty()) {
        auto* info = new QLabel(context, this);
        info->setObjectName(QStringLiteral("runDecisionContext"));
        info->setTextFormat(Qt::PlainText);
        info->setWordWrap(true);
        layout->addWidget(info);
    }
    m_choice = new QButtonGroup(this);
    const struct {
        RunDecision decision;
        QString name;
        QString text;
    } choices[] = {
        {RunDecision::Go, QStringLiteral("decisionGo"), tr("&Go: carry on with the next steps")},
        {RunDecision::NoGo, QStringLiteral("decisionNoGo"),
         tr("&No-go: stop here, production as it is")},
        {RunDecision::Rollback, QStringLiteral("decisionRollback"),
         tr("&Roll back: undo the steps done so far")},
    };
    for (const auto& c : choices) {
        auto* button = new QRadioButton(c.text, this);
        button->setObjectName(c.name);
        m_choice->addButton(button, int(c.decision));
        layout->addWidget(button);
    }
    auto* reasonLabel =
        new QLabel(tr("Why (recorded with your name, shown in the CAB pack):"), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMinimumHeight(fontMetrics().lineSpacing() * 4);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Record decision"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &RunDecisionDialog::updateOk);
    setDecision(preset);
    updateOk();
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
    m_reason->setFocus();
}

RunDecision RunDecisionDialog::decision() const {
    return RunDecision(m_choice->checkedId());
}

QString RunDecisionDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

void RunDecisionDialog::setDecision(RunDecision decision) {
    if (auto* button = m_choice->button(int(decision)))
        button->setChecked(true);
}

void RunDecisionDialog::setReason(const QString& reason) {
    m_reason->setPlainText(reason);
}

void RunDecisionDialog::updateOk() {
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace slipway::ui
