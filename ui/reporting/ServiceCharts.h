// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ServiceReport.h"

#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;

namespace slipway::ui {

// The service dashboard's charts, drawn from one computed report: deployments per week with
// those that failed, team changes per week against capacity, changes by risk and by type, and
// environment booking hours against available hours. Nothing is read here.
class ServiceCharts : public QWidget {
    Q_OBJECT
public:
    explicit ServiceCharts(QWidget* parent = nullptr);

    void setReport(const ServiceReport& report);

    QChartView* deploymentsChart() const { return m_deployments; }
    QChartView* capacityChart() const { return m_capacity; }
    QChartView* riskChart() const { return m_risk; }
    QChartView* typeChart() const { return m_type; }
    QChartView* environmentChart() const { return m_environments; }

    // The bars of a chart as "set: v1, v2, …" lines (tests).
    static QStringList barValues(const QChartView* view);
    // A count axis from zero to above `top`, its ticks on whole numbers.
    static void scaleCounts(QValueAxis* axis, double top);

private:
    void showDeployments(const ServiceReport& report);
    void showCapacity(const ServiceReport& report);
    void showCounts(QChartView* view, const QList<ServiceReport::Count>& counts,
                    const QString& empty);
    void showEnvironments(const ServiceReport& report);

    QChartView* m_deployments = nullptr;
    QChartView* m_capacity = nullptr;
    QChartView* m_risk = nullptr;
    QChartView* m_type = nullptr;
    QChartView* m_environments = nullptr;
};

} // namespace slipway::ui
