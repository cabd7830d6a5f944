// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScopeScreen.h"

#include "EditScopeDependencyCommand.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "MoveScopeItemCommand.h"
#include "ReorderScopeItemCommand.h"
#include "ScopeBoardPane.h"
#include "ScopeBoardView.h"
#include "ScopeItemPickerDialog.h"
#include "ScopeStyle.h"
#include "SetReleaseCapacityCommand.h"
#include "Theme.h"
#include "TradeoffDialog.h"
#include "itemmodels/ScopeBoardModel.h"
#include "itemmodels/ScopeTradeoffModel.h"
#include "rules/ScopeMoveRule.h"
#include "services/Document.h"
#include "services/ReleaseService.h"
#include "services/ScopeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

const QString ScopeScreen::kLogKey = QStringLiteral("scope/logSplitter");
const QString ScopeScreen::kBoardsKey = QStringLiteral("scope/boardsSplitter");

ScopeScreen::ScopeScreen(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("scopeScreen"));
    m_model = new ScopeBoardModel(document.scope(), this);
    m_tradeoffs = new ScopeTradeoffModel(document.scope(), this);
    m_rationale = [this](const ScopeItem& item, const QString& from,
                         const QString& to) -> std::optional<QString> {
        TradeoffDialog dialog(item.title, from, to, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.rationale();
    };

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    auto* bar = new QWidget(this);
    bar->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    layout->addWidget(bar);
    m_message = new MessageBar(QStringLiteral("scopeMessage"), this);
    m_message->hide();
    layout->addWidget(m_message);

    m_stack = new QStackedWidget(this);
    m_vertical = new QSplitter(Qt::Vertical, m_stack);
    m_vertical->setObjectName(QStringLiteral("scopeSplitter"));
    m_vertical->setChildrenCollapsible(false);
    m_boards = new QSplitter(Qt::Horizontal, m_vertical);
    m_boards->setObjectName(QStringLiteral("scopeBoards"));
    m_boards->setChildrenCollapsible(false);
    m_primary = new ScopeBoardPane(QStringLiteral("scopeBoardA"), m_model, m_boards);
    m_secondary = new ScopeBoardPane(QStringLiteral("scopeBoardB"), m_model, m_boards);
    m_secondary->view()->setShowBacklog(false);
    m_secondary->hide();
    m_boards->addWidget(m_primary);
    m_boards->addWidget(m_secondary);
    m_primary->view()->setPeers({m_secondary->view()});
    m_secondary->view()->setPeers({m_primary->view()});

    m_logPanel = new QWidget(m_vertical);
    m_logPanel->setObjectName(QStringLiteral("tradeoffPanel"));
    auto* logLayout = new QVBoxLayout(m_logPanel);
    logLayout->setContentsMargins(0, 0, 0, 0);
    auto* logTitle = new QLabel(tr("Trade-off log"), m_logPanel);
    logTitle->setFont(Theme::sectionFont());
    logLayout->addWidget(logTitle);
    m_logEmpty = new QLabel(
        tr("No trade-offs recorded yet. Moving a committed item out of its release, or "
           "deferring an item, asks why; each answer is listed here with who, when, and from "
           "where to where."),
        m_logPanel);
    m_logEmpty->setObjectName(QStringLiteral("tradeoffEmpty"));
    m_logEmpty->setWordWrap(true);
    logLayout->addWidget(m_logEmpty);
    m_log = new QTableView(m_logPanel);
    m_log->setObjectName(QStringLiteral("tradeoffLog"));
    m_log->setModel(m_tradeoffs);
    m_log->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_log->setAlternatingRowColors(true);
    m_log->verticalHeader()->hide();
    m_log->horizontalHeader()->setStretchLastSection(true);
    m_log->setWordWrap(false);
    logLayout->addWidget(m_log, 1);
    m_logPanel->hide();
    m_vertical->addWidget(m_boards);
    m_vertical->addWidget(m_logPanel);
    m_vertical->setStretchFactor(0, 3);
    m_vertical->setStretchFactor(1, 1);
    connect(m_vertical, &QSplitter::splitterMoved, this,
            [this] { rememberSizes(m_vertical, kLogKey); });
    connect(m_boards, &QSplitter::splitterMoved, this,
            [this] { rememberSizes(m_boards, kBoardsKey); });

    m_empty = new EmptyState(
        QStringLiteral("scope"), tr("Decide what goes into each release"),
        tr("The scope board shows the features, fixes, patches, tech debt and regulatory items "
           "of a release as cards, from proposed to done, next to the backlog. Create a release, "
           "then bring items in with 'slipway import csv --kind scope FILE.csv' (Jira and Azure "
           "DevOps exports are recognised)."),
        tr("Create a release"), m_stack);
    m_empty->setObjectName(QStringLiteral("scopeEmptyState"));
    m_stack->addWidget(m_vertical);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    buildToolbar(bar);

    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ScopeScreen::createRelease);
    for (ScopeBoardPane* pane : {m_primary, m_secondary}) {
        connect(pane->view(), &ScopeBoardView::moveRequested, this,
                [this](qint64 id, ScopeStatus status, qint64 release) {
                    requestMove(id, status, release);
                });
        connect(pane->view(), &ScopeBoardView::reorderRequested, this,
                [this](qint64 id, const QList<std::pair<qint64, double>>& ranks) {
                    const ScopeItem* item = m_model->item(id);
                    if (!item)
                        return;
                    m_message->hide();
                    m_document.undoStack()->push(new ReorderScopeItemCommand(
                        m_document.scope(), id, item->title, ranks,
                        [this](const QString& message) { showError(message); }));
                });
        connect(pane->view(), &ScopeBoardView::contextMenuRequested, this,
                &ScopeScreen::showContextMenu);
        connect(pane, &ScopeBoardPane::capacityEditRequested, this, &ScopeScreen::editCapacity);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refreshChoices();
        updateEmptyState();
    });
    connect(m_tradeoffs, &QAbstractItemModel::modelReset, this, [this] {
        m_logEmpty->setVisible(m_tradeoffs->rowCount() == 0);
        m_log->resizeColumnsToContents();
    });
    // Releases added, renamed or removed elsewhere in the window, and other programs' edits.
    const auto reloadAll = [this] {
        if (!m_loaded)
            return;
        m_model->reload();
        m_tradeoffs->reload();
    };
    connect(&document.releases(), &ReleaseService::releaseAdded, this, reloadAll);
    connect(&document.releases(), &ReleaseService::releaseChanged, this, reloadAll);
    connect(&document.releases(), &ReleaseService::releaseRemoved, this, reloadAll);
    connect(&document, &Document::changedElsewhere, this, reloadAll);
    setEditable(!document.isReadOnly());
}

