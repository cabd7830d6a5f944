// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsSection.h"

#include "DefinitionContext.h"
#include "DefinitionOps.h"
#include "IconProvider.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/SuccessMetricService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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

} // namespace

MetricsSection::MetricsSection(DefinitionContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context) {
    setObjectName(QStringLiteral("metricsSection"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Success metrics"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("metricsTable"));
    m_table->setHorizontalHeaderLabels({tr("Metric"), tr("Unit"), tr("Met when"), tr("Target"),
                                        tr("Baseline"), tr("Actual"), tr("Result")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(NameColumn, Theme::space(28));
    m_table->horizontalHeader()->resizeSection(UnitColumn, Theme::space(8));
    m_table->horizontalHeader()->resizeSection(ComparatorColumn, Theme::space(10));
    for (int c : {TargetColumn, BaselineColumn, ActualColumn})
        m_table->horizontalHeader()->resizeSection(c, Theme::space(10));
    m_table->setToolTip(tr("Double-click a cell to edit it. The actual value is filled in after "
                           "the release."));
    m_table->setMinimumHeight(Theme::space(14));
    layout->addWidget(m_table, 1);

    auto* addRow = new QHBoxLayout;
    addRow->setSpacing(Theme::space(1));
    m_new = new QLineEdit(this);
    m_new->setObjectName(QStringLiteral("newMetricEdit"));
    m_new->setPlaceholderText(tr("Add a metric, e.g. “Checkout error rate”"));
    addRow->addWidget(m_new, 1);
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add"), this);
    m_add->setObjectName(QStringLiteral("addMetricButton"));
    addRow->addWidget(m_add);
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), QString(), this);
    m_remove->setObjectName(QStringLiteral("removeMetricButton"));
    m_remove->setToolTip(tr("Remove the selected metric"));
    addRow->addWidget(m_remove);
    layout->addLayout(addRow);

    const auto add = [this] {
        if (m_new->text().trimmed().isEmpty() || m_releaseId <= 0)
            return;
        SuccessMetric m;
        m.releaseId = m_releaseId;
        m.name = m_new->text().trimmed();
        if (m_context.push(new ChangeRecordCommand<SuccessMetric>(
                successMetricOps(m_context.document), std::nullopt, m,
                tr("Add success metric “%1”").arg(m.name), m_context.fail)))
            m_new->clear();
        load(m_releaseId);
    };
    connect(m_add, &QPushButton::clicked, this, add);
    connect(m_new, &QLineEdit::returnPressed, this, add);
    connect(m_new, &QLineEdit::textChanged, this, &MetricsSection::updateButtons);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_metrics.size())
            return;
        const SuccessMetric before = m_metrics.at(row);
        m_context.push(new ChangeRecordCommand<SuccessMetric>(
            successMetricOps(m_context.document), before, std::nullopt,
            tr("Remove success metric “%1”").arg(before.name), m_context.fail));
        load(m_releaseId);
    });
    connect(m_table, &QTableWidget::itemChanged, this, &MetricsSection::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MetricsSection::updateButtons);
}

void MetricsSection::load(qint64 releaseId) {
    m_releaseId = releaseId;
    m_metrics.clear();
    if (releaseId > 0) {
        auto all = m_context.document.successMetrics().forRelease(releaseId);
        if (all)
            m_metrics = all.value();
        else
            m_context.fail(all.error().message);
    }
    m_loading = true;
    m_table->clearContents();
    m_table->setRowCount(int(m_metrics.size()));
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable |
                                (m_context.editable ? Qt::ItemIsEditable : Qt::NoItemFlags);
    for (int row = 0; row < m_metrics.size(); ++row) {
        const SuccessMetric& m = m_metrics.at(row);
        QString result = tr("not measured");
        QColor resultColor = Theme::muted();
        if (const auto met = m.met()) {
            result = *met ? tr("✓ Met") : tr("✗ Missed");
            resultColor = *met ? Theme::success() : Theme::danger();
        }
        const QStringList cells{
            m.name,           m.unit, QString(), number(m.target), number(m.baseline),
            number(m.actual), result};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            const bool readOnly = c == ComparatorColumn || c == ResultColumn;
            item->setFlags(readOnly ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : flags);
            if (c >= TargetColumn && c <= ActualColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (c == ResultColumn)
                item->setForeground(resultColor);
            m_table->setItem(row, c, item);
        }
        auto* comparator = new QComboBox(m_table);
        comparator->setObjectName(QStringLiteral("metricComparator%1").arg(row));
        comparator->addItems(allComparators());
        comparator->setCurrentText(m.comparator);
        comparator->setEnabled(m_context.editable);
        comparator->setToolTip(tr("Met when the actual value is %1 the target").arg(m.comparator));
        connect(comparator, &QComboBox::currentIndexChanged, this,
                [this, row](int index) { comparatorChosen(row, index); });
        m_table->setCellWidget(row, ComparatorColumn, comparator);
    }
    if (m_metrics.isEmpty())
        m_table->setToolTip(tr("No success metrics yet: add how you will know the release "
                               "worked, with a target and today's baseline."));
    m_loading = false;
    updateButtons();
}

void MetricsSection::setEditable(bool) {
    load(m_releaseId);
}

void MetricsSection::updateButtons() {
    const bool editable = m_context.editable && m_releaseId > 0;
    m_new->setEnabled(editable);
    m_add->setEnabled(editable && !m_new->text().trimmed().isEmpty());
    const int row = m_table->currentRow();
    m_remove->setEnabled(editable && row >= 0 && row < m_metrics.size());
}

void MetricsSection::save(const SuccessMetric& before, const SuccessMetric& after) {
    // Deferred: the table's editor or combo box that asked for this is rebuilt by load().
    QMetaObject::invokeMethod(
        this,
        [this, before, after] {
            m_context.push(new ChangeRecordCommand<SuccessMetric>(
                successMetricOps(m_context.document), before, after,
                tr("Edit success metric “%1”").arg(before.name), m_context.fail));
            load(m_releaseId);
        },
        Qt::QueuedConnection);
}

void MetricsSection::comparatorChosen(int row, int index) {
    if (m_loading || row >= m_metrics.size() || index < 0)
        return;
    const SuccessMetric before = m_metrics.at(row);
    SuccessMetric after = before;
    after.comparator = allComparators().value(index);
    if (after.comparator != before.comparator)
        save(before, after);
}

void MetricsSection::itemChanged(QTableWidgetItem* item) {
    if (m_loading || item->row() >= m_metrics.size())
        return;
    const SuccessMetric before = m_metrics.at(item->row());
    SuccessMetric after = before;
    const QString text = item->text().trimmed();
    bool ok = true;
    switch (item->column()) {
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
        m_context.fail(tr("“%1” is not a number.").arg(text));
        QMetaObject::invokeMethod(
            this, [this] { load(m_releaseId); }, Qt::QueuedConnection);
        return;
    }
    if (toJson(after) != toJson(before))
        save(before, after);
}

} // namespace slipway::ui
