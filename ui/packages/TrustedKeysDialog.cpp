// SPDX-License-Identifier: GPL-3.0-or-later
#include "TrustedKeysDialog.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "SigningKeyCommands.h"
#include "Theme.h"
#include "services/ArtifactService.h"
#include "services/Document.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

TrustedKeysDialog::TrustedKeysDialog(Document& document, bool editable, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_editable(editable) {
    setObjectName(QStringLiteral("trustedKeysDialog"));
    setWindowTitle(tr("Trusted keys"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));
    auto* intro = new QLabel(tr("Artifact signatures count only when made by one of these keys. "
                                "Trust a key from its public key file: an armoured OpenPGP key "
                                "or a minisign public key."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_messages = new MessageBar(QStringLiteral("trustedKeysMessages"), this);
    layout->addWidget(m_messages);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("trustedKeysTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Fingerprint"), tr("Label"), tr("Added")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add key file…"), this);
    m_add->setObjectName(QStringLiteral("addKeyFileButton"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeKeyButton"));
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TrustedKeysDialog::chooseKeyFile);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysDialog::removeSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TrustedKeysDialog::updateButtons);
    connect(&m_document.artifacts(), &ArtifactService::keysChanged, this,
            &TrustedKeysDialog::reload);
    resize(Theme::space(90), Theme::space(45));
    reload();
}

int TrustedKeysDialog::keyCount() const {
    return int(m_keys.size());
}

void TrustedKeysDialog::reload() {
    auto keys = m_document.artifacts().keys();
    if (!keys) {
        m_messages->showMessage(MessageBar::Kind::Error, keys.error().message);
        return;
    }
    m_keys = keys.value();
    m_table->setRowCount(int(m_keys.size()));
    for (int row = 0; row < m_keys.size(); ++row) {
        const SigningKey& k = m_keys.at(row);
        const QString added =
            tr("%1 by %2")
                .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(k.addedAt).toLocalTime(),
                                        QLocale::ShortFormat),
                     k.addedBy);
        const QStringList cells{k.kind == SigningKey::Kind::Minisign ? tr("minisign")
                                                                     : tr("OpenPGP"),
                                k.fingerprint, k.label, added};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void TrustedKeysDialog::updateButtons() {
    const QString why = m_editable ? QString() : tr("The file is open read-only.");
    m_add->setEnabled(m_editable);
    m_add->setToolTip(why);
    m_remove->setEnabled(m_editable && m_table->currentRow() >= 0 &&
                         !m_table->selectedItems().isEmpty());
    m_remove->setToolTip(why);
}

void TrustedKeysDialog::chooseKeyFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Trust a public key"), QString(),
                                     tr("Public keys (*.asc *.gpg *.pub *.key);;All files (*)"));
    if (!path.isEmpty())
        addKeyFile(path);
}

bool TrustedKeysDialog::addKeyFile(const QString& path) {
    if (!m_editable)
        return false;
    QFile file(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_messages->showMessage(MessageBar::Kind::Error,
                                tr("Cannot read %1: %2").arg(shown, file.errorString()));
        return false;
    }
    auto* command = new TrustKeyCommand(
        m_document.artifacts(), file.readAll(), QFileInfo(path).fileName(),
        [this](const QString& m) { m_messages->showMessage(MessageBar::Kind::Error, m); });
    if (!pushCommand(m_document.undoStack(), command))
        return false;
    m_messages->showMessage(
        MessageBar::Kind::Success,
        tr("Trusted %n key(s) from %1.", nullptr, int(command->trusted().size())).arg(shown));
    return true;
}

bool TrustedKeysDialog::removeSelected() {
    const int row = m_table->currentRow();
    if (!m_editable || row < 0 || row >= m_keys.size())
        return false;
    auto* command =
        new DistrustKeyCommand(m_document.artifacts(), m_keys.at(row), [this](const QString& m) {
            m_messages->showMessage(MessageBar::Kind::Error, m);
        });
    if (!pushCommand(m_document.undoStack(), command))
        return false;
    m_messages->hide();
    return true;
}

} // namespace slipway::ui
