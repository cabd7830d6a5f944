// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricChart.h"

#include "CheckChart.h"
#include "Theme.h"
#include "ValidationBadge.h"

#include <QApplication>
#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>
#include <limits>

namespace slipway::ui {
namespace {

QList<QPointF> pointsOf(const QList<MetricSample>& samples, double* low, double* high) {
    QList<QPointF> out;
    out.reserve(samples.size());
    for (const MetricSample& s : samples) {
        if (!std::isfinite(s.value))
            continue; // NaN is a gap; ±Inf cannot be drawn
        out.append(QPointF(qreal(s.atMs), s.value));
        *low = std::min(*low, s.value);
        *high = std::max(*high, s.value);
    }
    return out;
}

QString number(double v) {
    return QLocale().toString(v, 'g', 4);
}

// How far from the baseline median still counts as the same: the metric's threshold.
double bandHalfWidth(const MetricService::Comparison& c) {
    if (c.metric.thresholdKind == ThresholdKind::Absolute)
        return c.metric.threshold;
    return std::abs(c.outcome.baselineMedian) * c.metric.threshold / 100.0;
}

} // namespace

MetricChart::MetricChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("metricChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* chart = new QChart;
    CheckChart::applyTheme(chart);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_bandUpper = new QLineSeries(chart);
    m_bandLower = new QLineSeries(chart);
    m_band = new QAreaSeries(m_bandUpper, m_bandLower);
    m_band->setObjectName(QStringLiteral("baselineBand"));
    m_band->setName(tr("Baseline ± threshold"));
    QColor fill = Theme::success();
    fill.setAlpha(Theme::isDark() ? 70 : 50);
    m_band->setBrush(fill);
    m_band->setPen(QPen(Theme::tint(Theme::success(), 0.6), 1, Qt::DotLine));
    m_before = new QLineSeries(chart);
    m_before->setObjectName(QStringLiteral("beforeSeries"));
    m_before->setName(tr("Before"));
    m_before->setPen(QPen(Theme::muted(), 1.5));
    m_after = new QLineSeries(chart);
    m_after->setObjectName(QStringLiteral("afterSeries"));
    m_after->setName(tr("After"));
    m_after->setPen(QPen(Theme::accent(), 1.5));
    m_marker = new QLineSeries(chart);
    m_marker->setObjectName(QStringLiteral("deploymentMarker"));
    m_marker->setName(tr("Deployment"));
    m_marker->setPen(QPen(Theme::warning(), 2, Qt::DashLine));
    for (QAbstractSeries* s :
         {static_cast<QAbstractSeries*>(m_band), static_cast<QAbstractSeries*>(m_before),
          static_cast<QAbstractSeries*>(m_after), static_cast<QAbstractSeries*>(m_marker)}) {
        if (auto* line = qobject_cast<QLineSeries*>(s))
            line->setUseOpenGL(false);
        chart->addSeries(s);
    }
    CheckChart::addTimeAxes(chart, m_x, m_y);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(QStringLiteral("metricChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(Theme::space(24));
    layout->addWidget(m_view, 1);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("metricCaption"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_caption);
    clear();
}

QString MetricChart::caption() const {
    return m_caption->text();
}

void MetricChart::clear(const QString& why) {
    for (QLineSeries* s : {m_before, m_after, m_marker, m_bandUpper, m_bandLower})
        s->clear();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(now - 3600 * 1000),
                  QDateTime::fromMSecsSinceEpoch(now));
    m_y->setRange(0, 1);
    m_caption->setText(why);
}

QString MetricChart::pText(double p) {
    if (p < 0.0001)
        return QStringLiteral("p < 0.0001");
    return QStringLiteral("p = ") + QLocale().toString(p, 'g', 2);
}

QString MetricChart::captionFor(const MetricService::Comparison& c) {
    const BaselineOutcome& o = c.outcome;
    const QString unit = c.metric.unit.isEmpty() ? QString() : u' ' + c.metric.unit;
    if (o.verdict == BaselineVerdict::Insufficient)
        return tr("Too few samples to compare: %1 before and %2 after the deployment (at least "
                  "%3 on each side). The Mann–Whitney U test needs more data.")
            .arg(o.nBefore)
            .arg(o.nAfter)
            .arg(kMinimumSamples);
    QString percent;
    if (std::isfinite(o.changePercent))
        percent = QStringLiteral(" (%1%2 %)")
                      .arg(o.changePercent >= 0 ? QStringLiteral("+") : QString(),
                           QLocale().toString(o.changePercent, 'f', 1));
    return tr("Mann–Whitney U = %1, %2 (one-sided: after worse than before), %3 before, %4 after. "
              "Median %5 → %6%7, change %8%9%10. Verdict: %11 (threshold %12%13, significance "
              "%14).")
        .arg(QLocale().toString(o.test.u, 'f', 1), pText(o.test.p))
        .arg(o.nBefore)
        .arg(o.nAfter)
        .arg(number(o.baselineMedian), number(o.afterMedian), unit,
             o.change >= 0 ? QStringLiteral("+") : QString(), number(o.change), unit + percent,
             displayName(o.verdict))
        .arg(c.metric.thresholdKind == ThresholdKind::Percent
                 ? QLocale().toString(c.metric.threshold, 'g', 3) + QStringLiteral(" %")
                 : number(c.metric.threshold),
             c.metric.thresholdKind == ThresholdKind::Percent ? QString() : unit,
             QLocale().toString(kDegradationSignificance, 'g', 2));
}

void MetricChart::setComparison(const MetricService::Comparison& c) {
    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const QList<QPointF> before = pointsOf(c.before, &low, &high);
    const QList<QPointF> after = pointsOf(c.after, &low, &high);
    const qint64 from = c.deployedAtMs - c.windowMs;
    const qint64 to = c.deployedAtMs + c.windowMs;
    const bool compared =
        c.outcome.verdict != BaselineVerdict::Insufficient || c.outcome.nBefore > 0;
    const double median = c.outcome.baselineMedian;
    const double half = bandHalfWidth(c);
    if (compared && std::isfinite(median)) {
        low = std::min(low, median - half);
        high = std::max(high, median + half);
    }
    if (!std::isfinite(low) || !std::isfinite(high)) {
        low = 0;
        high = 1;
    }
    if (high - low < 1e-9)
        high = low + 1;
    const double pad = (high - low) * 0.08;
    low -= pad;
    high += pad;

    m_before->replace(before);
    m_after->replace(after);
    if (compared && std::isfinite(median)) {
        m_bandUpper->replace(
            {QPointF(qreal(from), median + half), QPointF(qreal(to), median + half)});
        m_bandLower->replace(
            {QPointF(qreal(from), median - half), QPointF(qreal(to), median - half)});
    } else {
        m_bandUpper->clear();
        m_bandLower->clear();
    }
    QColor afterColor =
        c.outcome.verdict == BaselineVerdict::Degraded ? Theme::danger() : Theme::accent();
    m_after->setPen(QPen(afterColor, 1.5));
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_x->setFormat(c.windowMs > qint64(48) * 3600 * 1000 ? QStringLiteral("d MMM")
                                                         : QStringLiteral("d MMM HH:mm"));
    m_y->setRange(low, high);
    m_y->applyNiceNumbers();
    // The marker spans the axis as rounded.
    m_marker->replace(
        {QPointF(qreal(c.deployedAtMs), m_y->min()), QPointF(qreal(c.deployedAtMs), m_y->max())});
    m_y->setTitleText(c.metric.unit);
    m_view->chart()->setTitle(tr("%1 (%2)").arg(c.metric.name, c.metric.serviceName));
    m_caption->setText(captionFor(c));
    QPalette pal = m_caption->palette();
    pal.setColor(QPalette::WindowText, c.outcome.verdict == BaselineVerdict::Degraded
                                           ? ValidationBadge::color(c.outcome.verdict)
                                           : QApplication::palette().color(QPalette::WindowText));
    m_caption->setPalette(pal);
}

} // namespace slipway::ui
