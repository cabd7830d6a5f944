// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricDialog.h"

#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

MetricDialog::MetricDialog(const ServiceMetric& metric, const QHash<qint64, QString>& services,
                           QWidget* parent)
    : QDialog(parent)
    , m_metric(metric) {
    setObjectName(QStringLiteral("metricDialog"));
    setWindowTitle(metric.id ? tr("Edit Metric") : tr("Define Metric"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("metricService"));
    QList<qint64> ids = services.keys();
    std::sort(ids.begin(), ids.end(), [&services](qint64 a, qint64 b) {
        return services.value(a).localeAwareCompare(services.value(b)) < 0;
    });
    for (qint64 id : std::as_const(ids))
        m_service->addItem(services.value(id), id);
    if (metric.serviceId && m_service->findData(metric.serviceId) < 0)
        m_service->addItem(metric.serviceName, metric.serviceId);
    m_service->setCurrentIndex(std::max(0, m_service->findData(metric.serviceId)));
    m_service->setEnabled(metric.id == 0); // a metric stays with its service and its samples
    form->addRow(tr("&Service:"), m_service);
    m_name = new QLineEdit(metric.name, this);
    m_name->setObjectName(QStringLiteral("metricName"));
    m_name->setPlaceholderText(QStringLiteral("p95_latency_ms"));
    form->addRow(tr("&Name:"), m_name);
    m_unit = new QLineEdit(metric.unit, this);
    m_unit->setObjectName(QStringLiteral("metricUnit"));
    m_unit->setPlaceholderText(tr("ms, %, req/s"));
    form->addRow(tr("&Unit:"), m_unit);
    m_better = new QComboBox(this);
    m_better->setObjectName(QStringLiteral("metricBetter"));
    m_better->addItem(tr("Lower is better (latency, errors)"),
                      toKey(MetricDirection::LowerIsBetter));
    m_better->addItem(tr("Higher is better (availability, throughput)"),
                      toKey(MetricDirection::HigherIsBetter));
    m_better->setCurrentIndex(metric.better == MetricDirection::HigherIsBetter ? 1 : 0);
    form->addRow(tr("&Better:"), m_better);
    auto* threshold = new QHBoxLayout;
    m_threshold = new QDoubleSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("metricThreshold"));
    m_threshold->setRange(0, 1e9);
    m_threshold->setDecimals(3);
    m_threshold->setValue(metric.threshold);
    m_thresholdKind = new QComboBox(this);
    m_thresholdKind->setObjectName(QStringLiteral("metricThresholdKind"));
    m_thresholdKind->addItem(tr("% of the baseline median"), toKey(ThresholdKind::Percent));
    m_thresholdKind->addItem(tr("in the metric's unit"), toKey(ThresholdKind::Absolute));
    m_thresholdKind->setCurrentIndex(metric.thresholdKind == ThresholdKind::Absolute ? 1 : 0);
    threshold->addWidget(m_threshold, 1);
    threshold->addWidget(m_thresholdKind, 1);
    form->addRow(tr("Worse &by more than:"), threshold);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("metricWindow"));
    m_window->setRange(1, 720);
    m_window->setSuffix(tr(" h before and after the deployment"));
    m_window->setValue(metric.windowHours);
    form->addRow(tr("&Window:"), m_window);
    m_url = new QLineEdit(metric.prometheusUrl, this);
    m_url->setObjectName(QStringLiteral("metricPrometheusUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://prometheus.example.com"));
    form->addRow(tr("&Prometheus:"), m_url);
    m_query = new QLineEdit(metric.query, this);
    m_query->setObjectName(QStringLiteral("metricQuery"));
    m_query->setPlaceholderText(
        QStringLiteral("histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket"
                       "[5m])) by (le))"));
    form->addRow(tr("&Query:"), m_query);
    layout->addLayout(form);
    auto* note = new QLabel(tr("A release degrades the metric when the median after its "
                               "deployment is worse than the baseline's by more than this and a "
                               "one-sided Mann–Whitney U test gives p < 0.01."),
                            this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(note);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("metricProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::danger().name()));
    m_problems->hide();
    layout->addWidget(m_problems);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MetricDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(Theme::space(80), sizeHint().height());
}

ServiceMetric MetricDialog::metric() const {
    ServiceMetric m = m_metric;
    m.serviceId = m_service->currentData().toLongLong();
    m.serviceName = m_service->currentText();
    m.name = m_name->text().trimmed();
    m.unit = m_unit->text().trimmed();
    m.better = m_better->currentIndex() == 1 ? MetricDirection::HigherIsBetter
                                             : MetricDirection::LowerIsBetter;
    m.threshold = m_threshold->value();
    m.thresholdKind =
        m_thresholdKind->currentIndex() == 1 ? ThresholdKind::Absolute : ThresholdKind::Percent;
    m.windowHours = m_window->value();
    m.prometheusUrl = m_url->text().trimmed();
    m.query = m_query->text().trimmed();
    return m;
}

void MetricDialog::accept() {
    QStringList found;
    if (m_service->count() == 0)
        found << tr("The release has no services to measure; add one to the release first.");
    for (const FieldProblem& p : validateMetric(metric()))
        found << p.message;
    if (!found.isEmpty()) {
        m_problems->setText(found.join(u'\n'));
        m_problems->show();
        return;
    }
    QDialog::accept();
}

} // namespace slipway::ui
