// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Environment.h"
#include "services/ConfigService.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace slipway {
class Document;
class ConfigTableModel;
} // namespace slipway

namespace slipway::ui {

class ConfigDiffDialog;
class ConfigSetDialog;
class EmptyState;
class MessageBar;

// The Packages screen's Configuration tab: a release's settings in one environment (key, value
// or secret reference, •••• for a value marked secret), set and unset undoably through the
// configuration service, and the differences between two environments.
class ConfigurationPage : public QWidget {
    Q_OBJECT
public:
    ConfigurationPage(Document& document, ConfigService& service, QWidget* parent = nullptr);
    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    void showEnvironment(qint64 environmentId);
    // The environment with the most keys for the release (screenshots).
    void showFullestEnvironment();
    qint64 currentEnvironmentId() const;
    void reload();
    int keyCount() const;

    // Stores the setting undoably; the service's message when it was refused (nothing written,
    // nothing pushed), empty when it stands.
    QString set(const ConfigService::Setting& setting);
    // Removes the selected key, undoably.
    bool unsetSelected();
    // The dialogs, not yet shown (tests drive them; the buttons exec them).
    ConfigSetDialog* createSetDialog();
    ConfigDiffDialog* createDiffDialog();

private:
    void fillEnvironments();
    void updateButtons();

    Document& m_document;
    ConfigService& m_service;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    QList<Environment> m_environments;
    QComboBox* m_environment = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_unset = nullptr;
    QPushButton* m_diff = nullptr;
    MessageBar* m_messages = nullptr;
    ConfigTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace slipway::ui
