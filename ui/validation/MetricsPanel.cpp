// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsPanel.h"

#include "BadgeDelegate.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "MetricChart.h"
#include "MetricCommands.h"
#include "MetricDialog.h"
#include "RecordTable.h"
#include "ReleaseServices.h"
#include "Theme.h"
#include "ValidationBadge.h"
#include "services/BlackoutService.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/PrometheusRange.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

MetricsPanel::MetricsPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("metricsPanel"));
    m_fetch = new PrometheusRange(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_define = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("&Define…"), this);
    m_define->setObjectName(QStringLiteral("defineMetricButton"));
    m_edit = new QPushButton(IconProvider::icon(QStringLiteral("edit")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editMetricButton"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeMetricButton"));
    m_fetchButton = new QPushButton(IconProvider::icon(QStringLiteral("open")),
                                    tr("&Fetch from Prometheus"), this);
    m_fetchButton->setObjectName(QStringLiteral("fetchMetricButton"));
    m_fetchButton->setToolTip(tr("Fetches the selected metric's samples around the deployment "
                                 "from its Prometheus query, then compares"));
    m_compare = new QPushButton(IconProvider::icon(QStringLiteral("verify"), Theme::onAccent()),
                                tr("&Compare now"), this);
    m_compare->setObjectName(QStringLiteral("compareMetricsButton"));
    m_compare->setStyleSheet(Theme::primaryButtonStyleSheet());
    m_compare->setToolTip(tr("Compares every metric's window after the deployment with its "
                             "baseline and stores the verdicts"));
    bar->addWidget(m_define);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_fetchButton);
    bar->addWidget(m_compare);
    layout->addLayout(bar);
    m_message = new MessageBar(QStringLiteral("metricsMessage"), this);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("verify"), tr("No metrics for this release's services"),
        tr("A metric (error rate, p95 latency…) of a service is compared before and after each "
           "of its releases. Define one here, then import its samples with `slipway import "
           "metrics` or fetch them from Prometheus."),
        tr("Define a metric"), m_pages);
    m_empty->setObjectName(QStringLiteral("metricsEmptyState"));
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &MetricsPanel::defineMetric);
    m_pages->addWidget(m_empty);
    auto* split = new QSplitter(Qt::Vertical, m_pages);
    split->setChildrenCollapsible(false);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Metric"), tr("Service"), tr("Unit"), tr("Verdict"), tr("p-value"), tr("Change")});
    m_table = newRecordTable(split, QStringLiteral("metricTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(VerdictColumn, new BadgeDelegate(m_table));
    // A release has a few metrics: room for four rows before the chart takes the rest.
    setMinimumRows(m_table, 4);
    m_chart = new MetricChart(split);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    m_pages->addWidget(split);
    layout->addWidget(m_pages, 1);

    connect(m_define, &QPushButton::clicked, this, &MetricsPanel::defineMetric);
    connect(m_edit, &QPushButton::clicked, this, &MetricsPanel::editMetric);
    connect(m_remove, &QPushButton::clicked, this, &MetricsPanel::removeMetric);
    connect(m_compare, &QPushButton::clicked, this, &MetricsPanel::compareNow);
    connect(m_fetchButton, &QPushButton::clicked, this, &MetricsPanel::fetchFromPrometheus);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editMetric();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        loadChart();
        updateButtons();
    });
    connect(m_fetch, &PrometheusRange::finished, this, &MetricsPanel::fetched);
    updateButtons();
}

MetricsPanel::~MetricsPanel() {
    m_fetch->abort();
}

void MetricsPanel::fail(const QString& message) {
    m_message->showMessage(MessageBar::Kind::Error, message);
}

void MetricsPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId) {
        m_releaseId = releaseId;
        m_message->hide();
    }
    refresh();
}

void MetricsPanel::setEditable(bool editable) {
    m_editable = editable;
    m_empty->actionButton()->setEnabled(editable);
    updateButtons();
}

