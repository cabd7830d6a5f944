// SPDX-License-Identifier: GPL-3.0-or-later
#include "ComponentsPage.h"

#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PinCommands.h"
#include "PinDialog.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "itemmodels/ComponentTableModel.h"
#include "itemmodels/PinTableModel.h"
#include "itemmodels/Roles.h"
#include "services/ComponentService.h"
#include "services/Document.h"
#include "services/EnvironmentMatrixService.h"
#include "services/PinService.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace slipway::ui {

ComponentsPage::ComponentsPage(Document& document, ComponentService& service, PinService& pins,
                               QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_service(service)
    , m_pins(pins) {
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
    m_source->setTextFormat(Qt::PlainText); // a file name
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
    PlainToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("componentsTable"));
    m_table->setModel(m_filtered);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the SBOM's order, its subject first
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);

    m_empty = new EmptyState(QStringLiteral("package"), tr("No component list yet"),
                             tr("Import the release's SBOM (CycloneDX 1.4–1.6 or SPDX 2.2/2.3 "
                                "JSON) with 'slipway import sbom --db FILE --release "
                                "PRODUCT@VERSION SBOM.json': its components, versions, package "
                                "URLs, licences and dependencies appear here."),
                             QString(), this);
    m_empty->setObjectName(QStringLiteral("componentsEmptyState"));
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("componentsSplit"));
    split->setChildrenCollapsible(false);
    auto* top = new QWidget(split);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    m_pages = new QStackedWidget(top);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    topLayout->addWidget(m_pages, 1);
    m_count = new QLabel(top);
    m_count->setTextFormat(Qt::PlainText); // or the reason there is no list
    m_count->setObjectName(QStringLiteral("componentsCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    topLayout->addWidget(m_count);

    // The pins: what the release's components need of what they depend on.
    auto* bottom = new QWidget(split);
    auto* pinsLayout = new QVBoxLayout(bottom);
    pinsLayout->setContentsMargins(0, Theme::space(1), 0, 0);
    pinsLayout->setSpacing(Theme::space(1));
    auto* pinBar = new QHBoxLayout;
    auto* pinTitle = new QLabel(tr("Pins"), bottom);
    pinTitle->setFont(Theme::sectionFont());
    m_pinCount = new QLabel(bottom);
    m_pinCount->setObjectName(QStringLiteral("pinsCount"));
    m_pinCount->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_pin = new QPushButton(IconProvider::icon(QStringLiteral("link")), tr("Pin…"), bottom);
    m_pin->setObjectName(QStringLiteral("pinButton"));
    m_unpin = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Unpin"), bottom);
    m_unpin->setObjectName(QStringLiteral("unpinButton"));
    pinBar->addWidget(pinTitle);
    pinBar->addWidget(m_pinCount, 1);
    pinBar->addWidget(m_pin);
    pinBar->addWidget(m_unpin);
    pinsLayout->addLayout(pinBar);
    m_messages = new MessageBar(QStringLiteral("pinsMessages"), bottom);
    pinsLayout->addWidget(m_messages);
    m_pinModel = new PinTableModel(this);
    m_pinModel->setUnmetColor(Theme::tint(Theme::danger(), 0.22));
    auto* pinSorted = new QSortFilterProxyModel(this);
    pinSorted->setSourceModel(m_pinModel);
    pinSorted->setSortRole(SortRole);
    m_pinTable = new QTableView(bottom);
    PlainToolTips::install(m_pinTable);
    m_pinTable->setObjectName(QStringLiteral("pinsTable"));
    m_pinTable->setModel(pinSorted);
    m_pinTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_pinTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_pinTable->setSortingEnabled(true);
    m_pinTable->sortByColumn(-1, Qt::AscendingOrder);
    m_pinTable->verticalHeader()->hide();
    m_pinTable->setWordWrap(false);
    m_pinTable->horizontalHeader()->setStretchLastSection(true);
    auto* pinsEmpty = new QLabel(tr("No pins. An SBOM dependency on a version range becomes a "
                                    "pin when it is imported; pin a shared library or service "
                                    "by hand with Pin… or 'slipway component pin'."),
                                 bottom);
    pinsEmpty->setObjectName(QStringLiteral("pinsEmptyState"));
    pinsEmpty->setWordWrap(true);
    pinsEmpty->setAlignment(Qt::AlignCenter);
    pinsEmpty->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_pinPages = new QStackedWidget(bottom);
    m_pinPages->addWidget(m_pinTable);
    m_pinPages->addWidget(pinsEmpty);
    pinsLayout->addWidget(m_pinPages, 1);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_pin, &QPushButton::clicked, this, [this] {
        std::unique_ptr<PinDialog> dialog(createPinDialog());
        if (dialog)
            dialog->exec();
    });
    connect(m_unpin, &QPushButton::clicked, this, &ComponentsPage::unpinSelected);
    connect(m_pinTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ComponentsPage::updateButtons);
    connect(&m_pins, &PinService::pinsChanged, this, [this](qint64 releaseId) {
        if (releaseId == m_releaseId)
            reloadPins();
    });

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

void ComponentsPage::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void ComponentsPage::reloadPins() {
    QList<Pin> pins;
    QList<PinCheck> checks;
    if (m_releaseId) {
        auto read = m_pins.pins(m_releaseId);
        if (!read) {
            m_messages->showMessage(MessageBar::Kind::Error, read.error().message);
        } else {
            pins = read.value();
            EnvironmentMatrixService where(m_document.database());
            auto matrix = where.matrix();
            if (!matrix) {
                m_messages->showMessage(MessageBar::Kind::Error, matrix.error().message);
            } else if (auto held = where.pinChecks(matrix.value()); !held) {
                m_messages->showMessage(MessageBar::Kind::Error, held.error().message);
            } else {
                checks = held.value();
            }
        }
    }
    m_pinModel->setPins(pins, checks);
    m_pinTable->resizeColumnsToContents();
    m_pinPages->setCurrentIndex(pins.isEmpty() ? 1 : 0);
    const int unmet = m_pinModel->unmetCount();
    m_pinCount->setText(pins.isEmpty()
                            ? QString()
                            : tr("%n pin(s)", nullptr, int(pins.size())) + QStringLiteral(" · ") +
                                  tr("%n unmet", nullptr, unmet));
    updateButtons();
}

void ComponentsPage::updateButtons() {
    const QString readOnly = m_editable ? QString() : tr("The file is open read-only.");
    const bool can = m_editable && m_releaseId;
    m_pin->setEnabled(can);
    m_pin->setToolTip(can ? tr("Pin a component's dependency on a version range") : readOnly);
    const QModelIndexList rows = m_pinTable->selectionModel()->selectedRows();
    bool manual = false;
    if (!rows.isEmpty()) {
        const qint64 id = rows.first().data(IdRole).toLongLong();
        for (const Pin& p : m_pinModel->pins())
            if (p.id == id)
                manual = p.source == Pin::Source::Manual;
    }
    m_unpin->setEnabled(can && manual);
    m_unpin->setToolTip(!can ? readOnly
                        : rows.isEmpty() || manual
                            ? tr("Remove the selected pin set by hand")
                            : tr("Pins from the SBOM go with the next import"));
}

QString ComponentsPage::pin(const QString& component, const QString& target,
                            const QString& constraint) {
    if (!m_editable || !m_releaseId)
        return tr("The file is open read-only.");
    auto refused = std::make_shared<QString>();
    auto first = std::make_shared<bool>(true);
    auto* command = new PinCommand(m_pins, m_releaseId, component, target, constraint,
                                   [this, refused, first](const QString& m) {
                                       if (*first)
                                           *refused = m;
                                       else
                                           m_messages->showMessage(MessageBar::Kind::Error, m);
                                   });
    const bool stands = pushCommand(m_document.undoStack(), command);
    *first = false;
    if (!stands)
        return refused->isEmpty() ? tr("Nothing was pinned.") : *refused;
    m_messages->hide();
    return {};
}

bool ComponentsPage::unpinSelected() {
    if (!m_editable || !m_releaseId)
        return false;
    const QModelIndexList rows = m_pinTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const qint64 id = rows.first().data(IdRole).toLongLong();
    const auto pin = std::find_if(m_pinModel->pins().cbegin(), m_pinModel->pins().cend(),
                                  [id](const Pin& p) { return p.id == id; });
    if (pin == m_pinModel->pins().cend() || pin->source != Pin::Source::Manual)
        return false;
    auto* command = new UnpinCommand(m_pins, *pin, [this](const QString& m) {
        m_messages->showMessage(MessageBar::Kind::Error, m);
    });
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_messages->hide();
    return done;
}

PinDialog* ComponentsPage::createPinDialog() {
    if (!m_editable || !m_releaseId)
        return nullptr;
    QStringList names;
    for (const Component& c : m_model->components())
        if (!c.versionIsRange)
            names << (c.group.isEmpty() ? c.name : c.group + u'/' + c.name);
    names.removeDuplicates();
    auto* dialog = new PinDialog(
        names,
        [this](const QString& component, const QString& target, const QString& constraint) {
            return pin(component, target, constraint);
        },
        this);
    const QModelIndexList rows = m_pinTable->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        const qint64 id = rows.first().data(IdRole).toLongLong();
        for (const Pin& p : m_pinModel->pins())
            if (p.id == id)
                dialog->startFrom(p.component, p.target, p.constraint);
    }
    return dialog;
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
        header->resizeSection(column, std::min(header->sectionSize(column), Theme::space(40)));
    header->setSectionResizeMode(ComponentTableModel::DependsOnColumn, QHeaderView::Stretch);
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    m_filter->setEnabled(!rows.isEmpty());
    const auto subject =
        std::find_if(rows.cbegin(), rows.cend(), [](const Component& c) { return c.subject; });
    const QString file = rows.isEmpty() ? QString() : rows.first().sourceFile;
    m_source->setText(file.isEmpty() ? problem : tr("From %1").arg(QFileInfo(file).fileName()));
    m_source->setToolTip(
        rows.isEmpty() ? QString() : tr("%1\nSHA-256 %2").arg(file, rows.first().sourceSha256));
    const int parts = int(rows.size()) - (subject == rows.cend() ? 0 : 1);
    reloadPins();
    m_count->setText(rows.isEmpty()
                         ? problem
                         : tr("%n component(s)", nullptr, parts) + QStringLiteral(" · ") +
                               tr("%n dependency edge(s)", nullptr, m_model->edgeCount()));
}

} // namespace slipway::ui
