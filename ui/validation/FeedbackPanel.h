// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Incident.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;

// The After release screen's Feedback tab: how much of the 72-hour feedback window is left,
// what support teams reported (added, edited and removed through undoable commands), and the
// incidents correlated with the release, new patterns marked, with an import of the service
// desk's export.
class FeedbackPanel : public QWidget {
    Q_OBJECT
public:
    FeedbackPanel(Document& document, QWidget* parent = nullptr);

    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    qint64 releaseId() const { return m_releaseId; }

    // Imports the incidents of a service desk's CSV export (what "Import incidents…" does once
    // a file is chosen): every row checked first, then all written or none; the counts or the
    // refusal's lines are shown in the message bar. True when something was imported.
    bool importIncidents(const QString& path);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void reload();
    void updateCountdown();
    void updateButtons();
    void fillFeedback();
    void fillIncidents();
    const FeedbackEntry* selectedEntry() const;
    void addEntry();
    void editEntry();
    void removeEntry();
    void chooseIncidentFile();
    void fail(const QString& message);

    Document& m_document;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    bool m_stale = false;    // a change came while hidden: reloaded when shown
    qint64 m_deployedAt = 0; // first production deployment, UTC seconds; 0: none
    QList<FeedbackEntry> m_entries;
    QList<CorrelatedIncident> m_incidents;
    MessageBar* m_messages = nullptr;
    QLabel* m_countdown = nullptr;
    QTimer* m_tick = nullptr;
    QStackedWidget* m_feedbackPages = nullptr;
    QTableWidget* m_feedback = nullptr;
    QLabel* m_feedbackEmpty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QStackedWidget* m_incidentPages = nullptr;
    QTableWidget* m_incidentTable = nullptr;
    QLabel* m_incidentsEmpty = nullptr;
    QLabel* m_incidentSummary = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace slipway::ui
