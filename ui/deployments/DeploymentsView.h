// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace slipway {
class Document;
class DeploymentTableModel;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class MessageBar;

// Who deployed what, when, under which ticket: every deployment record, filtered by release,
// environment, person and period, recorded here or exported to CSV.
class DeploymentsView : public QWidget {
    Q_OBJECT
public:
    explicit DeploymentsView(Document& document, QWidget* parent = nullptr);
    void setEditable(bool editable);
    void showRelease(qint64 releaseId); // filters to one release (0: all)
    void reload();

private:
    void recordDeployment();
    void exportCsv();
    void fillFilters();

    Document& m_document;
    DeploymentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QComboBox* m_release = nullptr;
    QComboBox* m_environment = nullptr;
    QLineEdit* m_person = nullptr;
    QComboBox* m_period = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_export = nullptr;
    QLabel* m_count = nullptr;
    QStackedWidget* m_pages = nullptr;
    QTableView* m_table = nullptr;
    EmptyState* m_empty = nullptr;
    MessageBar* m_messages = nullptr;
    bool m_editable = true;
    bool m_filling = false;
};

} // namespace slipway::ui
