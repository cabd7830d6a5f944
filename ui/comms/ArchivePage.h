// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Communication.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTextBrowser;

namespace slipway {
class Document;
class MessageDocument;
} // namespace slipway

namespace slipway::ui {

class MessageBar;

// The archive of issued messages: searchable, each shown exactly as issued with its
// SHA-256 check, recipients and acknowledgements; acknowledgements are entered here or
// imported from CSV, and the archive exports to CSV for auditors.
class ArchivePage : public QWidget {
    Q_OBJECT
public:
    explicit ArchivePage(Document& document, QWidget* parent = nullptr);

    void reload();
    void setEditable(bool editable);
    void selectMessage(qint64 id);

private:
    void showSelected();
    void recordAcknowledgement();
    void importAcknowledgements();
    void exportCsv();
    void exportMessage();
    std::optional<Communication> selected() const;

    Document& m_document;
    QList<Communication> m_messages;
    QLineEdit* m_search = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableWidget* m_table = nullptr;
    QTextBrowser* m_preview = nullptr;
    MessageDocument* m_previewDoc = nullptr;
    QLabel* m_integrity = nullptr;
    QTableWidget* m_recipients = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_import = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace slipway::ui
