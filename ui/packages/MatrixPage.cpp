// SPDX-License-Identifier: GPL-3.0-or-later
#include "MatrixPage.h"

#include "EmptyState.h"
#include "IconProvider.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "itemmodels/EnvironmentMatrixModel.h"
#include "itemmodels/Roles.h"
#include "services/Document.h"
#include "services/EnvironmentMatrixService.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway::ui {

MatrixPage::MatrixPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("matrixPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));
    auto* intro = new QLabel(tr("What runs where, over every release: the version of each "
                                "component in each environment, from deployment records and "
                                "promotions. Drift is highlighted; hover a cell for why."),
                             this);
    intro->setWordWrap(true);
    intro->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(intro);

    m_model = new EnvironmentMatrixModel(this);
    m_model->setDriftColor(Theme::tint(Theme::warning(), 0.35));
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    sorted->setSortRole(SortRole);
    m_table = new QTableView(this);
    PlainToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("matrixTable"));
    m_table->setModel(sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_empty = new EmptyState(QStringLiteral("status-deployed"), tr("Nothing runs anywhere yet"),
                             tr("The matrix fills from deployment records ('slipway deploy "
                                "record') and gate promotions; a release brings the components "
                                "of its imported SBOM, or its product without one."),
                             QString(), this);
    m_empty->setObjectName(QStringLiteral("matrixEmptyState"));

    m_drift = new QListWidget(this);
    m_drift->setObjectName(QStringLiteral("driftList"));
    m_drift->setWordWrap(true);
    m_drift->setAlternatingRowColors(true);

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    m_pages = new QStackedWidget(split);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    split->addWidget(m_pages);
    split->addWidget(m_drift);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);
    m_count = new QLabel(this);
    m_count->setTextFormat(Qt::PlainText); // or an error naming what was read
    m_count->setObjectName(QStringLiteral("matrixCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_count);
}

void MatrixPage::reload() {
    EnvironmentMatrixService where(m_document.database());
    auto matrix = where.matrix();
    m_drift->clear();
    if (!matrix) {
        m_model->setMatrix({});
        m_pages->setCurrentWidget(m_empty);
        m_count->setText(matrix.error().message);
        m_drift->hide();
        return;
    }
    const int drift = int(matrix->drift.size());
    const int rows = matrix->rowCount();
    const int columns = matrix->columnCount();
    for (const MatrixDrift& d : std::as_const(matrix->drift)) {
        auto* item = new QListWidgetItem(
            IconProvider::icon(QStringLiteral("warning"), Theme::warning()), d.message, m_drift);
        item->setToolTip(d.message);
    }
    m_drift->setVisible(drift > 0);
    m_model->setMatrix(std::move(matrix.value()));
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(
            column,
            std::min(std::max(header->sectionSize(column), Theme::space(12)), Theme::space(36)));
    header->setStretchLastSection(false);
    m_pages->setCurrentWidget(rows == 0 ? static_cast<QWidget*>(m_empty) : m_table);
    m_count->setText(rows == 0
                         ? QString()
                         : tr("%n component(s)", nullptr, rows) + QStringLiteral(" × ") +
                               tr("%n environment(s)", nullptr, columns) + QStringLiteral(" · ") +
                               tr("%n drift finding(s)", nullptr, drift));
}

} // namespace slipway::ui
