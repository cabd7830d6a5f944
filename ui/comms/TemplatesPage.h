// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MessageTemplate.h"
#include "io/MessageRenderer.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTimer;
class QTreeWidget;

namespace slipway {
class Document;
class MessageDocument;
} // namespace slipway

namespace slipway::ui {

class MessageBar;

// The template editor: the list of templates, subject and Markdown body with the
// placeholder palette, a live preview for a chosen release and audience, unknown
// placeholders flagged as you type, versions, and copy, export and issue.
class TemplatesPage : public QWidget {
    Q_OBJECT
public:
    explicit TemplatesPage(Document& document, QWidget* parent = nullptr);

    void reload();
    void setEditable(bool editable);
    void selectTemplate(const QString& name);
    void selectRelease(qint64 releaseId);
    QString previewText() const;
    const RenderedMessage& rendered() const { return m_rendered; }
    // Renders the editor's text now (it otherwise follows typing after a short pause).
    void updatePreview();

Q_SIGNALS:
    void issued(qint64 communicationId);

private:
    void loadTemplate(qint64 id);
    void fillReleases();
    void fillLists();
    void fillVersions();
    void schedulePreview();
    void insertPlaceholder(const QString& snippet);
    void save();
    void restoreVersion();
    void copyToClipboard();
    void exportMessage();
    void issue();
    bool isDirty() const;
    qint64 currentTemplateId() const;

    Document& m_document;
    MessageTemplate m_current;
    RenderedMessage m_rendered;
    bool m_editable = true;
    bool m_loading = false;
    QListWidget* m_list = nullptr;
    QTreeWidget* m_palette = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_problems = nullptr;
    QComboBox* m_versions = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_issue = nullptr;
    QComboBox* m_release = nullptr;
    QComboBox* m_audience = nullptr;
    QTextBrowser* m_preview = nullptr;
    MessageDocument* m_previewDoc = nullptr;
    MessageBar* m_message = nullptr;
    QTimer* m_previewTimer = nullptr;
    QWidget* m_lastEdited = nullptr;
};

} // namespace slipway::ui