ScopeScreen::~ScopeScreen() = default;

void ScopeScreen::buildToolbar(QWidget* bar) {
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(Theme::space(1));
    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("scopeSearch"));
    m_search->setPlaceholderText(tr("Search title, key, stakeholder, label"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    row->addWidget(m_search, 1);

    m_kind = new QComboBox(bar);
    m_kind->setObjectName(QStringLiteral("scopeKindFilter"));
    m_kind->addItem(tr("All kinds"), -1);
    for (ScopeKind k : {ScopeKind::Feature, ScopeKind::Fix, ScopeKind::Patch, ScopeKind::TechDebt,
                        ScopeKind::Regulatory})
        m_kind->addItem(IconProvider::icon(ScopeStyle::kindIconName(k), ScopeStyle::kindColor(k)),
                        displayName(k), int(k));
    row->addWidget(m_kind);

    m_priority = new QComboBox(bar);
    m_priority->setObjectName(QStringLiteral("scopePriorityFilter"));
    m_priority->addItem(tr("All priorities"), -1);
    for (ScopePriority p :
         {ScopePriority::Critical, ScopePriority::High, ScopePriority::Medium, ScopePriority::Low})
        m_priority->addItem(displayName(p), int(p));
    row->addWidget(m_priority);

    m_stakeholder = new QComboBox(bar);
    m_stakeholder->setObjectName(QStringLiteral("scopeStakeholderFilter"));
    m_stakeholder->addItem(tr("All stakeholders"), QString());
    // In a narrow window the filters shrink (eliding their text) rather than overlap.
    for (QComboBox* combo : {m_kind, m_priority, m_stakeholder}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    row->addWidget(m_stakeholder);

    m_regulatory = new QCheckBox(tr("Regulatory only"), bar);
    m_regulatory->setObjectName(QStringLiteral("scopeRegulatoryOnly"));
    row->addWidget(m_regulatory);

    m_compare = new QToolButton(bar);
    m_compare->setObjectName(QStringLiteral("scopeCompareButton"));
    m_compare->setText(tr("Second board"));
    m_compare->setToolTip(tr("Show another release beside this one to move cards between them"));
    m_compare->setCheckable(true);
    m_compare->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_compare->setIcon(IconProvider::icon(QStringLiteral("releases")));
    row->addWidget(m_compare);
    m_logButton = new QToolButton(bar);
    m_logButton->setObjectName(QStringLiteral("scopeTradeoffButton"));
    m_logButton->setText(tr("Trade-off log"));
    m_logButton->setCheckable(true);
    m_logButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logButton->setIcon(IconProvider::icon(QStringLiteral("audit")));
    row->addWidget(m_logButton);

    // Typing pauses briefly before 100,000 items are filtered again.
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(120);
    connect(settle, &QTimer::timeout, this, &ScopeScreen::applyFilter);
    connect(m_search, &QLineEdit::textChanged, settle, qOverload<>(&QTimer::start));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ScopeScreen::applyFilter);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &ScopeScreen::applyFilter);
    connect(m_stakeholder, &QComboBox::currentIndexChanged, this, &ScopeScreen::applyFilter);
    connect(m_regulatory, &QCheckBox::toggled, this, &ScopeScreen::applyFilter);
    connect(m_compare, &QToolButton::toggled, this, &ScopeScreen::setComparing);
    connect(m_logButton, &QToolButton::toggled, this, [this](bool on) {
        m_logPanel->setVisible(on);
        if (on) {
            restoreSizes(m_vertical, kLogKey);
            m_tradeoffs->reload();
        }
    });
}

