// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckChart.h"

#include "Theme.h"

#include <QApplication>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace slipway::ui {

CheckChart::CheckChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(QStringLiteral("checkChart"));
    setRenderHint(QPainter::Antialiasing, false); // thousands of segments: crisp and fast
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    applyTheme(chart);

    m_latency = new QLineSeries(chart);
    m_latency->setObjectName(QStringLiteral("latencySeries"));
    m_latency->setName(tr("Latency"));
    m_latency->setUseOpenGL(false);
    m_latency->setPen(QPen(Theme::accent(), 1.5));
    m_failures = new QScatterSeries(chart);
    m_failures->setObjectName(QStringLiteral("failureSeries"));
    m_failures->setName(tr("Failed"));
    m_failures->setUseOpenGL(false);
    m_failures->setMarkerSize(7);
    m_failures->setColor(Theme::danger());
    m_failures->setBorderColor(Theme::danger());
    m_budget = new QLineSeries(chart);
    m_budget->setObjectName(QStringLiteral("budgetSeries"));
    m_budget->setName(tr("Latency budget"));
    QPen budgetPen(Theme::warning(), 1.5, Qt::DashLine);
    m_budget->setPen(budgetPen);
    chart->addSeries(m_latency);
    chart->addSeries(m_failures);
    chart->addSeries(m_budget);

    const QFont small = addTimeAxes(chart, m_x, m_y);
    m_y->setTitleText(tr("ms"));
    m_y->setTitleFont(small);
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    chart->legend()->setLabelColor(QApplication::palette().color(QPalette::Text));
    setChart(chart);
    setMinimumHeight(Theme::space(22));
    clear();
}

void CheckChart::applyTheme(QChart* chart) {
    const QPalette palette = QApplication::palette();
    chart->setTheme(Theme::isDark() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(palette.color(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    chart->setAnimationOptions(QChart::NoAnimation);
}

QFont CheckChart::addTimeAxes(QChart* chart, QDateTimeAxis*& x, QValueAxis*& y) {
    x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("d MMM HH:mm"));
    x->setTickCount(5);
    x->setTitleText(tr("Local time")); // a date-time axis shows the computer's zone
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    x->setTitleFont(small);
    y = new QValueAxis(chart);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(x), static_cast<QAbstractAxis*>(y)}) {
        axis->setLabelsColor(QApplication::palette().color(QPalette::Text));
        axis->setTitleBrush(QApplication::palette().color(QPalette::Text));
        axis->setGridLineColor(Theme::border());
        axis->setLinePenColor(Theme::border());
    }
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    return small;
}

void CheckChart::clear() {
    m_latency->clear();
    m_failures->clear();
    m_budget->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(now - 3600 * 1000),
                  QDateTime::fromMSecsSinceEpoch(now));
    m_y->setRange(0, 100);
}

void CheckChart::setResults(const QList<CheckResult>& results, int budgetMs) {
    if (results.isEmpty()) {
        clear();
        return;
    }
    QList<QPointF> line;
    QList<QPointF> failed;
    line.reserve(results.size());
    qint64 top = budgetMs;
    qint64 first = results.first().runAtMs, last = first;
    for (const CheckResult& r : results) {
        const QPointF p(qreal(r.runAtMs), qreal(r.latencyMs));
        line.append(p);
        if (!r.ok)
            failed.append(p);
        top = std::max(top, r.latencyMs);
        first = std::min(first, r.runAtMs);
        last = std::max(last, r.runAtMs);
    }
    if (last - first < 60 * 1000) { // one result, or a few close together: a readable span
        first -= 30 * 60 * 1000;
        last += 30 * 60 * 1000;
    }
    m_latency->replace(line);
    m_failures->replace(failed);
    if (budgetMs > 0)
        m_budget->replace({QPointF(qreal(first), budgetMs), QPointF(qreal(last), budgetMs)});
    else
        m_budget->clear();
    m_budget->setVisible(budgetMs > 0);
    const QList<QLegendMarker*> markers = chart()->legend()->markers(m_budget);
    for (QLegendMarker* marker : markers)
        marker->setVisible(budgetMs > 0);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(first), QDateTime::fromMSecsSinceEpoch(last));
    m_x->setFormat(last - first > qint64(2) * 24 * 3600 * 1000 ? QStringLiteral("d MMM")
                                                               : QStringLiteral("d MMM HH:mm"));
    m_y->setRange(0, std::max<qint64>(10, top) * 1.1);
    m_y->applyNiceNumbers();
}

} // namespace slipway::ui
