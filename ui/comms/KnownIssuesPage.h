// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/KnownIssue.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// Known issues and workarounds of one release (title, impact, workaround, status); the
// templates list them. Every change is an undoable, audited edit.
class KnownIssuesPage : public QWidget {
    Q_OBJECT
public:
    explicit KnownIssuesPage(Document& document, QWidget* parent = nullptr);

    void reload();
    void setEditable(bool editable);

private:
    void fillReleases();
    void showSelected();
    void saveIssue();
    void removeIssue();
    KnownIssue edited() const;
    std::optional<KnownIssue> selected() const;

    Document& m_document;
    QList<KnownIssue> m_issues;
    QComboBox* m_release = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QPlainTextEdit* m_workaround = nullptr;
    QComboBox* m_status = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_remove = nullptr;
    MessageBar* m_message = nullptr;
};

} // namespace slipway::ui
