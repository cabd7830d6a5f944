// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QUndoGroup;

namespace slipway {
class Document;
class ValidationScheduler;
} // namespace slipway

namespace slipway::ui {

class AuditView;
class CabScreen;
class CalendarScreen;
class ScopeScreen;
class GatesScreen;
class CommsScreen;
class DeploymentsView;
class PackagesView;
class DeployScreen;
class FileTransferActions;
class MessageBar;
class ReadOnlyBanner;
class ReleasesView;
class ReportingScreen;
class SchedulingActions;
class ValidationScreen;

// The frame: menus, the list of screens, the screen stack, the read-only banner and the
// status bar. Screens do the work; the document owns the file and the undo history.
class MainWindow : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setDocument(std::unique_ptr<Document> document);
    Document* document() const { return m_document.get(); }
    // Opens (or creates) a file, or connects to a PostgreSQL server (postgresql://…,
    // service=NAME), and shows it; reports a failure in a dialog.
    bool openFile(const QString& path, bool create, bool shared = false, bool readOnly = false);
    // Shown with the next document (or now, when one is shown): a note from opening it, such as
    // a keyring that could not be reached.
    void noteWhileOpening(const QString& text);

    static QStringList screenNames(); // "releases", "audit", "calendar"
    bool showScreen(const QString& name);
    QString currentScreen() const;

    // Screens are built the first time they are shown or asked for: a window opening on the
    // calendar reads nothing the other screens would show.
    ReleasesView* releasesView() const;
    AuditView* auditView() const;
    CalendarScreen* calendarScreen() const;
    ScopeScreen* scopeScreen() const;
    GatesScreen* gatesScreen() const;
    CabScreen* cabScreen() const;
    CommsScreen* commsScreen() const;
    PackagesView* packagesView() const;
    DeployScreen* deployScreen() const;
    ValidationScreen* validationScreen() const;
    ReportingScreen* reportingScreen() const;
    FileTransferActions* fileTransfers() const { return m_transfers; }
    // Says something about the whole window (an import's outcome, a failed undo).
    void watchServerConnection();
    void showWindowMessage(bool error, const QString& text);

    // For screenshots: the file is opened read-only so rendering can never change it, but
    // pictured as its user sees it day to day, without the banner and greyed-out fields.
    void pictureAsEditable();

    // Geometry, window state and splitters from the last session; saved again on close.
    void restoreLayout();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void buildNavigation();
    void buildStatusBar();
    void rebuildScreens();
    void deleteScreens();
    // The screen at `index` of the navigation, built (and wired to the others) on first use;
    // nullptr without a document.
    QWidget* ensureScreen(int index);
    QWidget* ensureScreen(const QString& key);
    void buildScreen(const QString& key);
    void placeScreen(const QString& key, QWidget* screen);
    bool screensEditable() const;
    void startCheckScheduler();
    void updateStatus();
    void rememberRecent(const QString& path);
    // Holds the file's audit log against the longest one seen here before; warns when it is
    // shorter or rewritten. Like the recent files, only in a window that remembers its layout.
    void observeAuditChain(bool warn);
    void fillRecentMenu();
    void newFile();
    void openFileDialog(bool readOnly);
    void connectToServer();
    void saveCopy();
    void about();
    static QString fileFilter();

    std::unique_ptr<Document> m_document;
    bool m_rememberLayout = false;
    bool m_picturedEditable = false; // pictureAsEditable(): screens built later look editable too
    QString m_restoredScreen;        // from restoreLayout() before a document was set
    QUndoGroup* m_undoGroup = nullptr;
    ReadOnlyBanner* m_banner = nullptr;
    QSplitter* m_splitter = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_screens = nullptr;
    ReleasesView* m_releases = nullptr;
    AuditView* m_audit = nullptr;
    CalendarScreen* m_calendar = nullptr;
    ScopeScreen* m_scope = nullptr;
    GatesScreen* m_gates = nullptr;
    CabScreen* m_cab = nullptr;
    CommsScreen* m_comms = nullptr;
    DeploymentsView* m_deployments = nullptr;
    PackagesView* m_packages = nullptr;
    DeployScreen* m_deploy = nullptr;
    ValidationScreen* m_validate = nullptr;
    ReportingScreen* m_reporting = nullptr;
    // Runs scheduled checks until the After release screen is built and takes over.
    ValidationScheduler* m_checkScheduler = nullptr;
    SchedulingActions* m_scheduling = nullptr;  // per document: holds references into it
    FileTransferActions* m_transfers = nullptr; // the same
    MessageBar* m_message = nullptr;
    QMenu* m_importMenu = nullptr;
    QAction* m_export = nullptr;
    QMenu* m_scheduleMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_saveCopy = nullptr;
    QLabel* m_fileLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    bool m_opening = false; // openFile() runs: notes wait for the document
    QStringList m_notesWhileOpening;
};

} // namespace slipway::ui
