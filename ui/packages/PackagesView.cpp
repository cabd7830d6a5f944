// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackagesView.h"

#include "ArtifactCommands.h"
#include "ComponentsPage.h"
#include "ConfigurationPage.h"
#include "EmptyState.h"
#include "IconProvider.h"
#include "MatrixPage.h"
#include "MessageBar.h"
#include "PlainToolTips.h"
#include "Theme.h"
#include "TrustedKeysDialog.h"
#include "itemmodels/ArtifactTableModel.h"
#include "itemmodels/Roles.h"
#include "services/ArtifactService.h"
#include "services/ComponentService.h"
#include "services/ConfigService.h"
#include "services/Document.h"
#include "services/PinService.h"
#include "services/ReleaseService.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QProgressDialog>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {

namespace {

QIcon stateIcon(ArtifactState state) {
    switch (state) {
    case ArtifactState::Verified:
        return IconProvider::icon(QStringLiteral("status-approved"), Theme::success());
    case ArtifactState::DigestMismatch:
        return IconProvider::icon(QStringLiteral("warning"), Theme::danger());
    case ArtifactState::BadSignature:
        return IconProvider::icon(QStringLiteral("status-cancelled"), Theme::danger());
    case ArtifactState::UnknownKey:
        return IconProvider::icon(QStringLiteral("user"), Theme::warning());
    case ArtifactState::MissingFile:
        return IconProvider::icon(QStringLiteral("file"), Theme::warning());
    case ArtifactState::Unverified:
        break;
    }
    return IconProvider::icon(QStringLiteral("info"), Theme::muted());
}

// The local files among dropped URLs; empty when any of them is not one.
QStringList localFiles(const QMimeData* mime) {
    if (!mime || !mime->hasUrls())
        return {};
    QStringList files;
    for (const QUrl& url : mime->urls()) {
        if (!url.isLocalFile() || !QFileInfo(url.toLocalFile()).isFile())
            return {};
        files << url.toLocalFile();
    }
    return files;
}

} // namespace

