// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecksPanel.h"

#include "BadgeDelegate.h"
#include "CheckChart.h"
#include "CheckCommands.h"
#include "CheckDialog.h"
#include "CheckResultModel.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "RecordTable.h"
#include "ReleaseServices.h"
#include "Theme.h"
#include "ValidationBadge.h"
#include "services/BlackoutService.h"
#include "services/CheckRunner.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/SchedulingServices.h"
#include "services/ValidationCheckService.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {
namespace {

QTableView* newTable(QWidget* parent, const QString& name) {
    auto* table = newRecordTable(parent, name);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    // Reasons and excerpts quote what a server answered: shown as written, never rendered.
    PlainToolTips::install(table);
    return table;
}

// The budget the chart draws: a plain check's, or the sum of a transaction's steps' budgets
// when every step has one.
int budgetOf(const ValidationCheck& check) {
    int total = 0;
    for (const TransactionStep& s : check.steps) {
        if (s.latencyBudgetMs <= 0)
            return 0;
        total += s.latencyBudgetMs;
    }
    return total;
}

} // namespace

ChecksPanel::ChecksPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("checksPanel"));
    m_runner = new CheckRunner(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("&Add…"), this);
    m_add->setObjectName(QStringLiteral("addCheckButton"));
    m_edit = new QPushButton(IconProvider::icon(QStringLiteral("edit")), tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editCheckButton"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeCheckButton"));
    m_run = new QPushButton(IconProvider::icon(QStringLiteral("verify"), Theme::onAccent()),
                            tr("&Run now"), this);
    m_run->setObjectName(QStringLiteral("runChecksButton"));
    m_run->setStyleSheet(Theme::primaryButtonStyleSheet());
    m_run->setToolTip(tr("Runs every enabled check that applies and stores the results"));
    m_runState = new QLabel(this);
    m_runState->setObjectName(QStringLiteral("checkRunState"));
    m_runState->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addStretch(1);
    bar->addWidget(m_runState);
    bar->addWidget(m_run);
    layout->addLayout(bar);
    m_message = new MessageBar(QStringLiteral("checksMessage"), this);
    layout->addWidget(m_message);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(QStringLiteral("verify"), tr("No checks yet"),
                             tr("Checks call the release's endpoints after the deployment and "
                                "record what they answer. Add a check, or import checks from a "
                                "file with `slipway validate import-checks`."),
                             tr("Add a check"), m_pages);
    m_empty->setObjectName(QStringLiteral("checksEmptyState"));
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ChecksPanel::addCheck);
    m_pages->addWidget(m_empty);

    auto* split = new QSplitter(Qt::Vertical, m_pages);
    split->setObjectName(QStringLiteral("checksSplitter"));
    split->setChildrenCollapsible(false);
    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("Check"), tr("Kind"), tr("Applies to"), tr("Schedule"),
                                        tr("Latest"), tr("Latency"), tr("When (UTC)")});
    m_table = newTable(split, QStringLiteral("checkTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(LatestColumn, new BadgeDelegate(m_table));
    m_chart = new CheckChart(split);
    m_resultModel = new CheckResultModel(this);
    m_results = newTable(split, QStringLiteral("checkResultTable"));
    m_results->setModel(m_resultModel);
    m_results->setItemDelegateForColumn(CheckResultModel::ResultColumn,
                                        new BadgeDelegate(m_results));
    const QFontMetrics fm = fontMetrics();
    m_results->setColumnWidth(CheckResultModel::TimeColumn,
                              fm.horizontalAdvance(QStringLiteral("30 Nov 2026 23:59:59 UTC")) +
                                  16);
    m_results->setColumnWidth(CheckResultModel::ResultColumn, Theme::space(10));
    m_results->setColumnWidth(CheckResultModel::LatencyColumn, Theme::space(10));
    m_results->setColumnWidth(CheckResultModel::StatusColumn, Theme::space(8));
    m_results->setColumnWidth(CheckResultModel::ReasonColumn, Theme::space(40));
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->addWidget(m_results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({Theme::space(14), Theme::space(30), Theme::space(20)});
    // Room for three checks; the chart takes the most of what is left.
    setMinimumRows(m_table, 3);
    m_pages->addWidget(split);
    layout->addWidget(m_pages, 1);

    connect(m_add, &QPushButton::clicked, this, &ChecksPanel::addCheck);
    connect(m_edit, &QPushButton::clicked, this, &ChecksPanel::editCheck);
    connect(m_remove, &QPushButton::clicked, this, &ChecksPanel::removeCheck);
    connect(m_run, &QPushButton::clicked, this, &ChecksPanel::runNow);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_editable)
            editCheck();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (m_filling)
            return;
        loadResults();
        updateButtons();
    });
    connect(m_runner, &CheckRunner::finished, this, &ChecksPanel::resultArrived);
    updateButtons();
}