void ScopeScreen::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    load();
}

void ScopeScreen::load() {
    // Read the first time the screen is shown: most sessions start elsewhere.
    if (m_loaded)
        return;
    m_loaded = true;
    if (!m_model->reload())
        showError(m_model->lastError());
    m_tradeoffs->reload();
    const qint64 busiest = m_model->busiestRelease();
    if (busiest > 0)
        m_primary->setRelease(busiest);
}

void ScopeScreen::showBusiestRelease() {
    load();
    if (const qint64 busiest = m_model->busiestRelease(); busiest > 0)
        m_primary->setRelease(busiest);
}

void ScopeScreen::setComparing(bool comparing) {
    if (m_compare->isChecked() != comparing)
        m_compare->setChecked(comparing);
    m_secondary->setVisible(comparing);
    if (comparing)
        restoreSizes(m_boards, kBoardsKey);
    if (comparing && m_secondary->releaseId() == m_primary->releaseId()) {
        // Start with the release after the one on the left.
        const auto& releases = m_model->releases();
        for (int i = 0; i + 1 < releases.size(); ++i) {
            if (releases[i].id == m_primary->releaseId()) {
                m_secondary->setRelease(releases[i + 1].id);
                break;
            }
        }
    }
}

void ScopeScreen::setEditable(bool editable) {
    m_editable = editable;
    m_primary->setEditable(editable);
    m_secondary->setEditable(editable);
}

void ScopeScreen::refreshChoices() {
    m_primary->refresh();
    m_secondary->refresh();
    const QString current = m_stakeholder->currentData().toString();
    const QSignalBlocker block(m_stakeholder);
    m_stakeholder->clear();
    m_stakeholder->addItem(tr("All stakeholders"), QString());
    for (const QString& s : m_model->stakeholders())
        m_stakeholder->addItem(s, s);
    m_stakeholder->setCurrentIndex(qMax(0, m_stakeholder->findData(current)));
}

