// SPDX-License-Identifier: GPL-3.0-or-later
#include "PinDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

PinDialog::PinDialog(const QStringList& components, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("pinDialog"));
    setWindowTitle(tr("Pin a dependency"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    auto* intro = new QLabel(tr("Which versions of a shared library or service a component "
                                "works with. Slipway checks the pin against every environment "
                                "the release runs in."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_component = new QComboBox(this);
    m_component->setObjectName(QStringLiteral("pinComponentEdit"));
    m_component->setEditable(true);
    m_component->addItems(components);
    m_component->setMinimumContentsLength(24);
    form->addRow(tr("&Component:"), m_component);
    m_target = new QLineEdit(this);
    m_target->setObjectName(QStringLiteral("pinTargetEdit"));
    m_target->setPlaceholderText(tr("a name, group/name or package URL"));
    form->addRow(tr("&Depends on:"), m_target);
    m_constraint = new QLineEdit(this);
    m_constraint->setObjectName(QStringLiteral("pinConstraintEdit"));
    m_constraint->setPlaceholderText(tr("^1.2.0, ~1.4, >=2.0.0 <3.0.0"));
    form->addRow(tr("Con&straint:"), m_constraint);
    layout->addLayout(form);

    m_message = fieldErrorLabel(this, QStringLiteral("pinMessage"));
    m_message->setTextFormat(Qt::PlainText); // it repeats what was typed
    layout->addWidget(m_message);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Pin"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PinDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(Theme::space(70), sizeHint().height());
}

void PinDialog::startFrom(const QString& component, const QString& target,
                          const QString& constraint) {
    m_component->setCurrentText(component);
    m_target->setText(target);
    m_constraint->setText(constraint);
}

bool PinDialog::submit() {
    const QString refused =
        m_submit ? m_submit(m_component->currentText(), m_target->text(), m_constraint->text())
                 : tr("Nothing can be pinned here.");
    m_message->setText(refused);
    m_message->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        return false;
    accept();
    return true;
}

QString PinDialog::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace slipway::ui
