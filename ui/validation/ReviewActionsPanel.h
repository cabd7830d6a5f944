// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PostReview.h"

#include <QWidget>

class QLabel;
class QToolButton;
class QTableWidget;

namespace slipway {
class Document;
}

namespace slipway::ui {

// The review's actions: title, owner, due date and state, open ones past their date in red;
// added, edited, marked done, dropped, reopened and removed through undoable commands.
class ReviewActionsPanel : public QWidget {
    Q_OBJECT
public:
    ReviewActionsPanel(Document& document, QWidget* parent = nullptr);

    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    void reload();

Q_SIGNALS:
    void failed(const QString& message); // a refused edit, one line
    void editing();                      // an edit is about to be pushed

private:
    void fill();
    void updateButtons();
    const ReviewAction* selected() const;
    void add();
    void edit();
    void setState(ReviewAction::State state);
    void remove();

    Document& m_document;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    QList<ReviewAction> m_actions;
    QTableWidget* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QToolButton* m_add = nullptr;
    QToolButton* m_edit = nullptr;
    QToolButton* m_done = nullptr;
    QToolButton* m_drop = nullptr;
    QToolButton* m_reopen = nullptr;
    QToolButton* m_remove = nullptr;
};

} // namespace slipway::ui
