// SPDX-License-Identifier: GPL-3.0-or-later
#include "KnownIssuesPage.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "Theme.h"
#include "services/Document.h"
#include "services/KnownIssueService.h"
#include "services/ReleaseService.h"
#include "undo/ChangeRecordCommand.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

using IssueCommand = ChangeRecordCommand<KnownIssue>;

KnownIssuesPage::KnownIssuesPage(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("knownIssuesPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    m_message = new MessageBar(QStringLiteral("knownIssuesMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Release"), this));
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("knownIssueRelease"));
    top->addWidget(m_release, 1);
    layout->addLayout(top);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("knownIssueTable"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Impact"), tr("Workaround"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("knownIssueTitle"));
    m_impact = new QPlainTextEdit(this);
    m_impact->setObjectName(QStringLiteral("knownIssueImpact"));
    m_impact->setMaximumHeight(60);
    m_workaround = new QPlainTextEdit(this);
    m_workaround->setObjectName(QStringLiteral("knownIssueWorkaround"));
    m_workaround->setMaximumHeight(60);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("knownIssueStatus"));
    for (const QString& key : allIssueStatusKeys())
        m_status->addItem(displayName(*issueStatusFromKey(key)), key);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Impact"), m_impact);
    form->addRow(tr("Workaround"), m_workaround);
    form->addRow(tr("Status"), m_status);
    layout->addLayout(form);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(IconProvider::icon(QStringLiteral("new")), tr("New"), this);
    m_new->setObjectName(QStringLiteral("newKnownIssueButton"));
    m_save = new QPushButton(IconProvider::icon(QStringLiteral("save")), tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveKnownIssueButton"));
    m_save->setStyleSheet(Theme::primaryButtonStyleSheet());
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeKnownIssueButton"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);

    connect(m_release, &QComboBox::currentIndexChanged, this, &KnownIssuesPage::reload);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &KnownIssuesPage::showSelected);
    connect(m_new, &QPushButton::clicked, this, [this] {
        m_table->clearSelection();
        m_title->clear();
        m_impact->clear();
        m_workaround->clear();
        m_status->setCurrentIndex(0);
        m_title->setFocus();
    });
    connect(m_save, &QPushButton::clicked, this, &KnownIssuesPage::saveIssue);
    connect(m_remove, &QPushButton::clicked, this, &KnownIssuesPage::removeIssue);
    connect(&document.knownIssues(), &KnownIssueService::issuesChanged, this,
            &KnownIssuesPage::reload);
    fillReleases();
}

void KnownIssuesPage::fillReleases() {
    const QSignalBlocker block(m_release);
    m_release->clear();
    if (auto releases = m_document.releases().all())
        for (const Release& r : std::as_const(releases.value()))
            m_release->addItem(releaseLabel(r.name, r.version), r.id);
    reload();
}

void KnownIssuesPage::reload() {
    const std::optional<KnownIssue> was = selected();
    m_issues.clear();
    if (auto issues = m_document.knownIssues().forRelease(m_release->currentData().toLongLong()))
        m_issues = issues.value();
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_issues.size()));
    for (int row = 0; row < m_issues.size(); ++row) {
        const KnownIssue& i = m_issues[row];
        const QStringList cells{i.title, i.impact, i.workaround, displayName(i.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_table->setItem(row, c, item);
        }
        if (i.status == IssueStatus::Open)
            m_table->item(row, 3)->setIcon(
                IconProvider::icon(QStringLiteral("warning"), Theme::warning()));
        if (was && was->id == i.id)
            m_table->selectRow(row);
    }
}

std::optional<KnownIssue> KnownIssuesPage::selected() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_issues.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_issues[row];
}

void KnownIssuesPage::showSelected() {
    const auto issue = selected();
    if (!issue)
        return;
    m_title->setText(issue->title);
    m_impact->setPlainText(issue->impact);
    m_workaround->setPlainText(issue->workaround);
    m_status->setCurrentIndex(m_status->findData(toKey(issue->status)));
}

KnownIssue KnownIssuesPage::edited() const {
    KnownIssue i;
    i.releaseId = m_release->currentData().toLongLong();
    i.title = m_title->text().trimmed();
    i.impact = m_impact->toPlainText().trimmed();
    i.workaround = m_workaround->toPlainText().trimmed();
    i.status = issueStatusFromKey(m_status->currentData().toString()).value_or(IssueStatus::Open);
    return i;
}

void KnownIssuesPage::saveIssue() {
    const auto before = selected();
    KnownIssue after = edited();
    if (before)
        after.id = before->id;
    auto* command =
        new IssueCommand(serviceOps<KnownIssue>(m_document.knownIssues()), before, after,
                         before ? tr("Edit known issue “%1”").arg(after.title)
                                : tr("Add known issue “%1”").arg(after.title),
                         [this](const QString& message) {
                             m_message->showMessage(MessageBar::Kind::Error, message);
                             m_message->show();
                         });
    if (pushCommand(m_document.undoStack(), command))
        m_message->hide();
}

void KnownIssuesPage::removeIssue() {
    const auto before = selected();
    if (!before)
        return;
    m_document.undoStack()->push(new IssueCommand(
        serviceOps<KnownIssue>(m_document.knownIssues()), before, std::nullopt,
        tr("Remove known issue “%1”").arg(before->title), [this](const QString& message) {
            m_message->showMessage(MessageBar::Kind::Error, message);
            m_message->show();
        }));
}

void KnownIssuesPage::setEditable(bool editable) {
    m_new->setEnabled(editable);
    m_save->setEnabled(editable);
    m_remove->setEnabled(editable);
}

} // namespace slipway::ui
