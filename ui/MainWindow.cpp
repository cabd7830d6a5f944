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
#include "connect/ServerCredentials.h"
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
#include "services/DatabaseAddress.h"
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
    deleteScreens();
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
        if (row >= 0 && row < m_screens->count() && ensureScreen(row))
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
    QAction* connectServer =
        file->addAction(IconProvider::icon(QStringLiteral("open")), tr("Connect to &Server…"), this,
                        &MainWindow::connectToServer);
    connectServer->setObjectName(QStringLiteral("connectServerAction"));
    connectServer->setToolTip(tr("Open a Slipway database on a PostgreSQL server"));
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
    m_saveCopy->setObjectName(QStringLiteral("saveCopyAction"));
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
    deleteScreens();
    m_importMenu->clear();
    m_scheduleMenu->clear();
    m_message->hide();
    m_picturedEditable = false;
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
        watchServerConnection();
    }
    updateStatus();
    const QString restored = std::exchange(m_restoredScreen, QString());
    const QString wanted = previous.isEmpty() ? restored : previous;
    if (wanted.isEmpty() || !showScreen(wanted))
        showScreen(QStringLiteral("releases"));
}

void MainWindow::rebuildScreens() {
    // One placeholder per screen; a screen replaces its own when first shown or asked for.
    for (int i = 0; i < int(std::size(kScreens)); ++i)
        m_screens->addWidget(new QWidget(m_screens));
    m_scheduling = new SchedulingActions(m_document.get(), this);
    m_scheduleMenu->addActions(m_scheduling->actions());
    m_transfers =
        new FileTransferActions(*m_document, this, [this](bool error, const QString& text) {
            showWindowMessage(error, text);
        });
    m_importMenu->addActions(m_transfers->importActions());
    m_scheduleMenu->addSeparator();
    QAction* finder = m_scheduleMenu->addAction(
        IconProvider::icon(QStringLiteral("calendar")), tr("&Find a Window…"), this, [this] {
            FindWindowDialog dialog(*m_document, m_releases ? m_releases->currentReleaseId() : 0,
                                    this);
            dialog.exec();
        });
    finder->setObjectName(QStringLiteral("findWindowAction"));
    finder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    if (m_rememberLayout)
        startCheckScheduler();
}

QWidget* MainWindow::ensureScreen(int index) {
    if (!m_document || index < 0 || index >= int(std::size(kScreens)) ||
        index >= m_screens->count())
        return nullptr;
    QWidget* page = m_screens->widget(index);
    if (page->metaObject() == &QWidget::staticMetaObject) {
        buildScreen(QLatin1String(kScreens[index].key));
        page = m_screens->widget(index);
    }
    return page;
}

QWidget* MainWindow::ensureScreen(const QString& key) {
    return ensureScreen(screenIndex(key));
}

void MainWindow::placeScreen(const QString& key, QWidget* screen) {
    const int index = screenIndex(key);
    Q_ASSERT(index >= 0 && index < m_screens->count());
    QWidget* placeholder = m_screens->widget(index);
    m_screens->removeWidget(placeholder);
    delete placeholder;
    m_screens->insertWidget(index, screen);
}

bool MainWindow::openFile(const QString& path, bool create, bool shared, bool readOnly) {
    const bool server = DatabaseAddress::isServer(path);
    FileOpenOptions options;
    options.create = create;
    options.readOnly = readOnly;
    // A file once opened as shared stays shared: WAL on a network share corrupts it. A server
    // has no journal to choose.
    options.shared = !server && (shared || FilePreferences::isShared(path));
    m_opening = true;
    m_notesWhileOpening.clear();
    auto opened = ServerCredentials::open(path, options, this,
                                          [this](const QString& text) { noteWhileOpening(text); });
    m_opening = false;
    const QStringList notes = std::exchange(m_notesWhileOpening, {});
    if (!opened) {
        QMessageBox::critical(
            this, server ? tr("Cannot connect to the server") : tr("Cannot open the file"),
            opened.error().message);
        return false;
    }
    setDocument(std::move(opened.value()));
    for (const QString& note : notes)
        showWindowMessage(true, note);
    return true;
}

void MainWindow::noteWhileOpening(const QString& text) {
    if (m_opening)
        m_notesWhileOpening << text;
    else
        showWindowMessage(true, text);
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
    if (index < 0 || !kScreens[index].available || !ensureScreen(index))
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
    const bool server = DatabaseAddress::isServer(m_document->path());
    // A server by its display name (never a password); a file by its name, the path in the tip.
    const QString shown = server ? DatabaseAddress::displayName(m_document->path())
                                 : QFileInfo(m_document->path()).fileName();
    setWindowTitle(tr("%1 — Slipway").arg(shown));
    setWindowFilePath(server ? QString() : m_document->path());
    m_fileLabel->setText(shown);
    m_fileLabel->setToolTip(m_document->fileName());
    switch (m_document->mode()) {
    case FileMode::Local:
        m_modeLabel->setText(tr("Local"));
        break;
    case FileMode::Shared:
        m_modeLabel->setText(server ? tr("Server") : tr("Shared"));
        break;
    case FileMode::ReadOnly:
        m_modeLabel->setText(tr("Read-only"));
        break;
    }
    m_userLabel->setText(tr("User: %1").arg(m_document->session().actor));
    m_banner->setVisible(m_document->isReadOnly());
    if (m_document->isReadOnly())
        m_banner->setReason(m_document->readOnlyReason());
    // On a server the copy is `slipway migrate --from SERVER --to FILE`.
    m_saveCopy->setEnabled(!server);
    m_saveCopy->setToolTip(server ? tr("A server's database is copied to a file with 'slipway "
                                       "migrate --from SERVER --to FILE'")
                                  : QString());
    m_export->setEnabled(true);
    m_importMenu->setEnabled(!m_document->isReadOnly());
}

// A server that restarts or a network that drops: the window says so and keeps its place;
// the document reconnects on its own and everything reloads when it is back.
void MainWindow::watchServerConnection() {
    connect(m_document.get(), &Document::serverConnectionLost, this, [this](const QString& why) {
        m_message->showMessage(MessageBar::Kind::Warning, why);
        m_modeLabel->setText(tr("Server (reconnecting…)"));
    });
    connect(m_document.get(), &Document::serverConnectionRestored, this, [this] {
        updateStatus();
        if (m_picturedEditable)
            pictureAsEditable();
        const QString text = tr("Connected to %1 again; every view was reloaded.")
                                 .arg(DatabaseAddress::displayName(m_document->path()));
        m_message->showMessage(MessageBar::Kind::Success, text);
        statusBar()->showMessage(text, 10000);
    });
}

void MainWindow::showWindowMessage(bool error, const QString& text) {
    m_message->showMessage(error ? MessageBar::Kind::Error : MessageBar::Kind::Success, text);
    if (!error)
        statusBar()->showMessage(text, 10000);
}

void MainWindow::pictureAsEditable() {
    m_picturedEditable = true;
    m_banner->hide();
    m_modeLabel->setText(m_document && DatabaseAddress::isServer(m_document->path()) ? tr("Server")
                                                                                     : tr("Local"));
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
    if (m_reporting)
        m_reporting->rememberPeriod();
    startCheckScheduler();
    // Without a document yet, the screen is shown (and so built) when one is set.
    const QString screen = settings.value(QStringLiteral("window/screen")).toString();
    if (!m_document)
        m_restoredScreen = screen;
    else if (!screen.isEmpty())
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