void MetricsPanel::refresh() {
    const qint64 keep = currentMetricId();
    m_metrics.clear();
    m_verdicts.clear();
    if (m_releaseId > 0) {
        if (auto metrics = m_document.metrics().forRelease(m_releaseId))
            m_metrics = metrics.value();
        else
            fail(metrics.error().message);
        if (auto verdicts = m_document.metrics().verdicts(m_releaseId))
            for (const MetricVerdict& v : verdicts.value())
                m_verdicts.insert(v.metricId, v);
    }
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const ServiceMetric& m : std::as_const(m_metrics)) {
        auto* name = new QStandardItem(m.name);
        name->setData(m.id, Qt::UserRole);
        auto* service = new QStandardItem(m.serviceName);
        auto* unit = new QStandardItem(m.unit);
        auto* verdict = new QStandardItem;
        auto* p = new QStandardItem;
        auto* change = new QStandardItem;
        p->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        change->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (const auto it = m_verdicts.constFind(m.id); it != m_verdicts.cend()) {
            ValidationBadge::decorate(verdict, it->verdict);
            if (it->pValue) {
                const QString text = MetricChart::pText(*it->pValue); // "p = 0.003"
                p->setText(text.startsWith(QStringLiteral("p = ")) ? text.mid(4) : text.mid(2));
            }
            if (it->change)
                change->setText((*it->change >= 0 ? QStringLiteral("+") : QString()) +
                                locale.toString(*it->change, 'g', 4) +
                                (m.unit.isEmpty() ? QString() : u' ' + m.unit));
        } else {
            verdict->setText(tr("Not compared"));
            verdict->setForeground(Theme::muted());
        }
        m_model->appendRow({name, service, unit, verdict, p, change});
    }
    m_table->resizeColumnsToContents();
    m_pages->setCurrentIndex(m_metrics.isEmpty() ? 0 : 1);
    // The metric shown before, else the first degraded one.
    const int row = rowToSelect(m_metrics, keep, [this](const ServiceMetric& metric) {
        return m_verdicts.value(metric.id).verdict == BaselineVerdict::Degraded;
    });
    if (!m_metrics.isEmpty())
        m_table->selectRow(row);
    m_filling = false;
    m_shownMetric = -1;
    loadChart();
    updateButtons();
}

qint64 MetricsPanel::currentMetricId() const {
    return currentRowId(m_table, m_model, NameColumn);
}

const ServiceMetric* MetricsPanel::current() const {
    return recordWithId(m_metrics, currentMetricId());
}

