// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunPanel.h"

#include "BadgeDelegate.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "RunActions.h"
#include "RunController.h"
#include "RunStepModel.h"
#include "RunTriggerBanner.h"
#include "Theme.h"
#include "WarRoomWindow.h"
#include "services/Document.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace slipway::ui {

RunPanel::RunPanel(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_controller(new RunController(document, this))
    , m_model(new RunStepModel(this)) {
    setObjectName(QStringLiteral("runPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1), Theme::space(1));
    layout->setSpacing(Theme::space(1));

    auto* top = new QHBoxLayout;
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("runHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setFont(Theme::sectionFont());
    top->addWidget(m_headline, 1);
    m_start = new QPushButton(tr("Start run"), this);
    m_start->setObjectName(QStringLiteral("startRunButton"));
    m_start->setStyleSheet(Theme::primaryButtonStyleSheet());
    m_finish = new QPushButton(tr("Finish run…"), this);
    m_finish->setObjectName(QStringLiteral("finishRunButton"));
    m_mute = new QToolButton(this);
    m_mute->setObjectName(QStringLiteral("muteButton"));
    m_mute->setText(tr("Mute"));
    m_mute->setCheckable(true);
    m_mute->setToolTip(tr("Silence the sound a rollback trigger makes; the banner still shows"));
    m_warRoom = new QPushButton(tr("War room"), this);
    m_warRoom->setObjectName(QStringLiteral("warRoomButton"));
    m_warRoom->setToolTip(tr("Full screen for the bridge call; Esc leaves"));
    for (QWidget* w : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_finish),
                       static_cast<QWidget*>(m_mute), static_cast<QWidget*>(m_warRoom)})
        top->addWidget(w, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_messages = new MessageBar(QStringLiteral("runMessages"), this);
    layout->addWidget(m_messages);
    m_banner = new RunTriggerBanner(this);
    layout->addWidget(m_banner);

    auto* totals = new QHBoxLayout;
    m_elapsed = new QLabel(this);
    m_elapsed->setObjectName(QStringLiteral("runElapsed"));
    m_elapsed->setTextFormat(Qt::PlainText);
    m_projected = new QLabel(this);
    m_projected->setObjectName(QStringLiteral("runProjectedEnd"));
    m_projected->setTextFormat(Qt::PlainText);
    totals->addWidget(m_elapsed);
    totals->addSpacing(Theme::space(3));
    totals->addWidget(m_projected, 1);
    layout->addLayout(totals);
    m_checks = new QLabel(this);
    m_checks->setObjectName(QStringLiteral("runChecks"));
    m_checks->setTextFormat(Qt::PlainText);
    m_checks->setWordWrap(true);
    m_checks->setToolTip(tr("The health checks and metric queries of the rollback triggers, "
                            "run while the run is under way"));
    layout->addWidget(m_checks);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("runSteps"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setItemDelegateForColumn(RunStepModel::StatusColumn, new BadgeDelegate(m_table));
    // Titles and notes come from imports and pipelines: shown as written, never as markup.
    PlainToolTips::install(m_table);
    auto* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RunStepModel::StepColumn, QHeaderView::Stretch);
    // Notes can be long; they are elided, whole in the tooltip.
    header->setSectionResizeMode(RunStepModel::NoteColumn, QHeaderView::Interactive);
    header->resizeSection(RunStepModel::NoteColumn, Theme::space(22));
    header->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("stepNote"));
    m_note->setPlaceholderText(tr("Note with the mark (optional)"));
    m_note->setClearButtonEnabled(true);
    actions->addWidget(m_note, 1);
    const auto button = [&](const QString& text, const QString& name, StepStatus status) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, status] { markSelected(status); });
        actions->addWidget(b);
        return b;
    };
    m_running = button(tr("Running"), QStringLiteral("markRunningButton"), StepStatus::Running);
    m_done = button(tr("Done"), QStringLiteral("markDoneButton"), StepStatus::Done);
    m_failed = button(tr("Failed"), QStringLiteral("markFailedButton"), StepStatus::Failed);
    m_skipped = button(tr("Skipped"), QStringLiteral("markSkippedButton"), StepStatus::Skipped);
    m_decide = new QPushButton(tr("Go / no-go…"), this);
    m_decide->setObjectName(QStringLiteral("decideButton"));
    m_decide->setToolTip(
        tr("Record the go, no-go or rollback decision at the selected checkpoint"));
    actions->addWidget(m_decide);
    layout->addLayout(actions);

    connect(m_controller, &RunController::changed, this, &RunPanel::reload);
    connect(m_controller, &RunController::mutedChanged, m_mute, &QToolButton::setChecked);
    connect(m_mute, &QToolButton::toggled, m_controller, &RunController::setMuted);
    connect(m_start, &QPushButton::clicked, this, &RunPanel::startRun);
    connect(m_finish, &QPushButton::clicked, this, &RunPanel::finishRun);
    connect(m_warRoom, &QPushButton::clicked, this, &RunPanel::openWarRoom);
    connect(m_decide, &QPushButton::clicked, this,
            [this] { decideAt(selectedKey(), RunDecision::Go); });
    connect(m_banner, &RunTriggerBanner::rollbackRequested, this, [this] {
        const RunStepRow* row = nullptr;
        const int at = m_model->rowOf(selectedKey());
        if (at >= 0 && m_model->rows()[at].step.kind == StepKind::Checkpoint)
            row = &m_model->rows()[at];
        decideAt(row ? row->step.key : QString(), RunDecision::Rollback);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunPanel::updateButtons);
    reload();
}

