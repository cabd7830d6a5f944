// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;
class QTimer;

namespace slipway {
class AuditLogModel;
class Document;
} // namespace slipway

namespace slipway::ui {

class MessageBar;

// The Audit screen: the hash-chained log newest first, filterable, with the selected entry's
// before and after side by side, and a check of the whole chain.
class AuditView : public QWidget {
    Q_OBJECT
public:
    explicit AuditView(Document& document, QWidget* parent = nullptr);

    void verify();
    void selectFirst();
    void saveLayout() const;
    void restoreLayout();

private:
    QWidget* buildHeader();
    QWidget* buildDetail();
    void applyFilter();
    void showSelected();
    void updateCount();

    Document& m_document;
    AuditLogModel* m_model = nullptr;
    QLabel* m_count = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_entity = nullptr;
    QPushButton* m_verify = nullptr;
    QTimer* m_filterDelay = nullptr;
    MessageBar* m_messages = nullptr;
    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_detailTitle = nullptr;
    QTextBrowser* m_before = nullptr;
    QTextBrowser* m_after = nullptr;
};

} // namespace slipway::ui