void ScopeScreen::updateEmptyState() {
    const bool nothing = m_model->items().isEmpty() && m_model->releases().isEmpty();
    m_stack->setCurrentWidget(nothing ? static_cast<QWidget*>(m_empty) : m_vertical);
    if (!nothing && m_model->items().isEmpty())
        m_message->showMessage(
            MessageBar::Kind::Info,
            tr("No scope items yet. Import them from a Jira or Azure DevOps CSV export with "
               "'slipway import csv --db FILE --kind scope EXPORT.csv'; they land in the backlog "
               "or in the release their fix version names."));
    else if (m_message->isVisible() && m_model->items().size() > 0)
        m_message->hide();
}

void ScopeScreen::applyFilter() {
    ScopeBoardFilter filter;
    if (const int k = m_kind->currentData().toInt(); k >= 0)
        filter.kind = ScopeKind(k);
    if (const int p = m_priority->currentData().toInt(); p >= 0)
        filter.priority = ScopePriority(p);
    filter.stakeholder = m_stakeholder->currentData().toString();
    filter.regulatoryOnly = m_regulatory->isChecked();
    filter.setText(m_search->text());
    m_primary->view()->setFilter(filter);
    m_secondary->view()->setFilter(filter);
}

QString ScopeScreen::placeText(qint64 releaseId, ScopeStatus status) const {
    if (releaseId <= 0)
        return tr("the backlog");
    const ScopeRelease* r = m_model->release(releaseId);
    return tr("%1 (%2)").arg(r ? r->label() : tr("a release"), displayName(status));
}

bool ScopeScreen::requestMove(qint64 itemId, ScopeStatus toStatus, qint64 toReleaseId) {
    const ScopeItem* found = m_model->item(itemId);
    if (!found || !m_editable)
        return false;
    const ScopeItem item = *found;
    if (toReleaseId <= 0)
        toStatus = ScopeMoveRule::statusInBacklog(toStatus);
    if (item.releaseId == toReleaseId && item.status == toStatus)
        return false;
    QString rationale;
    if (ScopeMoveRule::needsRationale(item, toStatus, toReleaseId)) {
        const auto given = m_rationale(item, placeText(item.releaseId, item.status),
                                       placeText(toReleaseId, toStatus));
        if (!given || given->trimmed().isEmpty())
            return false;
        rationale = given->trimmed();
    }
    m_message->hide();
    auto* command =
        new MoveScopeItemCommand(m_document.scope(), item, toStatus, toReleaseId, rationale,
                                 [this](const QString& message) { showError(message); });
    m_document.undoStack()->push(command);
    for (ScopeBoardPane* pane : {m_primary, m_secondary}) {
        if (pane->isVisible() && pane->view()->columnOf(itemId) >= 0) {
            pane->view()->selectItem(itemId);
            pane->view()->setFocus();
        }
    }
    return true;
}

void ScopeScreen::showContextMenu(qint64 itemId, const QPoint& globalPos) {
    const ScopeItem* item = m_model->item(itemId);
    if (!item)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("scopeCardMenu"));
    for (const DependencyWarning& w : m_model->warningsFor(itemId)) {
        QAction* a = menu.addAction(
            IconProvider::icon(QStringLiteral("warning"), Theme::conflict()), w.message);
        a->setEnabled(false);
    }
    if (!menu.isEmpty())
        menu.addSeparator();
    QAction* add = menu.addAction(IconProvider::icon(QStringLiteral("link")), tr("Add dependency…"),
                                  this, [this, itemId] { addDependency(itemId); });
    add->setObjectName(QStringLiteral("addDependencyAction"));
    add->setEnabled(m_editable);
    QMenu* remove = menu.addMenu(tr("Remove dependency"));
    remove->setObjectName(QStringLiteral("removeDependencyMenu"));
    for (qint64 needs : m_model->needsOf(itemId)) {
        const ScopeItem* other = m_model->item(needs);
        const QString name = other
                                 ? (other->externalKey.isEmpty()
                                        ? other->title
                                        : other->externalKey + QStringLiteral(" · ") + other->title)
                                 : tr("Item %1").arg(needs);
        remove->addAction(name, this, [this, itemId, needs] { removeDependency(itemId, needs); });
    }
    remove->setEnabled(m_editable && !remove->isEmpty());
    QMenu* moveTo = menu.addMenu(tr("Move to release"));
    moveTo->setObjectName(QStringLiteral("moveToReleaseMenu"));
    const ScopeStatus keep = item->status;
    if (item->releaseId > 0)
        moveTo->addAction(tr("Backlog"), this,
                          [this, itemId, keep] { requestMove(itemId, keep, 0); });
    for (const ScopeRelease& r : m_model->releases()) {
        if (r.id == item->releaseId || r.isClosed())
            continue;
        const ScopeStatus status = item->releaseId > 0 ? keep : ScopeStatus::Proposed;
        moveTo->addAction(r.label(), this,
                          [this, itemId, status, id = r.id] { requestMove(itemId, status, id); });
    }
    moveTo->setEnabled(m_editable && !moveTo->isEmpty());
    QAction* defer = menu.addAction(tr("Defer…"), this, [this, itemId] {
        if (const ScopeItem* i = m_model->item(itemId))
            requestMove(itemId, ScopeStatus::Deferred, i->releaseId);
    });
    defer->setEnabled(m_editable && item->status != ScopeStatus::Deferred);
    menu.exec(globalPos);
}