ChecksPanel::~ChecksPanel() {
    m_runner->abortAll();
}

void ChecksPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_releaseId) {
        m_releaseId = releaseId;
        m_shownCheck = -1;
        m_message->hide();
    }
    refresh();
}

void ChecksPanel::setEditable(bool editable) {
    m_editable = editable;
    m_empty->actionButton()->setEnabled(editable);
    updateButtons();
}

void ChecksPanel::refresh() {
    const qint64 keep = currentCheckId();
    m_checks.clear();
    m_latest.clear();
    if (m_releaseId > 0) {
        auto checks = m_document.validationChecks().forRelease(m_releaseId);
        if (checks)
            m_checks = checks.value();
        else
            m_message->showMessage(MessageBar::Kind::Error, checks.error().message);
        if (auto latest = m_document.validationChecks().latest(m_releaseId))
            m_latest = latest.value();
    }
    m_filling = true;
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const ValidationCheck& c : std::as_const(m_checks)) {
        auto* name = new QStandardItem(c.name);
        name->setData(c.id, Qt::UserRole);
        if (!c.enabled) {
            name->setText(tr("%1 (disabled)").arg(c.name));
            name->setForeground(Theme::muted());
        }
        auto* kind = new QStandardItem(displayName(c.kind));
        auto* scope = new QStandardItem(c.releaseId ? tr("This release") : c.serviceName);
        auto* schedule = new QStandardItem(
            c.scheduleHours == 0
                ? tr("When asked")
                : tr("Every %1 min, %2 h").arg(c.intervalMin).arg(c.scheduleHours));
        schedule->setToolTip(c.scheduleHours == 0
                                 ? tr("Runs only with Run now or `slipway validate run`")
                                 : tr("Every %1 minutes for the first %2 hours after the "
                                      "production deployment")
                                       .arg(c.intervalMin)
                                       .arg(c.scheduleHours));
        auto* latest = new QStandardItem;
        auto* latency = new QStandardItem;
        auto* when = new QStandardItem;
        latency->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        if (const auto it = m_latest.constFind(c.id); it != m_latest.cend()) {
            ValidationBadge::decorateResult(latest, it->ok);
            latest->setToolTip(it->ok ? QString() : it->reason);
            latency->setText(tr("%1 ms").arg(it->latencyMs));
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(it->runAtMs, QTimeZone::utc());
            when->setText(locale.toString(at, QStringLiteral("d MMM HH:mm")));
        } else {
            latest->setText(tr("Not run"));
            latest->setForeground(Theme::warning());
            latest->setIcon(ValidationBadge::icon(ValidationState::Pending));
        }
        m_model->appendRow({name, kind, scope, schedule, latest, latency, when});
    }
    m_table->resizeColumnsToContents();
    m_pages->setCurrentIndex(m_checks.isEmpty() ? 0 : 1);
    // The check shown before, else the first failing one: what needs looking at.
    const int row = rowToSelect(m_checks, keep, [this](const ValidationCheck& check) {
        const auto it = m_latest.constFind(check.id);
        return check.enabled && it != m_latest.cend() && !it->ok;
    });
    if (!m_checks.isEmpty())
        m_table->selectRow(row);
    m_filling = false;
    m_shownCheck = -1; // results may have arrived: read the selected check's again
    loadResults();
    updateButtons();
}

qint64 ChecksPanel::currentCheckId() const {
    return currentRowId(m_table, m_model, NameColumn);
}

const ValidationCheck* ChecksPanel::current() const {
    return recordWithId(m_checks, currentCheckId());
}

bool ChecksPanel::showCheck(qint64 checkId) {
    const int row = rowOfId(m_model, NameColumn, checkId);
    if (row < 0)
        return false;
    m_table->selectRow(row);
    loadResults();
    return true;
}

