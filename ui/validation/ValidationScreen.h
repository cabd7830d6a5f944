// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace slipway {
class Document;
class ValidationScheduler;
} // namespace slipway

namespace slipway::ui {

class ChecksPanel;
class ClosurePanel;
class EmptyState;
class FeedbackPanel;
class MetricsPanel;
class ReleasePicker;
class ReviewPanel;

// The After release screen: the releases that reached production on the left; on the right the
// chosen one's deployment, the countdown of its 72-hour feedback window, its validation state,
// and five tabs: checks, metrics, support feedback, the review and closure.
class ValidationScreen : public QWidget {
    Q_OBJECT
public:
    explicit ValidationScreen(Document& document, QWidget* parent = nullptr);
    ~ValidationScreen() override;

    void setEditable(bool editable);
    // Runs scheduled checks while the window is open (not in tests or screenshots).
    void startScheduler();
    ValidationScheduler* scheduler() const { return m_scheduler; }

    void showRelease(qint64 releaseId);
    qint64 currentReleaseId() const;
    // "checks", "metrics", "feedback", "review", "closure": the tabs, in order.
    static QStringList tabNames();
    bool showTab(const QString& key);
    QString currentTab() const;
    // The release with the most to show (screenshots): failing first, then the most checks
    // and metrics.
    void showBusiestRelease();

    ReleasePicker* picker() const { return m_picker; }
    ChecksPanel* checksPanel() const { return m_checks; }
    MetricsPanel* metricsPanel() const { return m_metrics; }
    // "Deployed 2026-11-03 14:00 UTC · feedback window: 41 h left"
    QString deploymentLine() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void releaseChosen(qint64 releaseId);
    void updateHeader();
    void refreshAll();

    Document& m_document;
    ValidationScheduler* m_scheduler = nullptr;
    ReleasePicker* m_picker = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QLabel* m_release = nullptr;
    QLabel* m_deployed = nullptr;
    QLabel* m_state = nullptr;
    QTabWidget* m_tabs = nullptr;
    ChecksPanel* m_checks = nullptr;
    MetricsPanel* m_metrics = nullptr;
    FeedbackPanel* m_feedback = nullptr;
    ReviewPanel* m_review = nullptr;
    ClosurePanel* m_closure = nullptr;
    QTimer* m_clock = nullptr;
    QTimer* m_refresh = nullptr;
    qint64 m_releaseId = 0;
    bool m_editable = true;
    bool m_stale = false; // the file changed while the screen was hidden
};

} // namespace slipway::ui
