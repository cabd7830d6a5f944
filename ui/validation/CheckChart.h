// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ValidationCheck.h"

#include <QChartView>

class QChart;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace slipway::ui {

// A check's latency over time for one release: the line of every result, failures as red
// points on it, and the latency budget as a dashed line. Built for thousands of results: the
// points are prepared once and handed over in one replace(), without animation or OpenGL.
class CheckChart : public QChartView {
    Q_OBJECT
public:
    explicit CheckChart(QWidget* parent = nullptr);

    // `results` oldest first; `budgetMs` 0 draws no budget line.
    void setResults(const QList<CheckResult>& results, int budgetMs);
    void clear();

    QLineSeries* latencySeries() const { return m_latency; }
    QScatterSeries* failureSeries() const { return m_failures; }
    QLineSeries* budgetSeries() const { return m_budget; }

    // The palette of the window on a chart: background, grid and labels (light or dark).
    static void applyTheme(QChart* chart);
    // Adds a date-time axis (bottom, local time) and a value axis (left) to `chart` in the
    // window's colours, attaches every series already on it to both and puts the legend on
    // top. Returns the smaller font of the axis titles.
    static QFont addTimeAxes(QChart* chart, QDateTimeAxis*& x, QValueAxis*& y);

private:
    QLineSeries* m_latency = nullptr;
    QScatterSeries* m_failures = nullptr;
    QLineSeries* m_budget = nullptr;
    QDateTimeAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
};

} // namespace slipway::ui
