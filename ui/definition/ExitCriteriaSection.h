// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ExitCriterion.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;

namespace slipway::ui {

struct DefinitionContext;

// The exit-criteria checklist: tick, waive with a reason, reopen, reorder, add and remove,
// with the completion that says whether development is done.
class ExitCriteriaSection : public QWidget {
    Q_OBJECT
public:
    ExitCriteriaSection(DefinitionContext& context, QWidget* parent = nullptr);

    void load(qint64 releaseId);
    void setEditable(bool editable);

private:
    void itemChanged(QTableWidgetItem* item);
    void change(const ExitCriterion& before, const ExitCriterion& after, const QString& text);
    void move(int delta);
    void waiveSelected();
    void reopenSelected();
    void removeSelected();
    int selectedRow() const;
    void updateButtons();

    DefinitionContext& m_context;
    qint64 m_releaseId = 0;
    QList<ExitCriterion> m_criteria;
    bool m_loading = false;
    QProgressBar* m_progress = nullptr;
    QLabel* m_done = nullptr;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_new = nullptr;
    QPushButton* m_add = nullptr;
    QLineEdit* m_reason = nullptr;
    QPushButton* m_waive = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace slipway::ui
