// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectServerDialog.h"

#include "DialogColumns.h"
#include "Theme.h"
#include "services/DatabaseAddress.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

constexpr int kDefaultPort = 5432;

} // namespace

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect to a PostgreSQL server"));
    setObjectName(QStringLiteral("connectServerDialog"));

    m_byFields = new QRadioButton(tr("&Server"), this);
    m_byFields->setObjectName(QStringLiteral("connectByFields"));
    m_byFields->setChecked(true);
    auto* fields = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("hostEdit"));
    m_host->setPlaceholderText(tr("this computer"));
    fields->addRow(tr("&Host"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(kDefaultPort);
    m_port->setGroupSeparatorShown(false);
    fields->addRow(tr("&Port"), m_port);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("databaseEdit"));
    fields->addRow(tr("&Database"), m_database);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_user->setPlaceholderText(tr("your login name"));
    fields->addRow(tr("&User"), m_user);
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    const auto addMode = [this](const QString& label, const QString& mode, const QString& tip) {
        m_sslMode->addItem(label, mode);
        m_sslMode->setItemData(m_sslMode->count() - 1, tip, Qt::ToolTipRole);
    };
    addMode(tr("verify-full (recommended)"), QStringLiteral("verify-full"),
            tr("Encrypted; the server's certificate and name are checked"));
    addMode(tr("verify-ca"), QStringLiteral("verify-ca"),
            tr("Encrypted; the server's certificate is checked, not its name"));
    addMode(tr("require"), QStringLiteral("require"), tr("Encrypted; the server is not checked"));
    addMode(tr("libpq's default"), QString(),
            tr("Encrypted when the server offers it; the server is not checked"));
    addMode(tr("disable"), QStringLiteral("disable"), tr("Never encrypted"));
    m_sslMode->setToolTip(tr("Across a network, verify-full keeps both the password and the data "
                             "from anyone in between"));
    fields->addRow(tr("&TLS"), m_sslMode);

    m_byService = new QRadioButton(tr("A libpq s&ervice"), this);
    m_byService->setObjectName(QStringLiteral("connectByService"));
    auto* service = new QFormLayout;
    m_service = new QLineEdit(this);
    m_service->setObjectName(QStringLiteral("serviceEdit"));
    m_service->setPlaceholderText(tr("a name from ~/.pg_service.conf"));
    service->addRow(tr("Ser&vice"), m_service);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("addressPreview"));
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setWordWrap(true);
    m_problem = fieldErrorLabel(this, QStringLiteral("addressProblem"));
    auto* note = new QLabel(tr("Slipway keeps no password: libpq reads it from ~/.pgpass or the "
                               "service file, and Slipway asks only when the server wants one "
                               "they do not give."),
                            this);
    note->setWordWrap(true);
    note->setObjectName(QStringLiteral("passwordNote"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_byFields);
    fields->setContentsMargins(Theme::space(3), 0, 0, 0);
    layout->addLayout(fields);
    layout->addWidget(m_byService);
    service->setContentsMargins(Theme::space(3), 0, 0, 0);
    layout->addLayout(service);
    layout->addSpacing(Theme::space(1));
    layout->addWidget(m_preview);
    layout->addWidget(m_problem);
    layout->addWidget(note);
    layout->addWidget(m_buttons);
    // The wrapped texts decide the width; the dialog is as tall as that makes them, no taller.
    note->setMinimumWidth(Theme::space(55));
    m_preview->setMinimumWidth(Theme::space(55));
    layout->setSizeConstraint(QLayout::SetFixedSize);

    connect(m_host, &QLineEdit::textChanged, this, &ConnectServerDialog::hostEdited);
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_settingSsl)
            m_sslChosen = true;
        update();
    });
    for (QLineEdit* edit : {m_database, m_user, m_service})
        connect(edit, &QLineEdit::textChanged, this, &ConnectServerDialog::update);
    connect(m_port, &QSpinBox::valueChanged, this, &ConnectServerDialog::update);
    connect(m_byFields, &QRadioButton::toggled, this, &ConnectServerDialog::update);
    hostEdited();
}

// TLS matters across a network: a remote host gets verify-full until the user picks a mode; the
// local socket and loopback get libpq's default.
void ConnectServerDialog::hostEdited() {
    if (!m_sslChosen) {
        m_settingSsl = true;
        const bool local = DatabaseAddress::isLocalHost(m_host->text());
        m_sslMode->setCurrentIndex(
            m_sslMode->findData(local ? QString() : QStringLiteral("verify-full")));
        m_settingSsl = false;
    }
    update();
}

void ConnectServerDialog::fill(const QString& host, const QString& database, const QString& user) {
    m_byFields->setChecked(true);
    m_host->setText(host);
    m_database->setText(database);
    m_user->setText(user);
}

QString ConnectServerDialog::address() const {
    if (m_byService->isChecked()) {
        return m_service->text().trimmed().isEmpty()
                   ? QString()
                   : DatabaseAddress::serviceString(m_service->text());
    }
    if (m_database->text().isEmpty())
        return {};
    DatabaseAddress::ServerFields f;
    f.host = m_host->text().trimmed();
    f.port = m_port->value() == kDefaultPort ? 0 : m_port->value();
    f.database = m_database->text();
    f.user = m_user->text().trimmed();
    f.sslMode = m_sslMode->currentData().toString();
    return DatabaseAddress::serverUrl(f);
}

void ConnectServerDialog::update() {
    const bool fields = m_byFields->isChecked();
    for (QWidget* w : {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port),
                       static_cast<QWidget*>(m_database), static_cast<QWidget*>(m_user),
                       static_cast<QWidget*>(m_sslMode)})
        w->setEnabled(fields);
    m_service->setEnabled(!fields);
    const QString text = address();
    QString problem;
    if (!text.isEmpty()) {
        if (auto checked = DatabaseAddress::check(text); !checked)
            problem = checked.error().message;
    }
    m_preview->setText(text.isEmpty()
                           ? (fields ? tr("Name the database.") : tr("Name the service."))
                           : tr("Opens %1").arg(DatabaseAddress::displayName(text)));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty() && problem.isEmpty());
}

} // namespace slipway::ui