PackagesView::PackagesView(Document& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document) {
    setObjectName(QStringLiteral("packagesView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(Theme::space(2), Theme::space(2), Theme::space(2), Theme::space(2));
    layout->setSpacing(Theme::space(1));

    auto* title = new QLabel(tr("Packages"), this);
    title->setFont(Theme::sectionFont());
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("What a release ships: its artifacts, their digests and who "
                                   "signed them; what its software is made of and pinned to; "
                                   "what runs where; its configuration per environment."),
                                this);
    subtitle->setWordWrap(true);
    subtitle->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    layout->addWidget(subtitle);

    m_messages = new MessageBar(QStringLiteral("packagesMessages"), this);
    layout->addWidget(m_messages);

    auto* releaseBar = new QHBoxLayout;
    m_release = new QComboBox(this);
    m_release->setObjectName(QStringLiteral("packagesReleasePicker"));
    m_release->setMinimumContentsLength(24);
    auto* releaseLabel = new QLabel(tr("&Release:"), this);
    releaseLabel->setBuddy(m_release);
    releaseBar->addWidget(releaseLabel);
    releaseBar->addWidget(m_release, 2);
    releaseBar->addStretch(3);
    layout->addLayout(releaseBar);

    // The document's services: the undo history holds commands that call them.
    m_components = &m_document.components();
    m_config = &m_document.configuration();
    m_pins = &m_document.pins();

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("packagesTabs"));
    m_tabs->setDocumentMode(true);
    auto* artifactsTab = new QWidget(m_tabs);
    artifactsTab->setObjectName(QStringLiteral("artifactsPage"));
    auto* artifacts = new QVBoxLayout(artifactsTab);
    artifacts->setContentsMargins(0, Theme::space(1), 0, 0);
    artifacts->setSpacing(Theme::space(1));

    auto* bar = new QHBoxLayout;
    m_add = new QPushButton(IconProvider::icon(QStringLiteral("add")), tr("Add files…"), this);
    m_add->setObjectName(QStringLiteral("addArtifactsButton"));
    m_remove = new QPushButton(IconProvider::icon(QStringLiteral("delete")), tr("Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeArtifactsButton"));
    m_verify = new QPushButton(IconProvider::icon(QStringLiteral("verify")), tr("Verify…"), this);
    m_verify->setObjectName(QStringLiteral("verifyArtifactsButton"));
    auto* verifyMenu = new QMenu(m_verify);
    verifyMenu->addAction(tr("At their recorded locations"), this, [this] { verify(); });
    verifyMenu->addAction(tr("In a folder…"), this, &PackagesView::chooseVerifyFolder);
    m_verify->setMenu(verifyMenu);
    m_keys = new QPushButton(IconProvider::icon(QStringLiteral("lock")), tr("Trusted keys…"), this);
    m_keys->setObjectName(QStringLiteral("trustedKeysButton"));
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    bar->addWidget(m_verify);
    bar->addStretch(1);
    bar->addWidget(m_keys);
    artifacts->addLayout(bar);

    m_lockBox = new QWidget(this);
    auto* lockLine = new QHBoxLayout(m_lockBox);
    lockLine->setContentsMargins(0, 0, 0, 0);
    auto* lockIcon = new QLabel(m_lockBox);
    lockIcon->setObjectName(QStringLiteral("packagesLockIcon"));
    lockIcon->setPixmap(IconProvider::pixmap(QStringLiteral("lock"), Theme::warning(),
                                             Theme::space(2), devicePixelRatioF()));
    lockIcon->setAlignment(Qt::AlignTop);
    m_lockNote = new QLabel(m_lockBox);
    m_lockNote->setObjectName(QStringLiteral("packagesLockNote"));
    m_lockNote->setWordWrap(true);
    m_lockNote->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    lockLine->addWidget(lockIcon);
    lockLine->addWidget(m_lockNote, 1);
    artifacts->addWidget(m_lockBox);

    m_model = new ArtifactTableModel(this);
    m_model->setDecorations(&stateIcon, IconProvider::icon(QStringLiteral("lock")), Theme::muted());
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(SortRole);
    m_table = new QTableView(this);
    PlainToolTips::install(m_table);
    m_table->setObjectName(QStringLiteral("artifactsTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ArtifactTableModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setMinimumSectionSize(Theme::space(3));
    m_table->setWordWrap(false);
    m_table->viewport()->setAcceptDrops(true);
    m_table->viewport()->installEventFilter(this);

    m_empty = new EmptyState(QStringLiteral("file"), tr("No artifacts yet"),
                             tr("Drop build outputs here or use Add files…; pipelines register "
                                "them with 'slipway artifact add'. Each file's SHA-256 is read "
                                "once and checked again whenever you verify."),
                             tr("Add files…"), this);
    m_empty->setObjectName(QStringLiteral("packagesEmptyState"));
    m_empty->setAcceptDrops(true);
    m_empty->installEventFilter(this);
    connect(m_empty->actionButton(), &QPushButton::clicked, this, &PackagesView::chooseFiles);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_table);
    m_pages->addWidget(m_empty);
    artifacts->addWidget(m_pages, 1);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("packagesCount"));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(Theme::muted().name()));
    artifacts->addWidget(m_count);

    m_componentsPage = new ComponentsPage(m_document, *m_components, *m_pins, m_tabs);
    m_matrixPage = new MatrixPage(m_document, m_tabs);
    m_configPage = new ConfigurationPage(m_document, *m_config, m_tabs);
    m_tabs->addTab(artifactsTab, IconProvider::icon(QStringLiteral("file")), tr("Artifacts"));
    m_tabs->addTab(m_componentsPage, IconProvider::icon(QStringLiteral("package")),
                   tr("Components and pins"));
    m_tabs->addTab(m_matrixPage, IconProvider::icon(QStringLiteral("status-deployed")),
                   tr("Environment matrix"));
    m_tabs->addTab(m_configPage, IconProvider::icon(QStringLiteral("lock")), tr("Configuration"));
    layout->addWidget(m_tabs, 1);

    connect(m_add, &QPushButton::clicked, this, &PackagesView::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &PackagesView::removeSelected);
    connect(m_keys, &QPushButton::clicked, this, &PackagesView::openTrustedKeys);
    connect(m_release, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling) {
            m_messages->hide();
            reload();
        }
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PackagesView::updateButtons);
    connect(&m_document, &Document::modified, this, [this] {
        fillReleases();
        reload();
    });
    fillReleases();
    reload();
}

void PackagesView::setEditable(bool editable) {
    m_editable = editable;
    m_configPage->setEditable(editable);
    m_componentsPage->setEditable(editable);
    updateButtons();
}

QStringList PackagesView::tabNames() {
    return {QStringLiteral("artifacts"), QStringLiteral("components"), QStringLiteral("matrix"),
            QStringLiteral("configuration")};
}

bool PackagesView::showTab(const QString& name) {
    const qsizetype index = tabNames().indexOf(name);
    if (index < 0 || index >= m_tabs->count())
        return false;
    m_tabs->setCurrentIndex(int(index));
    return true;
}

QString PackagesView::currentTab() const {
    return tabNames().value(m_tabs->currentIndex());
}

ComponentsPage* PackagesView::componentsPage() const {
    return m_componentsPage;
}

ConfigurationPage* PackagesView::configurationPage() const {
    return m_configPage;
}

MatrixPage* PackagesView::matrixPage() const {
    return m_matrixPage;
}