void ChecksPanel::loadResults() {
    const ValidationCheck* check = current();
    const qint64 id = check ? check->id : 0;
    if (id == m_shownCheck)
        return;
    m_shownCheck = id;
    QList<CheckResult> results;
    if (check) {
        auto read = m_document.validationChecks().results(id, m_releaseId);
        if (read)
            results = read.value();
        else
            m_message->showMessage(MessageBar::Kind::Error, read.error().message);
    }
    m_chart->setResults(results, check ? budgetOf(*check) : 0);
    m_resultModel->setResults(results);
}

void ChecksPanel::updateButtons() {
    const bool has = current() != nullptr;
    const bool release = m_releaseId > 0;
    m_add->setEnabled(m_editable && release);
    m_edit->setEnabled(m_editable && has);
    m_remove->setEnabled(m_editable && has);
    const bool running = isRunning();
    m_run->setEnabled(m_editable && release && !running && !m_checks.isEmpty());
    m_runState->setText(running ? tr("Running %n check(s)…", nullptr, m_runner->runningCount())
                                : QString());
}

bool ChecksPanel::push(UndoCommand* command) {
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_message->hide();
    refresh();
    return done;
}

void ChecksPanel::addCheck() {
    if (!m_editable || m_releaseId <= 0)
        return;
    ValidationCheck fresh;
    fresh.releaseId = m_releaseId;
    fresh.scheduleHours = 72;
    CheckDialog dialog(fresh, m_releaseId, releaseServiceNames(m_document, m_releaseId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto* command = new AddCheckCommand(
        m_document.validationChecks(), dialog.check(),
        [this](const QString& m) { m_message->showMessage(MessageBar::Kind::Error, m); });
    if (push(command))
        showCheck(command->created().id);
}

void ChecksPanel::editCheck() {
    const ValidationCheck* seen = current();
    if (!m_editable || !seen)
        return;
    const ValidationCheck before = *seen;
    CheckDialog dialog(before, m_releaseId, releaseServiceNames(m_document, m_releaseId), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    push(new EditCheckCommand(
        m_document.validationChecks(), before, dialog.check(),
        [this](const QString& m) { m_message->showMessage(MessageBar::Kind::Error, m); }));
}

void ChecksPanel::removeCheck() {
    const ValidationCheck* seen = current();
    if (!m_editable || !seen)
        return;
    const ValidationCheck check = *seen;
    const QString scope = check.serviceId
                              ? tr("It applies to every release of %1.").arg(check.serviceName)
                              : tr("It applies to this release only.");
    QMessageBox ask(QMessageBox::Question, tr("Remove Check"),
                    tr("Remove the check \"%1\" and its results? %2 Undo brings the check back, "
                       "not its results.")
                        .arg(check.name, scope),
                    QMessageBox::Cancel, this);
    ask.setTextFormat(Qt::PlainText);
    QPushButton* remove = ask.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    ask.exec();
    if (ask.clickedButton() != remove)
        return;
    push(new RemoveCheckCommand(m_document.validationChecks(), check, [this](const QString& m) {
        m_message->showMessage(MessageBar::Kind::Error, m);
    }));
}

bool ChecksPanel::isRunning() const {
    return m_runner->runningCount() > 0;
}

bool ChecksPanel::runNow() {
    if (!m_editable || m_releaseId <= 0 || isRunning())
        return false;
    int started = 0;
    const QString by = m_document.session().actor;
    for (const ValidationCheck& c : std::as_const(m_checks))
        if (c.enabled && m_runner->run(c, m_releaseId, by))
            ++started;
    if (started == 0)
        m_message->showMessage(MessageBar::Kind::Info,
                               tr("No enabled check applies to this release."));
    updateButtons();
    return started > 0;
}

void ChecksPanel::resultArrived(const CheckResult& result) {
    // Stored as each answer comes, so a slow check does not hold back the others.
    if (auto stored = m_document.validationChecks().record({result}); !stored)
        m_message->showMessage(MessageBar::Kind::Error, stored.error().message);
    if (result.releaseId == m_releaseId)
        refresh();
    // The runner counts the run as over once this signal has been handled.
    QMetaObject::invokeMethod(
        this,
        [this] {
            updateButtons();
            if (!isRunning())
                Q_EMIT runFinished();
        },
        Qt::QueuedConnection);
}

} // namespace slipway::ui
