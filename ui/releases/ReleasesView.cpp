// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReleasesView.h"

#include "BadgeDelegate.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MessageBar.h"
#include "ReleaseEditor.h"
#include "Theme.h"
#include "definition/ReleaseDefinitionPanel.h"
#include "itemmodels/ReleaseFilterModel.h"
#include "itemmodels/ReleaseTableModel.h"
#include "itemmodels/Roles.h"
#include "releases/ReleaseCommands.h"
#include "services/Document.h"
#include "services/LifecycleService.h"
#include "services/ProductService.h"
#include "services/ReleaseService.h"

#include <QAction>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

ReleasesView::ReleasesView(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("releasesView"));
    m_model = new ReleaseTableModel(document.releases(), &document.database(), this);
    // Gates, approvals and deployments move a release's next step too.
    connect(&document, &Document::modified, m_model, &ReleaseTableModel::refreshLifecycle);
    m_model->setSemanticStyle(Theme::semanticStyle());
    m_proxy = new ReleaseFilterModel(this);
    m_proxy->setSourceModel(m_model);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(1));
    layout->setSpacing(Theme::space(1));
    layout->addWidget(buildHeader());
    m_messages = new MessageBar(QStringLiteral("releasesMessages"), this);
    layout->addWidget(m_messages);

    m_pages = new QStackedWidget(this);
    m_empty = new EmptyState(
        QStringLiteral("releases"), tr("Plan your first release"),
        tr("Releases are the heart of Slipway: each has a version, a type, a status, an owner "
           "and a deployment window in its own time zone. Everything you change is audited "
           "and can be undone."),
        tr("Create the first release"), m_pages);
    m_empty->actionButton()->setObjectName(QStringLiteral("createFirstReleaseButton"));
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &ReleasesView::newRelease);
    m_pages->addWidget(m_empty);
    m_pages->addWidget(buildTablePage());
    layout->addWidget(m_pages, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ReleasesView::syncEditor);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReleasesView::syncEditor);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ReleasesView::syncEditor);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &ReleasesView::updatePage);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReleasesView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ReleasesView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ReleasesView::updatePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ReleasesView::updatePage);
    connect(m_model, &ReleaseTableModel::loadFailed, this, [this](const QString& message) {
        m_messages->showMessage(MessageBar::Kind::Error, message);
    });
    if (!m_model->loadError().isEmpty())
        m_messages->showMessage(MessageBar::Kind::Error, m_model->loadError());
    updatePage();
}

ReleasesView::~ReleasesView() = default;

