// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace slipway::ui {

// Asks for the password a PostgreSQL server wants when libpq's own sources (~/.pgpass, the
// service file, PGPASSWORD) gave none or a wrong one. The password is kept in memory for this
// connection only, unless "Remember in the desktop keyring" is ticked (it never is by default).
class ServerPasswordDialog : public QDialog {
    Q_OBJECT
public:
    // `server` as displayName() shows it; `refused`: a password was tried and not accepted.
    ServerPasswordDialog(const QString& server, bool refused, QWidget* parent = nullptr);

    QString password() const;
    bool remember() const;

private:
    QLineEdit* m_password = nullptr;
    QCheckBox* m_remember = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace slipway::ui
