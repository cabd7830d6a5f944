// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunFinishDialog.h"

#include "Theme.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace slipway::ui {

RunFinishDialog::RunFinishDialog(RunOutcome preset, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("runFinishDialog"));
    setWindowTitle(tr("Finish run"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    m_choice = new QButtonGroup(this);
    const struct {
        RunOutcome outcome;
        QString name;
        QString text;
    } choices[] = {
        {RunOutcome::Succeeded, QStringLiteral("outcomeSucceeded"),
         tr("&Succeeded: every step done or skipped; records the production deployment")},
        {RunOutcome::RolledBack, QStringLiteral("outcomeRolledBack"),
         tr("&Rolled back: after a rollback decision; records the deployment as rolled back")},
        {RunOutcome::Aborted, QStringLiteral("outcomeAborted"),
         tr("&Aborted: stopped before production was touched; no deployment record")},
    };
    for (const auto& c : choices) {
        auto* button = new QRadioButton(c.text, this);
        button->setObjectName(c.name);
        m_choice->addButton(button, int(c.outcome));
        layout->addWidget(button);
    }
    auto* noteLabel = new QLabel(tr("&Note (optional):"), this);
    layout->addWidget(noteLabel);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("finishNote"));
    noteLabel->setBuddy(m_note);
    layout->addWidget(m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Finish run"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setOutcome(preset);
}

RunOutcome RunFinishDialog::outcome() const {
    return RunOutcome(m_choice->checkedId());
}

QString RunFinishDialog::note() const {
    return m_note->text().trimmed();
}

void RunFinishDialog::setOutcome(RunOutcome outcome) {
    if (auto* button = m_choice->button(int(outcome)))
        button->setChecked(true);
}

} // namespace slipway::ui