RunPanel::~RunPanel() {
    if (m_warRoomWindow)
        delete m_warRoomWindow.data();
}

void RunPanel::setRelease(qint64 releaseId) {
    if (releaseId != m_controller->releaseId())
        m_messages->hide();
    m_controller->setRelease(releaseId);
}

qint64 RunPanel::releaseId() const {
    return m_controller->releaseId();
}

QString RunPanel::selectedKey() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rows().size())
        return {};
    return m_model->rows()[rows.first().row()].step.key;
}

void RunPanel::selectKey(const QString& key) {
    const int row = m_model->rowOf(key);
    if (row >= 0)
        m_table->selectRow(row);
}

void RunPanel::reload() {
    // Cells change in place: the selection and the scroll position stay where the user left
    // them; only a changed list of steps starts over, keeping the selected step.
    const QString keep = m_shownRelease == m_controller->releaseId() ? selectedKey() : QString();
    m_shownRelease = m_controller->releaseId();
    m_model->setRows(m_controller->rows(), m_controller->now());
    if (!keep.isEmpty() && selectedKey() != keep)
        selectKey(keep);
    m_headline->setText(headline());
    showTotals();
    const QStringList checks = m_controller->checkLines();
    m_checks->setText(tr("Live checks: %1").arg(checks.join(QStringLiteral("  ·  "))));
    m_checks->setVisible(!checks.isEmpty());
    const auto& status = m_controller->status();
    if (status && status->run && status->run->isRunning()) {
        m_banner->setState(m_controller->firedMessages(), status->runbook, status->rollback,
                           rollbackDecided(*status->run));
    } else {
        m_banner->hide();
    }
    updateButtons();
}

QString RunPanel::headline() const {
    const auto& status = m_controller->status();
    if (!status)
        return m_controller->problem();
    const qint64 now = m_controller->now();
    const int steps =
        int(std::count_if(status->runbook.steps.cbegin(), status->runbook.steps.cend(),
                          [](const RunbookStep& s) { return s.isForward(); }));
    if (!status->run) {
        if (!status->runbook.isReady())
            return tr("%1: the runbook is a draft. Mark it ready on the Runbook tab to start a "
                      "run.")
                .arg(status->runbook.releaseLabel);
        return tr("%1: ready to run, %n step(s), planned to end %2; the window ends %3.", nullptr,
                  steps)
            .arg(status->runbook.releaseLabel, clockText(status->projection.plannedEnd, now),
                 clockText(status->windowEndUtc, now));
    }
    const RunbookRun& run = *status->run;
    if (run.isRunning())
        return tr("%1: running since %2 (started by %3), %4 of %5 steps done.")
            .arg(status->runbook.releaseLabel, clockText(run.startedAt, now), run.startedBy)
            .arg(status->projection.done)
            .arg(status->projection.total);
    return tr("%1: the last run ended %2 by %3: %4.")
        .arg(status->runbook.releaseLabel, clockText(run.endedAt, now), run.endedBy,
             displayName(run.outcome).toLower());
}

