// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceReport.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace slipway {
class Document;
}

namespace slipway::ui {

class MessageBar;
class ServiceCharts;

// How releases affected a service, a team's services or every service over a period: tiles
// for deployment frequency, lead time, change failure rate, time to restore and availability
// (each says its definition in a tooltip) over the charts, and "Export…" to PDF or CSV for a
// service review. The report is computed when asked (refreshIfStale), never while painting.
class ServiceDashboard : public QWidget {
    Q_OBJECT
public:
    explicit ServiceDashboard(Document& document, QWidget* parent = nullptr);

    void setPeriod(qint64 fromUtc, qint64 toUtc);
    // The file changed: the report is computed again when next shown.
    void invalidate() { m_stale = true; }
    void refreshIfStale();
    void refresh();

    // "frequency", "lead", "failure", "restore", "availability"
    static QStringList tileKeys();
    QString tileValue(const QString& key) const;
    QString tileDetail(const QString& key) const;
    QString tileDefinition(const QString& key) const;
    const ServiceReport& report() const { return m_report; }
    ServiceCharts* charts() const { return m_charts; }
    QComboBox* serviceCombo() const { return m_service; }
    QComboBox* teamCombo() const { return m_team; }

    // Writes the dashboard's report to `path` (PDF or CSV by its suffix); false says why in
    // the message bar.
    bool exportTo(const QString& path);

private:
    void fillScopes();
    void scopeChosen(bool service);
    void showTiles();
    void exportDialog();

    Document& m_document;
    ServiceReportQuery m_query;
    ServiceReport m_report;
    QComboBox* m_service = nullptr;
    QComboBox* m_team = nullptr;
    QPushButton* m_export = nullptr;
    MessageBar* m_message = nullptr;
    QLabel* m_scope = nullptr;
    QHash<QString, QLabel*> m_values;
    QHash<QString, QLabel*> m_details;
    ServiceCharts* m_charts = nullptr;
    QStringList m_teams; // every team, from the last report over every service
    bool m_stale = true;
};

} // namespace slipway::ui
