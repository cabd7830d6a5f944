// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceMetric.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace slipway {
class Document;
class PrometheusRange;
struct PrometheusRangeResult;
} // namespace slipway

namespace slipway::ui {

class EmptyState;
class MessageBar;
class MetricChart;
class UndoCommand;

// The Metrics tab: the metrics of the release's services with their verdict against the
// baseline, defined and edited through the undo stack; "Compare now" recomputes the verdicts,
// "Fetch from Prometheus" brings the windows' samples of a metric that names a query; the
// selected metric's chart and caption below.
class MetricsPanel : public QWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ServiceColumn,
        UnitColumn,
        VerdictColumn,
        PValueColumn,
        ChangeColumn,
        ColumnCount
    };

    explicit MetricsPanel(Document& document, QWidget* parent = nullptr);
    ~MetricsPanel() override;

    void setRelease(qint64 releaseId);
    void setEditable(bool editable);
    void refresh();

    bool showMetric(qint64 metricId);
    qint64 currentMetricId() const;
    const QList<ServiceMetric>& metrics() const { return m_metrics; }

    void defineMetric();
    void editMetric();
    void removeMetric();
    bool compareNow();
    bool fetchFromPrometheus();

    MetricChart* chart() const { return m_chart; }
    QTableView* metricTable() const { return m_table; }

Q_SIGNALS:
    void fetchFinished();

private:
    void loadChart();
    void updateButtons();
    bool push(UndoCommand* command);
    void fetched(const PrometheusRangeResult& result);
    const ServiceMetric* current() const;
    void fail(const QString& message);

    Document& m_document;
    PrometheusRange* m_fetch = nullptr;
    qint64 m_fetchMetric = 0;
    qint64 m_fetchRelease = 0; // the release the fetch was asked for
    qint64 m_releaseId = 0;
    bool m_editable = true;
    QList<ServiceMetric> m_metrics;
    QHash<qint64, MetricVerdict> m_verdicts; // metric id → stored verdict
    MessageBar* m_message = nullptr;
    QPushButton* m_define = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_fetchButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyState* m_empty = nullptr;
    QStandardItemModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    MetricChart* m_chart = nullptr;
    qint64 m_shownMetric = -1;
    bool m_filling = false;
};

} // namespace slipway::ui
