// SPDX-License-Identifier: GPL-3.0-or-later
#include "DeploymentsView.h"

#include "DeploymentCommands.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "RecordDeploymentDialog.h"
#include "Theme.h"
#include "io/DeploymentCsvExporter.h"
#include "itemmodels/DeploymentTableModel.h"
#include "itemmodels/Roles.h"
#include "services/DeploymentService.h"
#include "services/Document.h"
#include "services/ReleaseService.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

DeploymentsView::DeploymentsView(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("deploymentsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));

    auto* title = new QLabel(tr("Deployments"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    auto* subtitle =
        new QLabel(tr("Who deployed what, when, and under which change ticket."), this);
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(subtitle);

    m_messages = new MessageBar(QStringLiteral("deploymentsMessages"), this);
    layout->addWidget(m_messages);

    auto* bar = new QHBoxLayout;
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("deploymentReleaseFilter"));
    m_release->setMinimumContentsLength(18);
    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("deploymentEnvironmentFilter"));
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("deploymentPersonFilter"));
    m_person->setPlaceholderText(tr("Deployed by (login)"));
    m_person->setClearButtonEnabled(true);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("deploymentPeriodFilter"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 365 days"), 365);
    m_record = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Record…"), this);
    m_record->setObjectName(QStringLiteral("recordDeploymentButton"));
    m_export = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Export CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportDeploymentsButton"));
    bar->addWidget(m_release, 2);
    bar->addWidget(m_environment, 1);
    bar->addWidget(m_person, 1);
    bar->addWidget(m_period, 1);
    bar->addStretch();
    bar->addWidget(m_record);
    bar->addWidget(m_export);
    layout->addLayout(bar);

    m_model = new DeploymentTableModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("deploymentsTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_empty = new EmptyState(
        QStringLiteral("status-deployed"), tr("No deployments recorded"),
        tr("Pipelines record each deployment with 'slipway deploy record'; or record one here. "
           "A production deployment moves its release to Deployed or Rolled back."),
        tr("Record a deployment…"), this);
    connect(m_empty->actionButton(), &QPushButton::clicked, this,
            &DeploymentsView::recordDeployment);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    layout->addWidget(m_pages, 1);
    m_count = new QLabel(this);
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(m_count);

    connect(m_record, &QPushButton::clicked, this, &DeploymentsView::recordDeployment);
    connect(m_export, &QPushButton::clicked, this, &DeploymentsView::exportCsv);
    for (QComboBox* combo : {m_release, m_environment, m_period})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                reload();
        });
    connect(m_person, &QLineEdit::editingFinished, this, &DeploymentsView::reload);
    connect(&m_document, &Document::modified, this, [this] {
        fillFilters();
        reload();
    });
    fillFilters();
    reload();
}

void DeploymentsView::setEditable(bool editable) {
    m_editable = editable;
    m_record->setEnabled(editable);
    m_empty->actionButton()->setEnabled(editable);
}

void DeploymentsView::fillFilters() {
    m_filling = true;
    const qint64 release = m_release->currentData().toLongLong();
    const qint64 environment = m_environment->currentData().toLongLong();
    m_release->clear();
    m_release->addItem(tr("All releases"), 0);
    if (auto all = m_document.releases().all(); all)
        for (const Release& r : all.value())
            m_release->addItem(releaseLabel(r.name, r.version), r.id);
    m_environment->clear();
    m_environment->addItem(tr("All environments"), 0);
    if (auto envs = m_document.deployments().environments(); envs)
        for (const Environment& e : envs.value())
            m_environment->addItem(e.name, e.id);
    m_release->setCurrentIndex(std::max(0, m_release->findData(release)));
    m_environment->setCurrentIndex(std::max(0, m_environment->findData(environment)));
    m_filling = false;
}

void DeploymentsView::showRelease(qint64 releaseId) {
    m_release->setCurrentIndex(std::max(0, m_release->findData(releaseId)));
}

void DeploymentsView::reload() {
    DeploymentFilter filter;
    filter.releaseId = m_release->currentData().toLongLong();
    filter.environmentId = m_environment->currentData().toLongLong();
    filter.deployedBy = m_person->text().trimmed();
    if (const int days = m_period->currentData().toInt(); days > 0)
        filter.fromUtc = QDateTime::currentSecsSinceEpoch() - qint64(days) * 86400;
    auto rows = m_document.deployments().list(filter);
    if (!rows) {
        m_messages->showMessage(MessageBar::Kind::Error, rows.error().message);
        return;
    }
    m_model->setDeployments(rows.value());
    m_table->resizeColumnsToContents();
    const bool filtered =
        filter.releaseId || filter.environmentId || !filter.deployedBy.isEmpty() || filter.fromUtc;
    m_pages->setCurrentWidget(rows->isEmpty() && !filtered ? static_cast<QWidget*>(m_empty)
                                                           : m_table);
    m_count->setText(rows->isEmpty() && filtered
                         ? tr("No deployment matches these filters.")
                         : tr("%n deployment(s)", nullptr, int(rows->size())));
}

void DeploymentsView::recordDeployment() {
    if (!m_editable)
        return;
    RecordDeploymentDialog dialog(m_document, m_release->currentData().toLongLong(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new RecordDeploymentCommand(
        m_document.deployments(), dialog.deployment(), dialog.statusBefore(),
        [this](const QString& m) { m_messages->showMessage(MessageBar::Kind::Error, m); });
    if (pushCommand(m_document.undoStack(), command))
        m_messages->hide();
    reload();
}

void DeploymentsView::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export deployments"), QStringLiteral("deployments.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = DeploymentCsvExporter::write(m_model->deployments(), path);
    if (!written)
        m_messages->showMessage(MessageBar::Kind::Error, written.error().message);
    else
        m_messages->showMessage(MessageBar::Kind::Info, tr("Wrote %n deployment record(s) to %1.",
                                                           nullptr, int(written.value()))
                                                            .arg(QDir::toNativeSeparators(path)));
}

} // namespace slipway::ui
