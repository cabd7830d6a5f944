// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace slipway {
class CheckRunner;
class Document;
} // namespace slipway

namespace slipway::ui {

class CheckChart;
class CheckResultModel;
class EmptyState;
class MessageBar;
class UndoCommand;

// The Checks tab: the checks that apply to a release with their latest result, edited through
// the undo stack; "Run now" runs them without blocking the window and stores what they found;
// the selected check's latency chart and its results below.
class ChecksPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        ScopeColumn,
        ScheduleColumn,
        LatestColumn,
        LatencyColumn,
        WhenColumn,
        ColumnCount
    };

    explicit ChecksPanel(Document& document, QWidget* parent = nullptr);
    ~ChecksPanel() override;

    void setRelease(qint64 releaseId);
    qint64 releaseId() const { return m_releaseId; }
    void setEditable(bool editable);
    // Reads the checks and their latest results again, keeping the selection.
    void refresh();

    // Selects the check and shows its chart and results; false when it does not apply.
    bool showCheck(qint64 checkId);
    qint64 currentCheckId() const;
    const QList<ValidationCheck>& checks() const { return m_checks; }

    void addCheck();
    void editCheck();
    void removeCheck();
    // Runs every enabled check that applies; false when nothing was started.
    bool runNow();
    bool isRunning() const;

    CheckChart* chart() const { return m_chart; }
    QTableView* checkTable() const { return m_table; }
    QTableView* resultTable() const { return m_results; }

Q_SIGNALS:
    void runFinished();

private:
    void loadResults();
    void updateButtons();
    void resultArrived(const CheckResult& result);
    bool push(UndoCommand* command);
    const ValidationCheck* current() const;

    Document& m_document;
    CheckRunner* m_runner = nullptr;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    QList<ValidationCheck> m_checks;
    QHash<qint64, CheckResult> m_latest;
    MessageBar* m_message = nullptr;
    QLabel* m_runState = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_run = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    CheckChart* m_chart = nullptr;
    CheckResultModel* m_resultModel = nullptr;
    QTableView* m_results = nullptr;
    qint64 m_shownCheck = -1;
    bool m_filling = false;
};

} // namespace slipway::ui
