// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunbookEditor.h"

#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "PatternGuideDialog.h"
#include "PlainToolTips.h"
#include "RehearsalDialog.h"
#include "RunbookCommands.h"
#include "RunbookDetailTabs.h"
#include "RunbookHeader.h"
#include "RunbookStepModel.h"
#include "StepDialog.h"
#include "Theme.h"
#include "TriggerDialog.h"
#include "domain/Person.h"
#include "rules/RunbookChecks.h"
#include "rules/RunbookSchedule.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/RunbookRunService.h"
#include "services/RunbookService.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

QPushButton* toolButton(QWidget* parent, const QString& name, const QString& icon,
                        const QString& text) {
    auto* b = icon.isEmpty() ? new QPushButton(text, parent)
                             : new QPushButton(IconProvider::icon(icon), text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

RunbookEditor::RunbookEditor(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("runbookEditor"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, Theme::space(1), 0, 0);
    layout->setSpacing(Theme::space(1));
    m_messages = new MessageBar(QStringLiteral("runbookMessages"), this);
    layout->addWidget(m_messages);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("status-deploying"), tr("No runbook yet"),
        tr("A runbook is the plan for the deployment window: ordered steps with owners and "
           "times, a rollback step paired with each, rollback triggers, and rehearsal evidence "
           "for database migrations. Start from a pattern: the guide asks about the service "
           "and recommends blue-green, canary, rolling or big bang, with its reasons."),
        tr("Choose a pattern…"), m_pages);
    m_empty->setObjectName(QStringLiteral("runbookEmptyState"));
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &RunbookEditor::choosePattern);
    m_pages->addWidget(m_empty);

    m_content = new QWidget(m_pages);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(Theme::space(1));
    m_header = new RunbookHeader(m_content);
    content->addWidget(m_header);
    m_runNote = new QLabel(m_content);
    m_runNote->setObjectName(QStringLiteral("runbookRunNote"));
    m_runNote->setTextFormat(Qt::PlainText);
    m_runNote->setWordWrap(true);
    m_runNote->setStyleSheet(Theme::bannerStyleSheet(Theme::warning()));
    m_runNote->hide();
    content->addWidget(m_runNote);
    connect(m_header->readyButton(), &QPushButton::clicked, this, &RunbookEditor::toggleReady);
    connect(m_header->rationaleButton(), &QPushButton::clicked, this,
            &RunbookEditor::editRationale);
    connect(m_header->removeButton(), &QPushButton::clicked, this, &RunbookEditor::removeRunbook);

    auto* splitter = new QSplitter(Qt::Vertical, m_content);
    splitter->setObjectName(QStringLiteral("runbookSplitter"));
    splitter->setChildrenCollapsible(false);
    auto* stepsPage = new QWidget(splitter);
    auto* steps = new QVBoxLayout(stepsPage);
    steps->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    m_addStep = toolButton(stepsPage, QStringLiteral("addStepButton"), QStringLiteral("add"),
                           tr("Add step…"));
    m_addRollback = toolButton(stepsPage, QStringLiteral("addRollbackButton"),
                               QStringLiteral("revert"), tr("Add rollback…"));
    m_editStep = toolButton(stepsPage, QStringLiteral("editStepButton"), QStringLiteral("edit"),
                            tr("Edit…"));
    m_removeStep = toolButton(stepsPage, QStringLiteral("removeStepButton"),
                              QStringLiteral("delete"), tr("Remove"));
    m_up = toolButton(stepsPage, QStringLiteral("moveStepUpButton"), QString(), tr("Move up"));
    m_down =
        toolButton(stepsPage, QStringLiteral("moveStepDownButton"), QString(), tr("Move down"));
    for (QPushButton* b : {m_addStep, m_addRollback, m_editStep, m_removeStep, m_up, m_down})
        bar->addWidget(b);
    bar->addStretch(1);
    steps->addLayout(bar);
    m_model = new RunbookStepModel(this);
    m_table = new QTableView(stepsPage);
    m_table->setObjectName(QStringLiteral("runbookStepsTable"));
    PlainToolTips::install(m_table);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->viewport()->installEventFilter(this);
    m_table->horizontalHeader()->setMinimumSectionSize(Theme::space(5));
    steps->addWidget(m_table, 1);
    m_details = new RunbookDetailTabs(splitter);
    splitter->addWidget(stepsPage);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({Theme::space(60), Theme::space(20)});
    content->addWidget(splitter, 1);
    m_pages->addWidget(m_content);
    layout->addWidget(m_pages, 1);

    connect(m_addStep, &QPushButton::clicked, this, &RunbookEditor::addStep);
    connect(m_addRollback, &QPushButton::clicked, this, &RunbookEditor::addRollbackStep);
    connect(m_editStep, &QPushButton::clicked, this, &RunbookEditor::editStep);
    connect(m_removeStep, &QPushButton::clicked, this, &RunbookEditor::removeStep);
    connect(m_up, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_table, &QTableView::doubleClicked, this, &RunbookEditor::editStep);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RunbookEditor::updateButtons);
    connect(m_details->addTriggerButton(), &QPushButton::clicked, this, &RunbookEditor::addTrigger);
    connect(m_details->editTriggerButton(), &QPushButton::clicked, this,
            &RunbookEditor::editTrigger);
    connect(m_details->triggersTree(), &QTreeWidget::itemDoubleClicked, this,
            &RunbookEditor::editTrigger);
    connect(m_details->removeTriggerButton(), &QPushButton::clicked, this,
            &RunbookEditor::removeTrigger);
    connect(m_details->addRehearsalButton(), &QPushButton::clicked, this,
            &RunbookEditor::addRehearsal);
    connect(m_details->removeRehearsalButton(), &QPushButton::clicked, this,
            &RunbookEditor::removeRehearsal);
    connect(m_details->findingsTable(), &QTableWidget::cellDoubleClicked, this,
            [this](int row) { selectStep(m_details->findingsTable()->item(row, 1)->text()); });
    connect(&m_document, &Document::modified, this, &RunbookEditor::reload);
    reload();
}

