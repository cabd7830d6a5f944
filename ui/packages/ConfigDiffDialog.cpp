// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDiffDialog.h"

#include "IconProvider.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "itemmodels/ConfigDiffModel.h"
#include "services/ConfigService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace slipway::ui {

ConfigDiffDialog::ConfigDiffDialog(ConfigService& service, qint64 releaseId,
                                   QList<Environment> environments, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_releaseId(releaseId)
    , m_environments(std::move(environments)) {
    setObjectName(QStringLiteral("configDiffDialog"));
    setWindowTitle(tr("Configuration differences"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("configDiffFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("configDiffTo"));
    for (const Environment& e : std::as_const(m_environments)) {
        m_from->addItem(e.name, e.id);
        m_to->addItem(e.name, e.id);
    }
    if (m_to->count() > 1)
        m_to->setCurrentIndex(1);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from, 1);
    bar->addWidget(toLabel);
    bar->addWidget(m_to, 1);
    layout->addLayout(bar);

    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText); // environment names
    m_summary->setObjectName(QStringLiteral("configDiffSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new ConfigDiffModel(this);
    m_model->setChangeColor([](ConfigDiffModel::Change change) {
        switch (change) {
        case ConfigDiffModel::Change::Added:
            return Theme::tint(Theme::success());
        case ConfigDiffModel::Change::Removed:
            return Theme::tint(Theme::danger());
        case ConfigDiffModel::Change::Changed:
        case ConfigDiffModel::Change::SecretChanged:
            return Theme::tint(Theme::warning());
        case ConfigDiffModel::Change::SameReference:
            break;
        }
        return QColor();
    });
    m_table = new QTableView(this);
    PlainToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("configDiffTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QComboBox::currentIndexChanged, this, &ConfigDiffDialog::refresh);
    connect(m_to, &QComboBox::currentIndexChanged, this, &ConfigDiffDialog::refresh);
    resize(Theme::space(100), Theme::space(50));
    refresh();
}

void ConfigDiffDialog::compare(qint64 fromEnvironmentId, qint64 toEnvironmentId) {
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromEnvironmentId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toEnvironmentId)));
    refresh();
}

QString ConfigDiffDialog::summary() const {
    return m_summary->text();
}

void ConfigDiffDialog::refresh() {
    const qint64 from = m_from->currentData().toLongLong();
    const qint64 to = m_to->currentData().toLongLong();
    if (!from || !to || from == to) {
        m_model->setDiff({}, m_from->currentText(), m_to->currentText());
        m_summary->setText(tr("Choose two different environments."));
        return;
    }
    auto diff = m_service.diff(m_releaseId, from, to);
    if (!diff) {
        m_model->setDiff({}, m_from->currentText(), m_to->currentText());
        m_summary->setText(diff.error().message);
        return;
    }
    using Change = ConfigDiffModel::Change;
    const ConfigService::Diff& d = diff.value();
    const int changed = d.count(Change::Changed) + d.count(Change::SecretChanged);
    m_summary->setText(
        d.entries.isEmpty()
            ? tr("%1 and %2 hold the same configuration (%n key(s)).", nullptr, d.unchanged)
                  .arg(m_from->currentText(), m_to->currentText())
            : tr("From %1 to %2: %3 added, %4 removed, %5 changed, %6 the same.")
                  .arg(m_from->currentText(), m_to->currentText())
                  .arg(d.count(Change::Added))
                  .arg(d.count(Change::Removed))
                  .arg(changed)
                  .arg(d.unchanged + d.count(Change::SameReference)));
    m_model->setDiff(diff.value(), m_from->currentText(), m_to->currentText());
    m_table->resizeColumnsToContents();
}

} // namespace slipway::ui
