// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace slipway::ui {

// File ▸ Connect to Server: a PostgreSQL server by host, port, database, user and TLS mode, or
// by a libpq service name. It builds the address (a postgresql:// URL or service=NAME) that the
// window then opens the way it opens a file; it asks for no password (libpq's ~/.pgpass and
// service file come first, the window asks only when the server wants one they did not give).
class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // The address the fields make; empty while they name no database.
    QString address() const;
    // Fills the server fields (for pictures of the dialog and for callers that know them).
    void fill(const QString& host, const QString& database, const QString& user);

private:
    void hostEdited();
    void update();

    QRadioButton* m_byFields = nullptr;
    QRadioButton* m_byService = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_service = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_sslChosen = false; // the user picked a mode: the host no longer changes it
    bool m_settingSsl = false;
};

} // namespace slipway::ui
