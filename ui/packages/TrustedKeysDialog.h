// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/SigningKey.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// The public keys artifact signatures are checked against: trusted from a key file (an
// armoured OpenPGP key or a minisign public key) or no longer trusted, each an undoable edit.
class TrustedKeysDialog : public QDialog {
    Q_OBJECT
public:
    TrustedKeysDialog(Document& document, bool editable, QWidget* parent = nullptr);

    // Trusts the keys in the file at `path`; what the Add key file… button does once a file
    // is chosen. Whether anything new is trusted.
    bool addKeyFile(const QString& path);
    // Stops trusting the selected key.
    bool removeSelected();
    int keyCount() const;

private:
    void reload();
    void chooseKeyFile();
    void updateButtons();

    Document& m_document;
    bool m_editable;
    QList<SigningKey> m_keys;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    MessageBar* m_messages = nullptr;
};

} // namespace slipway::ui
