// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class ArchivePage;
class DistributionListsPage;
class KnownIssuesPage;
class TemplatesPage;

// The Communications screen: templates with a live preview, known issues, distribution
// lists and the archive of issued messages with their acknowledgements.
class CommsScreen : public QWidget {
    Q_OBJECT
public:
    explicit CommsScreen(Document& document, QWidget* parent = nullptr);

    void setEditable(bool editable);
    void showTab(const QString& name); // "templates", "issues", "lists", "archive"
    TemplatesPage* templatesPage() const { return m_templates; }
    ArchivePage* archivePage() const { return m_archive; }

private:
    QTabWidget* m_tabs = nullptr;
    TemplatesPage* m_templates = nullptr;
    KnownIssuesPage* m_issues = nullptr;
    DistributionListsPage* m_lists = nullptr;
    ArchivePage* m_archive = nullptr;
};

} // namespace slipway::ui