qint64 PackagesView::currentReleaseId() const {
    return m_release->currentData().toLongLong();
}

void PackagesView::fillReleases() {
    m_filling = true;
    const qint64 current = currentReleaseId();
    m_release->clear();
    auto all = m_document.releases().all();
    m_releases = all ? all.value() : QList<Release>();
    for (const Release& r : std::as_const(m_releases))
        m_release->addItem(
            IconProvider::icon(Theme::statusIconName(r.status)),
            tr("%1 — %2").arg(releaseLabel(r.name, r.version), displayName(r.status)), r.id);
    m_release->setCurrentIndex(std::max(0, m_release->findData(current)));
    m_filling = false;
}

void PackagesView::showRelease(qint64 releaseId) {
    const int index = m_release->findData(releaseId);
    if (index >= 0)
        m_release->setCurrentIndex(index);
}

void PackagesView::showBusiestRelease(const QString& tab) {
    qint64 best = 0;
    qsizetype most = 0;
    for (const Release& r : std::as_const(m_releases)) {
        qsizetype count = 0;
        if (tab == u"components") {
            if (auto rows = m_components->components(r.id))
                count += rows->size();
            if (auto rows = m_pins->pins(r.id))
                count += rows->size() * 10; // a release with pins shows the lower half too
        } else if (tab == u"configuration") {
            if (auto rows = m_config->items(r.id))
                count += rows->size();
        } else if (auto rows = m_document.artifacts().artifacts(r.id)) {
            count += rows->size();
        }
        if (count > most) {
            most = count;
            best = r.id;
        }
    }
    if (best)
        showRelease(best);
    if (tab == u"configuration")
        m_configPage->showFullestEnvironment();
}

void PackagesView::reload() {
    const qint64 releaseId = currentReleaseId();
    QList<Artifact> rows;
    if (releaseId) {
        auto read = m_document.artifacts().artifacts(releaseId);
        if (!read)
            showError(read.error().message);
        else
            rows = read.value();
    }
    m_model->setArtifacts(rows);
    m_componentsPage->setRelease(releaseId);
    m_configPage->setRelease(releaseId);
    m_matrixPage->reload();
    m_table->resizeColumnsToContents();
    // The signer takes what is left: key labels are the longest text.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(ArtifactTableModel::SignerColumn, QHeaderView::Stretch);
    m_pages->setCurrentWidget(rows.isEmpty() ? static_cast<QWidget*>(m_empty) : m_table);
    int verified = 0;
    int problems = 0;
    for (const Artifact& a : std::as_const(rows)) {
        if (a.state() == ArtifactState::Verified)
            ++verified;
        else if (a.state() != ArtifactState::Unverified)
            ++problems;
    }
    m_count->setText(rows.isEmpty()
                         ? QString()
                         : tr("%n artifact(s)", nullptr, int(rows.size())) + QStringLiteral(" · ") +
                               tr("%n verified", nullptr, verified) + QStringLiteral(" · ") +
                               tr("%n with problems", nullptr, problems));
    updateButtons();
}

QString PackagesView::lockedReason() const {
    const qint64 releaseId = currentReleaseId();
    const auto release = std::find_if(m_releases.cbegin(), m_releases.cend(),
                                      [&](const Release& r) { return r.id == releaseId; });
    if (release == m_releases.cend())
        return tr("Choose a release.");
    const QString label = releaseLabel(release->name, release->version);
    switch (release->status) {
    case ReleaseStatus::Deploying:
    case ReleaseStatus::Deployed:
    case ReleaseStatus::RolledBack:
    case ReleaseStatus::Closed:
        return tr("%1 is %2: what it ships can no longer change; a changed artifact needs a new "
                  "version.")
            .arg(label, displayName(release->status));
    default:
        break;
    }
    if (m_document.artifacts().isFrozen(releaseId))
        return tr("The artifacts of %1 are frozen since it was promoted into %2: a changed "
                  "artifact needs a new version.")
            .arg(label, m_document.artifacts().freezeStage());
    return {};
}

void PackagesView::updateButtons() {
    const QString locked = lockedReason();
    const QString readOnly = m_editable ? QString() : tr("The file is open read-only.");
    const QString why = !readOnly.isEmpty() ? readOnly : locked;
    const bool canEdit = why.isEmpty();
    const bool selected = m_table->selectionModel()->hasSelection();
    m_add->setEnabled(canEdit);
    m_add->setToolTip(canEdit ? tr("Register build outputs as artifacts of this release") : why);
    m_empty->actionButton()->setEnabled(canEdit);
    m_empty->actionButton()->setToolTip(canEdit ? QString() : why);
    m_remove->setEnabled(canEdit && selected);
    m_remove->setToolTip(canEdit ? tr("Remove the selected artifacts") : why);
    const bool anyRows = !m_model->artifacts().isEmpty();
    m_verify->setEnabled(m_editable && anyRows);
    m_verify->setToolTip(!m_editable ? readOnly
                                     : tr("Check each file's digest and signature; the result "
                                          "is kept in its history"));
    m_keys->setToolTip(tr("The keys artifact signatures are checked against"));
    m_lockNote->setText(locked == tr("Choose a release.") ? QString() : locked);
    m_lockBox->setVisible(!m_lockNote->text().isEmpty());
}

