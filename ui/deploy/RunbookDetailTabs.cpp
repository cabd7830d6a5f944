// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookDetailTabs.h"

#include "IconProvider.h"
#include "PlainToolTips.h"
#include "Theme.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

enum : int { TriggerIndexRole = Qt::UserRole + 1, RehearsalIdRole, StepKeyRole };

QTreeWidget* tree(QWidget* parent, const QString& name, const QStringList& headers) {
    auto* t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setHeaderLabels(headers);
    t->setRootIsDecorated(false);
    t->setAlternatingRowColors(true);
    t->setUniformRowHeights(true);
    t->header()->setStretchLastSection(true);
    PlainToolTips::install(t);
    return t;
}

QPushButton* button(QWidget* parent, const QString& name, const QString& icon,
                    const QString& text) {
    auto* b = new QPushButton(IconProvider::icon(icon), text, parent);
    b->setObjectName(name);
    return b;
}

QString when(qint64 utcSecs) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(utcSecs).toLocalTime(),
                              QStringLiteral("d MMM yyyy HH:mm"));
}

} // namespace

RunbookDetailTabs::RunbookDetailTabs(QWidget* parent)
    : QTabWidget(parent) {
    setObjectName(QStringLiteral("runbookDetailTabs"));
    setDocumentMode(true);

    // A finding is a sentence or two: wrapped in the last column, never cut off.
    m_findings = new QTableWidget(0, 3, this);
    m_findings->setObjectName(QStringLiteral("runbookFindings"));
    m_findings->setHorizontalHeaderLabels({tr("Severity"), tr("Step"), tr("Finding")});
    m_findings->verticalHeader()->hide();
    m_findings->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setAlternatingRowColors(true);
    m_findings->setShowGrid(false);
    m_findings->setWordWrap(true);
    m_findings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_findings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    PlainToolTips::install(m_findings);
    // Rows take their wrapped height again once the column has its width.
    connect(m_findings->horizontalHeader(), &QHeaderView::sectionResized, m_findings,
            &QTableView::resizeRowsToContents, Qt::QueuedConnection);
    addTab(m_findings, tr("Findings"));

    auto* triggersPage = new QWidget(this);
    auto* triggers = new QVBoxLayout(triggersPage);
    triggers->setContentsMargins(0, Theme::space(1), 0, 0);
    auto* triggerBar = new QHBoxLayout;
    m_addTrigger = button(triggersPage, QStringLiteral("addTriggerButton"), QStringLiteral("add"),
                          tr("Add trigger…"));
    m_editTrigger = button(triggersPage, QStringLiteral("editTriggerButton"),
                           QStringLiteral("edit"), tr("Edit…"));
    m_removeTrigger = button(triggersPage, QStringLiteral("removeTriggerButton"),
                             QStringLiteral("delete"), tr("Remove"));
    triggerBar->addWidget(m_addTrigger);
    triggerBar->addWidget(m_editTrigger);
    triggerBar->addWidget(m_removeTrigger);
    triggerBar->addStretch(1);
    triggers->addLayout(triggerBar);
    m_triggers = tree(triggersPage, QStringLiteral("runbookTriggers"),
                      {tr("Kind"), tr("Name"), tr("Fires when")});
    triggers->addWidget(m_triggers, 1);
    addTab(triggersPage, tr("Rollback triggers"));

    auto* rehearsalsPage = new QWidget(this);
    auto* rehearsals = new QVBoxLayout(rehearsalsPage);
    rehearsals->setContentsMargins(0, Theme::space(1), 0, 0);
    auto* rehearsalBar = new QHBoxLayout;
    m_addRehearsal = button(rehearsalsPage, QStringLiteral("addRehearsalButton"),
                            QStringLiteral("add"), tr("Record rehearsal…"));
    m_removeRehearsal = button(rehearsalsPage, QStringLiteral("removeRehearsalButton"),
                               QStringLiteral("delete"), tr("Remove"));
    rehearsalBar->addWidget(m_addRehearsal);
    rehearsalBar->addWidget(m_removeRehearsal);
    rehearsalBar->addStretch(1);
    rehearsals->addLayout(rehearsalBar);
    m_rehearsals = tree(rehearsalsPage, QStringLiteral("runbookRehearsals"),
                        {tr("Migration step / rehearsal"), tr("By"), tr("Clone"), tr("Duration"),
                         tr("Rows before → after"), tr("Result"), tr("Notes")});
    m_rehearsals->setRootIsDecorated(true);
    rehearsals->addWidget(m_rehearsals, 1);
    addTab(rehearsalsPage, tr("Migration rehearsals"));

    connect(m_triggers, &QTreeWidget::itemSelectionChanged, this,
            &RunbookDetailTabs::updateButtons);
    connect(m_rehearsals, &QTreeWidget::itemSelectionChanged, this,
            &RunbookDetailTabs::updateButtons);
    updateButtons();
}