QWidget* ReleasesView::buildHeader() {
    auto* header = new QWidget(this);
    auto* column = new QVBoxLayout(header);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(Theme::space(1));

    auto* top = new QHBoxLayout;
    top->setSpacing(Theme::space(1));
    auto* title = new QLabel(tr("Releases"), header);
    title->setFont(Theme::titleFont());
    top->addWidget(title);
    m_count = new QLabel(header);
    m_count->setObjectName(QStringLiteral("releaseCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    top->addWidget(m_count, 0, Qt::AlignBottom);
    top->addStretch(1);
    m_new = new QPushButton(IconProvider::icon(QStringLiteral("add"), Theme::onAccent()),
                            tr("New release"), header);
    m_new->setObjectName(QStringLiteral("newReleaseButton"));
    m_new->setToolTip(tr("Add a release (Ctrl+Shift+N)"));
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_new->setStyleSheet(Theme::primaryButtonStyleSheet());
    connect(m_new, &QPushButton::clicked, this, &ReleasesView::newRelease);
    top->addWidget(m_new);
    column->addLayout(top);

    auto* filters = new QHBoxLayout;
    filters->setSpacing(Theme::space(1));
    m_search = new QLineEdit(header);
    m_search->setObjectName(QStringLiteral("releaseSearch"));
    m_search->setPlaceholderText(tr("Search name, version, owner, ticket…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(IconProvider::icon(QStringLiteral("search"), Theme::muted()),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(Theme::space(32));
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);
    filters->addWidget(m_search, 2);

    m_typeFilter = new QComboBox(header);
    m_typeFilter->setObjectName(QStringLiteral("typeFilter"));
    m_typeFilter->addItem(tr("All types"), -1);
    for (const QString& key : allReleaseTypeKeys()) {
        const ReleaseType t = *releaseTypeFromKey(key);
        m_typeFilter->addItem(IconProvider::icon(Theme::typeIconName(t), Theme::typeColor(t)),
                              displayName(t), int(t));
    }
    filters->addWidget(m_typeFilter);

    m_statusFilter = new QComboBox(header);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("All statuses"), -1);
    for (const QString& key : allReleaseStatusKeys()) {
        const ReleaseStatus s = *releaseStatusFromKey(key);
        m_statusFilter->addItem(IconProvider::icon(Theme::statusIconName(s), Theme::statusColor(s)),
                                displayName(s), int(s));
    }
    filters->addWidget(m_statusFilter);
    filters->addStretch(1);

    m_delete = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Delete"), header);
    m_delete->setObjectName(QStringLiteral("deleteReleaseButton"));
    m_delete->setToolTip(tr("Delete the selected release (Del); Edit ▸ Undo brings it back"));
    connect(m_delete, &QPushButton::clicked, this, &ReleasesView::deleteSelected);
    filters->addWidget(m_delete);
    column->addLayout(filters);

    connect(m_search, &QLineEdit::textChanged, this, &ReleasesView::applyFilters);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this, &ReleasesView::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ReleasesView::applyFilters);
    return header;
}

QWidget* ReleasesView::buildTablePage() {
    m_splitter = new QSplitter(Qt::Horizontal, m_pages);
    m_splitter->setObjectName(QStringLiteral("releasesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(Theme::space(1));

    auto* tableSide = new QWidget(m_splitter);
    auto* tableColumn = new QVBoxLayout(tableSide);
    tableColumn->setContentsMargins(0, 0, 0, 0);
    tableColumn->setSpacing(Theme::space(1));
    m_noMatch = new QLabel(tableSide);
    m_noMatch->setObjectName(QStringLiteral("noMatchLabel"));
    m_noMatch->setText(tr("No release matches the search and filters. <a href=\"clear\">Clear "
                          "them</a> to see all releases."));
    m_noMatch->setTextFormat(Qt::RichText);
    m_noMatch->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    m_noMatch->hide();
    connect(m_noMatch, &QLabel::linkActivated, this, [this] {
        m_search->clear();
        m_typeFilter->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
    });
    tableColumn->addWidget(m_noMatch);
    m_table = new QTableView(tableSide);
    tableColumn->addWidget(m_table, 1);
    m_table->setObjectName(QStringLiteral("releaseTable"));
    m_table->setModel(m_proxy);
    // The indicator first: enabling sorting then sorts once, by window start, not by name first.
    m_table->horizontalHeader()->setSortIndicator(ReleaseTableModel::WindowStartColumn,
                                                  Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + Theme::space(1) + 4);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* badges = new BadgeDelegate(m_table);
    m_table->setItemDelegateForColumn(ReleaseTableModel::TypeColumn, badges);
    m_table->setItemDelegateForColumn(ReleaseTableModel::StatusColumn, badges);
    m_table->setItemDelegateForColumn(ReleaseTableModel::ValidationColumn, badges);
    // Zone is in every window time's abbreviation and its tooltip; Updated is for audits.
    // Both stay one right-click on the header away.
    m_table->setColumnHidden(ReleaseTableModel::ZoneColumn, true);
    m_table->setColumnHidden(ReleaseTableModel::UpdatedColumn, true);
    fitColumns();
    m_fitted = m_model->rowCount() > 0; // measured on rows already: once is enough
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            &ReleasesView::chooseColumns);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReleasesView::selectionChanged);

    auto* del = new QAction(m_table);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetShortcut);
    connect(del, &QAction::triggered, this, &ReleasesView::deleteSelected);
    m_table->addAction(del);

    auto* card = new QFrame(m_splitter);
    card->setObjectName(QStringLiteral("editorCard"));
    card->setStyleSheet(Theme::cardStyleSheet(QStringLiteral("editorCard")));
    auto* cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(card);
    m_tabs->setObjectName(QStringLiteral("releaseTabs"));
    m_tabs->setDocumentMode(true);
    m_editor = new ReleaseEditor(m_tabs);
    m_editor->setVersioning(&m_document.products());
    m_tabs->addTab(m_editor, tr("Details"));
    m_definition = new ReleaseDefinitionPanel(m_document, m_tabs);
    m_tabs->addTab(m_definition, tr("Definition"));
    connect(m_definition, &ReleaseDefinitionPanel::openScreen, this, [this](const QString& key) {
        if (key != u"definition")
            Q_EMIT openScreen(key, currentReleaseId());
    });
    m_tabs->setTabToolTip(1, tr("Objectives, exit criteria, risk, assumptions and success "
                                "metrics of the selected release"));
    cardLayout->addWidget(m_tabs);
    card->setMinimumWidth(Theme::space(30));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The definition's tables need room: give the panel most of the width.
        if (index != 1)
            return;
        const QList<int> sizes = m_splitter->sizes();
        const int total = sizes.value(0) + sizes.value(1);
        if (total > 0 && sizes.value(1) < total * 55 / 100)
            m_splitter->setSizes({total * 40 / 100, total - total * 40 / 100});
    });
    connect(m_editor, &ReleaseEditor::createRequested, this, &ReleasesView::createRelease);
    connect(m_editor, &ReleaseEditor::saveRequested, this, &ReleasesView::saveRelease);
    connect(m_editor, &ReleaseEditor::draftDiscarded, this, &ReleasesView::updatePage);
    connect(m_editor, &ReleaseEditor::statusChosen, this, &ReleasesView::showStatusGuard);
    connect(m_editor, &ReleaseEditor::fixRequested, this, &ReleasesView::openGuardScreen);

    m_splitter->addWidget(tableSide);
    m_splitter->addWidget(card);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({Theme::space(120), Theme::space(34)});
    return m_splitter;
}

