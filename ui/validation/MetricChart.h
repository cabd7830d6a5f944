// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "services/MetricService.h"

#include <QWidget>

class QAreaSeries;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace slipway::ui {

// One metric around a release's deployment: the samples of the baseline window and of the
// window after, a vertical marker at the deployment, the baseline band (the baseline's median
// ± the metric's threshold, shaded) and a caption with the Mann–Whitney U test, the medians,
// the change and the verdict.
class MetricChart : public QWidget {
    Q_OBJECT
public:
    explicit MetricChart(QWidget* parent = nullptr);

    void setComparison(const MetricService::Comparison& comparison);
    void clear(const QString& why = {});

    QString caption() const;
    QChartView* chartView() const { return m_view; }
    QLineSeries* beforeSeries() const { return m_before; }
    QLineSeries* afterSeries() const { return m_after; }
    QLineSeries* deploymentMarker() const { return m_marker; }
    QAreaSeries* baselineBand() const { return m_band; }

    // "p = 0.0003", "p < 0.0001": the p-value as the caption writes it.
    static QString pText(double p);
    // The caption for a comparison (also what reports may quote).
    static QString captionFor(const MetricService::Comparison& comparison);

private:
    QChartView* m_view = nullptr;
    QLabel* m_caption = nullptr;
    QLineSeries* m_before = nullptr;
    QLineSeries* m_after = nullptr;
    QLineSeries* m_marker = nullptr;
    QLineSeries* m_bandUpper = nullptr;
    QLineSeries* m_bandLower = nullptr;
    QAreaSeries* m_band = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

} // namespace slipway::ui
