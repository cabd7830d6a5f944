// SPDX-License-Identifier: GPL-3.0-or-later
#include "CorrectiveActionDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

CorrectiveActionDialog::CorrectiveActionDialog(const CorrectiveAction& action,
                                               const QString& deviation, QWidget* parent)
    : QDialog(parent)
    , m_action(action) {
    setObjectName(QStringLiteral("correctiveActionDialog"));
    setWindowTitle(action.id ? tr("Edit Corrective Action") : tr("Add Corrective Action"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(deviation, this);
    intro->setObjectName(QStringLiteral("correctiveDeviation"));
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(action.title, this);
    m_title->setObjectName(QStringLiteral("correctiveTitle"));
    m_title->setPlaceholderText(tr("Require the CAB decision before the deployment is booked"));
    form->addRow(tr("&Action"), m_title);
    m_owner = new QLineEdit(action.owner, this);
    m_owner->setObjectName(QStringLiteral("correctiveOwner"));
    m_owner->setPlaceholderText(tr("Who will do it"));
    form->addRow(tr("&Owner"), m_owner);
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("correctiveDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_due->setDate(action.due.isValid() ? action.due
                                        : QDateTime::currentDateTimeUtc().date().addDays(30));
    form->addRow(tr("&Due"), m_due);
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("correctiveState"));
    for (CorrectiveState state : allCorrectiveStates())
        m_state->addItem(correctiveStateLabel(state), toKey(state));
    m_state->setCurrentIndex(std::max(0, m_state->findData(toKey(action.state))));
    form->addRow(tr("&State"), m_state);
    m_note = new QPlainTextEdit(action.note, this);
    m_note->setObjectName(QStringLiteral("correctiveNote"));
    m_note->setPlaceholderText(tr("How it was closed, or why it was dropped"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(Theme::space(10));
    form->addRow(tr("&Note"), m_note);
    m_error = fieldErrorLabel(this, QStringLiteral("correctiveError"));
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action.id ? tr("Save") : tr("Add"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
        else
            update();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &CorrectiveActionDialog::update);
    connect(m_owner, &QLineEdit::textChanged, this, &CorrectiveActionDialog::update);
    connect(m_state, &QComboBox::currentIndexChanged, this, &CorrectiveActionDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &CorrectiveActionDialog::update);
    setMinimumWidth(Theme::space(60));
    update();
    if (action.id && isClosed(action.state))
        m_note->setFocus();
}

CorrectiveAction CorrectiveActionDialog::action() const {
    CorrectiveAction a = m_action;
    a.title = m_title->text().trimmed();
    a.owner = m_owner->text().trimmed();
    a.due = m_due->date();
    a.state = correctiveStateFromKey(m_state->currentData().toString()).value_or(a.state);
    a.note = m_note->toPlainText().trimmed();
    return a;
}

QString CorrectiveActionDialog::problem() const {
    const QList<FieldProblem> problems = validateCorrectiveAction(action());
    return problems.isEmpty() ? QString() : problems.first().message;
}

void CorrectiveActionDialog::update() {
    // Nothing is wrong with a form not filled in yet: the button waits for a title and owner.
    const bool blank = m_title->text().trimmed().isEmpty() || m_owner->text().trimmed().isEmpty();
    const QString why = blank ? QString() : problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank && why.isEmpty());
}

} // namespace slipway::ui