void ReleasesView::fitColumns() {
    // Sized to what the rows hold, so badges and times are never cut; long names are capped
    // and shown whole in their tooltip.
    m_table->resizeColumnsToContents();
    const int cap = fontMetrics().horizontalAdvance(u'M') * 14;
    if (m_table->columnWidth(ReleaseTableModel::NameColumn) > cap)
        m_table->setColumnWidth(ReleaseTableModel::NameColumn, cap);
    if (m_table->columnWidth(ReleaseTableModel::NameColumn) < cap / 2)
        m_table->setColumnWidth(ReleaseTableModel::NameColumn, cap / 2);
    // The next step's guards are listed whole in its tooltip.
    if (m_table->columnWidth(ReleaseTableModel::NextStepColumn) > cap * 3 / 2)
        m_table->setColumnWidth(ReleaseTableModel::NextStepColumn, cap * 3 / 2);
}

void ReleasesView::chooseColumns(const QPoint& pos) {
    QMenu menu(this);
    for (int c = 0; c < ReleaseTableModel::ColumnCount; ++c) {
        QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_table->isColumnHidden(c));
        action->setEnabled(c != ReleaseTableModel::NameColumn);
        connect(action, &QAction::toggled, this, [this, c](bool on) {
            m_table->setColumnHidden(c, !on);
            if (on)
                m_table->resizeColumnToContents(c);
        });
    }
    menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
}

void ReleasesView::setEditable(bool editable) {
    m_editable = editable;
    m_new->setEnabled(editable);
    m_delete->setEnabled(editable && m_editor->releaseId() != 0);
    m_empty->actionButton()->setEnabled(editable);
    m_editor->setEditable(editable);
    m_definition->setEditable(editable);
}

void ReleasesView::showDefinition() {
    m_tabs->setCurrentIndex(1);
}

void ReleasesView::applyFilters() {
    m_proxy->setText(m_search->text());
    const int type = m_typeFilter->currentData().toInt();
    m_proxy->setType(type < 0 ? std::nullopt : std::optional(ReleaseType(type)));
    const int status = m_statusFilter->currentData().toInt();
    m_proxy->setStatus(status < 0 ? std::nullopt : std::optional(ReleaseStatus(status)));
    updatePage();
}