void ScopeScreen::addDependency(qint64 itemId) {
    const ScopeItem* item = m_model->item(itemId);
    if (!item)
        return;
    ScopeItemPickerDialog picker(m_model, itemId, tr("Which item does “%1” need?").arg(item->title),
                                 this);
    if (picker.exec() != QDialog::Accepted || picker.selectedItem() == 0)
        return;
    const qint64 needs = picker.selectedItem();
    const ScopeItem* other = m_model->item(needs);
    m_document.undoStack()->push(new EditScopeDependencyCommand(
        m_document.scope(), EditScopeDependencyCommand::Change::Add, itemId, needs,
        tr("“%1” needs “%2”").arg(item->title, other ? other->title : QString()),
        [this](const QString& message) { showError(message); }));
}

void ScopeScreen::removeDependency(qint64 itemId, qint64 needsId) {
    const ScopeItem* item = m_model->item(itemId);
    const ScopeItem* other = m_model->item(needsId);
    m_document.undoStack()->push(new EditScopeDependencyCommand(
        m_document.scope(), EditScopeDependencyCommand::Change::Remove, itemId, needsId,
        tr("“%1” no longer needs “%2”")
            .arg(item ? item->title : QString(), other ? other->title : QString()),
        [this](const QString& message) { showError(message); }));
}

void ScopeScreen::editCapacity(qint64 releaseId) {
    const ScopeRelease* release = m_model->release(releaseId);
    if (!release || !m_editable)
        return;
    bool ok = false;
    const double value = QInputDialog::getDouble(
        this, tr("Release capacity"),
        tr("How many effort points can %1 take? (0 clears it)").arg(release->label()),
        release->capacity.value_or(m_model->committedEffort(releaseId)), 0, ScopeLimits::kEffort, 1,
        &ok);
    if (!ok)
        return;
    const std::optional<double> after = value > 0 ? std::optional<double>(value) : std::nullopt;
    if (after == release->capacity)
        return;
    m_document.undoStack()->push(
        new SetReleaseCapacityCommand(m_document.scope(), releaseId, release->capacity, after,
                                      [this](const QString& message) { showError(message); }));
}

// Where the user left the dividers (between the two boards, above the trade-off log),
// kept as sizes for when that part is shown again, here or in the next session.
void ScopeScreen::rememberSizes(const QSplitter* splitter, const QString& key) {
    QVariantList sizes;
    for (int size : splitter->sizes())
        sizes.append(size);
    QSettings().setValue(key, sizes);
}

void ScopeScreen::restoreSizes(QSplitter* splitter, const QString& key) {
    const QVariantList stored = QSettings().value(key).toList();
    if (stored.size() != splitter->count())
        return;
    QList<int> sizes;
    for (const QVariant& size : stored)
        sizes.append(qMax(1, size.toInt()));
    splitter->setSizes(sizes);
}

void ScopeScreen::showError(const QString& message) {
    m_message->showMessage(MessageBar::Kind::Error, message);
    m_message->show();
}

} // namespace slipway::ui
