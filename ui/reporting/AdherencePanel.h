// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/CorrectiveAction.h"
#include "domain/Deviation.h"

#include <optional>

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace slipway {
class Document;
}

namespace slipway::ui {

class AdherenceTrendChart;
class EmptyState;
class MessageBar;
class UndoCommand;

// The adherence review of a period: every deviation (kind, release, team, when, what happened
// and the states of its corrective actions), a trend of deviations by month per team, and the
// chosen deviation's corrective actions, added, edited, closed, dropped and removed through
// the document's undo stack. "Export…" writes the review as PDF or CSV for an auditor.
class AdherencePanel : public QWidget {
    Q_OBJECT
public:
    explicit AdherencePanel(Document& document, QWidget* parent = nullptr);

    void setEditable(bool editable);
    void setPeriod(qint64 fromUtc, qint64 toUtc);
    // The file changed: the review is read again when next shown.
    void invalidate() { m_stale = true; }
    void refreshIfStale();
    void refresh();

    const QList<Deviation>& deviations() const { return m_deviations; }
    QList<CorrectiveAction> actionsOf(const QString& deviationKey) const;
    bool selectDeviation(const QString& key);
    QString currentDeviationKey() const;
    // The deviation with the most corrective actions, else the newest (screenshots).
    void showBusiestDeviation();
    // "2 open · 1 done", or "None": what the deviation table says of a deviation's actions.
    static QString actionSummary(const QList<CorrectiveAction>& actions);

    // Pushes an add of `action` (its deviation filled in) onto the undo stack; false when it
    // was refused (the message bar says why).
    bool addAction(const CorrectiveAction& action);
    bool exportTo(const QString& path);

    QTableView* deviationTable() const { return m_deviationTable; }
    QTableView* actionTable() const { return m_actionTable; }
    AdherenceTrendChart* trendChart() const { return m_trend; }
    QString summary() const;

private:
    void fillDeviations();
    void fillActions();
    void updateButtons();
    bool push(UndoCommand* command);
    const Deviation* currentDeviation() const;
    const CorrectiveAction* currentAction() const;
    void addDialog();
    void editDialog(std::optional<CorrectiveState> state);
    void removeAction();
    void exportDialog();
    void reloadActions();

    Document& m_document;
    qint64 m_fromUtc = 0;
    qint64 m_toUtc = 0;
    QList<Deviation> m_deviations;
    QHash<QString, QList<CorrectiveAction>> m_actions; // deviation key → its actions
    QComboBox* m_kind = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_export = nullptr;
    MessageBar* m_message = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QTableView* m_deviationTable = nullptr;
    QStandardItemModel* m_deviationModel = nullptr;
    QLabel* m_actionsTitle = nullptr;
    QLabel* m_deviationDetail = nullptr; // the chosen deviation's whole detail line
    QLabel* m_actionsHint = nullptr;     // what to do when it has no action yet
    QTableView* m_actionTable = nullptr;
    QStandardItemModel* m_actionModel = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_done = nullptr;
    QPushButton* m_drop = nullptr;
    QPushButton* m_remove = nullptr;
    AdherenceTrendChart* m_trend = nullptr;
    bool m_editable = true;
    bool m_stale = true;
};

} // namespace slipway::ui
