// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "IconProvider.h"
#include "MessageBar.h"
#include "ReadOnlyBanner.h"
#include "Theme.h"
#include "audit/AuditView.h"
#include "cab/CabScreen.h"
#include "calendar/CalendarScreen.h"
#include "comms/CommsScreen.h"
#include "deploy/DeployScreen.h"
#include "deployments/DeploymentsView.h"
#include "gates/GatesScreen.h"
#include "io/FileTransferActions.h"
#include "packages/PackagesView.h"
#include "releases/ReleasesView.h"
#include "reporting/ReportingScreen.h"
#include "scheduling/FindWindowDialog.h"
#include "scheduling/SchedulingActions.h"
#include "scope/ScopeScreen.h"
#include "services/AuditChainMemory.h"
#include "services/Document.h"
#include "services/FilePreferences.h"
#include "validation/ValidationScreen.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

namespace slipway::ui {
namespace {

struct ScreenEntry {
    const char* key; // stable name for the CLI and settings
    const char* icon;
    const char* title;
    bool available; // false: listed so users see where the product is going
};

// In navigation order; the screen stack holds one page per entry (a placeholder when not
// available yet).
constexpr ScreenEntry kScreens[] = {
    {"releases", "releases", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Releases"), true},
    {"audit", "audit", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Audit"), true},
    {"calendar", "calendar", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Calendar"), true},

    {"scope", "scope", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Scope"), true},

    {"gates", "gates", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Gates"), true},

    {"communications", "comms", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Communications"),
     true},

    {"cab", "cab", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "CAB"), true},
    {"deployments", "status-deployed", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Deployments"),
     true},
    {"packages", "package", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Packages"), true},
    {"deploy", "status-deploying", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Deploy"), true},
    {"validate", "verify", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "After release"), true},
    {"reporting", "file", QT_TRANSLATE_NOOP("slipway::ui::MainWindow", "Reporting"), true},
};

int screenIndex(const QString& key) {
    for (int i = 0; i < int(std::size(kScreens)); ++i)
        if (key == QLatin1String(kScreens[i].key))
            return i;
    return -1;
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Slipway"));
    setWindowIcon(IconProvider::icon(QStringLiteral("releases"), Theme::accent()));
    m_undoGroup = new QUndoGroup(this);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ReadOnlyBanner(central);
    auto* bannerRow = new QVBoxLayout;
    bannerRow->setContentsMargins(Theme::space(1), Theme::space(1), Theme::space(1), 0);
    bannerRow->addWidget(m_banner);
    m_message = new MessageBar(QStringLiteral("windowMessage"), central);
    bannerRow->addWidget(m_message);
    layout->addLayout(bannerRow);

    m_splitter = new QSplitter(Qt::Horizontal, central);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    buildNavigation();
    m_screens = new QStackedWidget(m_splitter);
    m_screens->setObjectName(QStringLiteral("screenStack"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_screens);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({m_navigation->minimumWidth(), Theme::space(160)});
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    updateStatus();
    resize(Theme::space(160), Theme::space(100));
}

MainWindow::~MainWindow() {
    // Screens and the scheduling actions hold references into the document: they go first.
    delete m_releases;
    delete m_audit;
    delete m_calendar;
    delete m_scope;
    delete m_gates;
    delete m_cab;
    delete m_comms;
    delete m_deployments;
    delete m_packages;
    delete m_deploy;
    delete m_validate;
    delete m_reporting;
    delete m_scheduling;
    delete m_transfers;
}

void MainWindow::buildNavigation() {
    m_navigation = new QListWidget(m_splitter);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(
        QStringLiteral("#navigationList { background: %1; padding: %2px; }"
                       "#navigationList::item { padding: %3px %2px; border-radius: %4px; }"
                       "#navigationList::item:selected { background: %5; color: %6; }")
            .arg(Theme::tint(Theme::border(), 0.5).name())
            .arg(Theme::space(1))
            .arg(Theme::space(1) - 2)
            .arg(Theme::kRadius)
            .arg(Theme::tint(Theme::accent(), 0.2).name(),
                 palette().color(QPalette::WindowText).name()));
    for (const ScreenEntry& screen : kScreens) {
        auto* item = new QListWidgetItem(IconProvider::icon(QLatin1String(screen.icon)),
                                         tr(screen.title), m_navigation);
        item->setData(Qt::UserRole, QLatin1String(screen.key));
        if (!screen.available) {
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("Coming in a later version"));
        }
    }
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setMinimumWidth(m_navigation->sizeHintForColumn(0) + Theme::space(4));
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_screens->count())
            m_screens->setCurrentIndex(row);
    });
}

void MainWindow::buildMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(IconProvider::icon(QStringLiteral("new")), tr("&New…"),
                                         this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(IconProvider::icon(QStringLiteral("open")), tr("&Open…"), this,
                                    [this] { openFileDialog(false); });
    open->setShortcut(QKeySequence::Open);
    QAction* openReadOnly =
        file->addAction(IconProvider::icon(QStringLiteral("lock")), tr("Open Rea&d-Only…"), this,
                        [this] { openFileDialog(true); });
    openReadOnly->setObjectName(QStringLiteral("openReadOnlyAction"));
    openReadOnly->setToolTip(tr("Look at a file without any risk of changing it"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    // Filled per open file (setDocument), like the Schedule menu.
    m_importMenu = file->addMenu(IconProvider::icon(QStringLiteral("open")), tr("&Import"));
    m_importMenu->setObjectName(QStringLiteral("importMenu"));
    m_export =
        file->addAction(IconProvider::icon(QStringLiteral("save")), tr("&Export…"), this, [this] {
            if (m_transfers)
                m_transfers->exportFile();
        });
    m_export->setObjectName(QStringLiteral("exportMenuAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    m_saveCopy = file->addAction(IconProvider::icon(QStringLiteral("save")), tr("Save a &Copy…"),
                                 this, &MainWindow::saveCopy);
    m_saveCopy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    file->addSeparator();
    QAction* quit = file->addAction(IconProvider::icon(QStringLiteral("quit")), tr("&Quit"), this,
                                    &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setIcon(IconProvider::icon(QStringLiteral("undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setIcon(IconProvider::icon(QStringLiteral("redo")));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < int(std::size(kScreens)); ++i) {
        if (!kScreens[i].available)
            continue;
        const QString key = QLatin1String(kScreens[i].key);
        QAction* show =
            m_viewMenu->addAction(IconProvider::icon(QLatin1String(kScreens[i].icon)),
                                  tr(kScreens[i].title), this, [this, key] { showScreen(key); });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    m_viewMenu->addSeparator();
    QAction* fullScreen =
        m_viewMenu->addAction(IconProvider::icon(QStringLiteral("fullscreen")), tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this,
            [this](bool on) { on ? showFullScreen() : showNormal(); });

    // Blackouts, freezes, environments and people: filled per open file (setDocument).
    m_scheduleMenu = menuBar()->addMenu(tr("&Schedule"));
    m_scheduleMenu->setObjectName(QStringLiteral("scheduleMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(IconProvider::icon(QStringLiteral("info")),
                                     tr("&About Slipway"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar() {
    const auto item = [this](const QString& name, const QString& tip) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setToolTip(tip);
        label->setContentsMargins(Theme::space(1), 0, Theme::space(1), 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    m_fileLabel = item(QStringLiteral("statusFile"), tr("The open file"));
    m_modeLabel = item(QStringLiteral("statusMode"),
                       tr("Local: this computer only. Shared: on a network share, several "
                          "people at once. Read-only: nothing can be changed."));
    m_userLabel = item(QStringLiteral("statusUser"), tr("Who the audit trail records as acting"));
}

void MainWindow::setDocument(std::unique_ptr<Document> document) {
    const QString previous = currentScreen();
    delete m_releases;
    delete m_audit;
    delete m_calendar;
    delete m_scope;
    delete m_gates;
    delete m_cab;
    delete m_comms;
    delete m_deployments;
    delete m_packages;
    delete m_deploy;
    delete m_validate;
    delete std::exchange(m_reporting, nullptr);
    delete m_scheduling; // before the document it points into
    delete m_transfers;
    m_transfers = nullptr;
    m_importMenu->clear();
    m_message->hide();
    m_releases = nullptr;
    m_audit = nullptr;
    m_calendar = nullptr;
    m_scope = nullptr;
    m_gates = nullptr;
    m_cab = nullptr;
    m_comms = nullptr;
    m_deployments = nullptr;
    m_packages = nullptr;
    m_deploy = nullptr;
    m_validate = nullptr;
    m_scheduling = nullptr;
    m_scheduleMenu->clear();
    if (m_document) {
        observeAuditChain(false); // what this session added to the log it leaves
        m_undoGroup->removeStack(m_document->undoStack());
    }
    m_document = std::move(document);
    if (m_document) {
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
        rebuildScreens();
        rememberRecent(m_document->path());
        observeAuditChain(true);
    }
    updateStatus();
    showScreen(previous.isEmpty() ? QStringLiteral("releases") : previous);
}

void MainWindow::rebuildScreens() {
    m_releases = new ReleasesView(*m_document, m_screens);
    placeScreen(QStringLiteral("releases"), m_releases);
    m_audit = new AuditView(*m_document, m_screens);
    placeScreen(QStringLiteral("audit"), m_audit);
    m_calendar = new CalendarScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("calendar"), m_calendar);
    m_scope = new ScopeScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("scope"), m_scope);
    connect(m_scope, &ScopeScreen::createRelease, this, [this] {
        showScreen(QStringLiteral("releases"));
        m_releases->newRelease();
    });
    m_gates = new GatesScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("gates"), m_gates);
    m_cab = new CabScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("cab"), m_cab);
    m_comms = new CommsScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("communications"), m_comms);
    m_deployments = new DeploymentsView(*m_document, m_screens);
    placeScreen(QStringLiteral("deployments"), m_deployments);
    m_packages = new PackagesView(*m_document, m_screens);
    placeScreen(QStringLiteral("packages"), m_packages);
    m_deploy = new DeployScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("deploy"), m_deploy);
    m_validate = new ValidationScreen(*m_document, m_screens);
    placeScreen(QStringLiteral("validate"), m_validate);
    placeScreen(QStringLiteral("reporting"), m_reporting = new ReportingScreen(*m_document));

    connect(m_releases, &ReleasesView::openScreen, this,
            [this](const QString& screen, qint64 releaseId) {
                if (screen == u"deployments")
                    m_deployments->showRelease(releaseId);
                if (screen == u"packages")
                    m_packages->showRelease(releaseId);
                if (screen == u"deploy")
                    m_deploy->showRelease(releaseId);
                if (screen == u"validate")
                    m_validate->showRelease(releaseId);
                showScreen(screen);
            });
    connect(m_calendar, &CalendarScreen::openRelease, this, [this](qint64 id) {
        showScreen(QStringLiteral("releases"));
        m_releases->selectRelease(id);
    });
    connect(m_calendar, &CalendarScreen::createRelease, this, [this] {
        showScreen(QStringLiteral("releases"));
        m_releases->newRelease();
    });
    m_scheduling = new SchedulingActions(m_document.get(), this);
    m_calendar->followSchedule(m_scheduling->services());
    m_calendar->setSchedulingActions(m_scheduling);
    m_scheduleMenu->addActions(m_scheduling->actions());
    m_transfers =
        new FileTransferActions(*m_document, this, [this](bool error, const QString& text) {
            showWindowMessage(error, text);
        });
    m_importMenu->addActions(m_transfers->importActions());
    m_scheduleMenu->addSeparator();
    QAction* finder = m_scheduleMenu->addAction(
        IconProvider::icon(QStringLiteral("calendar")), tr("&Find a Window…"), this, [this] {
            FindWindowDialog dialog(*m_document, m_releases->currentReleaseId(), this);
            dialog.exec();
        });
    finder->setObjectName(QStringLiteral("findWindowAction"));
    finder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    const bool editable = !m_document->isReadOnly();
    m_releases->setEditable(editable);
    m_calendar->setEditable(editable);
    m_scope->setEditable(editable);
    m_deployments->setEditable(editable);
    m_packages->setEditable(editable);
    m_deploy->setEditable(editable);
    m_validate->setEditable(editable);
    m_reporting->setEditable(editable);
    m_gates->setEditable(editable);
    m_cab->setEditable(editable);
    m_comms->setEditable(editable);
    if (m_rememberLayout) {
        m_releases->restoreLayout();
        m_audit->restoreLayout();
        m_calendar->restoreLayout();
        if (editable)
            m_validate->startScheduler();
    }
}

void MainWindow::placeScreen(const QString& key, QWidget* screen) {
    const int index = screenIndex(key);
    Q_ASSERT(index >= 0);
    // Pages before this one that are not built (yet) hold an empty placeholder.
    while (m_screens->count() < index)
        m_screens->addWidget(new QWidget(m_screens));
    if (index < m_screens->count()) {
        QWidget* old = m_screens->widget(index);
        m_screens->removeWidget(old);
        if (old->metaObject() == &QWidget::staticMetaObject)
            delete old; // a placeholder; real screens are deleted by setDocument
    }
    m_screens->insertWidget(index, screen);
}

bool MainWindow::openFile(const QString& path, bool create, bool shared, bool readOnly) {
    FileOpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    // A file once opened as shared stays shared: WAL on a network share corrupts it.
    options.shared = shared || FilePreferences::isShared(path);
    auto opened = Document::open(path, options);
    if (!opened) {
        QMessageBox::critical(this, tr("Cannot open the file"), opened.error().message);
        return false;
    }
    setDocument(std::move(opened.value()));
    return true;
}

QStringList MainWindow::screenNames() {
    QStringList names;
    for (const ScreenEntry& entry : kScreens)
        if (entry.available)
            names << QLatin1String(entry.key);
    return names;
}

bool MainWindow::showScreen(const QString& name) {
    const int index = screenIndex(name);
    if (index < 0 || !kScreens[index].available || index >= m_screens->count())
        return false;
    m_navigation->setCurrentRow(index);
    m_screens->setCurrentIndex(index);
    return true;
}

QString MainWindow::currentScreen() const {
    const int index = m_screens->currentIndex();
    return index >= 0 && index < int(std::size(kScreens)) && kScreens[index].available
               ? QLatin1String(kScreens[index].key)
               : QString();
}

void MainWindow::updateStatus() {
    if (!m_document) {
        m_fileLabel->setText(tr("No file open"));
        m_modeLabel->clear();
        m_userLabel->clear();
        m_banner->hide();
        m_saveCopy->setEnabled(false);
        m_export->setEnabled(false);
        m_importMenu->setEnabled(false);
        return;
    }
    const QFileInfo info(m_document->path());
    setWindowTitle(tr("%1 — Slipway").arg(info.fileName()));
    setWindowFilePath(m_document->path());
    m_fileLabel->setText(info.fileName());
    m_fileLabel->setToolTip(m_document->fileName());
    switch (m_document->mode()) {
    case FileMode::Local:
        m_modeLabel->setText(tr("Local"));
        break;
    case FileMode::Shared:
        m_modeLabel->setText(tr("Shared"));
        break;
    case FileMode::ReadOnly:
        m_modeLabel->setText(tr("Read-only"));
        break;
    }
    m_userLabel->setText(tr("User: %1").arg(m_document->session().actor));
    m_banner->setVisible(m_document->isReadOnly());
    if (m_document->isReadOnly())
        m_banner->setReason(m_document->readOnlyReason());
    m_saveCopy->setEnabled(true);
    m_export->setEnabled(true);
    m_importMenu->setEnabled(!m_document->isReadOnly());
}

void MainWindow::showWindowMessage(bool error, const QString& text) {
    m_message->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Success, text);
    if (!error)
        statusBar()->showMessage(text, 10000);
}

void MainWindow::pictureAsEditable() {
    m_banner->hide();
    m_modeLabel->setText(tr("Local"));
    if (m_releases)
        m_releases->setEditable(true);
    if (m_calendar)
        m_calendar->setEditable(true);
    if (m_scope)
        m_scope->setEditable(true);
    if (m_gates)
        m_gates->setEditable(true);
    if (m_cab)
        m_cab->setEditable(true);
    if (m_comms)
        m_comms->setEditable(true);
    if (m_packages)
        m_packages->setEditable(true);
    if (m_deploy)
        m_deploy->setEditable(true);
    if (m_validate)
        m_validate->setEditable(true);
    if (m_reporting)
        m_reporting->setEditable(true);
}

void MainWindow::rememberRecent(const QString& path) {
    if (m_rememberLayout)
        FilePreferences::addRecentFile(path);
}

void MainWindow::observeAuditChain(bool warn) {
    if (!m_rememberLayout || !m_document)
        return;
    auto seen = AuditChainMemory::observe(*m_document);
    if (warn && seen && seen->warns())
        m_message->showMessage(MessageBar::Kind::Warning, seen->message);
}

void MainWindow::restoreLayout() {
    m_rememberLayout = true;
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (m_releases)
        m_releases->restoreLayout();
    if (m_audit)
        m_audit->restoreLayout();
    if (m_calendar)
        m_calendar->restoreLayout();
    // A window someone works in runs the scheduled checks while it is open.
    if (m_validate && m_document && !m_document->isReadOnly())
        m_validate->startScheduler();
    const QString screen = settings.value(QStringLiteral("window/screen")).toString();
    if (!screen.isEmpty())
        showScreen(screen);
    if (m_document) {
        rememberRecent(m_document->path());
        observeAuditChain(true);
    }
}

void MainWindow::closeEvent(QCloseEvent* event) {
    observeAuditChain(false);
    if (m_rememberLayout) {
        QSettings settings;
        settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
        settings.setValue(QStringLiteral("window/state"), saveState());
        settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
        settings.setValue(QStringLiteral("window/screen"), currentScreen());
        if (m_releases)
            m_releases->saveLayout();
        if (m_audit)
            m_audit->saveLayout();
        if (m_calendar)
            m_calendar->saveLayout();
    }
    event->accept();
}

} // namespace slipway::ui
