// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

class EmptyState;
class MessageBar;
class ReviewActionsPanel;
class UndoCommand;

// The After release screen's Review tab: whether the release needs a post-implementation
// review and why, the blameless template (summary, what went well, what did not, contributing
// factors, lessons learned) saved and marked done or reopened through undoable commands, the
// timeline of the deployment and the days after, and the actions with owners and due dates,
// overdue ones in red. "Export PDF…" writes the review as a document.
class ReviewPanel : public QWidget {
    Q_OBJECT
public:
    ReviewPanel(Document& document, QWidget* parent = nullptr);

    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    qint64 releaseId() const { return m_releaseId; }

    // Writes the post-implementation review PDF (what "Export PDF…" does once a file is
    // chosen); a failure is shown in the message bar.
    bool exportPdf(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void fillRequirement();
    void fillReview();
    void fillTimeline();
    void updateButtons();
    bool textChanged() const;
    PostReview edited() const;
    void startReview();
    void saveReview();
    void markDone();
    void reopen();
    void chooseExportFile();
    void fail(const QString& message);
    bool push(UndoCommand* command);

    Document& m_document;
    qint64 m_releaseId = 0;
    QString m_releaseLabel;
    bool m_editable = true;
    bool m_stale = false; // a change came while hidden: reloaded when shown
    bool m_loading = false;
    std::optional<PostReview> m_review;
    MessageBar* m_messages = nullptr;
    QLabel* m_requirement = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QWidget* m_content = nullptr;
    QLabel* m_state = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_wentWell = nullptr;
    QPlainTextEdit* m_wentBadly = nullptr;
    QPlainTextEdit* m_factors = nullptr;
    QPlainTextEdit* m_lessons = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_export = nullptr;
    QListWidget* m_timeline = nullptr;
    ReviewActionsPanel* m_actions = nullptr;
};

} // namespace slipway::ui
