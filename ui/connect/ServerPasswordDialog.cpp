// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerPasswordDialog.h"

#include "Theme.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace slipway::ui {

ServerPasswordDialog::ServerPasswordDialog(const QString& server, bool refused, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Password for %1").arg(server));
    setObjectName(QStringLiteral("serverPasswordDialog"));
    auto* intro = new QLabel(
        refused ? tr("%1 did not accept the password. Type it again.").arg(server)
                : tr("%1 asks for a password, and none was found in ~/.pgpass or the service "
                     "file.")
                      .arg(server),
        this);
    intro->setObjectName(QStringLiteral("passwordIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto* form = new QFormLayout;
    form->addRow(tr("&Password"), m_password);

    m_remember = new QCheckBox(tr("&Remember in the desktop keyring"), this);
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setChecked(false);
    m_remember->setToolTip(tr("Otherwise Slipway forgets the password when the window closes"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_buttons);
    // The wrapped text decides the width; the dialog is as tall as that makes it, no taller.
    intro->setMinimumWidth(Theme::space(55));
    layout->setSizeConstraint(QLayout::SetFixedSize);
    m_password->setFocus();
}

QString ServerPasswordDialog::password() const {
    return m_password->text();
}

bool ServerPasswordDialog::remember() const {
    return m_remember->isChecked();
}

} // namespace slipway::ui