QString RunbookDetailTabs::condition(const RunbookTrigger& t) {
    switch (t.kind) {
    case TriggerKind::StepFailed:
        return tr("any step fails");
    case TriggerKind::StepOverrun:
        return tr("a step runs past %1 × its planned time").arg(QLocale().toString(t.factor));
    case TriggerKind::WindowOverrun:
        return tr("the projected end passes the window's end");
    case TriggerKind::HealthCheck: {
        QString line = tr("GET %1 fails %n time(s) in a row", nullptr, t.failures).arg(t.url);
        QStringList expects;
        expects << (t.expectStatus ? tr("status %1").arg(t.expectStatus) : tr("any 2xx"));
        if (!t.expectBody.isEmpty())
            expects << tr("body contains “%1”").arg(t.expectBody);
        if (t.latencyMs > 0)
            expects << tr("within %1 ms").arg(t.latencyMs);
        return line + QStringLiteral(" (") + expects.join(QStringLiteral(", ")) +
               QStringLiteral(")");
    }
    case TriggerKind::Metric:
        return (t.above ? tr("%1 above %2 at %3") : tr("%1 below %2 at %3"))
            .arg(t.query, QLocale().toString(t.threshold), t.url);
    }
    return {};
}

void RunbookDetailTabs::showRunbook(const Runbook& runbook, const QList<RunbookFinding>& findings) {
    // Findings: blocking first, then warnings, each in the checks' order.
    m_findings->setRowCount(0);
    const auto addRow = [this](const QIcon& icon, const QString& severity, const QColor& colour,
                               const QString& step, const QString& message) {
        const int row = m_findings->rowCount();
        m_findings->insertRow(row);
        auto* first = new QTableWidgetItem(icon, severity);
        first->setForeground(colour);
        m_findings->setItem(row, 0, first);
        m_findings->setItem(row, 1, new QTableWidgetItem(step));
        m_findings->setItem(row, 2, new QTableWidgetItem(message));
    };
    int blocking = 0;
    for (bool wantBlocking : {true, false})
        for (const RunbookFinding& f : findings) {
            if (f.blocking() != wantBlocking)
                continue;
            addRow(f.blocking()
                       ? IconProvider::icon(QStringLiteral("status-cancelled"), Theme::danger())
                       : IconProvider::icon(QStringLiteral("warning"), Theme::warning()),
                   f.blocking() ? tr("Blocking") : tr("Warning"),
                   f.blocking() ? Theme::danger() : Theme::warning(),
                   f.stepKey.isEmpty() ? tr("runbook") : f.stepKey, f.message);
            blocking += f.blocking() ? 1 : 0;
        }
    if (findings.isEmpty())
        addRow(IconProvider::icon(QStringLiteral("status-approved"), Theme::success()), tr("None"),
               Theme::success(), QString(),
               tr("Nothing stands in the way of marking the runbook ready."));
    m_findings->resizeRowsToContents();
    setTabText(0, findings.isEmpty() ? tr("Findings")
                                     : tr("Findings (%1 blocking, %2 warnings)")
                                           .arg(blocking)
                                           .arg(findings.size() - blocking));
    setTabIcon(0, blocking ? IconProvider::icon(QStringLiteral("status-cancelled"), Theme::danger())
                  : findings.isEmpty()
                      ? IconProvider::icon(QStringLiteral("status-approved"), Theme::success())
                      : IconProvider::icon(QStringLiteral("warning"), Theme::warning()));

    const int trigger = selectedTrigger();
    m_triggers->clear();
    for (int i = 0; i < runbook.triggers.size(); ++i) {
        const RunbookTrigger& t = runbook.triggers.at(i);
        auto* item = new QTreeWidgetItem(m_triggers);
        item->setText(0, displayName(t.kind));
        item->setText(1, t.name);
        item->setText(2, condition(t));
        item->setToolTip(2, condition(t));
        item->setData(0, TriggerIndexRole, i);
        if (i == trigger)
            item->setSelected(true);
    }
    m_triggers->resizeColumnToContents(0);
    m_triggers->resizeColumnToContents(1);
    setTabText(1, tr("Rollback triggers (%1)").arg(runbook.triggers.size()));

    // Rehearsals under their migration step, newest first.
    const qint64 rehearsal = selectedRehearsal();
    m_rehearsals->clear();
    m_hasMigrations = false;
    for (const RunbookStep& s : runbook.steps) {
        if (s.kind != StepKind::Migration)
            continue;
        m_hasMigrations = true;
        auto* top = new QTreeWidgetItem(m_rehearsals);
        top->setText(0, tr("%1 — %2").arg(s.key, s.title));
        top->setData(0, StepKeyRole, s.key);
        QList<MigrationRehearsal> mine;
        for (const MigrationRehearsal& r : runbook.rehearsals)
            if (r.stepKey == s.key)
                mine << r;
        std::sort(mine.begin(), mine.end(),
                  [](const auto& a, const auto& b) { return a.rehearsedAt > b.rehearsedAt; });
        const bool passed = std::any_of(mine.cbegin(), mine.cend(),
                                        [](const MigrationRehearsal& r) { return r.passed; });
        if (passed) {
            top->setText(5, tr("rehearsed"));
            top->setForeground(5, Theme::success());
            top->setIcon(0,
                         IconProvider::icon(QStringLiteral("status-approved"), Theme::success()));
        } else if (!s.isForward()) { // evidence welcome, but readiness does not ask for it
            top->setText(5, tr("not required for a rollback step"));
            top->setForeground(5, Theme::muted());
            top->setIcon(0, IconProvider::icon(QStringLiteral("revert"), Theme::muted()));
        } else {
            top->setText(5, tr("no passed rehearsal"));
            top->setForeground(5, Theme::danger());
            top->setIcon(0, IconProvider::icon(QStringLiteral("warning"), Theme::danger()));
        }
        for (const MigrationRehearsal& r : mine) {
            auto* item = new QTreeWidgetItem(top);
            item->setText(0, when(r.rehearsedAt));
            item->setText(1, r.rehearsedBy);
            item->setText(2, r.cloneName);
            item->setText(3, tr("%1 min").arg(r.durationMin));
            item->setText(4, tr("%1 → %2").arg(QLocale().toString(r.rowsBefore),
                                               QLocale().toString(r.rowsAfter)));
            item->setText(5, r.passed ? tr("Passed") : tr("Failed"));
            item->setForeground(5, r.passed ? Theme::success() : Theme::danger());
            item->setText(6, r.notes);
            item->setData(0, RehearsalIdRole, r.id);
            item->setData(0, StepKeyRole, s.key);
            if (r.id == rehearsal)
                item->setSelected(true);
        }
    }
    if (!m_hasMigrations) {
        auto* item = new QTreeWidgetItem(m_rehearsals);
        item->setText(0, tr("No migration steps: nothing to rehearse."));
        item->setFlags(Qt::ItemIsEnabled);
    }
    m_rehearsals->expandAll();
    for (int c = 0; c < 6; ++c)
        m_rehearsals->resizeColumnToContents(c);
    setTabText(2, tr("Migration rehearsals (%1)").arg(runbook.rehearsals.size()));
    updateButtons();
}

void RunbookDetailTabs::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

int RunbookDetailTabs::selectedTrigger() const {
    const auto items = m_triggers->selectedItems();
    return items.isEmpty() ? -1 : items.first()->data(0, TriggerIndexRole).toInt();
}

qint64 RunbookDetailTabs::selectedRehearsal() const {
    const auto items = m_rehearsals->selectedItems();
    return items.isEmpty() ? 0 : items.first()->data(0, RehearsalIdRole).toLongLong();
}

QString RunbookDetailTabs::selectedMigration() const {
    const auto items = m_rehearsals->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, StepKeyRole).toString();
}

void RunbookDetailTabs::updateButtons() {
    m_addTrigger->setEnabled(m_editable);
    m_editTrigger->setEnabled(m_editable && selectedTrigger() >= 0);
    m_removeTrigger->setEnabled(m_editable && selectedTrigger() >= 0);
    m_addRehearsal->setEnabled(m_editable && m_hasMigrations);
    m_removeRehearsal->setEnabled(m_editable && selectedRehearsal() > 0);
}

} // namespace slipway::ui