void RunbookEditor::setRelease(qint64 releaseId) {
    if (releaseId == m_releaseId)
        return;
    m_releaseId = releaseId;
    m_messages->hide();
    reload();
}

void RunbookEditor::setEditable(bool editable) {
    m_editable = editable;
    updateButtons();
}

void RunbookEditor::reload() {
    const QString selected = selectedStep();
    m_runbook.reset();
    m_release = Release();
    if (m_releaseId) {
        if (auto release = m_document.releases().find(m_releaseId))
            m_release = release.value();
        auto read = m_document.runbooks().forRelease(m_releaseId);
        if (!read)
            showError(read.error().message);
        else
            m_runbook = read.value();
    }
    if (!m_runbook) {
        m_model->setRunbook({}, std::nullopt, {}, {}, {});
        m_pages->setCurrentWidget(m_empty);
        updateButtons();
        return;
    }
    // A runbook does not change under a run: the Run tab follows it.
    m_runUnderWay.clear();
    if (auto status = m_document.runbookRuns().status(m_releaseId);
        status && status->run && status->run->isRunning())
        m_runUnderWay =
            tr("A run of this runbook is under way (started by %1 at %2): it cannot change until "
               "the run ends. Follow it on the Run tab.")
                .arg(status->run->startedBy,
                     QLocale().toString(
                         QDateTime::fromSecsSinceEpoch(status->run->startedAt).toLocalTime(),
                         QStringLiteral("d MMM yyyy HH:mm")));
    m_runNote->setText(m_runUnderWay);
    m_runNote->setVisible(!m_runUnderWay.isEmpty());
    std::optional<RunbookPlan> plan;
    if (auto planned = planRunbook(m_runbook->steps))
        plan = planned.value();
    QList<RunbookFinding> findings;
    if (auto found = m_document.runbooks().findings(*m_runbook))
        findings = found.value();
    else
        showError(found.error().message);
    m_header->showRunbook(*m_runbook, plan, m_release.windowStart, m_release.windowEnd,
                          m_release.windowZone, findings);
    m_model->setRunbook(m_runbook->steps, plan, m_release.windowStart, m_release.windowZone,
                        findings);
    m_model->setLocked(m_runbook->isReady());
    m_details->showRunbook(*m_runbook, findings);
    m_table->resizeColumnsToContents();
    fitTitleColumn();
    m_pages->setCurrentWidget(m_content);
    if (!selected.isEmpty())
        selectStep(selected);
    updateButtons();
}

