// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigSetDialog.h"

#include "DialogColumns.h"
#include "Theme.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace slipway::ui {

ConfigSetDialog::ConfigSetDialog(qint64 releaseId, qint64 environmentId,
                                 const QString& environmentName, Submit submit, QWidget* parent)
    : QDialog(parent)
    , m_releaseId(releaseId)
    , m_environmentId(environmentId)
    , m_submit(std::move(submit)) {
    setObjectName(QStringLiteral("configSetDialog"));
    setWindowTitle(tr("Set configuration in %1").arg(environmentName));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    auto* intro = new QLabel(tr("A plain value, or a reference to where the secret lives "
                                "(vault:PATH#FIELD, awssm:NAME, azkv:VAULT/NAME, env:NAME). "
                                "Slipway refuses values that look like secrets."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_key = new QLineEdit(this);
    m_key->setObjectName(QStringLiteral("configKeyEdit"));
    m_key->setPlaceholderText(tr("DB_HOST, payments.timeout_ms …"));
    form->addRow(tr("&Key:"), m_key);

    m_asValue = new QRadioButton(tr("&Value"), this);
    m_asValue->setObjectName(QStringLiteral("configValueChoice"));
    m_asReference = new QRadioButton(tr("Secret &reference"), this);
    m_asReference->setObjectName(QStringLiteral("configReferenceChoice"));
    auto* choice = new QButtonGroup(this);
    choice->addButton(m_asValue);
    choice->addButton(m_asReference);
    m_asValue->setChecked(true);
    auto* choices = new QHBoxLayout;
    choices->addWidget(m_asValue);
    choices->addWidget(m_asReference);
    choices->addStretch();
    form->addRow(tr("Holds:"), choices);

    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("configValueEdit"));
    form->addRow(tr("V&alue:"), m_value);
    m_secret = new QCheckBox(tr("&Mark secret: never shown, listed or exported in clear"), this);
    m_secret->setObjectName(QStringLiteral("configSecretCheck"));
    form->addRow(QString(), m_secret);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("configReferenceEdit"));
    m_reference->setPlaceholderText(tr("vault:secret/payments#db_password"));
    form->addRow(tr("R&eference:"), m_reference);
    layout->addLayout(form);

    m_message = fieldErrorLabel(this, QStringLiteral("configSetMessage"));
    m_message->setTextFormat(Qt::PlainText); // it repeats what was typed
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Set"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("configSetOk"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConfigSetDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_asValue, &QRadioButton::toggled, this, &ConfigSetDialog::updateFields);
    connect(m_secret, &QCheckBox::toggled, this, &ConfigSetDialog::updateFields);
    resize(Theme::space(70), sizeHint().height());
    updateFields();
}

void ConfigSetDialog::startFrom(const ConfigItem& item) {
    m_key->setText(item.key);
    if (item.isReference()) {
        m_asReference->setChecked(true);
        m_reference->setText(item.secretRef);
    } else {
        m_asValue->setChecked(true);
        m_secret->setChecked(item.isSecret);
        m_value->setText(item.isSecret ? QString() : item.value);
        if (item.isSecret)
            m_value->setPlaceholderText(tr("type the new value; the old one is not shown"));
    }
    updateFields();
}

void ConfigSetDialog::updateFields() {
    const bool value = m_asValue->isChecked();
    m_value->setEnabled(value);
    m_secret->setEnabled(value);
    m_reference->setEnabled(!value);
    m_value->setEchoMode(m_secret->isChecked() ? QLineEdit::Password : QLineEdit::Normal);
}

ConfigService::Setting ConfigSetDialog::setting() const {
    ConfigService::Setting s;
    s.releaseId = m_releaseId;
    s.environmentId = m_environmentId;
    s.key = m_key->text();
    if (m_asValue->isChecked()) {
        s.value = m_value->text();
        s.secret = m_secret->isChecked();
    } else {
        s.reference = m_reference->text();
    }
    return s;
}

bool ConfigSetDialog::submit() {
    const QString refused = m_submit ? m_submit(setting()) : tr("Nothing can be set here.");
    m_message->setText(refused);
    m_message->setVisible(!refused.isEmpty());
    if (!refused.isEmpty())
        return false;
    accept();
    return true;
}

QString ConfigSetDialog::message() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace slipway::ui
