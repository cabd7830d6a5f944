// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigurationPage.h"

#include "ConfigCommands.h"
#include "ConfigDiffDialog.h"
#include "ConfigSetDialog.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "itemmodels/ConfigTableModel.h"
#include "itemmodels/Roles.h"
#include "services/DeploymentService.h"
#include "services/Document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace slipway::ui {

ConfigurationPage::ConfigurationPage(Document& document, ConfigService& service, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_service(service) {
    setObjectName(QStringLiteral("configurationPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("configEnvironmentPicker"));
    m_environment->setMinimumContentsLength(16);
    auto* environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setBuddy(m_environment);
    m_set = new QPushButton(IconProvider::icon(QStringLiteral("edit")), tr("Set…"), this);
    m_set->setObjectName(QStringLiteral("setConfigButton"));
    m_unset = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Unset"), this);
    m_unset->setObjectName(QStringLiteral("unsetConfigButton"));
    m_diff = new QPushButton(IconProvider::icon(QStringLiteral("shared")), tr("Diff…"), this);
    m_diff->setObjectName(QStringLiteral("diffConfigButton"));
    bar->addWidget(environmentLabel);
    bar->addWidget(m_environment);
    bar->addStretch(1);
    bar->addWidget(m_set);
    bar->addWidget(m_unset);
    bar->addWidget(m_diff);
    layout->addLayout(bar);

    m_messages = new MessageBar(QStringLiteral("configMessages"), this);
    layout->addWidget(m_messages);

    m_model = new ConfigTableModel(this);
    m_model->setSecretIcon(IconProvider::icon(QStringLiteral("lock"), Theme::muted()));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table = new QTableView(this);
    PlainToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("configTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConfigTableModel::KeyColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);

    m_empty = new EmptyState(QStringLiteral("lock"), tr("No configuration in this environment"),
                             tr("Set a key to a plain value or to a secret reference (vault:, "
                                "awssm:, azkv:, env:); pipelines use 'slipway config set'. "
                                "Values that look like secrets are refused."),
                             tr("Set…"), this);
    m_empty->setObjectName(QStringLiteral("configEmptyState"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("configCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_count);

    const auto openSet = [this] {
        ConfigSetDialog* dialog = createSetDialog();
        if (!dialog)
            return;
        dialog->exec();
        delete dialog;
    };
    connect(m_set, &QPushButton::clicked, this, openSet);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, openSet);
    connect(m_table, &QTableView::doubleClicked, this, openSet);
    connect(m_unset, &QPushButton::clicked, this, &ConfigurationPage::unsetSelected);
    connect(m_diff, &QPushButton::clicked, this, [this] {
        ConfigDiffDialog* dialog = createDiffDialog();
        dialog->exec();
        delete dialog;
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        m_messages->hide();
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConfigurationPage::updateButtons);
    connect(&m_service, &ConfigService::configurationChanged, this, [this](qint64 releaseId) {
        if (releaseId == m_releaseId)
            reload();
    });
    fillEnvironments();
}

void ConfigurationPage::fillEnvironments() {
    const QSignalBlocker block(m_environment);
    const qint64 current = currentEnvironmentId();
    m_environment->clear();
    auto all = m_document.deployments().environments();
    m_environments = all ? all.value() : QList<Environment>();
    for (const Environment& e : std::as_const(m_environments))
        m_environment->addItem(e.name, e.id);
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(current)));
}

void ConfigurationPage::setRelease(qint64 releaseId) {
    m_releaseId = releaseId;
    fillEnvironments();
    reload();
}

void ConfigurationPage::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void ConfigurationPage::showEnvironment(qint64 environmentId) {
    const int index = m_environment->findData(environmentId);
    if (index >= 0)
        m_environment->setCurrentIndex(index);
}

void ConfigurationPage::showFullestEnvironment() {
    auto all = m_service.items(m_releaseId);
    if (!all)
        return;
    QHash<qint64, int> keys;
    for (const ConfigItem& c : all.value())
        ++keys[c.environmentId];
    qint64 best = 0;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (!best || it.value() > keys.value(best))
            best = it.key();
    if (best)
        showEnvironment(best);
}

qint64 ConfigurationPage::currentEnvironmentId() const {
    return m_environment->currentData().toLongLong();
}

int ConfigurationPage::keyCount() const {
    return m_model->rowCount();
}

void ConfigurationPage::reload() {
    QList<ConfigItem> rows;
    const qint64 environmentId = currentEnvironmentId();
    if (m_releaseId && environmentId) {
        auto read = m_service.items(m_releaseId, environmentId);
        if (!read)
            m_messages->showMessage(MessageBar::Kind::Error, read.error().message);
        else
            rows = read.value();
    }
    m_model->setItems(rows);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ConfigTableModel::ValueColumn,
                                                      QHeaderView::Stretch);
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    const auto secrets =
        std::count_if(rows.cbegin(), rows.cend(), [](const ConfigItem& c) { return c.isSecret; });
    m_count->setText(rows.isEmpty()
                         ? QString()
                         : tr("%n key(s)", nullptr, int(rows.size())) + QStringLiteral(" · ") +
                               tr("%n secret", nullptr, int(secrets)));
    updateButtons();
}

void ConfigurationPage::updateButtons() {
    const QString readOnly = m_editable ? QString() : tr("The file is open read-only.");
    const bool can = m_editable && m_releaseId && currentEnvironmentId();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_set->setEnabled(can);
    m_set->setToolTip(can ? tr("Set a key to a value or a secret reference") : readOnly);
    m_empty->actionButton()->setEnabled(can);
    m_empty->actionButton()->setToolTip(can ? QString() : readOnly);
    m_unset->setEnabled(can && selected);
    m_unset->setToolTip(can ? tr("Remove the selected key from this environment") : readOnly);
    m_diff->setEnabled(m_releaseId && m_environments.size() > 1);
    m_diff->setToolTip(tr("Compare this release's configuration between two environments"));
}

QString ConfigurationPage::set(const ConfigService::Setting& setting) {
    if (!m_editable)
        return tr("The file is open read-only.");
    // The first run's refusal goes back to the dialog; a later undo or redo that fails is
    // said on the page.
    auto refused = std::make_shared<QString>();
    auto first = std::make_shared<bool>(true);
    auto* command =
        new SetConfigCommand(m_service, setting, [this, refused, first](const QString& m) {
            if (*first)
                *refused = m;
            else
                m_messages->showMessage(MessageBar::Kind::Error, m);
        });
    const bool stands = pushCommand(m_document.undoStack(), command);
    *first = false;
    if (!stands)
        return refused->isEmpty() ? tr("Nothing was set.") : *refused;
    m_messages->hide();
    return {};
}

bool ConfigurationPage::unsetSelected() {
    if (!m_editable)
        return false;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const qint64 id = rows.first().data(IdRole).toLongLong();
    const auto item = std::find_if(m_model->items().cbegin(), m_model->items().cend(),
                                   [id](const ConfigItem& c) { return c.id == id; });
    if (item == m_model->items().cend())
        return false;
    auto* command = new UnsetConfigCommand(m_service, *item, [this](const QString& m) {
        m_messages->showMessage(MessageBar::Kind::Error, m);
    });
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_messages->hide();
    return done;
}

ConfigSetDialog* ConfigurationPage::createSetDialog() {
    const qint64 environmentId = currentEnvironmentId();
    if (!m_editable || !m_releaseId || !environmentId)
        return nullptr;
    auto* dialog = new ConfigSetDialog(
        m_releaseId, environmentId, m_environment->currentText(),
        [this](const ConfigService::Setting& s) { return set(s); }, this);
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty()) {
        const qint64 id = rows.first().data(IdRole).toLongLong();
        for (const ConfigItem& c : m_model->items())
            if (c.id == id)
                dialog->startFrom(c);
    }
    return dialog;
}

ConfigDiffDialog* ConfigurationPage::createDiffDialog() {
    auto* dialog = new ConfigDiffDialog(m_service, m_releaseId, m_environments, this);
    // From this environment to the next one in the list (Staging to Production, say).
    const qint64 from = currentEnvironmentId();
    const int at = m_environment->currentIndex();
    if (m_environments.size() > 1)
        dialog->compare(from, m_environments.at((at + 1) % m_environments.size()).id);
    return dialog;
}

} // namespace slipway::ui
