// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

ActionDialog::ActionDialog(const ReviewAction& action, QWidget* parent)
    : QDialog(parent)
    , m_action(action) {
    setObjectName(QStringLiteral("actionDialog"));
    setWindowTitle(action.id ? tr("Edit action") : tr("Add action"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A change to a system or a process the review decided on, "
                                "with an owner and a date, tracked until it is done."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_title = new QLineEdit(action.title, this);
    m_title->setObjectName(QStringLiteral("actionTitle"));
    m_title->setPlaceholderText(tr("Add a synthetic check for the refund path"));
    form->addRow(tr("&Action"), m_title);
    m_owner = new QLineEdit(action.owner, this);
    m_owner->setObjectName(QStringLiteral("actionOwner"));
    m_owner->setPlaceholderText(tr("A person or a team"));
    form->addRow(tr("&Owner"), m_owner);
    auto* dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("Due by"), this);
    m_hasDue->setObjectName(QStringLiteral("actionHasDue"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("actionDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const qint64 due =
        action.dueAt > 0 ? action.dueAt : QDateTime::currentSecsSinceEpoch() + 14 * 86400;
    m_due->setDate(QDateTime::fromSecsSinceEpoch(due, Qt::UTC).date());
    m_hasDue->setChecked(action.dueAt > 0 || action.id == 0);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("&Due"), dueRow);
    m_error = fieldErrorLabel(this, QStringLiteral("actionError"));
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(action.id ? tr("Save") : tr("Add"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, &ActionDialog::update);
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_due->setEnabled(m_hasDue->isChecked());
    setMinimumWidth(Theme::space(56));
    update();
}

ReviewAction ActionDialog::action() const {
    ReviewAction a = m_action;
    a.title = m_title->text().trimmed();
    a.owner = m_owner->text().trimmed();
    // Due at the end of the chosen day, UTC.
    a.dueAt = m_hasDue->isChecked()
                  ? QDateTime(m_due->date(), QTime(23, 59, 59), Qt::UTC).toSecsSinceEpoch()
                  : 0;
    return a;
}

QString ActionDialog::problem() const {
    const QList<FieldProblem> problems = validateAction(action());
    return problems.isEmpty() ? QString() : problems.first().message;
}

void ActionDialog::update() {
    const bool blank = m_title->text().trimmed().isEmpty();
    const QString why = blank ? QString() : problem();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!blank && why.isEmpty());
}

} // namespace slipway::ui
