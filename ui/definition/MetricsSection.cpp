// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/MetricService.h"
#include "services/SuccessMetricService.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>

namespace slipway::ui {
namespace {

enum Column {
    NameColumn,
    UnitColumn,
    ComparatorColumn,
    TargetColumn,
    BaselineColumn,
    ActualColumn,
    ResultColumn,
    SourceColumn,
    ColumnCount
};

QString number(const std::optional<double>& v) {
    return v ? QLocale().toString(*v, 'g', 8) : QString();
}

// The user's locale first, then the C locale, so "0.5" works everywhere.
std::optional<double> parseNumber(const QString& text, bool* ok) {
    *ok = true;
    if (text.trimmed().isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(text.trimmed(), ok);
    if (!*ok)
        v = QLocale::c().toDouble(text.trimmed(), ok);
    return *ok ? std::optional<double>(v) : std::nullopt;
}

RecordTableSection::Texts texts() {
    RecordTableSection::Texts t;
    t.objectName = QStringLiteral("metricsSection");
    t.title = MetricsSection::tr("Success metrics");
    t.headers = {MetricsSection::tr("Metric"),   MetricsSection::tr("Unit"),
                 MetricsSection::tr("Met when"), MetricsSection::tr("Target"),
                 MetricsSection::tr("Baseline"), MetricsSection::tr("Actual"),
                 MetricsSection::tr("Result"),   MetricsSection::tr("Measured by")};
    t.tableName = QStringLiteral("metricsTable");
    t.tableTip = MetricsSection::tr(
        "Double-click a cell to edit it. The actual value is filled in after the release.");
    t.newEditName = QStringLiteral("newMetricEdit");
    t.placeholder = MetricsSection::tr("Add a metric, e.g. “Checkout error rate”");
    t.addName = QStringLiteral("addMetricButton");
    t.removeName = QStringLiteral("removeMetricButton");
    t.removeTip = MetricsSection::tr("Remove the selected metric");
    return t;
}

} // namespace

MetricsSection::MetricsSection(DefinitionContext& context, QWidget* parent)
    : RecordTableSection(context, texts(), parent) {
    QHeaderView* header = table()->horizontalHeader();
    header->resizeSection(NameColumn, Theme::space(28));
    header->resizeSection(UnitColumn, Theme::space(8));
    header->resizeSection(ComparatorColumn, Theme::space(10));
    for (int c : {TargetColumn, BaselineColumn, ActualColumn})
        header->resizeSection(c, Theme::space(10));
    header->resizeSection(SourceColumn, Theme::space(22));
    table()->setMinimumHeight(Theme::space(14));
}

int MetricsSection::fetch(qint64 releaseId) {
    m_metrics.clear();
    m_serviceMetrics.clear();
    if (releaseId > 0) {
        auto all = context().document.successMetrics().forRelease(releaseId);
        if (all)
            m_metrics = all.value();
        else
            context().fail(all.error().message);
        auto measured = context().document.metrics().forRelease(releaseId);
        if (measured) {
            for (const ServiceMetric& m : measured.value())
                if (!m_serviceMetrics.contains(m.name))
                    m_serviceMetrics.append(m.name);
        }
    }
    return int(m_metrics.size());
}

void MetricsSection::fillRow(int row, Qt::ItemFlags flags) {
    const SuccessMetric& m = m_metrics.at(row);
    QString result = tr("not measured");
    QColor resultColor = Theme::muted();
    if (const auto met = m.met()) {
        result = *met ? tr("✓ Met") : tr("✗ Missed");
        resultColor = *met ? Theme::success() : Theme::danger();
    }
    const QStringList cells{
        m.name,           m.unit, QString(), number(m.target), number(m.baseline),
        number(m.actual), result, QString()};
    for (int c = 0; c < ColumnCount; ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        const bool readOnly = c == ComparatorColumn || c == ResultColumn || c == SourceColumn;
        item->setFlags(readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : flags);
        if (c >= TargetColumn && c <= ActualColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (c == ResultColumn)
            item->setForeground(resultColor);
        table()->setItem(row, c, item);
    }
    auto* comparator = new QComboBox(table());
    comparator->setObjectName(QStringLiteral("metricComparator%1").arg(row));
    comparator->addItems(allComparators());
    comparator->setCurrentText(m.comparator);
    comparator->setEnabled(context().editable);
    comparator->setToolTip(tr("Met when the actual value is %1 the target").arg(m.comparator));
    connect(comparator, &QComboBox::currentIndexChanged, this,
            [this, row](int index) { comparatorChosen(row, index); });
    table()->setCellWidget(row, ComparatorColumn, comparator);

    // By hand, or a statistic of one of the release's service metrics over the window after
    // its production deployment.
    auto* source = new QComboBox(table());
    source->setObjectName(QStringLiteral("metricSource%1").arg(row));
    source->addItem(tr("By hand"), QStringList{QString(), QStringLiteral("median")});
    QStringList names = m_serviceMetrics;
    if (!m.sourceMetric.isEmpty() && !names.contains(m.sourceMetric))
        names.append(m.sourceMetric); // no longer one of the release's: still shown
    for (const QString& name : std::as_const(names)) {
        for (const QString& stat : allSourceStats()) {
            source->addItem(tr("%1 of %2").arg(stat, name), QStringList{name, stat});
            if (name == m.sourceMetric && stat == m.sourceStat)
                source->setCurrentIndex(source->count() - 1);
        }
    }
    source->setEnabled(context().editable && (source->count() > 1));
    source->setToolTip(
        names.isEmpty()
            ? tr("The release's services have no metrics yet: define them, or import samples "
                 "with `slipway import metrics`.")
            : tr("Take the actual value from a service metric: the statistic of its samples "
                 "in the window after the first production deployment."));
    connect(source, &QComboBox::currentIndexChanged, this, [this, row, source](int index) {
        const QStringList chosen = source->itemData(index).toStringList();
        if (chosen.size() == 2)
            sourceChosen(row, chosen[0], chosen[1]);
    });
    table()->setCellWidget(row, SourceColumn, source);
}

void MetricsSection::filled() {
    table()->setToolTip(
        m_metrics.isEmpty()
            ? tr("No success metrics yet: add how you will know the release worked, with a "
                 "target and today's baseline.")
            : tr("Double-click a cell to edit it. The actual value is filled in after the "
                 "release."));
}

bool MetricsSection::add(const QString& text) {
    SuccessMetric m;
    m.releaseId = releaseId();
    m.name = text;
    return context().push(new ChangeRecordCommand<SuccessMetric>(
        successMetricOps(context().document), std::nullopt, m,
        tr("Add success metric “%1”").arg(m.name), context().fail));
}

void MetricsSection::remove(int row) {
    const SuccessMetric before = m_metrics.at(row);
    context().push(new ChangeRecordCommand<SuccessMetric>(
        successMetricOps(context().document), before, std::nullopt,
        tr("Remove success metric “%1”").arg(before.name), context().fail));
}

void MetricsSection::save(const SuccessMetric& before, const SuccessMetric& after) {
    pushLater([this, before, after] {
        return new ChangeRecordCommand<SuccessMetric>(
            successMetricOps(context().document), before, after,
            tr("Edit success metric “%1”").arg(before.name), context().fail);
    });
}

void MetricsSection::comparatorChosen(int row, int index) {
    if (isLoading() || row >= m_metrics.size() || index < 0)
        return;
    const SuccessMetric before = m_metrics.at(row);
    SuccessMetric after = before;
    after.comparator = allComparators().value(index);
    if (after.comparator != before.comparator)
        save(before, after);
}

void MetricsSection::sourceChosen(int row, const QString& metric, const QString& stat) {
    if (isLoading() || row >= m_metrics.size())
        return;
    const SuccessMetric before = m_metrics.at(row);
    SuccessMetric after = before;
    after.sourceMetric = metric;
    after.sourceStat = stat;
    if (after.sourceMetric != before.sourceMetric || after.sourceStat != before.sourceStat)
        save(before, after);
}

void MetricsSection::cellEdited(int row, int column, const QString& text) {
    const SuccessMetric before = m_metrics.at(row);
    SuccessMetric after = before;
    bool ok = true;
    switch (column) {
    case NameColumn:
        after.name = text;
        break;
    case UnitColumn:
        after.unit = text;
        break;
    case TargetColumn: {
        const auto v = parseNumber(text, &ok);
        ok = ok && v.has_value();
        if (ok)
            after.target = *v;
        break;
    }
    case BaselineColumn:
        after.baseline = parseNumber(text, &ok);
        break;
    case ActualColumn:
        after.actual = parseNumber(text, &ok);
        break;
    default:
        return;
    }
    if (!ok) {
        refuse(tr("“%1” is not a number.").arg(text));
        return;
    }
    if (toJson(after) != toJson(before))
        save(before, after);
}

} // namespace slipway::ui