void RunbookEditor::fitTitleColumn() {
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int c = 0; c < RunbookStepModel::ColumnCount; ++c)
        if (c != RunbookStepModel::TitleColumn)
            others += header->sectionSize(c);
    const int wanted = std::max(Theme::space(22), m_table->viewport()->width() - others);
    header->resizeSection(RunbookStepModel::TitleColumn, wanted);
}

bool RunbookEditor::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void RunbookEditor::selectStep(const QString& key) {
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0));
}

QString RunbookEditor::selectedStep() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->keyAt(rows.first().row());
}

void RunbookEditor::updateButtons() {
    const bool can = m_editable && m_runbook.has_value() && m_runUnderWay.isEmpty();
    const bool selected = !selectedStep().isEmpty();
    const int row = m_model->rowOf(selectedStep());
    m_addStep->setEnabled(can);
    const RunbookStep* chosen = m_runbook && selected ? m_runbook->step(selectedStep()) : nullptr;
    m_addRollback->setEnabled(can && chosen && chosen->isForward());
    m_editStep->setEnabled(can && selected);
    m_removeStep->setEnabled(can && selected);
    m_up->setEnabled(can && row > 0);
    m_down->setEnabled(can && selected && row < m_model->rowCount() - 1);
    const QString lockedTip =
        m_runbook && m_runbook->isReady()
            ? tr("The runbook is ready and locked: a change takes it back to draft")
            : QString();
    for (QPushButton* b : {m_addStep, m_editStep, m_removeStep, m_up, m_down})
        b->setToolTip(lockedTip);
    m_addRollback->setToolTip(!lockedTip.isEmpty()
                                  ? lockedTip
                                  : tr("A step that reverses the selected forward step if the "
                                       "deployment has to be rolled back"));
    m_details->setEditable(can);
    m_header->readyButton()->setEnabled(can);
    m_header->rationaleButton()->setEnabled(can);
    m_header->removeButton()->setEnabled(can);
    m_empty->actionButton()->setEnabled(m_editable && m_releaseId != 0);
    m_empty->actionButton()->setToolTip(m_editable ? QString() : tr("The file is open read-only."));
}