void PackagesView::showError(const QString& message) {
    m_messages->showMessage(MessageBar::Kind::Error, message);
}

void PackagesView::chooseFiles() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Add artifacts"), QString(), tr("All files (*)"));
    if (!paths.isEmpty())
        addFiles(paths);
}

bool PackagesView::addFiles(const QStringList& paths) {
    const qint64 releaseId = currentReleaseId();
    if (!m_editable || paths.isEmpty() || !releaseId)
        return false;
    if (const QString why = lockedReason(); !why.isEmpty()) {
        showError(why);
        return false;
    }
    m_cancel = false;
    QProgressDialog progress(tr("Reading the files' digests…"), tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("artifactHashProgress"));
    progress.setWindowTitle(tr("Add artifacts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    ArtifactService::AddOptions options;
    options.cancel = &m_cancel;
    options.progress = [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
    };
    auto* command = new AddArtifactsCommand(
        m_document.artifacts(), releaseId, paths, std::move(options), [this](const QString& m) {
            if (m_cancel)
                m_messages->showMessage(MessageBar::Kind::Info, m);
            else
                showError(m);
        });
    const bool added = pushCommand(m_document.undoStack(), command);
    progress.reset();
    if (added)
        m_messages->hide();
    reload();
    return added;
}

bool PackagesView::removeSelected() {
    const qint64 releaseId = currentReleaseId();
    if (!m_editable || !releaseId || !lockedReason().isEmpty())
        return false;
    QSet<qint64> ids;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        ids.insert(index.data(IdRole).toLongLong());
    QList<Artifact> gone;
    for (const Artifact& a : m_model->artifacts())
        if (ids.contains(a.id))
            gone << a;
    if (gone.isEmpty())
        return false;
    auto* command = new RemoveArtifactsCommand(m_document.artifacts(), releaseId, gone,
                                               [this](const QString& m) { showError(m); });
    const bool removed = pushCommand(m_document.undoStack(), command);
    if (removed)
        m_messages->hide();
    reload();
    return removed;
}

void PackagesView::chooseVerifyFolder() {
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Verify against the files in"), QString());
    if (!dir.isEmpty())
        verify(dir);
}

bool PackagesView::verify(const QString& dir) {
    const qint64 releaseId = currentReleaseId();
    if (!m_editable || !releaseId)
        return false;
    m_cancel = false;
    QProgressDialog progress(tr("Checking the files' digests and signatures…"), tr("Cancel"), 0,
                             1000, this);
    progress.setObjectName(QStringLiteral("artifactVerifyProgress"));
    progress.setWindowTitle(tr("Verify artifacts"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    ArtifactService::VerifyOptions options;
    options.cancel = &m_cancel;
    options.progress = [this, &progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        Q_EMIT verifyProgressed(done, total);
    };
    auto checked = m_document.artifacts().verify(releaseId, dir, options);
    progress.reset();
    reload();
    if (!checked) {
        if (m_cancel)
            m_messages->showMessage(MessageBar::Kind::Info, checked.error().message);
        else
            showError(checked.error().message);
        return false;
    }
    const auto good = std::count_if(checked->cbegin(), checked->cend(), [](const Artifact& a) {
        return a.state() == ArtifactState::Verified;
    });
    const int bad = int(checked->size() - good);
    if (bad == 0)
        m_messages->showMessage(MessageBar::Kind::Success,
                                tr("All %n artifact(s) verified.", nullptr, int(good)));
    else
        m_messages->showMessage(MessageBar::Kind::Warning,
                                tr("%n artifact(s) failed verification; the State column says "
                                   "why.",
                                   nullptr, bad));
    return bad == 0;
}

void PackagesView::openTrustedKeys() {
    TrustedKeysDialog dialog(m_document, m_editable, this);
    dialog.exec();
}

bool PackagesView::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_table->viewport() && watched != m_empty)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto* drag = static_cast<QDragMoveEvent*>(event);
        if (m_add->isEnabled() && !localFiles(drag->mimeData()).isEmpty())
            drag->acceptProposedAction();
        else
            drag->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files = localFiles(drop->mimeData());
        if (!m_add->isEnabled() || files.isEmpty()) {
            drop->ignore();
            return true;
        }
        drop->acceptProposedAction();
        addFiles(files);
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace slipway::ui
