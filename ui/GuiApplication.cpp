// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiApplication.h"

#include "MainWindow.h"
#include "Theme.h"
#include "connect/ServerCredentials.h"
#include "domain/StartupTimes.h"
#include "io/DemoGenerator.h"
#include "services/DatabaseAddress.h"
#include "services/Document.h"
#include "services/FilePreferences.h"

#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>

#include <memory>

namespace slipway::ui {
namespace {

// The demo file is made once, in the user's data folder, and reused after.
Result<QString> demoDatabase() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (!QDir().mkpath(folder))
        return Error{Error::Kind::Io, QApplication::translate("Gui", "cannot create the folder %1")
                                          .arg(QDir::toNativeSeparators(folder))};
    const QString path = folder + QStringLiteral("/demo.slipway");
    if (QFileInfo::exists(path))
        return path;
    DemoGenerator::Options options;
    options.anchor = DemoGenerator::todayAnchor();
    if (auto made = DemoGenerator::generate(path, options); !made)
        return made.error();
    return path;
}

// With SLIPWAY_STARTUP_TIMES=1: notes the window's first paint, then the first time the event
// loop runs out of work after it (the window is idle, everything it shows drawn).
class StartupProbe : public QObject {
public:
    explicit StartupProbe(QWidget* window)
        : m_window(window) {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() != QEvent::Paint || !watched->isWidgetType())
            return false;
        auto* widget = static_cast<QWidget*>(watched);
        if (widget != m_window && !m_window->isAncestorOf(widget))
            return false;
        qApp->removeEventFilter(this);
        StartupTimes::mark("window: first paint");
        QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
        m_idle = connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, [this] {
            disconnect(m_idle);
            StartupTimes::mark("window: idle");
        });
        return false;
    }

private:
    QWidget* m_window;
    QMetaObject::Connection m_idle;
};

} // namespace

int runGui(QApplication& app, const QString& dbPath, bool shared) {
    StartupTimes::mark("gui: starting");
    Theme::apply();
    StartupTimes::mark("gui: theme applied");
    QString path = dbPath;
    if (path.isEmpty()) {
        auto demo = demoDatabase();
        if (!demo) {
            QMessageBox::critical(nullptr, QApplication::translate("Gui", "Slipway"),
                                  demo.error().message);
            return 2;
        }
        path = demo.value();
    }
    // --shared is remembered for the file, so the next plain start keeps the safe journal. A
    // server has no journal to choose (the command line refuses --shared with one).
    const bool server = DatabaseAddress::isServer(path);
    if (shared && !server)
        FilePreferences::setShared(path, true);
    FileOpenOptions options;
    options.create = true;
    options.shared = !server && (shared || FilePreferences::isShared(path));
    // Notes from opening (a keyring out of reach) wait for the window; later ones go to it.
    QPointer<MainWindow> shownIn;
    QStringList notes;
    auto document =
        ServerCredentials::open(path, options, nullptr, [&shownIn, &notes](const QString& text) {
            if (shownIn)
                shownIn->showWindowMessage(true, text);
            else
                notes << text;
        });
    if (!document) {
        QMessageBox::critical(nullptr,
                              server
                                  ? QApplication::translate("Gui", "Cannot connect to the server")
                                  : QApplication::translate("Gui", "Cannot open the file"),
                              document.error().message);
        return 2;
    }
    MainWindow window;
    StartupTimes::mark("window: frame built");
    // The layout first: it names the screen to show, so only that one is built.
    window.restoreLayout();
    window.setDocument(std::move(document.value()));
    shownIn = &window;
    for (const QString& note : std::as_const(notes))
        window.showWindowMessage(true, note);
    StartupTimes::mark("window: document shown");
    std::unique_ptr<StartupProbe> probe;
    if (StartupTimes::enabled())
        probe = std::make_unique<StartupProbe>(&window);
    window.show();
    StartupTimes::mark("window: shown");
    return app.exec();
}

} // namespace slipway::ui
