// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QTabWidget;
class QTimer;

namespace slipway {
class Document;
}

namespace slipway::ui {

class AdherencePanel;
class ServiceDashboard;

// The Reporting screen: a period (a preset or two dates) over two tabs, the service dashboard
// (how releases affected a service or team) and the adherence review (where the process was
// not followed, with corrective actions). Figures are read again once per burst of changes
// to the file, and only while the screen is shown.
class ReportingScreen : public QWidget {
    Q_OBJECT
public:
    explicit ReportingScreen(Document& document, QWidget* parent = nullptr);

    void setEditable(bool editable);
    // "dashboard", "adherence": the tabs, in order.
    static QStringList tabNames();
    bool showTab(const QString& key);
    QString currentTab() const;

    // The period shown, [fromUtc, toUtc): midnights UTC, the last day included.
    void setPeriod(const QDate& first, const QDate& last);
    // Shows the period last chosen for this file on this computer, and remembers each choice
    // from now on: a preset as itself (next quarter's "This quarter" is that quarter), custom
    // days as those days. Windows that remember their layout call it; screenshots do not.
    void rememberPeriod();
    qint64 fromUtc() const;
    qint64 toUtc() const;

    ServiceDashboard* dashboard() const { return m_dashboard; }
    AdherencePanel* adherencePanel() const { return m_adherence; }
    // Reads the figures of the current tab now (tests, screenshots).
    void refreshNow();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void presetChosen(int index);
    void datesEdited();
    void savePeriod() const;
    void refresh();

    Document& m_document;
    QComboBox* m_preset = nullptr;
    QDateEdit* m_first = nullptr;
    QDateEdit* m_last = nullptr;
    QTabWidget* m_tabs = nullptr;
    ServiceDashboard* m_dashboard = nullptr;
    AdherencePanel* m_adherence = nullptr;
    QTimer* m_refresh = nullptr;
    bool m_stale = true; // the file or the period changed while the screen was hidden
    bool m_remembers = false;
};

} // namespace slipway::ui