void RunbookEditor::showError(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

bool RunbookEditor::push(UndoCommand* command) {
    const bool done = pushCommand(m_document.undoStack(), command);
    if (done)
        m_messages->hide();
    reload();
    if (done)
        Q_EMIT runbookChanged(m_releaseId);
    return done;
}

bool RunbookEditor::mayEdit() {
    if (!m_editable || !m_runbook)
        return false;
    // The edit starts from what is shown now; a pipeline's update while a dialog is open
    // makes the save refuse (someone saved first) instead of being overwritten.
    m_seen = *m_runbook;
    if (!m_runUnderWay.isEmpty()) {
        showError(m_runUnderWay);
        return false;
    }
    if (!m_runbook->isReady())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Change a ready runbook?"),
                    tr("The runbook of %1 is ready and locked for its window. Changing it takes "
                       "it back to draft (audited); it must be marked ready again before the "
                       "window.")
                        .arg(releaseLabel(m_release.name, m_release.version)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("runbookUnlockConfirm"));
    box.setTextFormat(Qt::PlainText); // the release's name as written, never markup
    box.button(QMessageBox::Yes)->setText(tr("Back to draft and change"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

bool RunbookEditor::save(const Runbook& edited, const QString& text) {
    return push(new SaveRunbookCommand(m_document.runbooks(), m_seen, edited, text,
                                       [this](const QString& m) { showError(m); }));
}

QStringList RunbookEditor::ownerSuggestions() const {
    QStringList owners = personRoleKeys();
    owners << QStringLiteral("deployer");
    if (m_runbook)
        for (const RunbookStep& s : m_runbook->steps)
            if (!s.owner.isEmpty() && !owners.contains(s.owner))
                owners << s.owner;
    owners.removeDuplicates();
    return owners;
}

bool RunbookEditor::choosePattern() {
    if (!m_editable || !m_releaseId || m_runbook)
        return false;
    PatternGuideDialog dialog(releaseLabel(m_release.name, m_release.version), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return push(new CreateRunbookCommand(m_document.runbooks(), m_releaseId, dialog.pattern(),
                                         dialog.rationale(), dialog.answers().toJson(),
                                         [this](const QString& m) { showError(m); }));
}

bool RunbookEditor::addStep() {
    if (!mayEdit())
        return false;
    StepDialog dialog(m_seen.steps, -1, ownerSuggestions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Runbook edited = m_seen;
    edited.steps = dialog.resultingSteps();
    const QString key = dialog.step().key;
    const bool done = save(edited, tr("Add step %1").arg(key));
    if (done)
        selectStep(key);
    return done;
}

bool RunbookEditor::addRollbackStep() {
    const QString forward = selectedStep();
    const RunbookStep* step = m_runbook ? m_runbook->step(forward) : nullptr;
    if (!step || !step->isForward() || !mayEdit())
        return false;
    StepDialog dialog(m_seen.steps, -1, ownerSuggestions(), this);
    dialog.startAsRollbackOf(forward);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Runbook edited = m_seen;
    edited.steps = dialog.resultingSteps();
    const QString key = dialog.step().key;
    const bool done = save(edited, tr("Add rollback step %1 for %2").arg(key, forward));
    if (done)
        selectStep(key);
    return done;
}

bool RunbookEditor::editStep() {
    const int row = m_model->rowOf(selectedStep());
    if (row < 0 || !mayEdit())
        return false;
    StepDialog dialog(m_seen.steps, row, ownerSuggestions(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Runbook edited = m_seen;
    edited.steps = dialog.resultingSteps();
    if (edited.steps == m_seen.steps)
        return false;
    const QString key = dialog.step().key;
    const bool done = save(edited, tr("Edit step %1").arg(key));
    if (done)
        selectStep(key);
    return done;
}

bool RunbookEditor::removeStep() {
    const QString key = selectedStep();
    if (key.isEmpty() || !mayEdit())
        return false;
    // Its rollback steps go with it; nothing waits on it any more.
    Runbook edited = m_seen;
    QStringList gone{key};
    edited.steps.removeIf([&](const RunbookStep& s) {
        const bool pair = !s.isForward() && s.rollbackOf == key;
        if (pair)
            gone << s.key;
        return s.key == key || pair;
    });
    for (RunbookStep& s : edited.steps)
        s.dependsOn.removeIf([&](const QString& k) { return gone.contains(k); });
    return save(edited, gone.size() == 1
                            ? tr("Remove step %1").arg(key)
                            : tr("Remove steps %1").arg(gone.join(QStringLiteral(", "))));
}

bool RunbookEditor::moveStep(int delta) {
    const QString key = selectedStep();
    const int row = m_model->rowOf(key);
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_model->rowCount() || !mayEdit())
        return false;
    Runbook edited = m_seen;
    edited.steps.move(row, to);
    const bool done = save(edited, tr("Move step %1").arg(key));
    if (done)
        selectStep(key);
    return done;
}

bool RunbookEditor::addTrigger() {
    if (!mayEdit())
        return false;
    TriggerDialog dialog(RunbookTrigger{}, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    Runbook edited = m_seen;
    edited.triggers << dialog.trigger();
    return save(edited, tr("Add trigger %1").arg(dialog.trigger().name));
}

bool RunbookEditor::editTrigger() {
    const int index = m_details->selectedTrigger();
    if (!m_runbook || index < 0 || index >= m_runbook->triggers.size() || !mayEdit())
        return false;
    TriggerDialog dialog(m_seen.triggers.at(index), false, this);
    if (dialog.exec() != QDialog::Accepted || dialog.trigger() == m_seen.triggers.at(index))
        return false;
    Runbook edited = m_seen;
    edited.triggers[index] = dialog.trigger();
    return save(edited, tr("Edit trigger %1").arg(dialog.trigger().name));
}

bool RunbookEditor::removeTrigger() {
    const int index = m_details->selectedTrigger();
    if (!m_runbook || index < 0 || index >= m_runbook->triggers.size() || !mayEdit())
        return false;
    Runbook edited = m_seen;
    const QString name = edited.triggers.takeAt(index).name;
    return save(edited, tr("Remove trigger %1").arg(name));
}

bool RunbookEditor::addRehearsal() {
    if (!m_editable || !m_runbook)
        return false;
    QList<RunbookStep> migrations;
    for (const RunbookStep& s : m_runbook->steps)
        if (s.kind == StepKind::Migration)
            migrations << s;
    if (migrations.isEmpty())
        return false;
    QString start = m_details->selectedMigration();
    if (start.isEmpty())
        start = selectedStep();
    RehearsalDialog dialog(migrations, start, m_document.session().actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // A rehearsal is evidence, not a change of plan: a ready runbook stays ready.
    return push(new AddRehearsalCommand(m_document.runbooks(), m_releaseId, dialog.rehearsal(),
                                        [this](const QString& m) { showError(m); }));
}

bool RunbookEditor::removeRehearsal() {
    const qint64 id = m_details->selectedRehearsal();
    if (!m_editable || !m_runbook || id == 0)
        return false;
    for (const MigrationRehearsal& r : m_runbook->rehearsals)
        if (r.id == id)
            return push(new RemoveRehearsalCommand(m_document.runbooks(), m_releaseId, r,
                                                   [this](const QString& m) { showError(m); }));
    return false;
}

bool RunbookEditor::editRationale() {
    if (!mayEdit())
        return false;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("rationaleDialog"));
    dialog.setWindowTitle(tr("Rationale"));
    dialog.setLabelText(
        tr("Why %1 for %2:")
            .arg(displayName(m_seen.pattern), releaseLabel(m_release.name, m_release.version)));
    dialog.setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog.setTextValue(m_seen.rationale);
    dialog.resize(Theme::space(70), Theme::space(40));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QString text = dialog.textValue().trimmed();
    if (text == m_seen.rationale)
        return false;
    Runbook edited = m_seen;
    edited.rationale = text;
    return save(edited, tr("Edit the rationale"));
}

bool RunbookEditor::toggleReady() {
    if (!m_editable || !m_runbook)
        return false;
    const bool ready = !m_runbook->isReady();
    QStringList blockers;
    if (ready)
        if (auto found = m_document.runbooks().findings(*m_runbook))
            blockers = readinessBlockers(found.value());
    auto* command = new SetRunbookReadyCommand(
        m_document.runbooks(), *m_runbook, ready, [this, blockers](const QString& m) {
            // The refusal lists what stands in the way, however the service worded it.
            QStringList missing;
            for (const QString& b : blockers)
                if (!m.contains(b))
                    missing << QStringLiteral("• ") + b;
            showError(missing.isEmpty() ? m : m + u'\n' + missing.join(u'\n'));
            m_details->setCurrentIndex(0);
        });
    return push(command);
}

bool RunbookEditor::removeRunbook() {
    if (!m_editable || !m_runbook)
        return false;
    const Runbook seen = *m_runbook;
    QMessageBox box(QMessageBox::Question, tr("Remove the runbook?"),
                    tr("Remove the runbook of %1 with its %n step(s), triggers and rehearsals? "
                       "Undo brings it back.",
                       nullptr, int(m_runbook->steps.size()))
                        .arg(releaseLabel(m_release.name, m_release.version)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("removeRunbookConfirm"));
    box.setTextFormat(Qt::PlainText);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    return push(new RemoveRunbookCommand(m_document.runbooks(), seen,
                                         [this](const QString& m) { showError(m); }));
}

} // namespace slipway::ui
