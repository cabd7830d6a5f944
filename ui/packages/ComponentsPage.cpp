// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentsPage.h"

#include "EmptyState.h"
#include "IconProvider.h"
#include "Theme.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/Roles.h"
#include "services/ComponentService.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway::ui {

ComponentsPage::ComponentsPage(ComponentService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service) {
    setObjectName(QStringLiteral("componentsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("componentFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, package URL, type or licence"));
    m_filter->setClearButtonEnabled(true);
    m_filter->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("componentSource"));
    m_source->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_source, 2);
    layout->addLayout(bar);

    m_model = new ComponentTableModel(this);
    m_filtered = new QSortFilterProxyModel(this);
    m_filtered->setSourceModel(m_model);
    m_filtered->setSortRole(SortRole);
    m_filtered->setFilterRole(FilterTextRole);
    m_filtered->setFilterKeyColumn(0);
    m_filtered->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("componentsTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the SBOM's order, its subject first
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideMiddle);

    m_empty = new EmptyState(QStringLiteral("package"), tr("No component list yet"),
                             tr("Import the release's SBOM (CycloneDX 1.4–1.6 or SPDX 2.2/2.3 "
                                "JSON) with 'slipway import sbom --db FILE --release "
                                "PRODUCT@VERSION SBOM.json': its components, versions, package "
                                "URLs, licences and dependencies appear here."),
                             QString(), this);
    m_empty->setObjectName(QStringLiteral("componentsEmptyState"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("componentsCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_count);

    connect(m_filter, &QLineEdit::textChanged, m_filtered,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(&m_service, &ComponentService::componentsChanged, this, [this](qint64 releaseId) {
        if (releaseId == m_releaseId)
            reload();
    });
}

void ComponentsPage::setRelease(qint64 releaseId) {
    m_releaseId = releaseId;
    reload();
}

void ComponentsPage::reload() {
    QList<Component> rows;
    QList<ComponentDependency> edges;
    QString problem;
    if (m_releaseId) {
        auto components = m_service.components(m_releaseId);
        auto dependencies = m_service.dependencies(m_releaseId);
        if (!components)
            problem = components.error().message;
        else if (!dependencies)
            problem = dependencies.error().message;
        else {
            rows = components.value();
            edges = dependencies.value();
        }
    }
    m_model->setComponents(rows, edges);
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    // Package URLs are long: they take what is left, the rest keep to a sensible width.
    for (int column = 0; column < ComponentTableModel::ColumnCount; ++column)
        header->resizeSection(column, std::min(header->sectionSize(column), Theme::space(32)));
    header->setSectionResizeMode(ComponentTableModel::PurlColumn, QHeaderView::Stretch);
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_filter->setEnabled(!rows.isEmpty());
    const auto subject =
        std::find_if(rows.cbegin(), rows.cend(), [](const Component& c) { return c.subject; });
    const QString file = rows.isEmpty() ? QString() : rows.first().sourceFile;
    m_source->setText(file.isEmpty() ? problem : tr("From %1").arg(QFileInfo(file).fileName()));
    m_source->setToolTip(
        rows.isEmpty() ? QString() : tr("%1\nSHA-256 %2").arg(file, rows.first().sourceSha256));
    const int parts = int(rows.size()) - (subject == rows.cend() ? 0 : 1);
    m_count->setText(rows.isEmpty()
                         ? problem
                         : tr("%n component(s)", nullptr, parts) + QStringLiteral(" · ") +
                               tr("%n dependency edge(s)", nullptr, m_model->edgeCount()));
}

} // namespace slipway::ui