bool MetricsPanel::showMetric(qint64 metricId) {
    const int row = rowOfId(m_model, NameColumn, metricId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    loadChart();
    return true;
}

void MetricsPanel::loadChart() {
    const qint64 id = currentMetricId();
    if (id == m_shownMetric)
        return;
    m_shownMetric = id;
    if (id <= 0 || m_releaseId <= 0) {
        m_chart->clear();
        return;
    }
    auto comparison = m_document.metrics().comparison(m_releaseId, id);
    if (!comparison) {
        m_chart->clear(comparison.error().message);
        return;
    }
    m_chart->setComparison(comparison.value());
}

void MetricsPanel::updateButtons() {
    const ServiceMetric* m = current();
    const bool release = m_releaseId > 0;
    m_define->setEnabled(m_editable && release);
    m_edit->setEnabled(m_editable && m);
    m_remove->setEnabled(m_editable && m);
    m_compare->setEnabled(m_editable && release && !m_metrics.isEmpty());
    const bool live = m && !m->prometheusUrl.isEmpty() && !m->query.isEmpty();
    m_fetchButton->setVisible(live);
    m_fetchButton->setEnabled(m_editable && live && !m_fetch->isRunning());
}

bool MetricsPanel::push(UndoCommand* command) {
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_message->hide();
    refresh();
    return done;
}

void MetricsPanel::defineMetric() {
    if (!m_editable || m_releaseId <= 0)
        return;
    const QHash<qint64, QString> services = releaseServiceNames(m_document, m_releaseId);
    if (services.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("This release names no services; a metric belongs to a "
                                  "service. Add the release's services first."));
        return;
    }
    MetricDialog dialog(ServiceMetric{}, services, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new DefineMetricCommand(m_document.metrics(), dialog.metric(),
                                            [this](const QString& m) { fail(m); });
    if (push(command))
        showMetric(command->created().id);
}

void MetricsPanel::editMetric() {
    const ServiceMetric* seen = current();
    if (!m_editable || !seen)
        return;
    const ServiceMetric before = *seen;
    MetricDialog dialog(before, releaseServiceNames(m_document, m_releaseId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(new EditMetricCommand(m_document.metrics(), before, dialog.metric(),
                               [this](const QString& m) { fail(m); }));
}

void MetricsPanel::removeMetric() {
    const ServiceMetric* seen = current();
    if (!m_editable || !seen)
        return;
    const ServiceMetric metric = *seen;
    QMessageBox ask(QMessageBox::Question, tr("Remove Metric"),
                    tr("Remove the metric \"%1\" of %2 with its samples and verdicts, for every "
                       "release of the service? Undo brings the definition back, not the "
                       "samples.")
                        .arg(metric.name, metric.serviceName),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton* remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    push(new RemoveMetricCommand(m_document.metrics(), metric,
                                 [this](const QString& m) { fail(m); }));
}

bool MetricsPanel::compareNow() {
    if (!m_editable || m_releaseId <= 0)
        return false;
    auto done = m_document.metrics().compare(m_releaseId);
    if (!done) {
        fail(done.error().message);
        return false;
    }
    int degraded = 0;
    for (const MetricVerdict& v : done.value())
        degraded += v.verdict == BaselineVerdict::Degraded ? 1 : 0;
    refresh();
    m_message->showMessage(degraded ? MessageBar::Kind::Warning : MessageBar::Kind::Success,
                           tr("Compared %n metric(s): ", nullptr, int(done->size())) +
                               tr("%n degraded.", nullptr, degraded));
    return true;
}

bool MetricsPanel::fetchFromPrometheus() {
    const ServiceMetric* m = current();
    if (!m_editable || !m || m_fetch->isRunning())
        return false;
    auto comparison = m_document.metrics().comparison(m_releaseId, m->id);
    if (!comparison) {
        fail(comparison.error().message);
        return false;
    }
    PrometheusRange::Request request;
    request.baseUrl = m->prometheusUrl;
    request.query = m->query;
    request.fromSecs = (comparison->deployedAtMs - comparison->windowMs) / 1000;
    request.toSecs = std::min(QDateTime::currentSecsSinceEpoch(),
                              (comparison->deployedAtMs + comparison->windowMs) / 1000);
    // As fine as Prometheus allows for the span, never finer than a minute.
    const qint64 span = std::max<qint64>(60, request.toSecs - request.fromSecs);
    request.stepSecs = int(std::max<qint64>(60, span / (PrometheusRange::kMaxPoints - 1) + 1));
    if (const QString problem = PrometheusRange::problemWith(request); !problem.isEmpty()) {
        fail(problem);
        return false;
    }
    m_fetchMetric = m->id;
    m_fetchRelease = m_releaseId;
    m_fetch->run(request);
    m_message->showMessage(MessageBar::Kind::Info,
                           tr("Fetching %1 from %2…").arg(m->name, m->prometheusUrl));
    updateButtons();
    return true;
}

void MetricsPanel::fetched(const PrometheusRangeResult& result) {
    updateButtons();
    if (!result.ok) {
        fail(result.reason);
        Q_EMIT fetchFinished();
        return;
    }
    auto imported = m_document.metrics().importSamples(m_fetchMetric, result.samples, result.url,
                                                       result.sha256);
    if (!imported) {
        fail(imported.error().message);
        Q_EMIT fetchFinished();
        return;
    }
    // The import brought the verdicts of the releases deployed in its range up to date; the
    // release shown is compared again only if it is still the one the fetch was for.
    if (m_releaseId > 0 && m_releaseId == m_fetchRelease)
        compareNow();
    else
        refresh();
    m_message->showMessage(MessageBar::Kind::Success,
                           tr("Fetched %n sample(s) from Prometheus; the verdicts are up to date.",
                              nullptr, imported->added + imported->replaced));
    Q_EMIT fetchFinished();
}

} // namespace slipway::ui