void RunPanel::showTotals() {
    const auto& status = m_controller->status();
    if (!status) {
        m_elapsed->clear();
        m_projected->clear();
        return;
    }
    const qint64 now = m_controller->now();
    const RunProjection& p = status->projection;
    const qint64 planned = qint64(status->plan.plannedEndMin) * 60;
    const bool over = status->run && p.elapsedSecs > planned;
    m_elapsed->setText(
        status->run
            ? tr("Elapsed %1 of %2 planned").arg(durationText(p.elapsedSecs), durationText(planned))
            : tr("Planned duration %1").arg(durationText(planned)));
    m_elapsed->setStyleSheet(over ? QStringLiteral("color: %1;").arg(Theme::danger().name())
                                  : QString());
    const qint64 end = status->run ? p.projectedEnd : p.plannedEnd;
    const bool late = status->windowEndUtc > 0 && end > status->windowEndUtc;
    QString text =
        (status->run ? tr("Projected end %1") : tr("Planned end %1")).arg(clockText(end, now));
    if (status->windowEndUtc > 0) {
        text +=
            u' ' + (late ? tr("— %1 past the window's end at %2")
                               .arg(durationText(end - status->windowEndUtc),
                                    clockText(status->windowEndUtc, now))
                         : tr("— the window ends %1").arg(clockText(status->windowEndUtc, now)));
    }
    // The step times are this computer's; say which zone that is, as the Runbook tab names
    // the window's.
    text +=
        u' ' + tr("(times in %1)")
                   .arg(QDateTime::fromSecsSinceEpoch(now).toLocalTime().timeZoneAbbreviation());
    m_projected->setText(text);
    m_projected->setStyleSheet(
        late ? QStringLiteral("color: %1; font-weight: 600;").arg(Theme::danger().name())
             : QString());
}

void RunPanel::updateButtons() {
    const auto& status = m_controller->status();
    const bool writable = !m_document.isReadOnly();
    const bool running = m_controller->isRunning();
    // A run that ended with a deployment record (succeeded or rolled back) is the release's
    // deployment; only an aborted one may be tried again.
    const bool deployed =
        status && status->run && !running && status->run->outcome != RunOutcome::Aborted;
    m_start->setEnabled(writable && status && !running && !deployed && status->runbook.isReady());
    m_start->setToolTip(!writable  ? m_document.readOnlyReason()
                        : deployed ? tr("The run ended %1 and recorded the deployment.")
                                         .arg(displayName(status->run->outcome).toLower())
                        : status && !status->runbook.isReady()
                            ? tr("Mark the runbook ready on the Runbook tab first")
                            : QString());
    m_start->setVisible(!running);
    m_finish->setVisible(running);
    m_finish->setEnabled(writable && running);
    m_warRoom->setEnabled(status.has_value());
    const QString key = selectedKey();
    const int row = m_model->rowOf(key);
    const bool canMark = writable && running && row >= 0;
    for (QPushButton* b : {m_running, m_done, m_failed, m_skipped})
        b->setEnabled(canMark);
    m_note->setEnabled(canMark);
    m_decide->setEnabled(canMark && m_model->rows()[row].step.kind == StepKind::Checkpoint);
    const QString why = !writable  ? m_document.readOnlyReason()
                        : !running ? tr("Start the run first")
                        : row < 0  ? tr("Select a step")
                                   : QString();
    for (QPushButton* b : {m_running, m_done, m_failed, m_skipped})
        b->setToolTip(why);
}

void RunPanel::report(const RunActions::Said& said) {
    if (said.outcome == RunActions::Outcome::Cancelled)
        return;
    m_messages->showMessage(said.recorded() ? MessageBar::Kind::Success : MessageBar::Kind::Error,
                            said.message);
}

void RunPanel::startRun() {
    report(RunActions::start(*m_controller));
}

void RunPanel::markSelected(StepStatus status) {
    const QString key = selectedKey();
    if (key.isEmpty())
        return;
    const auto said = RunActions::mark(*m_controller, this, key, status, m_note->text());
    if (said.recorded())
        m_note->clear();
    report(said);
}

void RunPanel::decideAt(const QString& stepKey, RunDecision preset) {
    report(RunActions::decide(*m_controller, this, stepKey, preset));
}

void RunPanel::finishRun() {
    report(RunActions::finish(*m_controller, this));
}

WarRoomWindow* RunPanel::openWarRoom() {
    if (!m_warRoomWindow) {
        m_warRoomWindow = new WarRoomWindow(*m_controller);
        m_warRoomWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_warRoomWindow->showFullScreen();
    m_warRoomWindow->raise();
    m_warRoomWindow->activateWindow();
    return m_warRoomWindow;
}

} // namespace slipway::ui