void ReleasesView::updatePage() {
    if (!m_fitted && m_model->rowCount() > 0) {
        m_fitted = true;
        fitColumns();
    }
    const bool empty = m_model->rowCount() == 0 && !m_editor->isCreating();
    m_pages->setCurrentIndex(empty ? 0 : 1);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_noMatch->setVisible(total > 0 && shown == 0);
    const QString all = total == 1 ? tr("1 release") : tr("%1 releases").arg(total);
    m_count->setText(shown == total ? all : tr("%1 of %2").arg(shown).arg(all));
}

void ReleasesView::newRelease() {
    if (!m_editable || !settleUnsavedEdits())
        return;
    Release draft;
    draft.version = QStringLiteral("1.0.0");
    draft.owner = m_document.session().actor;
    draft.windowZone = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    if (!QTimeZone(draft.windowZone.toUtf8()).isValid())
        draft.windowZone = QStringLiteral("UTC");
    m_restoringSelection = true;
    m_table->clearSelection();
    m_restoringSelection = false;
    m_editor->startNew(draft);
    m_definition->setRelease(0);
    updatePage();
    m_delete->setEnabled(false);
}

void ReleasesView::commandFailed(const QString& message) {
    m_commandFailed = true;
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void ReleasesView::createRelease(const Release& release) {
    m_commandFailed = false;
    auto* command = new CreateReleaseCommand(m_document.releases(), release,
                                             [this](const QString& m) { commandFailed(m); });
    m_document.undoStack()->push(command);
    if (m_commandFailed)
        return; // the editor keeps the user's input so nothing typed is lost
    const qint64 id = command->releaseId();
    m_messages->hide();
    m_editor->clear();
    selectRelease(id);
}

void ReleasesView::showStatusGuard(const Release& before, const Release& after) {
    m_guardScreen.clear();
    if (before.status == after.status) {
        m_editor->showStatusGuard({});
        return;
    }
    auto check = m_document.lifecycle().check(before.id, after.status);
    if (!check) {
        m_editor->showStatusGuard({check.error().message});
        return;
    }
    if (check->ok()) {
        m_editor->showStatusGuard({});
        return;
    }
    QString label;
    const QList<GuardCheck> failing = check->failing();
    if (!failing.isEmpty()) {
        switch (screenFor(failing.first().guard)) {
        case FixScreen::Calendar:
            m_guardScreen = QStringLiteral("calendar");
            label = tr("Open the Calendar");
            break;
        case FixScreen::Cab:
            m_guardScreen = QStringLiteral("cab");
            label = tr("Open the CAB");
            break;
        case FixScreen::Gates:
            m_guardScreen = QStringLiteral("gates");
            label = tr("Open Gates");
            break;
        case FixScreen::Deployments:
            m_guardScreen = QStringLiteral("deployments");
            label = tr("Open Deployments");
            break;
        case FixScreen::Definition:
            m_guardScreen = QStringLiteral("definition");
            label = tr("Open the Definition");
            break;
        case FixScreen::Packages:
            m_guardScreen = QStringLiteral("packages");
            label = tr("Open Packages");
            break;
        case FixScreen::Deploy:
            m_guardScreen = QStringLiteral("deploy");
            label = tr("Open Deploy");
            break;
        }
    }
    m_editor->showStatusGuard(check->reasons(), label);
}

void ReleasesView::openGuardScreen() {
    if (m_guardScreen == u"definition")
        showDefinition();
    else if (!m_guardScreen.isEmpty())
        Q_EMIT openScreen(m_guardScreen, m_editor->releaseId());
}

void ReleasesView::saveRelease(const Release& before, const Release& after) {
    m_commandFailed = false;
    m_document.undoStack()->push(new EditReleaseCommand(
        m_document.releases(), before, after, [this](const QString& m) { commandFailed(m); }));
    if (m_commandFailed) {
        showStatusGuard(before, after); // the refusal, next to the status field
        return;
    }
    m_messages->hide();
    const int row = m_model->rowOf(before.id);
    if (row >= 0)
        m_editor->edit(m_model->release(row));
}

void ReleasesView::deleteSelected() {
    if (!m_editable)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = m_proxy->mapToSource(rows.first()).row();
    const Release release = m_model->release(row);
    m_commandFailed = false;
    m_document.undoStack()->push(new DeleteReleaseCommand(
        m_document.releases(), release, [this](const QString& m) { commandFailed(m); }));
    if (!m_commandFailed)
        m_messages->showMessage(
            MessageBar::Kind::Info,
            tr("Deleted “%1”. Edit ▸ Undo (Ctrl+Z) brings it back.").arg(release.name));
}

void ReleasesView::selectRelease(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void ReleasesView::selectFirst() {
    if (m_proxy->rowCount() > 0)
        selectRelease(m_proxy->index(0, 0).data(IdRole).toLongLong());
}

qint64 ReleasesView::currentReleaseId() const {
    return m_editor->isCreating() ? 0 : m_editor->releaseId();
}

bool ReleasesView::settleUnsavedEdits() {
    if (!m_editable || !m_editor->isDirty())
        return true;
    // Its release is gone (deleted, or undone): there is nothing left to save it to.
    if (!m_editor->isCreating() && m_model->rowOf(m_editor->releaseId()) < 0)
        return true;
    const QString name = m_editor->current().name.trimmed().isEmpty()
                             ? tr("the new release")
                             : tr("“%1”").arg(m_editor->current().name.trimmed());
    UnsavedChoice choice = UnsavedChoice::Stay;
    if (m_unsavedPrompt) {
        choice = m_unsavedPrompt(name);
    } else {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                        tr("Save your changes to %1 before showing another release?").arg(name),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setDefaultButton(QMessageBox::Save);
        const int answer = box.exec();
        choice = answer == QMessageBox::Save      ? UnsavedChoice::Save
                 : answer == QMessageBox::Discard ? UnsavedChoice::Discard
                                                  : UnsavedChoice::Stay;
    }
    if (choice == UnsavedChoice::Discard)
        return true;
    if (choice == UnsavedChoice::Save) {
        m_commandFailed = false;
        m_restoringSelection = true; // saving a new release selects it; not a user's pick
        m_editor->save();
        m_restoringSelection = false;
        // Problems next to the fields, or a refused save: stay, with the input kept.
        if (!m_commandFailed && !m_editor->isDirty())
            return true;
    }
    return false;
}

void ReleasesView::selectionChanged() {
    if (m_restoringSelection)
        return;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const qint64 picked =
        rows.isEmpty() ? 0 : m_model->release(m_proxy->mapToSource(rows.first()).row()).id;
    const bool showingOther = m_editor->isCreating() || picked != m_editor->releaseId();
    if (showingOther && !settleUnsavedEdits()) {
        // Back to the row being edited (none while a new release is drafted).
        m_restoringSelection = true;
        if (m_editor->isCreating())
            m_table->clearSelection();
        else
            selectRelease(m_editor->releaseId());
        m_restoringSelection = false;
        return;
    }
    if (picked != 0) {
        // Saving may have moved the selection (a new release is selected when stored).
        m_restoringSelection = true;
        selectRelease(picked);
        m_restoringSelection = false;
    }
    rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        if (!m_editor->isCreating())
            m_editor->clear();
        m_definition->setRelease(0);
    } else {
        const Release& release = m_model->release(m_proxy->mapToSource(rows.first()).row());
        m_editor->edit(release);
        m_definition->setRelease(release.id);
    }
    m_delete->setEnabled(m_editable && !rows.isEmpty());
    updatePage();
}

void ReleasesView::syncEditor() {
    // Keep the panel on the stored release after undo, redo or another program's save,
    // unless the user is in the middle of changing it.
    if (m_editor->isCreating() || m_editor->releaseId() == 0)
        return;
    const int row = m_model->rowOf(m_editor->releaseId());
    if (row < 0) {
        m_editor->clear();
        m_definition->setRelease(0);
        return;
    }
    const Release& stored = m_model->release(row);
    if (!m_editor->isDirty() && toJson(stored) != toJson(m_editor->current()))
        m_editor->edit(stored);
}

void ReleasesView::saveLayout() const {
    QSettings settings;
    settings.setValue(QStringLiteral("releases/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("releases/header"), m_table->horizontalHeader()->saveState());
}

void ReleasesView::restoreLayout() {
    QSettings settings;
    m_splitter->restoreState(settings.value(QStringLiteral("releases/splitter")).toByteArray());
    m_table->horizontalHeader()->restoreState(
        settings.value(QStringLiteral("releases/header")).toByteArray());
}

} // namespace slipway::ui
